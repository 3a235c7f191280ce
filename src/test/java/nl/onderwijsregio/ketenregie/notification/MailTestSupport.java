package nl.onderwijsregio.ketenregie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Runs the sender like the schedule would, and reads what GreenMail received. */
@Component
class MailTestSupport {

    private final OutboxSender sender;
    private final JdbcTemplate jdbc;

    MailTestSupport(OutboxSender sender, JdbcTemplate jdbc) {
        this.sender = sender;
        this.jdbc = jdbc;
    }

    /** Sends until nothing is due (every due message sent or its attempt counted). */
    void drain() {
        for (int i = 0; i < 1000 && sender.sendDue() > 0; i++) {
            // keep going: one call handles at most batch-grootte messages
        }
    }

    /** A received mail, decoded. */
    record Received(String to, String subject, String text, String html, String outboxId, String replyTo) {
    }

    static List<Received> to(GreenMailOperations greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(MailTestSupport::decode)
                .filter(mail -> mail.to().equalsIgnoreCase(address))
                .toList();
    }

    static Received only(GreenMailOperations greenMail, String address, String subjectPart) {
        List<Received> mails = to(greenMail, address).stream().filter(mail -> mail.subject().contains(subjectPart)).toList();
        assertThat(mails).as("mails to " + address + " about '" + subjectPart + "'").hasSize(1);
        return mails.get(0);
    }

    static Received decode(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(message, text, html);
            String[] id = message.getHeader(OutboxSender.MESSAGE_ID_HEADER);
            return new Received(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    text.toString(), html.toString(), id == null ? null : id[0],
                    message.getReplyTo() == null ? null : message.getReplyTo()[0].toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text, html);
            }
        }
    }

    List<UUID> outboxIds(String recipient) {
        return jdbc.queryForList("select id from mail_outbox where recipient = ? order by created_at", UUID.class,
                recipient);
    }

    List<String> kinds(String recipient) {
        return jdbc.queryForList("select kind from mail_outbox where recipient = ? order by created_at, kind",
                String.class, recipient);
    }

    String emailOf(UUID dossierId) {
        return jdbc.queryForObject("select email from dossier where id = ?", String.class, dossierId);
    }
}
