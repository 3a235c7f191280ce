package nl.onderwijsregio.ketenregie.notification;

import java.time.Duration;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator health "mailOutbox": DOWN as soon as one mail has FAILED (it needs an administrator: retry it on
 * /beheer/mail), UP otherwise. Details: counts per status, the age of the oldest waiting mail and whether
 * mails are sent at all (false = local outbox). An SMTP outage alone does not make it DOWN: mails wait and
 * are retried; only mails that exhausted their attempts do.
 */
@Component("mailOutbox")
class OutboxHealth implements HealthIndicator {

    private final Outbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    OutboxHealth(Outbox outbox, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Map<OutboxStatus, Long> counts = outbox.counts();
        Health.Builder health = counts.get(OutboxStatus.FAILED) > 0 ? Health.down() : Health.up();
        health.withDetail("verzenden", settings.verzenden())
                .withDetail("wachtend", counts.get(OutboxStatus.PENDING))
                .withDetail("mislukt", counts.get(OutboxStatus.FAILED))
                .withDetail("verzonden", counts.get(OutboxStatus.SENT));
        outbox.oldestPending().ifPresent(oldest -> health.withDetail("oudsteWachtendSeconden",
                Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds())));
        return health.build();
    }
}
