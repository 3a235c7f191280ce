package nl.onderwijsregio.ketenregie.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every task of a dossier says which dossier it is about, without personal data in the engine: its
 * description starts with the dossier number ("Dossier UTR-2026-0042 · " before the BPMN documentation),
 * which staff search for in Tasklist and on the work list. Tasks arrive through the Camunda Spring event
 * bridge when they are created.
 */
@Component
class TaskContext {

    @EventListener(condition = "#task.eventName == 'create'")
    public void taskCreated(DelegateTask task) {
        Object number = task.getVariable(PlatformVariables.DOSSIERNUMMER);
        String description = task.getDescription();
        if (number instanceof String text && (description == null || !description.startsWith("Dossier " + text))) {
            task.setDescription("Dossier " + text + (description == null || description.isBlank() ? "" : " · " + description));
        }
    }
}
