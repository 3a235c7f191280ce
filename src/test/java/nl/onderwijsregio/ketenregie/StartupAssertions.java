package nl.onderwijsregio.ketenregie;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a started application must have: migrated case tables, the deployed journey and demo identities. */
final class StartupAssertions {

    private StartupAssertions() {
    }

    static void assertStartedWithDemoData(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        MigrationInfoService migrations = context.getBean(Flyway.class).info();
        assertThat(migrations.pending()).isEmpty();
        assertThat(migrations.applied()).extracting(info -> info.getVersion().getVersion()).contains("1", "2", "1000");
        // Both demo regions (on a shared test database, tests may have added regions of their own).
        assertThat(jdbc.queryForList("select code from region", String.class)).contains("utrecht-stad", "midden-nederland");
        assertThat(jdbc.queryForObject("select count(*) from school", Integer.class)).isPositive();

        ProcessEngine engine = context.getBean(ProcessEngine.class);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ZijInstroomTraject")
                .count()).isPositive();
        assertThat(engine.getIdentityService().checkPassword("kr.utrecht", "demo")).isTrue();
        assertThat(engine.getIdentityService().createTenantQuery().list()).extracting("id")
                .contains("utrecht-stad", "midden-nederland");
        assertThat(engine.getFilterService().createFilterQuery().list()).extracting("name")
                .contains("Mijn taken", "Taken van mijn groep", "Verlopen taken");
    }
}
