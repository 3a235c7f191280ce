package nl.onderwijsregio.ketenregie.notification;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.InzageRows;
import nl.onderwijsregio.ketenregie.dossier.PersonalDataHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mails about a dossier in the outbox: they hold the candidate's address and name in their rendered text.
 * Anonymising removes them, also unsent ones: an anonymised candidate gets no more mail. Sent mails are
 * removed much sooner anyway ({@code ketenregie.mail.bewaartermijn}, {@link StaffJobs#removeOld()}).
 */
@Component
class MailContents implements PersonalDataHolder {

    private final JdbcTemplate jdbc;

    MailContents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "mails";
    }

    /** What was mailed about the candidate; a staff member's address is not the candidate's data. */
    @Override
    public Object inzage(UUID dossierId) {
        return InzageRows.query(jdbc, "select kind, case when recipient_user is null then recipient end as recipient, "
                + "subject, status, created_at, sent_at from mail_outbox where dossier_id = ? order by created_at, id",
                dossierId);
    }

    @Override
    public int anonymise(UUID dossierId) {
        return jdbc.update("delete from mail_outbox where dossier_id = ?", dossierId);
    }
}
