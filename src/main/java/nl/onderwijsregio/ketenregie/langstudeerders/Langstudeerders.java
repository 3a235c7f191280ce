package nl.onderwijsregio.ketenregie.langstudeerders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The langstudeerders of the institutes and their track, obstacles and check-ins (tables langstudeerder,
 * langstudeerder_status, langstudeerder_obstacle, langstudeerder_checkin). Track and check-ins are appended
 * only; the student row carries the imported data, the plan and the current status.
 */
@Repository
class Langstudeerders {

    /** One step or outcome of the track. */
    record StatusEntry(LangstudeerderStatus status, Instant at, String actor) {
    }

    /** Credits at a moment: from a check-in by the institute or from an import. */
    record Checkin(Instant at, int creditsObtained, boolean onTrack, String source, String actor) {
    }

    private static final String COLUMNS = "id, case_number, opleiding_code, student_number, first_name, last_name, "
            + "email, programme, sector, start_year, credits_obtained, credits_required, school_code, region_code, "
            + "status, on_track, off_track_streak, target_date, credits_per_period, support_measures, "
            + "school_leave_hours, school_timetable, qualified_on, stop_reason, referred_dossier_id, imported_at, "
            + "intake_at, closed_at, missing_since";

    private final JdbcTemplate jdbc;

    Langstudeerders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the institute's row until the transaction ends, so its imports run one after the other. */
    boolean lockInstitute(String opleiding) {
        return !jdbc.queryForList("select code from lerarenopleiding where code = ? for update", String.class, opleiding)
                .isEmpty();
    }

    /** Reserves {@code count} case numbers of the institute (under its lock); returns the first. */
    int reserveNumbers(String opleiding, int count) {
        List<Integer> last = jdbc.queryForList("select last_number from langstudeerder_counter where opleiding_code = ?",
                Integer.class, opleiding);
        if (last.isEmpty()) {
            jdbc.update("insert into langstudeerder_counter (opleiding_code, last_number) values (?, ?)", opleiding, count);
            return 1;
        }
        jdbc.update("update langstudeerder_counter set last_number = ? where opleiding_code = ?", last.get(0) + count,
                opleiding);
        return last.get(0) + 1;
    }

    Map<String, Langstudeerder> ofInstitute(String opleiding) {
        Map<String, Langstudeerder> map = new LinkedHashMap<>();
        jdbc.query("select " + COLUMNS + " from langstudeerder where opleiding_code = ?", MAPPER, opleiding)
                .forEach(student -> map.put(student.studentNumber(), student));
        return map;
    }

    Optional<Langstudeerder> get(UUID id) {
        return jdbc.query("select " + COLUMNS + " from langstudeerder where id = ?", MAPPER, id).stream().findFirst();
    }

    void insertAll(List<Langstudeerder> students) {
        jdbc.batchUpdate("insert into langstudeerder (id, case_number, opleiding_code, student_number, first_name, "
                + "last_name, email, programme, sector, start_year, credits_obtained, credits_required, school_code, "
                + "region_code, status, off_track_streak, imported_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", students, 500, (ps, s) -> {
                    ps.setObject(1, s.id());
                    ps.setString(2, s.caseNumber());
                    ps.setString(3, s.opleidingCode());
                    ps.setString(4, s.studentNumber());
                    ps.setString(5, s.firstName());
                    ps.setString(6, s.lastName());
                    ps.setString(7, s.email());
                    ps.setString(8, s.programme());
                    ps.setString(9, s.sector().name());
                    ps.setInt(10, s.startYear());
                    ps.setInt(11, s.creditsObtained());
                    ps.setInt(12, s.creditsRequired());
                    ps.setString(13, s.schoolCode());
                    ps.setString(14, s.regionCode());
                    ps.setString(15, s.status().name());
                    ps.setObject(16, at(s.importedAt()));
                    ps.setObject(17, at(s.importedAt()));
                });
    }

