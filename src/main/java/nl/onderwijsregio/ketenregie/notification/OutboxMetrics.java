package nl.onderwijsregio.ketenregie.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Gauges {@code ketenregie.mail.outbox{status=pending|sent|failed}}: the outbox rows per status. */
@Component
class OutboxMetrics {

    static final String NAME = "ketenregie.mail.outbox";

    OutboxMetrics(MeterRegistry registry, Outbox outbox) {
        for (OutboxStatus status : OutboxStatus.values()) {
            Gauge.builder(NAME, outbox, box -> box.count(status))
                    .description("Mails in the outbox per status")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }
}
