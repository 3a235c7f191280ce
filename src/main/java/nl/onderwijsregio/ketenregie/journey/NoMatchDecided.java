package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.TaskVariables;
import java.util.List;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Geen match: vervolg bepalen": after the last match round, stop (reason GEEN_MATCH) or hand over. */
@Component("geenMatchBesloten")
class NoMatchDecided implements TaskListener {

    static final List<String> OUTCOMES = List.of("niet_nu", "overdragen");

    private final HandoverTarget handoverTarget;

    NoMatchDecided(HandoverTarget handoverTarget) {
        this.handoverTarget = handoverTarget;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        String outcome = variables.requiredChoice(ProcessVariables.UITKOMST, OUTCOMES, "vervolg");
        if ("niet_nu".equals(outcome)) {
            task.getExecution().setVariable(ProcessVariables.UITVAL_REDEN, DropoutReason.GEEN_MATCH.name());
            task.getExecution().setVariable(ProcessVariables.ONNODIG, variables.optionalBoolean(ProcessVariables.ONNODIG));
        } else if ("overdragen".equals(outcome)) {
            handoverTarget.check(variables, task);
        }
        variables.failIfInvalid();
    }
}
