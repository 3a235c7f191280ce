package nl.onderwijsregio.ketenregie.garantiefonds;

import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Claim beoordelen": the committee approves (the claimed amount is paid and the reservation consumed) or
 * rejects the claim (the reservation goes back to the fund when the application ends).
 */
@Component("garantiefondsClaimBeoordeeld")
class ClaimAssessed implements TaskListener {

    static final String CLAIM_DECISION = "claimBesluit";

    private final FundApplications applications;
    private final FundBudget budget;

    ClaimAssessed(FundApplications applications, FundBudget budget) {
        this.applications = applications;
        this.budget = budget;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        UUID id = FundTasks.application(task);
        String decision = variables.requiredChoice(CLAIM_DECISION, List.of("goedkeuren", "afwijzen"), "besluit over de claim");
        variables.failIfInvalid();
        if ("goedkeuren".equals(decision)) {
            FundApplication application = applications.get(id).orElseThrow();
            budget.pay(application.regionCode(), application.budgetYear(), id, application.claimAmount(), variables.actor());
        }
    }
}
