package nl.onderwijsregio.ketenregie.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table. {@link #add} joins the caller's transaction (it refuses to run without one), so a mail
 * exists exactly when the change that caused it was committed. Delivery is {@link OutboxSender}'s job.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID add(Mail mail) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        jdbc.update("insert into mail_outbox (id, kind, recipient, recipient_user, reply_to, dossier_id, region_code, "
                + "subject, body_text, body_html, status, attempts, created_at, next_attempt_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                id, mail.kind().name(), mail.recipient(), mail.recipientUser(), mail.replyTo(), mail.dossierId(),
                mail.regionCode(), mail.subject(), mail.text(), mail.html(), now, now);
        log.info("Mail {} ({}) queued", id, mail.kind());
        return id;
    }

    @Transactional(readOnly = true)
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, count(*) from mail_outbox group by status", (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                    counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    @Transactional(readOnly = true)
    public long count(OutboxStatus status) {
        return jdbc.queryForObject("select count(*) from mail_outbox where status = ?", Long.class, status.name());
    }

    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> oldestPending() {
        return Optional.ofNullable(jdbc.queryForObject(
                "select min(created_at) from mail_outbox where status = 'PENDING'", OffsetDateTime.class));
    }

    /** The newest messages, optionally of one status, for the admin page. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> latest(OutboxStatus status, int limit) {
        String where = status == null ? "" : " where status = '" + status.name() + "'";
        return jdbc.query("select * from mail_outbox" + where + " order by created_at desc, id fetch first "
                + limit + " rows only", MESSAGE);
    }

    /** The mails about one dossier, oldest first, for its timeline. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> forDossier(UUID dossierId) {
        return jdbc.query("select * from mail_outbox where dossier_id = ? order by created_at, id", MESSAGE, dossierId);
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMessage> find(UUID id) {
        return jdbc.query("select * from mail_outbox where id = ?", MESSAGE, id).stream().findFirst();
    }

    /** The rendered content: [text, html]. */
    @Transactional(readOnly = true)
    public Optional<String[]> content(UUID id) {
        return jdbc.query("select body_text, body_html from mail_outbox where id = ?",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, id).stream().findFirst();
    }

    /** Puts a failed (or waiting) message back in the queue for an immediate new series of attempts. */
    @Transactional
    public boolean retry(UUID id) {
        int updated = jdbc.update("update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ? "
                + "where id = ? and status <> 'SENT'", now(), id);
        if (updated > 0) {
            log.info("Mail {} queued again by an administrator", id);
        }
        return updated > 0;
    }

    @Transactional
    public int retryAllFailed() {
        int updated = jdbc.update("update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ? "
                + "where status = 'FAILED'", now());
        log.info("{} failed mails queued again by an administrator", updated);
        return updated;
    }

    /** Removes sent mails (they hold personal data) older than the retention period. */
    @Transactional
    public int removeSentBefore(OffsetDateTime cutoff) {
        return jdbc.update("delete from mail_outbox where status = 'SENT' and sent_at < ?", cutoff);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static final RowMapper<OutboxMessage> MESSAGE = (ResultSet rs, int row) -> new OutboxMessage(
            rs.getObject("id", UUID.class), MailKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
            rs.getString("recipient_user"), rs.getObject("dossier_id", UUID.class), rs.getString("subject"),
            OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), time(rs, "created_at"),
            time(rs, "next_attempt_at"), time(rs, "sent_at"), rs.getString("last_error"));

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        // Shown to Dutch administrators: in Dutch time.
        return value == null ? null : value.atZoneSameInstant(WorkingDays.NETHERLANDS).toOffsetDateTime();
    }
}
