package nl.onderwijsregio.ketenregie.kwaliteit;

import static nl.onderwijsregio.ketenregie.kwaliteit.MonitorRounds.at;
import static nl.onderwijsregio.ketenregie.kwaliteit.MonitorRounds.instant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
 * Peer reviews with their panel, findings and improvement actions (peer_review, peer_review_panel_member,
 * peer_review_finding, improvement_action). open_region allows one open review per region.
 */
@Repository
class PeerReviews {

    private static final String COLUMNS = "id, region_code, framework_version, status, round_id, free_section, "
            + "visit_date, report_deadline, recommendations, conclusion, started_by, started_at, closed_at";
    private static final String MEMBER_COLUMNS = "id, review_id, name, email, panel_role, origin, organisation, "
            + "guest_user_id, guest_expires_at, invited_at";
    private static final String ACTION_COLUMNS = "id, review_id, partnership_code, standard_code, description, deadline, "
            + "status, progress, reported_by, reported_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    PeerReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** @return false when the region has an open review already */
    boolean insert(PeerReview review) {
        if (jdbc.queryForObject("select count(*) from peer_review where open_region = ?", Integer.class,
                review.regionCode()) > 0) {
            return false;
        }
        jdbc.update("insert into peer_review (id, region_code, framework_version, status, started_by, started_at, "
                + "open_region) values (?, ?, ?, ?, ?, ?, ?)", review.id(), review.regionCode(), review.frameworkVersion(),
                review.status().name(), review.startedBy(), at(review.startedAt()), review.regionCode());
        return true;
    }

    Optional<PeerReview> get(UUID id) {
        return jdbc.query("select " + COLUMNS + " from peer_review where id = ?", PeerReviews::review, id).stream()
                .findFirst();
    }

    /** The latest reviews of the regions, newest first (at most {@code limit}). */
    List<PeerReview> ofRegions(Collection<String> regions, int limit) {
        if (regions.isEmpty()) {
            return List.of();
        }
        return named.query("select " + COLUMNS + " from peer_review where region_code in (:regions) "
                + "order by started_at desc limit :limit", new MapSqlParameterSource("regions", regions)
                        .addValue("limit", limit), (rs, n) -> review(rs, n));
    }

    void enter(UUID id, CycleStatus status) {
        jdbc.update("update peer_review set status = ? where id = ?", status.name(), id);
    }

    void close(UUID id, Instant at) {
        jdbc.update("update peer_review set status = ?, closed_at = ?, open_region = null where id = ?",
                CycleStatus.AFGESLOTEN.name(), at(at), id);
    }

    void prepare(UUID id, UUID roundId, String freeSection) {
        jdbc.update("update peer_review set round_id = ?, free_section = ? where id = ?", roundId, freeSection, id);
    }

    void plan(UUID id, LocalDate visit, LocalDate reportDeadline) {
        jdbc.update("update peer_review set visit_date = ?, report_deadline = ? where id = ?", Date.valueOf(visit),
                Date.valueOf(reportDeadline), id);
    }

    void recordFindings(UUID id, int frameworkVersion, Map<String, String> findings, String recommendations) {
        jdbc.update("delete from peer_review_finding where review_id = ?", id);
        findings.forEach((standard, finding) -> jdbc.update("insert into peer_review_finding (review_id, "
                + "framework_version, standard_code, finding) values (?, ?, ?, ?)", id, frameworkVersion, standard, finding));
        jdbc.update("update peer_review set recommendations = ? where id = ?", recommendations, id);
    }

    Map<String, String> findings(UUID id) {
        Map<String, String> findings = new LinkedHashMap<>();
        jdbc.query("select standard_code, finding from peer_review_finding where review_id = ? order by standard_code",
                rs -> {
                    findings.put(rs.getString(1), rs.getString(2));
                }, id);
        return findings;
    }

    void conclude(UUID id, String conclusion) {
        jdbc.update("update peer_review set conclusion = ? where id = ?", conclusion, id);
    }

    void addMember(PanelMember member) {
        jdbc.update("insert into peer_review_panel_member (id, review_id, name, email, panel_role, origin, organisation) "
                + "values (?, ?, ?, ?, ?, ?, ?)", member.id(), member.reviewId(), member.name(), member.email(),
                member.role().name(), member.origin().name(), member.organisation());
    }

    List<PanelMember> panel(UUID reviewId) {
        return jdbc.query("select " + MEMBER_COLUMNS + " from peer_review_panel_member where review_id = ? "
                + "order by panel_role desc, name", PeerReviews::member, reviewId);
    }

    void guestCreated(UUID memberId, String userId, Instant invitedAt) {
        jdbc.update("update peer_review_panel_member set guest_user_id = ?, invited_at = ? where id = ?", userId,
                at(invitedAt), memberId);
    }

    void guestExpired(UUID memberId, Instant at) {
        jdbc.update("update peer_review_panel_member set guest_expires_at = ? where id = ?", at(at), memberId);
    }

    void addAction(ImprovementAction action, int frameworkVersion) {
        jdbc.update("insert into improvement_action (id, review_id, partnership_code, framework_version, standard_code, "
                + "description, deadline, status) values (?, ?, ?, ?, ?, ?, ?, ?)", action.id(), action.reviewId(),
                action.partnershipCode(), frameworkVersion, action.standardCode(), action.description(),
                Date.valueOf(action.deadline()), action.status().name());
    }

    Optional<ImprovementAction> action(UUID id) {
        return jdbc.query("select " + ACTION_COLUMNS + " from improvement_action where id = ?", PeerReviews::action, id)
                .stream().findFirst();
    }

    List<ImprovementAction> actions(UUID reviewId) {
        return jdbc.query("select " + ACTION_COLUMNS + " from improvement_action where review_id = ? "
                + "order by deadline, id", PeerReviews::action, reviewId);
    }

    /** Actions not yet reported on, of the regions' reviews, by deadline. */
    List<ImprovementAction> openActions(Collection<String> regions) {
        if (regions.isEmpty()) {
            return List.of();
        }
        return named.query("select a.id, a.review_id, a.partnership_code, a.standard_code, a.description, "
                + "a.deadline, a.status, a.progress, a.reported_by, a.reported_at from improvement_action a join peer_review r on r.id = a.review_id "
                + "where a.status = 'OPEN' and r.region_code in (:regions) order by a.deadline, a.id",
                new MapSqlParameterSource("regions", regions), (rs, n) -> action(rs, n));
    }

    void report(UUID actionId, ImprovementAction.Status status, String progress, String actor, Instant at) {
        jdbc.update("update improvement_action set status = ?, progress = ?, reported_by = ?, reported_at = ? "
                + "where id = ?", status.name(), progress, actor, at(at), actionId);
    }

    private static PeerReview review(ResultSet rs, int row) throws SQLException {
        return new PeerReview(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                CycleStatus.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6), date(rs, 7),
                date(rs, 8), rs.getString(9), rs.getString(10), rs.getString(11), instant(rs, 12), instant(rs, 13));
    }

    private static PanelMember member(ResultSet rs, int row) throws SQLException {
        return new PanelMember(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                PanelMember.Role.valueOf(rs.getString(5)), PanelMember.Origin.valueOf(rs.getString(6)), rs.getString(7),
                rs.getString(8), instant(rs, 9), instant(rs, 10));
    }

    private static ImprovementAction action(ResultSet rs, int row) throws SQLException {
        return new ImprovementAction(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), date(rs, 6), ImprovementAction.Status.valueOf(rs.getString(7)),
                rs.getString(8), rs.getString(9), instant(rs, 10));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
