package nl.onderwijsregio.ketenregie.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the privacy package needs from the dossier tables: which ended dossiers are past their retention
 * period, a claim on one dossier that a second application instance skips, the mark that a dossier was
 * anonymised, and the dossiers linked to one by warm handovers (the same person).
 */
@Service
public class DossierRetention {

    /** Why a dossier was anonymised; stored in {@code dossier.anonymised_reason}. */
    public enum Reason { BEWAARTERMIJN, VERZOEK }

    /**
     * Ends before these moments are past their period. {@code zonderIntake}: the track ended in AANMELDING or
     * ORIENTATIE before the intake conversation (no route advice yet); the others by the outcome it ended with.
     */
    public record Cutoffs(Instant zonderIntake, Instant uitgevallen, Instant overgedragen, Instant afgerond) {
    }

    private final JdbcTemplate jdbc;

    DossierRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ended dossiers past their period that still hold personal data, longest ended first. */
    public List<UUID> due(Cutoffs cutoffs, int limit) {
        String noIntake = "(t.stage in ('AANMELDING', 'ORIENTATIE') and d.route_advies is null)";
        return jdbc.queryForList("select d.id from dossier d join stage_transition t on t.dossier_id = d.id "
                + "where d.anonymised_at is null and d.status <> 'LOPEND' "
                + "and t.outcome in ('UITGEVALLEN', 'OVERGEDRAGEN', 'AFGEROND') and ("
                + "(" + noIntake + " and t.left_at < ?) "
                + "or (not " + noIntake + " and t.outcome = 'UITGEVALLEN' and t.left_at < ?) "
                + "or (not " + noIntake + " and t.outcome = 'OVERGEDRAGEN' and t.left_at < ?) "
                + "or (not " + noIntake + " and t.outcome = 'AFGEROND' and t.left_at < ?)) "
                + "order by t.left_at, d.id fetch first " + limit + " rows only", UUID.class,
                at(cutoffs.zonderIntake()), at(cutoffs.uitgevallen()), at(cutoffs.overgedragen()), at(cutoffs.afgerond()));
    }

    /**
     * Locks the dossier row for the caller's transaction if it still holds personal data and no one else
     * holds the lock. A second instance running the same job skips the row instead of waiting, and after the
     * first commits it finds the row anonymised: a dossier is never anonymised twice.
     */
    public boolean claim(UUID dossierId) {
        return !jdbc.queryForList("select id from dossier where id = ? and anonymised_at is null for update skip locked",
                UUID.class, dossierId).isEmpty();
    }

    public void markAnonymised(UUID dossierId, Reason reason, Instant at) {
        jdbc.update("update dossier set anonymised_at = ?, anonymised_reason = ? where id = ?", at(at), reason.name(),
                dossierId);
    }

    /** The dossier and every dossier a warm handover links it to, in either direction. */
    public Set<UUID> linkedByHandover(UUID dossierId) {
        Set<UUID> found = new LinkedHashSet<>();
        Deque<UUID> next = new ArrayDeque<>(List.of(dossierId));
        while (!next.isEmpty()) {
            UUID id = next.pop();
            if (found.add(id)) {
                next.addAll(jdbc.queryForList("select handed_over_from from dossier where id = ? "
                        + "and handed_over_from is not null union select id from dossier where handed_over_from = ?",
                        UUID.class, id, id));
            }
        }
        return found;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
