package nl.onderwijsregio.ketenregie.garantiefonds;

import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Besluit bevestigen (vier ogen)": a second committee member, never the one who decided, confirms a
 * grant above the four-eyes limit (then the amount is reserved) or sends it back to the decision.
 */
@Component("garantiefondsBevestigd")
class DecisionConfirmed implements TaskListener {

    static final String CONFIRMATION = "bevestiging";

    private final FundApplications applications;
    private final Grants grants;

    DecisionConfirmed(FundApplications applications, Grants grants) {
        this.applications = applications;
        this.grants = grants;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        UUID id = FundTasks.application(task);
        FundApplication application = applications.get(id).orElseThrow();
        String confirmation = variables.requiredChoice(CONFIRMATION, List.of("bevestigd", "niet_bevestigd"), "bevestiging");
        if (variables.actor().equals(application.decidedBy())) {
            variables.problem("Een tweede, ander commissielid bevestigt het besluit; je kunt je eigen besluit niet bevestigen.");
        }
        variables.failIfInvalid();
        if ("bevestigd".equals(confirmation)) {
            applications.confirm(id, variables.actor());
            grants.reserve(variables, application, application.grantedAmount());
        }
    }
}
