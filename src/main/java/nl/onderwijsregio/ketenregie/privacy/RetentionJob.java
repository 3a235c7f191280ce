package nl.onderwijsregio.ketenregie.privacy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierRetention;
import nl.onderwijsregio.ketenregie.dossier.RetainedPersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Anonymises every ended dossier past its retention period, one dossier per transaction, then the personal data
 * outside the dossiers past theirs ({@link RetainedPersonalData}), and removes read-log entries past theirs. Safe to run on several instances at once: see {@link DossierRetention#claim}. Reports
 * what it did in counts only (log line and the metric {@code ketenregie.privacy.geanonimiseerd}).
 */
@Service
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final String ANONYMISED_METRIC = "ketenregie.privacy.geanonimiseerd";

    /**
     * What one run did. {@code skipped}: due, but anonymised by another instance meanwhile; {@code others}: records
     * outside the dossiers anonymised, per {@link RetainedPersonalData#kind()}.
     */
    public record Result(int anonymised, int skipped, int readLogRemoved, Map<String, Integer> others) {
    }

    private final DossierRetention retention;
    private final Anonymisation anonymisation;
    private final RetentionPeriods others;
    private final PrivacySettings settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Counter anonymisedCounter;

    RetentionJob(DossierRetention retention, Anonymisation anonymisation, RetentionPeriods others,
            PrivacySettings settings, JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.retention = retention;
        this.anonymisation = anonymisation;
        this.others = others;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
        this.anonymisedCounter = Counter.builder(ANONYMISED_METRIC)
                .description("Dossiers (soort dossier) and other records with personal data anonymised because their "
                        + "retention period passed")
                .tag("reden", DossierRetention.Reason.BEWAARTERMIJN.name()).tag("soort", "dossier")
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
        Map<String, Integer> otherCounts = new TreeMap<>();
        for (RetainedPersonalData holder : others.holders()) {
            int count = holder.anonymiseEndedBefore(PrivacySettings.before(now, others.of(holder)));
            otherCounts.put(holder.kind(), count);
            meters.counter(ANONYMISED_METRIC, "reden", DossierRetention.Reason.BEWAARTERMIJN.name(), "soort", holder.kind())
                    .increment(count);
        }
        anonymisedCounter.increment(anonymised);
        log.info("Retention: {} dossiers anonymised, {} already taken by another instance, {} read-log entries removed; "
                + "outside the dossiers: {}", anonymised, skipped.size(), removed, otherCounts);
        return new Result(anonymised, skipped.size(), removed, otherCounts);
    }
}
