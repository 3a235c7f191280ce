package nl.onderwijsregio.ketenregie;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the PostgreSQL test database before any test runs, if it is missing, so the README's test
 * command works on a fresh machine with PostgreSQL running. When PostgreSQL is not reachable this fails
 * the run loudly: tests that need it must never skip silently.
 */
public class PostgresTestDatabase implements LauncherSessionListener {

    static final String URL_PROPERTY = "ketenregie.test.postgres.url";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getProperty(URL_PROPERTY);
        if (url != null) {
            ensureExists(url);
        }
    }

    public static String url() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("System property " + URL_PROPERTY + " is not set; run the tests with Maven");
        }
        return url;
    }

    /** The URL of another database on the test server, e.g. a benchmark's own. */
    public static String urlOf(String database) {
        return url().substring(0, url().lastIndexOf('/') + 1) + database;
    }

    /** Drops and creates the database of {@code url}, so a benchmark starts from nothing. */
    public static void recreate(String url) {
        String database = url.substring(url.lastIndexOf('/') + 1);
        String maintenanceUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + database.replace("\"", "") + "\" with (force)");
            statement.execute("create database \"" + database.replace("\"", "") + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for " + url, e);
        }
    }

    static void ensureExists(String url) {
        String database = url.substring(url.lastIndexOf('/') + 1);
        String maintenanceUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, "postgres", "");
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet result = exists.executeQuery()) {
                if (!result.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database \"" + database.replace("\"", "") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database " + url + " is not reachable. Start PostgreSQL "
                    + "(see docs/operations.md); tests that need it do not skip.", e);
        }
    }
}
