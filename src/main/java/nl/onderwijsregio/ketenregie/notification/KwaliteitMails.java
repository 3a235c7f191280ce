package nl.onderwijsregio.ketenregie.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.kwaliteit.KwaliteitEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails of the quality cycles, written to the outbox in the step's transaction: the invitation of a panel
 * member with their guest account for one peer review.
 */
@Component
class KwaliteitMails {

    private final StaffMails staffMails;
    private final MailSettings settings;

    KwaliteitMails(StaffMails staffMails, MailSettings settings) {
        this.staffMails = staffMails;
        this.settings = settings;
    }

    @EventListener
    public void guestInvited(KwaliteitEvents.GuestInvited invitation) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("gebruikersnaam", invitation.userId());
        variables.put("wachtwoord", invitation.initialPassword());
        variables.put("bezoekdatum", invitation.visitDate() == null ? null : invitation.visitDate().toString());
        variables.put("peerreview", settings.link("/kwaliteit/peerreviews/" + invitation.reviewId()));
        variables.put("inloggen", settings.link("/login"));
        staffMails.mail(MailKind.PEER_REVIEW_INVITATION, new StaffDirectory.StaffMember(invitation.userId(),
                invitation.firstName(), invitation.email()), invitation.regionCode(), List.of(), variables);
    }
}
