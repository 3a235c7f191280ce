package nl.onderwijsregio.ketenregie.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database cannot be reached" in an exception and its causes, whatever wrapped it (Spring's
 * transaction managers, Hibernate, Camunda's ProcessEngineException, MyBatis). Such a failure is temporary
 * for the user: answered 503 with {@code Retry-After}, never 500.
 */
public final class DatabaseUnavailable {

    /** What the user reads, on pages and in problem details. */
    public static final String MESSAGE = "De database is tijdelijk niet bereikbaar. Er is niets opgeslagen; "
            + "probeer het over een halve minuut opnieuw.";
    public static final String TITLE = "Tijdelijk niet beschikbaar";
    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /**
     * PostgreSQL SQLSTATEs that mean the database could not answer rather than the statement was wrong: class 08
     * (connection exception), the shutdown states of class 57 (admin/crash shutdown, cannot connect now) and
     * 57014, a statement cancelled by the server's {@code statement_timeout} (application-postgres.yml) when
     * the database is too busy to answer in time.
     */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03", "57014");
    /** Hikari's answer (without SQLSTATE) on a connection the pool closed because the database went away. */
    private static final String HIKARI_CLOSED = "Connection is closed";
    private static final String HIBERNATE_CONNECTION_EXCEPTION = "org.hibernate.exception.JDBCConnectionException";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable exception) {
        if (exception instanceof CannotCreateTransactionException
                || exception instanceof DataAccessResourceFailureException
                || exception instanceof SQLTransientConnectionException
                || exception instanceof SQLNonTransientConnectionException
                || exception.getClass().getName().equals(HIBERNATE_CONNECTION_EXCEPTION)) {
            return true;
        }
        if (exception instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith("08") || SHUTDOWN_STATES.contains(sql.getSQLState());
        }
        if (exception instanceof SQLException sql && HIKARI_CLOSED.equals(sql.getMessage())) {
            return true;
        }
        return false;
    }
}
