package nl.onderwijsregio.ketenregie.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.DefaultHealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health endpoint answers within about two seconds also when the database is away: every health
 * indicator gets {@code ketenregie.gezondheid.tijdslimiet} (default 800 ms) and is DOWN when it takes
 * longer. Without this, {@code db} and {@code mailOutbox} each wait for the pool's connection timeout
 * one after the other. Replaces Spring Boot's registry of contributors (same names, same groups).
 */
@Configuration
class TimeLimitedHealthConfig implements DisposableBean {

    /**
     * Few threads, no queue: a check that still waits for the database keeps its thread, and when all are
     * busy the next check is DOWN at once instead of piling up. Not a bean: an Executor bean would replace
     * Spring Boot's task executor.
     */
    private final ExecutorService healthChecks = new ThreadPoolExecutor(0, 8, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), new ThreadFactory() {
                private final AtomicInteger count = new AtomicInteger();

                @Override
                public Thread newThread(Runnable runnable) {
                    Thread thread = new Thread(runnable, "health-check-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }
            });

    @Bean
    HealthContributorRegistry healthContributorRegistry(Map<String, HealthContributor> contributors,
            @Value("${ketenregie.gezondheid.tijdslimiet:PT0.8S}") Duration limit) {
        Map<String, HealthContributor> limited = new LinkedHashMap<>();
        contributors.forEach((name, contributor) -> limited.put(name, contributor instanceof HealthIndicator indicator
                ? new TimeLimitedHealthIndicator(indicator, limit, healthChecks) : contributor));
        return new DefaultHealthContributorRegistry(limited);
    }

    @Override
    public void destroy() {
        healthChecks.shutdownNow();
    }
}
