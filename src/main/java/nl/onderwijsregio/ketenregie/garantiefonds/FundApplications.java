package nl.onderwijsregio.ketenregie.garantiefonds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Applications and their status history (tables fund_application, fund_application_status). The status
 * history is appended only; the application row carries the current status and what was decided.
 */
@Repository
class FundApplications {

    /** One status the application entered, for its history. */
    record StatusEntry(FundStatus status, Instant at, String actor) {
    }

    /** Which applications a list may show: all of some regions, optionally only of some besturen. */
    record Scope(Collection<String> regions, Collection<String> besturen) {
    }

    private static final String COLUMNS = "id, dossier_id, region_code, bestuur_code, opleiding_code, risk_type, "
            + "motivation, requested_amount, training_start, budget_year, status, granted_amount, decided_by, "
            + "decided_at, confirmed_by, rejection_reason, claim_amount, claim_reason, applied_by, applied_at, closed_at";

    private final JdbcTemplate jdbc;

    FundApplications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FundApplication application) {
        jdbc.update("insert into fund_application (id, dossier_id, region_code, bestuur_code, opleiding_code, risk_type, "
                + "motivation, requested_amount, training_start, budget_year, status, applied_by, applied_at, "
                + "open_dossier_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                application.id(), application.dossierId(), application.regionCode(), application.bestuurCode(),
                application.opleidingCode(), application.risk().name(), application.motivation().name(),
                application.requestedAmount(), application.trainingStart(), application.budgetYear(),
                application.status().name(), application.appliedBy(), at(application.appliedAt()),
                application.dossierId());
        appendStatus(application.id(), application.status(), application.appliedBy(), application.appliedAt());
    }

    Optional<FundApplication> get(UUID id) {
        return jdbc.query("select " + COLUMNS + " from fund_application where id = ?", MAPPER, id).stream().findFirst();
    }

    boolean hasOpen(UUID dossierId) {
        return !jdbc.queryForList("select id from fund_application where open_dossier_id = ?", UUID.class, dossierId)
                .isEmpty();
    }

    List<FundApplication> ofDossier(UUID dossierId) {
        return jdbc.query("select " + COLUMNS + " from fund_application where dossier_id = ? order by applied_at desc",
                MAPPER, dossierId);
    }

    List<FundApplication> list(Scope scope, FundStatus status, int page, int size) {
        List<Object> arguments = new ArrayList<>();
        String where = where(scope, status, arguments);
        arguments.add(size);
        arguments.add((long) page * size);
        return jdbc.query("select " + COLUMNS + " from fund_application where " + where
                + " order by applied_at desc, id limit ? offset ?", MAPPER, arguments.toArray());
    }

    long count(Scope scope, FundStatus status) {
        List<Object> arguments = new ArrayList<>();
        String where = where(scope, status, arguments);
        return jdbc.queryForObject("select count(*) from fund_application where " + where, Long.class, arguments.toArray());
    }

    List<StatusEntry> history(UUID id) {
        return jdbc.query("select status, entered_at, actor from fund_application_status where application_id = ? "
                + "order by id", (rs, row) -> new StatusEntry(FundStatus.valueOf(rs.getString(1)), instant(rs, 2),
                        rs.getString(3)), id);
    }

    /** Appends the status to the history and makes it current, unless it is current already. */
    void enter(UUID id, FundStatus status, String actor, Instant at) {
        FundStatus current = get(id).orElseThrow().status();
        if (current == status && !history(id).isEmpty()) {
            return;
        }
        appendStatus(id, status, actor, at);
        jdbc.update("update fund_application set status = ? where id = ?", status.name(), id);
    }

    /** Ends the application: its last status, and the dossier may apply again. */
    void close(UUID id, FundStatus outcome, String actor, Instant at) {
        appendStatus(id, outcome, actor, at);
        jdbc.update("update fund_application set status = ?, closed_at = ?, open_dossier_id = null where id = ?",
                outcome.name(), at(at), id);
    }

    void supplement(UUID id, BigDecimal amount, RiskType risk, String opleiding, LocalDate trainingStart,
            Motivation motivation) {
        jdbc.update("update fund_application set requested_amount = ?, risk_type = ?, opleiding_code = ?, "
                + "training_start = ?, motivation = ? where id = ?", amount, risk.name(), opleiding, trainingStart,
                motivation.name(), id);
    }

    void decide(UUID id, BigDecimal granted, RejectionReason rejection, String actor, Instant at) {
        jdbc.update("update fund_application set granted_amount = ?, rejection_reason = ?, decided_by = ?, decided_at = ?, "
                + "confirmed_by = null where id = ?", granted, rejection == null ? null : rejection.name(), actor, at(at), id);
    }

    void confirm(UUID id, String actor) {
        jdbc.update("update fund_application set confirmed_by = ? where id = ?", actor, id);
    }

    void claim(UUID id, BigDecimal amount, ClaimReason reason) {
        jdbc.update("update fund_application set claim_amount = ?, claim_reason = ? where id = ?", amount, reason.name(), id);
    }

    private void appendStatus(UUID id, FundStatus status, String actor, Instant at) {
        jdbc.update("insert into fund_application_status (application_id, status, entered_at, actor) values (?, ?, ?, ?)",
                id, status.name(), at(at), actor);
    }

    private static String where(Scope scope, FundStatus status, List<Object> arguments) {
        StringBuilder where = new StringBuilder("region_code in (" + placeholders(scope.regions().size()) + ")");
        arguments.addAll(scope.regions());
        if (scope.besturen() != null) {
            where.append(" and bestuur_code in (").append(placeholders(Math.max(1, scope.besturen().size()))).append(")");
            arguments.addAll(scope.besturen().isEmpty() ? List.of("") : scope.besturen());
        }
        if (status != null) {
            where.append(" and status = ?");
            arguments.add(status.name());
        }
        return where.toString();
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(Math.max(1, count), "?"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static <E extends Enum<E>> E optionalEnum(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static final RowMapper<FundApplication> MAPPER = (rs, row) -> new FundApplication(
            rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class), rs.getString("region_code"),
            rs.getString("bestuur_code"), rs.getString("opleiding_code"), RiskType.valueOf(rs.getString("risk_type")),
            Motivation.valueOf(rs.getString("motivation")), rs.getBigDecimal("requested_amount"),
            rs.getObject("training_start", LocalDate.class), rs.getInt("budget_year"),
            FundStatus.valueOf(rs.getString("status")), rs.getBigDecimal("granted_amount"), rs.getString("decided_by"),
            instant(rs, 14), rs.getString("confirmed_by"),
            optionalEnum(RejectionReason.class, rs.getString("rejection_reason")), rs.getBigDecimal("claim_amount"),
            optionalEnum(ClaimReason.class, rs.getString("claim_reason")), rs.getString("applied_by"),
            instant(rs, 20), instant(rs, 21));
}
