package nl.onderwijsregio.ketenregie.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sender and the daily staff jobs. Off with {@code ketenregie.mail.planning-actief=false} (tests
 * call {@link OutboxSender#sendDue()} and {@link StaffJobs} themselves).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "ketenregie.mail.planning-actief", havingValue = "true", matchIfMissing = true)
class MailSchedule {

    private final OutboxSender sender;
    private final StaffJobs staffJobs;
    private final MailSettings settings;

    MailSchedule(OutboxSender sender, StaffJobs staffJobs, MailSettings settings) {
        this.sender = sender;
        this.staffJobs = staffJobs;
        this.settings = settings;
    }

    @Scheduled(initialDelayString = "${ketenregie.mail.verzend-interval}",
            fixedDelayString = "${ketenregie.mail.verzend-interval}")
    void send() {
        // A full batch means more may be due: go on at once, so throughput is bounded by SMTP, not by the
        // interval. Retried mails are due only later, so this ends.
        while (sender.sendDue() >= settings.batchGrootte()) {
            // next batch
        }
    }

    @Scheduled(cron = "${ketenregie.mail.overzicht-cron}", zone = "Europe/Amsterdam")
    void digest() {
        staffJobs.sendDigests();
    }

    @Scheduled(cron = "${ketenregie.mail.herinnering-cron}", zone = "Europe/Amsterdam")
    void reminders() {
        staffJobs.sendReminders();
        staffJobs.removeOld();
    }

    /** A check of one row: a reminder run that died today is resumed within the quarter hour after its lease. */
    @Scheduled(cron = "0 */15 * * * *", zone = "Europe/Amsterdam")
    void unfinishedReminders() {
        staffJobs.resumeReminders();
    }
}
