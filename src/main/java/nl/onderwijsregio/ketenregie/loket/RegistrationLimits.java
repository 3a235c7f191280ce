package nl.onderwijsregio.ketenregie.loket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds what valid registrations from outside can make the region do, whatever the number of client
 * addresses: at most ketenregie.loket.rate-limit.per-email-per-hour registrations per email address, and
 * at most ketenregie.loket.rate-limit.global-per-minute registrations in total (per application instance).
 * Together with the per-client limit this bounds the confirmation mails a stranger can cause.
 */
@Component
class RegistrationLimits {

    private static final Logger log = LoggerFactory.getLogger(RegistrationLimits.class);

    private final int perEmailPerHour;
    private final Bucket global;
    private final Cache<String, Bucket> perEmail = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(100_000)
            .build();

    RegistrationLimits(@Value("${ketenregie.loket.rate-limit.per-email-per-hour}") int perEmailPerHour,
            @Value("${ketenregie.loket.rate-limit.global-per-minute}") int globalPerMinute) {
        this.perEmailPerHour = perEmailPerHour;
        this.global = ClientRateLimit.perMinute(globalPerMinute);
    }

    /**
     * Whether to register. False for an email address over its limit: the caller answers as for any valid
     * registration and stores nothing, so the answer never tells whether an address was used before.
     * Over the global ceiling the registration is refused with 429 for everyone, which is the point.
     */
    boolean admit(Registration registration) {
        Bucket email = perEmail.get(registration.email().trim().toLowerCase(Locale.ROOT), key -> perHour());
        if (!email.tryConsume(1)) {
            log.warn("Registration dropped: email address over {} registrations per hour (region {})",
                    perEmailPerHour, registration.regio());
            return false;
        }
        ConsumptionProbe probe = global.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            log.warn("Registration refused: global ceiling of registrations per minute reached");
            throw ClientRateLimit.tooMany(probe, "Er komen op dit moment te veel aanmeldingen binnen.");
        }
        return true;
    }

    private Bucket perHour() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(perEmailPerHour)
                .refillIntervally(perEmailPerHour, Duration.ofHours(1)).build()).build();
    }
}