    /** The imported fields of existing students, from their line in a new list; they are named in it again. */
    void updateImported(Map<UUID, StudentRow> rows, Instant at) {
        jdbc.batchUpdate("update langstudeerder set first_name = ?, last_name = ?, email = ?, programme = ?, sector = ?, "
                + "start_year = ?, credits_obtained = ?, credits_required = ?, school_code = ?, region_code = ?, "
                + "updated_at = ?, missing_since = null where id = ?", new ArrayList<>(rows.entrySet()), 500, (ps, e) -> {
                    StudentRow r = e.getValue();
                    ps.setString(1, r.firstName());
                    ps.setString(2, r.lastName());
                    ps.setString(3, r.email());
                    ps.setString(4, r.programme());
                    ps.setString(5, r.sector().name());
                    ps.setInt(6, r.startYear());
                    ps.setInt(7, r.creditsObtained());
                    ps.setInt(8, r.creditsRequired());
                    ps.setString(9, r.schoolCode());
                    ps.setString(10, r.regionCode());
                    ps.setObject(11, at(at));
                    ps.setObject(12, e.getKey());
                });
    }

    /** Students named in the list again are no longer missing; those left out are, from now on if not before. */
    void markPresence(Collection<UUID> present, Collection<UUID> missing, Instant at) {
        jdbc.batchUpdate("update langstudeerder set missing_since = null where id = ? and missing_since is not null",
                new ArrayList<>(present), 500, (ps, id) -> ps.setObject(1, id));
        jdbc.batchUpdate("update langstudeerder set missing_since = ? where id = ? and missing_since is null",
                new ArrayList<>(missing), 500, (ps, id) -> {
                    ps.setObject(1, at(at));
                    ps.setObject(2, id);
                });
    }

    void logImport(String opleiding, String actor, Instant at, String fileName, int added, int updated, int unchanged,
            int missing) {
        jdbc.update("insert into langstudeerder_import (opleiding_code, imported_by, imported_at, file_name, added, "
                + "updated, unchanged, missing) values (?, ?, ?, ?, ?, ?, ?, ?)", opleiding, actor, at(at), fileName,
                added, updated, unchanged, missing);
    }

    // ---- the track ----

    /** Appends the step to the track and makes it current, unless it is current already. */
    void enter(UUID id, LangstudeerderStatus status, String actor, Instant at) {
        LangstudeerderStatus current = get(id).orElseThrow().status();
        if (current == status && !history(id).isEmpty()) {
            return;
        }
        appendStatus(id, status, actor, at);
        jdbc.update("update langstudeerder set status = ? where id = ?", status.name(), id);
    }

    void close(UUID id, LangstudeerderStatus outcome, String actor, Instant at) {
        appendStatus(id, outcome, actor, at);
        jdbc.update("update langstudeerder set status = ?, closed_at = ? where id = ?", outcome.name(), at(at), id);
    }

    List<StatusEntry> history(UUID id) {
        return jdbc.query("select status, entered_at, actor from langstudeerder_status where langstudeerder_id = ? "
                + "order by id", (rs, row) -> new StatusEntry(LangstudeerderStatus.valueOf(rs.getString(1)),
                        instant(rs, 2), rs.getString(3)), id);
    }

    private void appendStatus(UUID id, LangstudeerderStatus status, String actor, Instant at) {
        jdbc.update("insert into langstudeerder_status (langstudeerder_id, status, entered_at, actor) values (?, ?, ?, ?)",
                id, status.name(), at(at), actor);
    }

    // ---- what the tasks record ----

    void recordIntake(UUID id, Set<Obstacle> obstacles, LocalDate targetDate, Integer creditsPerPeriod,
            Set<SupportMeasure> measures, Instant at) {
        jdbc.update("delete from langstudeerder_obstacle where langstudeerder_id = ?", id);
        jdbc.batchUpdate("insert into langstudeerder_obstacle (langstudeerder_id, code) values (?, ?)",
                new ArrayList<>(obstacles), 50, (ps, obstacle) -> {
                    ps.setObject(1, id);
                    ps.setString(2, obstacle.name());
                });
        jdbc.update("update langstudeerder set target_date = ?, credits_per_period = ?, support_measures = ?, "
                + "intake_at = ? where id = ?", targetDate, creditsPerPeriod, codes(measures), at(at), id);
    }

    /** A new plan after steering: the new target and pace; the off-track series starts over. */
    void adjustPlan(UUID id, LocalDate targetDate, Integer creditsPerPeriod) {
        jdbc.update("update langstudeerder set target_date = ?, credits_per_period = ?, off_track_streak = 0 where id = ?",
                targetDate, creditsPerPeriod, id);
    }

    void recordSchoolAgreement(UUID id, int leaveHours, boolean timetable) {
        jdbc.update("update langstudeerder set school_leave_hours = ?, school_timetable = ? where id = ?", leaveHours,
                timetable, id);
    }

