package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.process.BusinessKey;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Compares the coaching hours logged so far with the target curve of year 1 (by default 320 hours over
 * 40 weeks) and flags the dossier when it falls below the configured share. The curve starts when
 * coaching under supervision starts (stage BEGELEIDING), the moment hours are first logged.
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
        UUID dossierId = BusinessKey.of(execution);
        LocalDate coachingStart = dossiers.enteredAt(dossierId, Stage.BEGELEIDING).orElseThrow()
                .atZone(NETHERLANDS).toLocalDate();
        BigDecimal expected = expectedHours(coachingStart, LocalDate.now(clock.withZone(NETHERLANDS)));
        BigDecimal minimum = expected.multiply(BigDecimal.valueOf(settings.begeleiding().ondergrens()));
        dossiers.markCoaching(dossierId, dossiers.coachingHoursTotal(dossierId).compareTo(minimum) < 0);
    }

    BigDecimal expectedHours(LocalDate coachingStart, LocalDate today) {
        long weeks = Math.max(0, ChronoUnit.WEEKS.between(coachingStart, today));
        long weeksInYear1 = settings.begeleiding().wekenJaar1();
        return BigDecimal.valueOf(settings.begeleiding().streefurenJaar1())
                .multiply(BigDecimal.valueOf(Math.min(weeks, weeksInYear1)))
                .divide(BigDecimal.valueOf(weeksInYear1), 1, java.math.RoundingMode.HALF_UP);
    }
}
