package nl.onderwijsregio.ketenregie.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages over SMTP. Each message is claimed, sent and marked in one short transaction:
 * the claim is {@code SELECT ... FOR UPDATE SKIP LOCKED}, so another sender (a second application instance
 * on the same database) skips a message that is being sent and can never send it too. A failed attempt
 * is counted and retried later with exponential backoff; after {@code max-pogingen} attempts the message
 * is marked FAILED and waits for an administrator (page /beheer/mail). Only message ids are logged.
 *
 * <p>One gap is inherent to SMTP: if the process dies after the SMTP server accepted a message but before
 * the transaction commits, the message is sent again after the restart (at least once, never lost).
 */
@Component
public class OutboxSender {

    /** Header that carries the outbox id, so a receiver (and the tests) can recognise a message. */
    public static final String MESSAGE_ID_HEADER = "X-Ketenregie-Bericht";

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final String CLAIM = "select id, recipient, reply_to, subject, body_text, body_html, attempts "
            + "from mail_outbox where status = 'PENDING' and next_attempt_at <= ? "
            + "order by next_attempt_at, id fetch first 1 rows only for update skip locked";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JavaMailSender mailSender,
            MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    private record Claimed(UUID id, String recipient, String replyTo, String subject, String text, String html,
            int attempts) {
    }

    /** What happened to one claimed message. */
    enum Result { SENT, RETRY, FAILED }

    /**
     * Handles the messages that are due, at most {@code batch-grootte}: each is sent, or its attempt is
     * counted. Does nothing when sending is off (local outbox). Returns how many messages were handled, so
     * a caller can repeat until nothing is due.
     */
    public int sendDue() {
        if (!settings.verzenden()) {
            return 0;
        }
        int handled = 0;
        while (handled < settings.batchGrootte()) {
            Result result = transaction.execute(status -> sendOne());
            if (result == null) {
                break;
            }
            handled++;
        }
        return handled;
    }

    /** Claims one due message, sends it and records the result; null when nothing is due (or all are claimed). */
    private Result sendOne() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Claimed> claimed = jdbc.query(CLAIM, (rs, row) -> new Claimed(rs.getObject("id", UUID.class),
                rs.getString("recipient"), rs.getString("reply_to"), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("body_html"), rs.getInt("attempts")), now);
        if (claimed.isEmpty()) {
            return null;
        }
        Claimed message = claimed.get(0);
        int attempts = message.attempts() + 1;
        try {
            mailSender.send(mime(message));
        } catch (MailException | MessagingException e) {
            boolean permanent = e instanceof MailParseException || e instanceof MailPreparationException
                    || e instanceof MessagingException;
            if (permanent || attempts >= settings.maxPogingen()) {
                jdbc.update("update mail_outbox set status = 'FAILED', attempts = ?, last_error = ? where id = ?",
                        attempts, describe(e), message.id());
                log.error("Mail {} failed after {} attempts ({}); it waits on /beheer/mail", message.id(), attempts,
                        e.getClass().getSimpleName());
                return Result.FAILED;
            }
            OffsetDateTime next = now.plus(settings.backoff(attempts));
            jdbc.update("update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                    attempts, next, describe(e), message.id());
            log.warn("Mail {} attempt {} failed ({}); next attempt at {}", message.id(), attempts,
                    e.getClass().getSimpleName(), next);
            return Result.RETRY;
        }
        jdbc.update("update mail_outbox set status = 'SENT', attempts = ?, sent_at = ?, last_error = null where id = ?",
                attempts, now, message.id());
        log.info("Mail {} sent", message.id());
        return Result.SENT;
    }

    private MimeMessage mime(Claimed message) throws MessagingException {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(settings.afzender());
        helper.setTo(message.recipient());
        if (message.replyTo() != null) {
            helper.setReplyTo(message.replyTo());
        }
        helper.setSubject(message.subject());
        helper.setText(message.text(), message.html());
        mime.setHeader(MESSAGE_ID_HEADER, message.id().toString());
        return mime;
    }

    /** For the admin page; SMTP replies may name the address, so this never goes to the log. */
    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