    /** Appends a check-in, sets the credits and the off-track series; returns the new series length. */
    int checkIn(UUID id, int credits, boolean onTrack, String source, String actor, Instant at) {
        jdbc.update("insert into langstudeerder_checkin (langstudeerder_id, checked_at, credits_obtained, on_track, "
                + "source, actor) values (?, ?, ?, ?, ?, ?)", id, at(at), credits, onTrack, source, actor);
        jdbc.update("update langstudeerder set credits_obtained = ?, on_track = ?, off_track_streak = case when ? then 0 "
                + "else off_track_streak + 1 end, updated_at = ? where id = ?", credits, onTrack, onTrack, at(at), id);
        return get(id).orElseThrow().offTrackStreak();
    }

    List<Checkin> checkins(UUID id) {
        return jdbc.query("select checked_at, credits_obtained, on_track, source, actor from langstudeerder_checkin "
                + "where langstudeerder_id = ? order by checked_at, id", (rs, row) -> new Checkin(instant(rs, 1),
                        rs.getInt(2), rs.getBoolean(3), rs.getString(4), rs.getString(5)), id);
    }

    Set<Obstacle> obstacles(UUID id) {
        return jdbc.queryForList("select code from langstudeerder_obstacle where langstudeerder_id = ?", String.class, id)
                .stream().map(Obstacle::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Obstacle.class)));
    }

    /** Obstacle codes of several students at once, for a list page without a query per row. */
    Map<UUID, Set<Obstacle>> obstacles(Collection<UUID> ids) {
        Map<UUID, Set<Obstacle>> map = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return map;
        }
        jdbc.query("select langstudeerder_id, code from langstudeerder_obstacle where langstudeerder_id in ("
                + placeholders(ids.size()) + ")", rs -> {
                    map.computeIfAbsent(rs.getObject(1, UUID.class), key -> EnumSet.noneOf(Obstacle.class))
                            .add(Obstacle.valueOf(rs.getString(2)));
                }, ids.toArray());
        return map;
    }

    void qualified(UUID id, LocalDate on) {
        jdbc.update("update langstudeerder set qualified_on = ? where id = ?", on, id);
    }

    void stopped(UUID id, String reason) {
        jdbc.update("update langstudeerder set stop_reason = ? where id = ?", reason, id);
    }

    void referred(UUID id, UUID dossierId) {
        jdbc.update("update langstudeerder set referred_dossier_id = ? where id = ?", dossierId, id);
    }

    // ---- lists ----

    List<Langstudeerder> list(LangstudeerderFilter filter, int page, int size) {
        List<Object> arguments = new ArrayList<>();
        String where = filter.where(arguments);
        arguments.add(size);
        arguments.add((long) page * size);
        return jdbc.query("select " + COLUMNS + " from langstudeerder l where " + where
                + " order by last_name, first_name, id limit ? offset ?", MAPPER, arguments.toArray());
    }

    long count(LangstudeerderFilter filter) {
        List<Object> arguments = new ArrayList<>();
        String where = filter.where(arguments);
        return jdbc.queryForObject("select count(*) from langstudeerder l where " + where, Long.class, arguments.toArray());
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(Math.max(1, count), "?"));
    }

    private static String codes(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Integer optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean optionalBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static final RowMapper<Langstudeerder> MAPPER = (rs, row) -> new Langstudeerder(
            rs.getObject("id", UUID.class), rs.getString("case_number"), rs.getString("opleiding_code"),
            rs.getString("student_number"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
            rs.getString("programme"), Sector.valueOf(rs.getString("sector")), rs.getInt("start_year"),
            rs.getInt("credits_obtained"), rs.getInt("credits_required"), rs.getString("school_code"),
            rs.getString("region_code"), LangstudeerderStatus.valueOf(rs.getString("status")),
            optionalBoolean(rs, "on_track"), rs.getInt("off_track_streak"), rs.getObject("target_date", LocalDate.class),
            optionalInt(rs, "credits_per_period"), rs.getString("support_measures"), optionalInt(rs, "school_leave_hours"),
            optionalBoolean(rs, "school_timetable"), rs.getObject("qualified_on", LocalDate.class),
            rs.getString("stop_reason"), rs.getObject("referred_dossier_id", UUID.class), instant(rs, "imported_at"),
            instant(rs, "intake_at"), instant(rs, "closed_at"), instant(rs, "missing_since"));
}
