package nl.onderwijsregio.ketenregie.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import nl.onderwijsregio.ketenregie.dossier.DossierRetention;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Privacy settings (ketenregie.privacy.*), documented in docs/operations.md; the periods and why in
 * docs/privacy.md.
 *
 * @param bewaartermijn how long an ended dossier keeps its personal data, per way it ended (the periods of data
 *     outside the dossiers are under the same key, read by {@link RetentionPeriods})
 * @param leeslogBewaartermijn how long the read log keeps an entry
 * @param planningActief whether the retention job runs on a schedule (off in tests, which call it)
 * @param cron when the retention job runs (Europe/Amsterdam)
 * @param batchGrootte dossiers the job looks up at once
 */
@Validated
@ConfigurationProperties("ketenregie.privacy")
public record PrivacySettings(
        @Valid @NotNull Bewaartermijn bewaartermijn,
        @NotNull Period leeslogBewaartermijn,
        boolean planningActief,
        @NotBlank String cron,
        @Min(1) int batchGrootte) {

    /**
     * @param zonderIntake the track ended before the intake conversation (a registration without intake)
     * @param uitgevallen the candidate dropped out later
     * @param overgedragen handed over warmly to another region (the receiving dossier has its own period)
     * @param afgerond completed: the track ends after the 5-year retention follow-up
     */
    public record Bewaartermijn(@NotNull Period zonderIntake, @NotNull Period uitgevallen,
            @NotNull Period overgedragen, @NotNull Period afgerond) {
    }

    DossierRetention.Cutoffs cutoffs(Instant now) {
        return new DossierRetention.Cutoffs(before(now, bewaartermijn.zonderIntake()),
                before(now, bewaartermijn.uitgevallen()), before(now, bewaartermijn.overgedragen()),
                before(now, bewaartermijn.afgerond()));
    }

    static Instant before(Instant now, Period period) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }
}
