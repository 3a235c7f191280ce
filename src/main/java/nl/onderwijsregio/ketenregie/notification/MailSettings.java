package nl.onderwijsregio.ketenregie.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Mail settings (ketenregie.mail.*), documented in docs/operations.md.
 *
 * @param verzenden whether the sender delivers over SMTP; false keeps every mail in the local outbox
 *     (page /beheer/mail), as the demo profile does
 * @param afzender the From address of every mail
 * @param basisUrl how the application is reached from a mail client, for links (no trailing slash)
 * @param verzendInterval pause between two runs of the sender
 * @param maxPogingen delivery attempts before a mail is marked failed
 * @param eersteWachttijd wait after the first failed attempt; it doubles after every further attempt
 * @param maxWachttijd the longest wait between two attempts
 * @param batchGrootte mails one run of the sender delivers at most
 * @param tokenSecret secret key for signing stop links (HMAC-SHA256); at least 32 characters, required
 * @param stoplinkGeldig how long a stop link works
 * @param bewaartermijn how long sent mails and handled digest items are kept
 * @param planningActief whether the sender, digest and reminder jobs run on a schedule (off in tests)
 * @param overzichtCron when the daily digest of new tasks is sent (Europe/Amsterdam)
 * @param herinneringCron when deadline reminders are sent and old mails removed (Europe/Amsterdam)
 * @param directBinnenWerkdagen a new task due within this many working days is mailed at once
 * @param herinneringMaxTaken a deadline reminder lists at most this many tasks, the most overdue first, and
 *     counts the rest ("en nog 12 verlopen taken")
 * @param herinneringBlokgrootte the reminder job claims overdue tasks in chunks of this many, each in its own
 *     transaction
 * @param overzichtMaxTaken the daily digest lists at most this many new tasks, the oldest first, and counts the
 *     rest ("en nog 12 nieuwe taken")
 */
@Validated
@ConfigurationProperties("ketenregie.mail")
public record MailSettings(
        boolean verzenden,
        @NotBlank String afzender,
        @NotBlank String basisUrl,
        @NotNull Duration verzendInterval,
        @Min(1) int maxPogingen,
        @NotNull Duration eersteWachttijd,
        @NotNull Duration maxWachttijd,
        @Min(1) int batchGrootte,
        @NotBlank(message = "zet ketenregie.mail.token-secret (KETENREGIE_MAIL_TOKENSECRET) op een geheime waarde")
        @Size(min = 32, message = "ketenregie.mail.token-secret moet minstens 32 tekens lang zijn")
        String tokenSecret,
        @NotNull Period stoplinkGeldig,
        @NotNull Period bewaartermijn,
        boolean planningActief,
        @NotBlank String overzichtCron,
        @NotBlank String herinneringCron,
        @Min(0) int directBinnenWerkdagen,
        @Min(1) int herinneringMaxTaken,
        @Min(1) int herinneringBlokgrootte,
        @Min(1) int overzichtMaxTaken) {

    /** Wait before attempt number {@code attempts + 1}, after {@code attempts} failed ones. */
    Duration backoff(int attempts) {
        Duration wait = eersteWachttijd;
        for (int i = 1; i < attempts && wait.compareTo(maxWachttijd) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxWachttijd) > 0 ? maxWachttijd : wait;
    }

    String link(String path) {
        String base = basisUrl.endsWith("/") ? basisUrl.substring(0, basisUrl.length() - 1) : basisUrl;
        return base + path;
    }

    String tasklistLink(String taskId) {
        return link("/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    String tasklistFilterLink(String filterId) {
        return link("/camunda/app/tasklist/default/#/?filter=" + filterId);
    }
}
