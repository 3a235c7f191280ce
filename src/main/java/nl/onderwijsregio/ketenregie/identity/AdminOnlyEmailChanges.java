package nl.onderwijsregio.ketenregie.identity;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Only an administrator (camunda-admin) may change a staff member's email address. Task alerts go to that
 * address, so a user who changed their own profile email (Camunda grants every user ALL on their own USER
 * resource, e.g. PUT /engine-rest/user/{id}/profile) could send case mail elsewhere. Checked in the engine's
 * identity store, so Admin, Tasklist's profile page and REST all obey it; name and password changes stay
 * with the user.
 */
@Component
class AdminOnlyEmailChanges extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(GuardedIdentityProvider.class));
    }

    /**
     * Camunda's database identity store with the email check (and the change counter of
     * {@link IdentityChanges}); instantiated by the engine per command.
     */
    public static class GuardedIdentityProvider extends IdentityChanges.ObservedIdentityProvider {

        @Override
        public IdentityOperationResult saveUser(User user) {
            UserEntity changed = (UserEntity) user;
            if (changed.getRevision() != 0 && !mayChangeEmails()) {
                // Read the stored row directly: the entity cache would hand back the changed object itself.
                UserEntity stored = getDbSqlSession().getSqlSession().selectOne(
                        getDbSqlSession().getDbSqlSessionFactory().mapStatement("selectUser"), user.getId());
                if (stored != null && !Objects.equals(stored.getEmail(), changed.getEmail())) {
                    throw new AuthorizationException("Alleen een beheerder mag het e-mailadres van een medewerker "
                            + "wijzigen.");
                }
            }
            return super.saveUser(user);
        }

        private boolean mayChangeEmails() {
            CommandContext command = getCommandContext();
            Authentication current = command.getAuthentication();
            return current == null || !command.isAuthorizationCheckEnabled()
                    || command.getAuthorizationManager().isCamundaAdmin(current);
        }
    }
}
