package nl.onderwijsregio.ketenregie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The postgres profile on the real PostgreSQL server (always, also when the rest of the suite runs on H2):
 * Flyway migrates, the engine starts; demo identities need the explicit KETENREGIE_DEMO switch, and stop links
 * need a secret of their own (the demo key is public).
 */
class PostgresStartupTest {

    @Test
    void startsOnPostgresqlWhenDemoIsExplicitlyAllowed() {
        try (ConfigurableApplicationContext context = start("ketenregie.demo=true")) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
            StartupAssertions.assertStartedWithDemoData(context);
            // Server-side settings of every pooled connection, and the planner statistics the engine lacks.
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("55s");
            assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
            assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
            assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = 'ketenregie_auth_perms'",
                    Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void refusesDemoIdentitiesOnPostgresqlWithoutTheSwitch() {
        assertThatThrownBy(() -> start("ketenregie.demo=false").close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("KETENREGIE_DEMO=true");
    }

    @Test
    void refusesToStartWithTheDemoStopLinkKeyOnPostgresql() {
        // Like docker compose without a .env file: the demo profile's public key is the only secret.
        assertThatThrownBy(() -> start("ketenregie.demo=true", StopLinkSecret.NONE).close())
                .rootCause().hasMessageContaining("KETENREGIE_MAIL_TOKENSECRET");
    }

    /** Whether the start passes a stop-link secret of its own. */
    private enum StopLinkSecret { OWN, NONE }

    private static ConfigurableApplicationContext start(String demoSwitch) {
        return start(demoSwitch, StopLinkSecret.OWN);
    }

    private static ConfigurableApplicationContext start(String demoSwitch, StopLinkSecret key) {
        // Command-line arguments outrank the system properties Maven sets for the other tests.
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo,postgres",
                "--spring.datasource.url=" + PostgresTestDatabase.url(), "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--ketenregie.demo.cohorten=false", "--" + demoSwitch,
                SecondEngine.named("postgres-startup")));
        if (key == StopLinkSecret.OWN) {
            args.add("--ketenregie.mail.token-secret=postgres-startup-test-key-0123456789");
        }
        return new SpringApplicationBuilder(KetenregieApplication.class).run(args.toArray(String[]::new));
    }
}
