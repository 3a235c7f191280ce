package nl.onderwijsregio.ketenregie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The postgres profile on the real PostgreSQL server (always, also when the rest of the suite runs on H2):
 * Flyway migrates, the engine starts; demo identities need the explicit KETENREGIE_DEMO switch.
 */
class PostgresStartupTest {

    @Test
    void startsOnPostgresqlWhenDemoIsExplicitlyAllowed() {
        try (ConfigurableApplicationContext context = start("ketenregie.demo=true")) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
            StartupAssertions.assertStartedWithDemoData(context);
        }
    }

    @Test
    void refusesDemoIdentitiesOnPostgresqlWithoutTheSwitch() {
        assertThatThrownBy(() -> start("ketenregie.demo=false").close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("KETENREGIE_DEMO=true");
    }

    private static ConfigurableApplicationContext start(String demoSwitch) {
        // Command-line arguments outrank the system properties Maven sets for the other tests.
        return new SpringApplicationBuilder(KetenregieApplication.class)
                .run("--spring.profiles.active=demo,postgres", "--spring.datasource.url=" + PostgresTestDatabase.url(),
                        "--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--ketenregie.demo.cohorten=false",
                        "--" + demoSwitch);
    }
}
