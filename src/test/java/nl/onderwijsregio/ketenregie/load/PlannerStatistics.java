package nl.onderwijsregio.ketenregie.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The planner's statistics of the load database, kept as autovacuum keeps them in a running system. The demo
 * generation fills empty tables, and the load grows them further; without statistics PostgreSQL plans Tasklist's
 * group query as if the ketenregisseur group had one task link (a nested loop of 1,000 by 1,400 rows, 0.9 s instead
 * of 6 ms). A server with autovacuum does this itself; on one without (the development machines here have it off)
 * the load test analyses the database once before the load and then every minute, autovacuum's default nap time.
 */
final class PlannerStatistics implements AutoCloseable {

    private final String url;
    /** A daemon thread: a failed run must not hang on it. */
    private final ScheduledExecutorService every = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "planner-statistics");
        thread.setDaemon(true);
        return thread;
    });

    private PlannerStatistics(String url) {
        this.url = url;
    }

    /** Analyses now; keeps analysing every minute if the server's autovacuum is off. */
    static PlannerStatistics keep(String url) {
        PlannerStatistics statistics = new PlannerStatistics(url);
        statistics.analyse();
        if (!statistics.autovacuumOn()) {
            System.out.println("PostgreSQL runs without autovacuum: the load test analyses the database every minute");
            statistics.every.scheduleWithFixedDelay(statistics::analyseDuringTheRun, 1, 1, TimeUnit.MINUTES);
        }
        return statistics;
    }

    private void analyse() {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("analyse " + url, e);
        }
    }

    /** A failed analysis is said, not thrown: a thrown one would silently stop the repetition. */
    private void analyseDuringTheRun() {
        try {
            analyse();
        } catch (IllegalStateException e) {
            System.out.println("Analysing the load database failed, statistics may be stale: " + e.getCause());
        }
    }

    private boolean autovacuumOn() {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery("show autovacuum")) {
            return setting.next() && "on".equals(setting.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("read the autovacuum setting of " + url, e);
        }
    }

    @Override
    public void close() {
        every.shutdownNow();
    }
}
