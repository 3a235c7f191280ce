package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import java.util.List;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Navraag behoud": still in education after 1, 3 or 5 years, where, and if not, why. */
@Component("behoudNagevraagd")
class RetentionFollowUpRecorded implements TaskListener {

    static final List<String> ANSWERS = List.of("ja", "nee");
    static final List<String> WORKPLACES = List.of("ZELFDE_SCHOOL", "ZELFDE_BESTUUR", "ANDER_BESTUUR_REGIO",
            "ANDERE_REGIO");

    private final DossierService dossiers;

    RetentionFollowUpRecorded(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String answer = variables.requiredChoice(ProcessVariables.NOG_IN_ONDERWIJS, ANSWERS, "werkt nog in het onderwijs");
        String workplace = null;
        DropoutReason reason = null;
        if ("ja".equals(answer)) {
            workplace = variables.requiredChoice(ProcessVariables.WERKPLEK, WORKPLACES, "werkplek");
        } else if ("nee".equals(answer)) {
            reason = variables.requiredEnum(ProcessVariables.VERTREK_REDEN, DropoutReason.class, "reden van vertrek");
        }
        variables.failIfInvalid();
        int years = ((Number) task.getVariable(ProcessVariables.JAAR)).intValue();
        dossiers.recordFollowUp(variables.caseId(), years, "ja".equals(answer), workplace, reason, variables.actor());
    }
}
