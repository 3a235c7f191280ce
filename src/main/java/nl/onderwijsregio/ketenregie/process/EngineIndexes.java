package nl.onderwijsregio.ketenregie.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine's own schema lacks for our screens at national scale (docs/benchmarks.md). The engine creates
 * its tables after Flyway has run, so these are added here, after the engine is built, and only if missing.
 * <ul>
 * <li>An index on a task's due date: Tasklist's "Verlopen taken" filter and due-date sort, the start page's
 * overdue count and the reminder job filter or sort on it, and Camunda has none.
 * <li>On PostgreSQL, statistics on the permission bits that every authorization check tests
 * ({@code PERMS_ & 2 = 2}). Without them the planner guesses that a few hundred of the tens of thousands of
 * task authorizations match, and joins every open task to every authorization: a Tasklist count over 46,000
 * tasks ran for minutes instead of one second.
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_DUE_DATE = "KETENREGIE_TASK_DUE_IDX";
    static final String PERMISSION_STATISTICS = "ketenregie_auth_perms";

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        once("create index if not exists " + TASK_DUE_DATE + " on ACT_RU_TASK (DUE_DATE_)");
        String database = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseType();
        if ("postgres".equals(database) && !permissionStatisticsPresent()) {
            // READ (2) on tasks and instances, READ_TASK (64) and READ_INSTANCE (512) on process definitions.
            once("create statistics if not exists " + PERMISSION_STATISTICS
                    + " on (PERMS_ & 2), (PERMS_ & 64), (PERMS_ & 512) from ACT_RU_AUTHORIZATION");
            jdbc.execute("analyze ACT_RU_AUTHORIZATION");
        }
    }

    private void once(String create) {
        try {
            jdbc.execute(create);
        } catch (DataAccessException raced) {
            // PostgreSQL refuses the second of two nodes creating it at the same moment; by now it exists.
            jdbc.execute(create);
        }
    }

    private boolean permissionStatisticsPresent() {
        Integer count = jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
                PERMISSION_STATISTICS);
        return count != null && count > 0;
    }
}
