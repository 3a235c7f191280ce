package nl.onderwijsregio.ketenregie.kwaliteit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Monitor rounds and their self-evaluations with scores (monitor_round, self_evaluation,
 * self_evaluation_score) and the status history of every cycle (quality_status, appended only).
 */
@Repository
class MonitorRounds {

    private static final String ROUND_COLUMNS = "id, region_code, round_year, framework_version, status, summary, "
            + "opened_by, opened_at, closed_at";
    private static final String EVALUATION_COLUMNS = "round_id, partnership_code, status, evidence, strengths, "
            + "improvements, questions, submitted_by, submitted_at, reviewed_by, reviewed_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    MonitorRounds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** @return false when the region already has an open round for the year */
    boolean insert(MonitorRound round, Collection<String> partnershipCodes) {
        if (jdbc.queryForObject("select count(*) from monitor_round where open_key = ?", Integer.class,
                openKey(round)) > 0) {
            return false;
        }
        jdbc.update("insert into monitor_round (id, region_code, round_year, framework_version, status, opened_by, "
                + "opened_at, open_key) values (?, ?, ?, ?, ?, ?, ?, ?)", round.id(), round.regionCode(), round.year(),
                round.frameworkVersion(), round.status().name(), round.openedBy(), at(round.openedAt()), openKey(round));
        partnershipCodes.forEach(code -> jdbc.update("insert into self_evaluation (round_id, partnership_code, status) "
                + "values (?, ?, ?)", round.id(), code, SelfEvaluation.Status.OPEN.name()));
        return true;
    }

    Optional<MonitorRound> get(UUID id) {
        return jdbc.query("select " + ROUND_COLUMNS + " from monitor_round where id = ?", MonitorRounds::round, id)
                .stream().findFirst();
    }

    /** The latest rounds of the regions, newest first (at most {@code limit}). */
    List<MonitorRound> ofRegions(Collection<String> regions, int limit) {
        if (regions.isEmpty()) {
            return List.of();
        }
        return named.query("select " + ROUND_COLUMNS + " from monitor_round where region_code in (:regions) "
                + "order by round_year desc, opened_at desc limit :limit",
                new MapSqlParameterSource("regions", regions).addValue("limit", limit),
                (rs, n) -> round(rs, n));
    }

    /** The newest closed round of a region, and the one before it, for the heat map and its trend. */
    List<MonitorRound> latestClosed(String region, int count) {
        return jdbc.query("select " + ROUND_COLUMNS + " from monitor_round where region_code = ? and closed_at is not null "
                + "order by round_year desc, closed_at desc limit ?", MonitorRounds::round, region, count);
    }

    List<String> partnerships(UUID roundId) {
        return jdbc.queryForList("select partnership_code from self_evaluation where round_id = ? "
                + "order by partnership_code", String.class, roundId);
    }

    /** The round's self-evaluations with their scores, two queries for the whole round. */
    List<SelfEvaluation> evaluations(UUID roundId) {
        Map<String, Map<String, Integer>> scores = new HashMap<>();
        jdbc.query("select partnership_code, criterion_code, score from self_evaluation_score where round_id = ?",
                rs -> {
                    scores.computeIfAbsent(rs.getString(1), key -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                }, roundId);
        return jdbc.query("select " + EVALUATION_COLUMNS + " from self_evaluation where round_id = ? "
                + "order by partnership_code", (rs, n) -> evaluation(rs, scores.getOrDefault(rs.getString(2), Map.of())),
                roundId);
    }

    Optional<SelfEvaluation> evaluation(UUID roundId, String partnership) {
        return evaluations(roundId).stream().filter(e -> e.partnershipCode().equals(partnership)).findFirst();
    }

    /** Replaces the partnership's answers; the scores keep the round's framework version. */
    void submit(UUID roundId, String partnership, int frameworkVersion, Map<String, Integer> scores, String evidence,
            String strengths, String improvements, String actor, Instant at) {
        jdbc.update("update self_evaluation set status = ?, evidence = ?, strengths = ?, improvements = ?, "
                + "submitted_by = ?, submitted_at = ? where round_id = ? and partnership_code = ?",
                SelfEvaluation.Status.INGEDIEND.name(), evidence, strengths, improvements, actor, at(at), roundId, partnership);
        jdbc.update("delete from self_evaluation_score where round_id = ? and partnership_code = ?", roundId, partnership);
        List<Object[]> rows = new ArrayList<>();
        scores.forEach((criterion, score) -> rows.add(new Object[] { roundId, partnership, frameworkVersion, criterion, score }));
        jdbc.batchUpdate("insert into self_evaluation_score (round_id, partnership_code, framework_version, "
                + "criterion_code, score) values (?, ?, ?, ?, ?)", rows);
    }

    void review(UUID roundId, String partnership, boolean accepted, String questions, String actor, Instant at) {
        // An acceptance keeps the questions asked before it: they are part of the evaluation's story.
        jdbc.update("update self_evaluation set status = ?, questions = coalesce(?, questions), reviewed_by = ?, "
                + "reviewed_at = ? "
                + "where round_id = ? and partnership_code = ?", (accepted ? SelfEvaluation.Status.GOEDGEKEURD
                        : SelfEvaluation.Status.TERUGGESTUURD).name(), questions, actor, at(at), roundId, partnership);
    }

    void summarise(UUID roundId, String summary) {
        jdbc.update("update monitor_round set summary = ? where id = ?", summary, roundId);
    }

    void enter(UUID roundId, CycleStatus status) {
        jdbc.update("update monitor_round set status = ? where id = ?", status.name(), roundId);
    }

    void close(UUID roundId, Instant at) {
        jdbc.update("update monitor_round set status = ?, closed_at = ?, open_key = null where id = ?",
                CycleStatus.AFGESLOTEN.name(), at(at), roundId);
    }

    private static String openKey(MonitorRound round) {
        return round.regionCode() + "/" + round.year();
    }

    private static MonitorRound round(ResultSet rs, int row) throws SQLException {
        return new MonitorRound(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4),
                CycleStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), instant(rs, 8), instant(rs, 9));
    }

    private static SelfEvaluation evaluation(ResultSet rs, Map<String, Integer> scores) throws SQLException {
        return new SelfEvaluation(rs.getObject(1, UUID.class), rs.getString(2),
                SelfEvaluation.Status.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), instant(rs, 9), rs.getString(10), instant(rs, 11), scores);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
