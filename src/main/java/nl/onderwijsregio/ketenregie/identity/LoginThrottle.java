package nl.onderwijsregio.ketenregie.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking anyone out: failures are counted per client address and user
 * name, and per client address. Past the limit that client waits (doubling with every further failure, up
 * to a maximum) before it may try again; the same user from another address is not affected. Camunda's own
 * lockout, which would shut out the real user, is switched off (login-max-attempts, login-delay-* in
 * application.yml). Counts live in memory per instance and are forgotten an hour after the last failure.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Failures of one key, and until when (ticker nanos) it must wait. */
    private static final class Failures {
        int count;
        long waitUntil;
    }

    private final int perUser;
    private final int perAddress;
    private final Duration firstWait;
    private final Duration maxWait;
    private final Ticker ticker;
    private final Cache<String, Failures> failures;

    @Autowired
    LoginThrottle(@Value("${ketenregie.login.pogingen-per-gebruiker}") int perUser,
            @Value("${ketenregie.login.pogingen-per-adres}") int perAddress,
            @Value("${ketenregie.login.wachttijd}") Duration firstWait,
            @Value("${ketenregie.login.max-wachttijd}") Duration maxWait) {
        this(perUser, perAddress, firstWait, maxWait, Ticker.systemTicker());
    }

    LoginThrottle(int perUser, int perAddress, Duration firstWait, Duration maxWait, Ticker ticker) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000)
                .ticker(ticker).build();
    }

    /** Refuses the attempt, before the password is checked, while this client must wait. */
    void check(String client, String userId) {
        long seconds = Math.max(secondsLeft(pairKey(client, userId)), secondsLeft(addressKey(client)));
        if (seconds > 0) {
            throw new LoginThrottledException(seconds);
        }
    }

    void failed(String client, String userId) {
        count(pairKey(client, userId), perUser, client, userId);
        count(addressKey(client), perAddress, client, "(any user)");
    }

    /** A correct password clears the failures of this client and user, not those of the address. */
    void succeeded(String client, String userId) {
        failures.invalidate(pairKey(client, userId));
    }

    private long secondsLeft(String key) {
        Failures entry = failures.getIfPresent(key);
        if (entry == null) {
            return 0;
        }
        long left = entry.waitUntil - ticker.read();
        // Rounded up, so a client told "30 seconds" never finds itself still waiting after them.
        return left <= 0 ? 0 : (left + 999_999_999L) / 1_000_000_000L;
    }

    private void count(String key, int limit, String client, String userId) {
        Failures entry = failures.get(key, k -> new Failures());
        synchronized (entry) {
            entry.count++;
            if (entry.count >= limit) {
                Duration wait = firstWait.multipliedBy(1L << Math.min(entry.count - limit, 20));
                if (wait.compareTo(maxWait) > 0) {
                    wait = maxWait;
                }
                entry.waitUntil = ticker.read() + wait.toNanos();
                log.warn("Login throttled after {} failed attempts: client {} user {} waits {} s", entry.count, client,
                        userId, wait.toSeconds());
            }
        }
    }

    private static String pairKey(String client, String userId) {
        return "user|" + client + "|" + userId.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String client) {
        return "address|" + client;
    }
}
