package nl.onderwijsregio.ketenregie.journey;

import java.util.List;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Geen match: vervolg bepalen": after the last match round, stop (reason GEEN_MATCH) or hand over. */
@Component("geenMatchBesloten")
class NoMatchDecided implements TaskListener {

    static final List<String> OUTCOMES = List.of("niet_nu", "overdragen");

    private final OrganisationService organisations;

    NoMatchDecided(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String outcome = variables.requiredChoice(ProcessVariables.UITKOMST, OUTCOMES, "vervolg");
        if ("niet_nu".equals(outcome)) {
            task.getExecution().setVariable(ProcessVariables.UITVAL_REDEN, DropoutReason.GEEN_MATCH.name());
            task.getExecution().setVariable(ProcessVariables.ONNODIG, variables.optionalBoolean(ProcessVariables.ONNODIG));
        } else if ("overdragen".equals(outcome)) {
            HandoverTarget.check(variables, task, organisations);
        }
        variables.failIfInvalid();
    }
}
