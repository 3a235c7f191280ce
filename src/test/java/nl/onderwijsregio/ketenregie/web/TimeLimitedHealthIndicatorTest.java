package nl.onderwijsregio.ketenregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** A health check that hangs (a connection waiting for a database that is away) is DOWN within its limit. */
class TimeLimitedHealthIndicatorTest {

    private final ExecutorService checks = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        checks.shutdownNow();
    }

    @Test
    void aHangingCheckIsDownWithinTheLimit() {
        TimeLimitedHealthIndicator health = new TimeLimitedHealthIndicator(() -> {
            try {
                new CountDownLatch(1).await(); // a connection wait that never ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Health.up().build();
        }, Duration.ofMillis(300), checks);

        long start = System.nanoTime();
        Health result = health.health();

        assertThat(result.getStatus()).isEqualTo(Status.DOWN);
        assertThat(result.getDetails()).containsEntry("fout", "Geen antwoord binnen 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aQuickCheckKeepsItsAnswer() {
        TimeLimitedHealthIndicator up = new TimeLimitedHealthIndicator(() -> Health.up().withDetail("x", 1).build(),
                Duration.ofSeconds(1), checks);
        TimeLimitedHealthIndicator failing = new TimeLimitedHealthIndicator(() -> {
            throw new IllegalStateException("no database");
        }, Duration.ofSeconds(1), checks);

        assertThat(up.health().getStatus()).isEqualTo(Status.UP);
        assertThat(failing.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
