package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Claim indienen": HR of the bestuur claims at most the granted amount, with a reason code. */
@Component("garantiefondsClaimIngediend")
class ClaimFiled implements TaskListener {

    static final String CLAIM_REASON = "claimReden";

    private final FundApplications applications;

    ClaimFiled(FundApplications applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        UUID id = FundTasks.application(task);
        FundApplication application = applications.get(id).orElseThrow();
        BigDecimal amount = FundTasks.amount(variables, task, FundProcess.CLAIM_AMOUNT, application.grantedAmount(),
                "geclaimd bedrag");
        ClaimReason reason = variables.requiredEnum(CLAIM_REASON, ClaimReason.class, "reden van de claim");
        variables.failIfInvalid();
        applications.claim(id, amount, reason);
    }
}
