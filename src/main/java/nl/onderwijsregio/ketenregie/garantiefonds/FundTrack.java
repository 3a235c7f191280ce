package nl.onderwijsregio.ketenregie.garantiefonds;

import java.time.Clock;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.process.Track;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The application's track: its status history. It never touches the journey's stages. When the
 * application ends, whatever is still reserved for it goes back to the fund, so no outcome can leave
 * money reserved (a paid claim has consumed its reservation already).
 */
@Component
class FundTrack implements Track {

    private final FundApplications applications;
    private final FundBudget budget;
    private final Clock clock;

    FundTrack(FundApplications applications, FundBudget budget, Clock clock) {
        this.applications = applications;
        this.budget = budget;
        this.clock = clock;
    }

    @Override
    public String processKey() {
        return FundProcess.PROCESS_KEY;
    }

    @Override
    public void enter(UUID dossierId, String code, String actor, DelegateExecution execution) {
        applications.enter(applicationOf(execution), FundStatus.valueOf(code), actor, clock.instant());
    }

    @Override
    public void end(UUID dossierId, String code, String actor, DelegateExecution execution) {
        FundApplication application = applications.get(applicationOf(execution)).orElseThrow();
        FundStatus outcome = FundStatus.valueOf(code);
        budget.release(application.regionCode(), application.budgetYear(), application.id(), actor,
                "Aanvraag afgesloten: " + outcome.label().toLowerCase());
        applications.close(application.id(), outcome, actor, clock.instant());
    }

    static UUID applicationOf(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(FundProcess.APPLICATION));
    }
}
