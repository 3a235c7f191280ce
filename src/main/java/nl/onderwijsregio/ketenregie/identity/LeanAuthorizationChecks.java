package nl.onderwijsregio.ketenregie.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Camunda's permission checks without the work that cannot change their answer. Both shortcuts grant exactly
 * what the engine's own check grants; they only skip reads that grow with the open tasks.
 * <ul>
 * <li>A user's permissions are checked for all of their groups, without first asking which groups have any
 * authorization at all. Camunda asks that once per command with {@code SELECT DISTINCT GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION}, a read of the whole table, which holds an authorization per open group task (3.4 ms on
 * every engine call at national scale). A group without authorizations matches no row of the check either way
 * (docs/adr/0023).</li>
 * <li>A task query of a user who may read every task (a ketenregisseur: READ on all tasks, and no revoked
 * permission anywhere) is not joined with the authorizations. Camunda joins every candidate task with the
 * authorization table, though a grant on all tasks lets each of them through; for a ketenregisseur of a large
 * region that join was most of Tasklist's counts and lists (at 185k dossiers a count took 743 ms with it, 99-144
 * ms without). The region still limits what they see: the tenant check is not touched (docs/adr/0024).</li>
 * </ul>
 */
@Component
class LeanAuthorizationChecks extends AbstractProcessEnginePlugin {

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
                return new LeanAuthorizationManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** Camunda's authorization manager with the two shortcuts. */
    static final class LeanAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null || authenticatedGroupIds.isEmpty() ? EMPTY_LIST
                    : new ArrayList<>(authenticatedGroupIds);
        }

        @Override
        public void configureTaskQuery(TaskQueryImpl query) {
            super.configureTaskQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            if (check.isAuthorizationCheckEnabled() && !check.isRevokeAuthorizationCheckEnabled()
                    && readsEveryTask(check)) {
                check.setAuthorizationCheckEnabled(false);
            }
        }

        /**
         * A grant of READ on the resource id {@code *} passes Camunda's task check for every task. Only a revoke on
         * one task could take it back: Ketenregie stores none (GrantsOnly, {@code authorization-check-revokes:
         * never}), and should that setting ever change, the engine's own per-task check is kept.
         */
        private boolean readsEveryTask(AuthorizationCheck check) {
            return isAuthorized(check.getAuthUserId(), check.getAuthGroupIds(), Permissions.READ, Resources.TASK,
                    Authorization.ANY);
        }
    }
}
