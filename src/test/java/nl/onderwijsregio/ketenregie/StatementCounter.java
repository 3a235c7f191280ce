package nl.onderwijsregio.ketenregie;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL the application sends while a count is open: round trips to the database and statements
 * (a JDBC batch is one round trip with several statements). It wraps the application's DataSource in every
 * test context, and counts only between {@link #start()} and {@link #stop()}, so it costs nothing else.
 * Counting is global, not per thread, as the request under test runs on a server thread; a job that runs on
 * the test's thread is counted with {@link #startOnThisThread()}. With
 * {@code -Dketenregie.statements.print=true} every counted statement is printed, to see where they go.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    public record Count(long roundTrips, long statements) {
    }

    private static final AtomicBoolean counting = new AtomicBoolean();
    private static final AtomicLong roundTrips = new AtomicLong();
    private static final AtomicLong statements = new AtomicLong();
    private static volatile Thread only;
    private static final List<String> sql = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
            return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener()).build();
        }
        return bean;
    }

    public static void start() {
        start(null);
    }

    /**
     * Counts only what the calling thread sends: for work that runs on it (a job), so the application's
     * background tasks (Spring Session's cleanup of expired sessions, every minute) do not add to the count.
     */
    public static void startOnThisThread() {
        start(Thread.currentThread());
    }

    private static void start(Thread thread) {
        sql.clear();
        roundTrips.set(0);
        statements.set(0);
        only = thread;
        counting.set(true);
    }

    /** The SQL counted since the last {@link #start()}, whitespace collapsed. */
    public static List<String> sql() {
        return List.copyOf(sql);
    }

    public static Count stop() {
        counting.set(false);
        return new Count(roundTrips.get(), statements.get());
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            if (counting.get() && (only == null || only == Thread.currentThread())) {
                queries.forEach(query -> sql.add(query.getQuery().replaceAll("\\s+", " ")));
                if (Boolean.getBoolean("ketenregie.statements.print")) {
                    queries.forEach(query -> System.out.println("SQL> " + query.getQuery().replaceAll("\\s+", " ")));
                }
                roundTrips.incrementAndGet();
                statements.addAndGet(execution.isBatch() ? Math.max(1, execution.getBatchSize()) : queries.size());
            }
        }
    }
}
