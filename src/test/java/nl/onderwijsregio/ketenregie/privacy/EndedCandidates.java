package nl.onderwijsregio.ketenregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.reporting.FunnelAggregate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Candidates whose track ended long ago, in several ways, each with a note, a mail and some with a retention
 * follow-up: what the retention job must anonymise without changing a report figure.
 */
@Component
public class EndedCandidates {

    /** Dossiers are moved back to this year of registration, which no other test uses. */
    public static final int OLD_YEAR = 2011;
    public static final String NOTE = "Gebeld met de kandidaat over haar gezin.";

    private final JourneyDriver driver;
    private final JourneyCommands journey;
    private final DossierService dossiers;
    private final JdbcTemplate jdbc;
    private final FunnelAggregate aggregate;

    EndedCandidates(JourneyDriver driver, JourneyCommands journey, DossierService dossiers, JdbcTemplate jdbc,
            FunnelAggregate aggregate) {
        this.aggregate = aggregate;
        this.driver = driver;
        this.journey = journey;
        this.dossiers = dossiers;
        this.jdbc = jdbc;
    }

    /**
     * One in three stopped before the intake; the others moved on (with a lead time of some days) to the next
     * stage and dropped out there, half of them after a 1-year follow-up. All moved back to {@link #OLD_YEAR}.
     */
    public List<UUID> endedLongAgo(int count) {
        List<UUID> ids = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                JourneyDriver.Journey candidate = driver.start("utrecht-stad", "PO", "HBO");
                if (i % 3 != 0) {
                    candidate.intake("PO", "HBO", false, false);
                    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(3L * i).toMillis()));
                    candidate.continueWithAdvice("hu");
                    if (i % 2 == 0) {
                        dossiers.recordFollowUp(candidate.dossierId, 1, i % 4 == 0, null, null, "kr.test");
                    }
                }
                dossiers.addNote(candidate.dossierId, "kr.test", NOTE);
                journey.candidateStops(candidate.dossierId,
                        i % 3 == 1 ? DropoutReason.WERKDRUK : DropoutReason.ANDERE_BAAN, i % 4 == 0, null, "kr.test");
                ClockUtil.reset();
                ids.add(candidate.dossierId);
            }
        } finally {
            ClockUtil.reset();
        }
        for (UUID id : ids) {
            jdbc.update("update dossier set registered_at = registered_at - interval '15' year where id = ?", id);
            jdbc.update("update stage_transition set entered_at = entered_at - interval '15' year, "
                    + "left_at = left_at - interval '15' year where dossier_id = ?", id);
        }
        aggregate.refresh(ids);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dossier_id in (" + in(ids) + ")",
                Integer.class, ids.toArray())).as("mails to remove").isPositive();
        return ids;
    }

    public static String in(List<UUID> ids) {
        return "?,".repeat(ids.size() - 1) + "?";
    }
}
