package nl.onderwijsregio.ketenregie.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations are grants only: no REVOKE ("deny" in Camunda Admin) can be stored. That is what
 * makes {@code authorization-check-revokes: never} (application.yml) correct: the engine then skips the
 * revoke check it would otherwise query once per command. Ketenregie itself creates only grants and global
 * authorizations; a check constraint on the engine's table refuses a deny from Admin or REST, so an
 * administrator cannot create one that would silently not apply. The engine creates its tables itself, after
 * Flyway, so the constraint is added here, once; a start with existing revokes fails (docs/adr/0017).
 */
@Component
class GrantsOnly extends AbstractProcessEnginePlugin {

    static final String CONSTRAINT = "KETENREGIE_GEEN_REVOKE";

    private final JdbcTemplate jdbc;

    GrantsOnly(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (!present()) {
            try {
                jdbc.execute("alter table ACT_RU_AUTHORIZATION add constraint " + CONSTRAINT + " check (TYPE_ <> 2)");
            } catch (DataAccessException refused) {
                // Another node starting at the same moment may have added it; existing revokes may not be.
                if (!present()) {
                    throw refused;
                }
            }
        }
    }

    private boolean present() {
        Integer count = jdbc.queryForObject("select count(*) from information_schema.table_constraints "
                + "where upper(constraint_name) = ?", Integer.class, CONSTRAINT);
        return count != null && count > 0;
    }
}
