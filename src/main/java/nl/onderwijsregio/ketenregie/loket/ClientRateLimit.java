package nl.onderwijsregio.ketenregie.loket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.onderwijsregio.ketenregie.web.RefusedRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits requests to the {@link PublicIntake} handlers per client (remote address) to
 * ketenregie.loket.rate-limit.per-minute, for the API and the form alike; valid or not, every request counts.
 * Over the limit: 429 with Retry-After. Behind a proxy, set server.forward-headers-strategy so the remote
 * address is the client's, not the proxy's.
 */
@Component
class ClientRateLimit implements HandlerInterceptor {

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    ClientRateLimit(@Value("${ketenregie.loket.rate-limit.per-minute}") int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!isPublicIntake(handler)) {
            return true;
        }
        Bucket bucket = buckets.get(request.getRemoteAddr(), client -> perMinute(perMinute));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw tooMany(probe, "Er zijn vanaf dit adres te veel aanmeldingen verstuurd.");
        }
        return true;
    }

    static Bucket perMinute(int limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillIntervally(limit, Duration.ofMinutes(1)).build())
                .build();
    }

    static RefusedRequestException tooMany(ConsumptionProbe probe, String why) {
        long retryAfterSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        return new RefusedRequestException(HttpStatus.TOO_MANY_REQUESTS, "Te veel aanmeldingen",
                why + " Probeer het over " + retryAfterSeconds + " seconden opnieuw.",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    private static boolean isPublicIntake(Object handler) {
        return handler instanceof HandlerMethod method && method.hasMethodAnnotation(PublicIntake.class);
    }
}
