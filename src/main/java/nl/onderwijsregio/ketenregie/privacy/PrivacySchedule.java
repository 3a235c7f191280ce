package nl.onderwijsregio.ketenregie.privacy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the retention job nightly. Off with {@code ketenregie.privacy.planning-actief=false} (tests call it). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "ketenregie.privacy.planning-actief", havingValue = "true", matchIfMissing = true)
class PrivacySchedule {

    private final RetentionJob job;

    PrivacySchedule(RetentionJob job) {
        this.job = job;
    }

    @Scheduled(cron = "${ketenregie.privacy.cron}", zone = "Europe/Amsterdam")
    void retention() {
        job.run();
    }
}
