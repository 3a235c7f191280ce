package nl.onderwijsregio.ketenregie.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine checks a user's permissions for all of their groups, without first asking which groups have any
 * authorization at all. Camunda asks that once per command, to shorten the list of groups in the check, with
 * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}: a read of the whole table, which holds an
 * authorization per open group task. At national scale (82,000 rows) that is 3.4 ms on every page and REST call
 * that touches the engine, growing with the tasks. The shortening changes no answer (a group without
 * authorizations matches no row of the check), and a Ketenregie user belongs to a handful of groups, so the
 * check's list stays short without it (docs/adr/0023).
 */
@Component
class EveryGroupChecked extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {

            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new AllGroupsAuthorizationManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** Camunda's authorization manager, with the user's groups as they are. */
    static final class AllGroupsAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null || authenticatedGroupIds.isEmpty() ? EMPTY_LIST
                    : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
