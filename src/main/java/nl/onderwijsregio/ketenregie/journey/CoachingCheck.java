package nl.onderwijsregio.ketenregie.journey;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Compares the coaching hours logged so far with the target curve of year 1 (by default 320 hours over
 * 40 weeks from the contract start) and flags the dossier when it falls below the configured share.
 */
@Component("begeleidingsurenControleren")
class CoachingCheck implements JavaDelegate {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final DossierService dossiers;
    private final JourneySettings settings;
    private final Clock clock;

    CoachingCheck(DossierService dossiers, JourneySettings settings, Clock clock) {
        this.dossiers = dossiers;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID dossierId = UUID.fromString(execution.getProcessBusinessKey());
        Dossier dossier = dossiers.get(dossierId);
        BigDecimal expected = expectedHours(dossier.getContractStart(), LocalDate.now(clock.withZone(NETHERLANDS)));
        BigDecimal minimum = expected.multiply(BigDecimal.valueOf(settings.begeleiding().ondergrens()));
        dossiers.markCoaching(dossierId, dossiers.coachingHoursTotal(dossierId).compareTo(minimum) < 0);
    }

    BigDecimal expectedHours(LocalDate contractStart, LocalDate today) {
        long weeks = Math.max(0, ChronoUnit.WEEKS.between(contractStart, today));
        long weeksInYear1 = settings.begeleiding().wekenJaar1();
        return BigDecimal.valueOf(settings.begeleiding().streefurenJaar1())
                .multiply(BigDecimal.valueOf(Math.min(weeks, weeksInYear1)))
                .divide(BigDecimal.valueOf(weeksInYear1), 1, java.math.RoundingMode.HALF_UP);
    }
}
