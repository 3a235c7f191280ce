package nl.onderwijsregio.ketenregie.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import nl.onderwijsregio.ketenregie.PostgresTestDatabase;
import nl.onderwijsregio.ketenregie.fault.AppNode;
import org.junit.jupiter.api.Test;

/**
 * The load test: the application as a separate JVM with {@code -Xmx512m} on a PostgreSQL database of its own,
 * the demo cohorts generated through the real process, then a number of simulated users for a fixed time,
 * each doing what its role does ({@link Workload}) with a think time between requests. Prints p50/p95 per
 * call, errors, and the node's heap and garbage collection ({@link NodeMetrics}). Traffic goes to 127.0.0.1
 * only and stops by itself at the end of the period.
 *
 * <p>Not part of the test suite (the name does not end in Test); run with
 * {@code mvn -B test -Pload -Dketenregie.load.gebruikers=50 -Dketenregie.load.duur=PT5M} (docs/benchmarks.md).
 * Settings: {@code ketenregie.load.gebruikers} (50), {@code ketenregie.load.duur} (PT5M),
 * {@code ketenregie.load.denktijd} (mean think time, PT1S), {@code ketenregie.load.opbouw} (ramp-up: users start
 * evenly over this period, PT30S), {@code ketenregie.load.rapportage} (true; false: no
 * management users, ketenregisseurs in their place), {@code ketenregie.load.database} (ketenregie_load,
 * dropped and created, unless {@code ketenregie.load.database-behouden=true}: then the data of the previous run,
 * demo cohorts included, is used again and the generation is skipped).
 */
class LoadRun {

    @Test
    void usersWorkOnTheApplicationForAFixedTime() throws Exception {
        int users = Integer.getInteger("ketenregie.load.gebruikers", 50);
        Duration duration = Duration.parse(System.getProperty("ketenregie.load.duur", "PT5M"));
        Duration think = Duration.parse(System.getProperty("ketenregie.load.denktijd", "PT1S"));
        Duration rampUp = Duration.parse(System.getProperty("ketenregie.load.opbouw", "PT30S"));
        boolean report = Boolean.parseBoolean(System.getProperty("ketenregie.load.rapportage", "true"));
        String database = System.getProperty("ketenregie.load.database", "ketenregie_load");
        String url = PostgresTestDatabase.urlOf(database);
        if (!Boolean.getBoolean("ketenregie.load.database-behouden")) {
            PostgresTestDatabase.recreate(url);
        }
        Path logs = Path.of("target", "load");
        try (AppNode node = AppNode.withOptions("load-node", url,
                List.of("-Xmx512m", "-Xlog:gc:file=" + logs.resolve("gc.log").toAbsolutePath()),
                List.of("--ketenregie.demo.cohorten=true",
                        "--ketenregie.loket.rate-limit.per-minute=1000000",
                        "--ketenregie.loket.rate-limit.global-per-minute=1000000",
                        "--ketenregie.loket.rate-limit.per-email-per-hour=1000000",
                        "--ketenregie.mail.token-secret=load-test-stoplink-key-0123456789abcdef",
                        "--ketenregie.mail.verzenden=false",
                        "--logging.level.root=warn"), logs).start()) {
            Duration ready = node.awaitReady(Duration.ofMinutes(5));
            LoadClient client = new LoadClient(node::url);
            Duration demo = client.awaitDemoData(Duration.ofMinutes(15));
            PlannerStatistics plannerStatistics = PlannerStatistics.keep(url);
            Workload workload = Workload.prepare(client, report);
            Statistics statistics = new Statistics();
            LoadClient.Session admin = client.login("admin");
            NodeMetrics before = NodeMetrics.read(client, admin);
            long end = System.nanoTime() + duration.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(users);
            List<Future<?>> running = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < users; i++) {
                Workload.User user = workload.user(i);
                // Users arrive one after another over the ramp-up, as a morning starts, not all in the same
                // second on a node that has just started (its code is not compiled yet).
                long arrival = rampUp.toMillis() * i / users;
                running.add(pool.submit(() -> {
                    pause(arrival);
                    while (System.nanoTime() < end) {
                        user.act(statistics);
                        pause(ThreadLocalRandom.current().nextLong(2 * think.toMillis() + 1));
                    }
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
            pool.shutdown();
            plannerStatistics.close();
            Duration ran = Duration.ofNanos(System.nanoTime() - started);
            NodeMetrics after = NodeMetrics.read(client, admin);

            System.out.println();
            System.out.printf(Locale.ROOT, "Load: %d users arriving over %s, %s (ran %.0f s), mean think time %s, -Xmx512m%s; "
                    + "ready after %.0f s, demo data after %.0f s more%n", users, rampUp, duration, ran.toMillis() / 1000.0, think,
                    report ? "" : ", without the report", ready.toMillis() / 1000.0, demo.toMillis() / 1000.0);
            statistics.print(ran);
            after.printSince(before, ran);
            assertThat(statistics.calls()).isPositive();
            assertThat(statistics.errors()).as("errors (see the table)").isZero();
        }
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
