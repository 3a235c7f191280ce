package nl.onderwijsregio.ketenregie.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the outbox, as the admin page shows it. */
public record OutboxMessage(UUID id, MailKind kind, String recipient, String recipientUser, UUID dossierId,
        String subject, OutboxStatus status, int attempts, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
        OffsetDateTime sentAt, String lastError) {
}
