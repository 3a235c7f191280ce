package nl.onderwijsregio.ketenregie.kwaliteit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The status history of monitor rounds and peer reviews (quality_status), appended only: their timelines. */
@Repository
class CycleHistory {

    record Entry(CycleStatus status, Instant at, String actor) {
    }

    private final JdbcTemplate jdbc;

    CycleHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID caseId, CycleStatus status, String actor, Instant at) {
        jdbc.update("insert into quality_status (case_id, code, entered_at, actor) values (?, ?, ?, ?)", caseId,
                status.name(), MonitorRounds.at(at), actor);
    }

    List<Entry> of(UUID caseId) {
        return jdbc.query("select code, entered_at, actor from quality_status where case_id = ? order by id",
                (rs, n) -> new Entry(CycleStatus.valueOf(rs.getString(1)), MonitorRounds.instant(rs, 2), rs.getString(3)),
                caseId);
    }
}
