package nl.onderwijsregio.ketenregie.privacy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Anonymises every ended dossier past its retention period, one dossier per transaction, and removes read-log
 * entries past theirs. Safe to run on several instances at once: see {@link DossierRetention#claim}. Reports
 * what it did in counts only (log line and the metric {@code ketenregie.privacy.geanonimiseerd}).
 */
@Service
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    /** What one run did. {@code skipped}: due, but anonymised by another instance meanwhile. */
    public record Result(int anonymised, int skipped, int readLogRemoved) {
    }

    private final DossierRetention retention;
    private final Anonymisation anonymisation;
    private final PrivacySettings settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Counter anonymisedCounter;

    RetentionJob(DossierRetention retention, Anonymisation anonymisation, PrivacySettings settings, JdbcTemplate jdbc,
            Clock clock, MeterRegistry meters) {
        this.retention = retention;
        this.anonymisation = anonymisation;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.anonymisedCounter = Counter.builder("ketenregie.privacy.geanonimiseerd")
                .description("Dossiers anonymised because their retention period passed")
                .tag("reden", DossierRetention.Reason.BEWAARTERMIJN.name())
                .register(meters);
    }

    public Result run() {
        Instant now = clock.instant();
        int anonymised = 0;
        Set<UUID> skipped = new HashSet<>();
        List<UUID> due = retention.due(settings.cutoffs(now), settings.batchGrootte());
        while (!due.isEmpty()) {
            int before = anonymised;
            for (UUID dossierId : due) {
                if (anonymisation.anonymise(dossierId, DossierRetention.Reason.BEWAARTERMIJN)) {
                    anonymised++;
                } else {
                    skipped.add(dossierId);
                }
            }
            if (anonymised == before) {
                break; // all taken by another instance: it goes on with the rest
            }
            due = retention.due(settings.cutoffs(now), settings.batchGrootte());
        }
        int removed = jdbc.update("delete from dossier_read where read_at < ?",
                OffsetDateTime.ofInstant(PrivacySettings.before(now, settings.leeslogBewaartermijn()), ZoneOffset.UTC));
        anonymisedCounter.increment(anonymised);
        log.info("Retention: {} dossiers anonymised, {} already taken by another instance, {} read-log entries removed",
                anonymised, skipped.size(), removed);
        return new Result(anonymised, skipped.size(), removed);
    }
}
