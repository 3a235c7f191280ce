package nl.onderwijsregio.ketenregie.notification;

import java.util.UUID;

/**
 * A rendered mail, ready for the outbox. {@code dossierId} and {@code recipientUser} say whom it concerns
 * (a candidate's dossier or a staff user id); neither is ever logged together with the address.
 */
record Mail(MailKind kind, String recipient, String recipientUser, String replyTo, UUID dossierId, String regionCode,
        String subject, String text, String html) {
}
