package nl.onderwijsregio.ketenregie.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Whether a user may open Camunda Tasklist, as the engine decides it (the APPLICATION grant from
 * IdentitySetup or one an administrator gave in Camunda Admin). Our pages link to Tasklist only then;
 * templates ask {@code @tasklistAccess.granted(user)}.
 */
@Component("tasklistAccess")
public class TasklistAccess {

    private final AuthorizationService authorizations;

    TasklistAccess(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public boolean granted(KetenregieUser user) {
        return authorizations.isUserAuthorized(user.userId(), List.copyOf(user.groups()), Permissions.ACCESS,
                Resources.APPLICATION, "tasklist");
    }
}
