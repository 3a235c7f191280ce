package nl.onderwijsregio.ketenregie.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read log (Logboek Dataverwerkingen): every time a screen or endpoint shows a candidate's personal data,
 * one row per dossier shown, with who, when, where and why. Appended only, in one batch per request, so a list
 * of a hundred names costs one round trip. Rows leave only after {@code ketenregie.privacy.leeslog-bewaartermijn}.
 */
@Service
public class ReadLog {

    /** Why personal data was shown: a code per screen or endpoint. */
    public enum Purpose {
        /** Working on the case: the dossier page, the dossier API. */
        DOSSIERBEHEER,
        /** Working on a task of the dossier: the case summary beside the task in Tasklist. */
        TAAKAFHANDELING,
        /** Finding a dossier: lists and search results that show names. */
        ZOEKEN,
        /** Answering the candidate's request for access (art. 15 AVG). */
        INZAGEVERZOEK
    }

    public record Entry(Instant op, String gebruiker, UUID dossier, String scherm, String doel) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReadLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Logs that {@code userId} saw these dossiers' personal data on {@code screen}; in its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String userId, Collection<UUID> dossierIds, String screen, Purpose purpose) {
        if (dossierIds.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.batchUpdate("insert into dossier_read (read_at, user_id, dossier_id, screen, purpose) values (?, ?, ?, ?, ?)",
                dossierIds.stream().distinct().map(id -> new Object[] { now, userId, id, screen, purpose.name() }).toList());
    }

    @Transactional(readOnly = true)
    public List<Entry> ofDossier(UUID dossierId) {
        return jdbc.query("select read_at, user_id, dossier_id, screen, purpose from dossier_read where dossier_id = ? "
                + "order by read_at, id", (rs, row) -> entry(rs), dossierId);
    }

    /** What the user looked at in the period, limited to dossiers of {@code regions}. */
    @Transactional(readOnly = true)
    public List<Entry> ofUser(String userId, Instant from, Instant until, Collection<String> regions, int limit) {
        if (regions.isEmpty()) {
            return List.of();
        }
        String in = "?,".repeat(regions.size() - 1) + "?";
        List<Object> args = new java.util.ArrayList<>(List.of(userId, OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
                OffsetDateTime.ofInstant(until, ZoneOffset.UTC)));
        args.addAll(regions);
        return jdbc.query("select r.read_at, r.user_id, r.dossier_id, r.screen, r.purpose from dossier_read r "
                + "join dossier d on d.id = r.dossier_id where r.user_id = ? and r.read_at >= ? and r.read_at < ? "
                + "and d.region_code in (" + in + ") order by r.read_at, r.id fetch first " + limit + " rows only",
                (rs, row) -> entry(rs), args.toArray());
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getObject("read_at", OffsetDateTime.class).toInstant(), rs.getString("user_id"),
                rs.getObject("dossier_id", UUID.class), rs.getString("screen"), rs.getString("purpose"));
    }
}
