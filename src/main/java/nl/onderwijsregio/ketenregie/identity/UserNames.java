package nl.onderwijsregio.ketenregie.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Display names of users by id, for lists that show who holds a task (the work list shows them on every request).
 * Names read once are remembered like logins ({@link RecentLogins}): forgotten at once when the identity store
 * changes on this node ({@link IdentityChanges}), after {@code ketenregie.login.gebruiker-onthouden} for a change
 * on another node. Ids not remembered are read in one query.
 */
@Component
public class UserNames {

    private final IdentityService identityService;
    private final IdentityMemory<String, String> remembered;

    UserNames(IdentityService identityService,
            @Value("${ketenregie.login.gebruiker-onthouden:PT30S}") Duration remember) {
        this.identityService = identityService;
        this.remembered = new IdentityMemory<>(remember, 10_000);
    }

    /** Display names by user id; an unknown id is left out. */
    public Map<String, String> of(Set<String> userIds) {
        return remembered.getAll(userIds, unknown -> identityService.createUserQuery()
                .userIdIn(unknown.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(User::getId, CamundaIdentity::displayName)));
    }
}
