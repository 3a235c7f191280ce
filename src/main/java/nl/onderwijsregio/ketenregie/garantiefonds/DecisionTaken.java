package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Besluit nemen over garantie": the committee grants (an amount up to the requested one) or rejects
 * (with a reason code). A grant above the region's four-eyes limit waits for a second member; any other
 * grant reserves the amount now, and is refused in Dutch when the fund has too little left.
 */
@Component("garantiefondsBesloten")
class DecisionTaken implements TaskListener {

    static final String DECISION = "besluit";
    static final String REJECTION_REASON = "afwijzingReden";

    private final FundApplications applications;
    private final FundSettings settings;
    private final Grants grants;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DecisionTaken(FundApplications applications, FundSettings settings, Grants grants, Clock clock,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.settings = settings;
        this.grants = grants;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskVariables variables = new TaskVariables(task);
        UUID id = FundTasks.application(task);
        FundApplication application = applications.get(id).orElseThrow();
        String decision = variables.requiredChoice(DECISION, List.of("toekennen", "afwijzen"), "besluit");
        BigDecimal granted = null;
        RejectionReason reason = null;
        if ("toekennen".equals(decision)) {
            granted = FundTasks.amount(variables, task, FundProcess.GRANTED, application.requestedAmount(),
                    "toegekend bedrag");
        } else if ("afwijzen".equals(decision)) {
            reason = variables.requiredEnum(REJECTION_REASON, RejectionReason.class, "reden van afwijzing");
        }
        variables.failIfInvalid();
        applications.decide(id, granted, reason, variables.actor(), clock.instant());
        if (granted == null) {
            events.publishEvent(new FundEvents.DecisionMade(id, application.dossierId(), application.regionCode(),
                    application.appliedBy(), false, null, reason.label()));
            return;
        }
        boolean fourEyes = granted.compareTo(settings.region(application.regionCode()).orElseThrow().vierOgenVanaf()) > 0;
        task.getExecution().setVariable(FundProcess.FOUR_EYES, fourEyes);
        if (!fourEyes) {
            grants.reserve(variables, application, granted);
        }
    }
}
