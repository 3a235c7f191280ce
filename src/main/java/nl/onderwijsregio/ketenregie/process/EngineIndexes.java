package nl.onderwijsregio.ketenregie.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine does not create but our screens need. Camunda has no index on a task's due date, yet
 * Tasklist's "Verlopen taken" filter and due-date sort, the start page's overdue count and the reminder job
 * all filter or sort on it: at national scale (tens of thousands of open tasks per region) each would read
 * every open task. The engine creates its own tables after Flyway has run, so the index is added here, after
 * the engine is built, and only if missing. See docs/benchmarks.md for the figures.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_DUE_DATE = "KETENREGIE_TASK_DUE_IDX";

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        String create = "create index if not exists " + TASK_DUE_DATE + " on ACT_RU_TASK (DUE_DATE_)";
        try {
            jdbc.execute(create);
        } catch (DataAccessException raced) {
            // PostgreSQL refuses the second of two nodes creating it at the same moment; by now it exists.
            jdbc.execute(create);
        }
    }
}
