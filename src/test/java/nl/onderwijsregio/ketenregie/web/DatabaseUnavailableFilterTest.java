package nl.onderwijsregio.ketenregie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A request that fails because the database is away is a Dutch 503 with Retry-After, never a 500. */
class DatabaseUnavailableFilterTest {

    private static final SQLTransientConnectionException HIKARI_TIMEOUT = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 3000ms.");

    @Test
    void recognisesTheWaysAMissingDatabaseArrives() {
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
                HIKARI_TIMEOUT))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new DataAccessResourceFailureException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new JDBCConnectionException("lost", new SQLException("x")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("ENGINE-03083 exception while executing "
                + "Batch Database Operations", new RuntimeException(HIKARI_TIMEOUT)))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException(
                "canceling statement due to statement timeout", "57014")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new org.springframework.orm.jpa.JpaSystemException(
                new RuntimeException("Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .isTrue();

        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void anApiRequestGetsADutchProblemWithRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/loket/aanmeldingen");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter().doFilter(request, response, (req, res) -> {
            throw new ServletException("Request processing failed",
                    new CannotCreateTransactionException("Could not open JPA EntityManager", HIKARI_TIMEOUT));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"title\":\"Tijdelijk niet beschikbaar\"",
                "De database is tijdelijk niet bereikbaar", "\"status\":503").doesNotContain("Exception", "Hikari");
    }

    @Test
    void aBrowserGetsTheDutchPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dossiers");
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter().doFilter(request, response, (req, res) -> {
            throw new DataAccessResourceFailureException("no connection", HIKARI_TIMEOUT);
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("<html lang=\"nl\"", "Tijdelijk niet beschikbaar",
                "De database is tijdelijk niet bereikbaar", "niet opgeslagen");
    }

    @Test
    void otherFailuresPassUnchanged() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/dossiers");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> filter().doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private static DatabaseUnavailableFilter filter() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new DatabaseUnavailableFilter(engine);
    }
}
