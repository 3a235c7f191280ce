package nl.onderwijsregio.ketenregie.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every task of a dossier says which dossier it is about, without personal data in the engine: its
 * description starts with the dossier number ("Dossier UTR-2026-0042 · " before the BPMN documentation),
 * which staff search for in Tasklist and on the work list. Tasks arrive through the Camunda Spring event
 * bridge when they are created.
 *
 * <p>The number is also a local variable of the task, for the "Dossiernummer" column of the Tasklist
 * filters: Tasklist reads filter columns with a variable query, which the engine limits to variables the
 * user may read. Task workers may read their tasks, not the process instances (READ on PROCESS_INSTANCE or
 * READ_INSTANCE on the definition would show them every dossier's instance), so the instance's variable
 * stays hidden from them and only a copy on the task shows (see docs/translations.md).
 */
@Component
class TaskContext {

    @EventListener(condition = "#task.eventName == 'create'")
    public void taskCreated(DelegateTask task) {
        Object number = task.getVariable(PlatformVariables.DOSSIERNUMMER);
        String description = task.getDescription();
        if (!(number instanceof String text)) {
            return;
        }
        if (description == null || !description.startsWith("Dossier " + text)) {
            task.setDescription("Dossier " + text + (description == null || description.isBlank() ? "" : " · " + description));
        }
        task.setVariableLocal(PlatformVariables.DOSSIERNUMMER, text);
    }
}
