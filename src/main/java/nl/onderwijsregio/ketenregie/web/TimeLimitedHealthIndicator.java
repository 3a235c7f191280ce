package nl.onderwijsregio.ketenregie.web;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * A health indicator that answers within a time limit: when the one it wraps has not answered in time (a
 * database that is away makes a connection wait for the pool's whole connection timeout), it is DOWN. The
 * check runs on a separate thread, which is interrupted when the limit passes.
 */
final class TimeLimitedHealthIndicator implements HealthIndicator {

    private final HealthIndicator delegate;
    private final Duration limit;
    private final ExecutorService checks;

    TimeLimitedHealthIndicator(HealthIndicator delegate, Duration limit, ExecutorService checks) {
        this.delegate = delegate;
        this.limit = limit;
        this.checks = checks;
    }

    @Override
    public Health health() {
        Future<Health> check;
        try {
            check = checks.submit(delegate::health);
        } catch (RejectedExecutionException e) {
            return Health.down().withDetail("fout", "Eerdere controles lopen nog").build();
        }
        try {
            return check.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            check.cancel(true);
            return Health.down().withDetail("fout", "Geen antwoord binnen " + limit.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            check.cancel(true);
            return Health.unknown().build();
        }
    }
}
