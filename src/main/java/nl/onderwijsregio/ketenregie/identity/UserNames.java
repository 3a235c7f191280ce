package nl.onderwijsregio.ketenregie.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

    private record Remembered(long generation, String name) {
    }

    private final IdentityService identityService;
    private final Cache<String, Remembered> remembered;

    UserNames(IdentityService identityService,
            @Value("${ketenregie.login.gebruiker-onthouden:PT30S}") Duration remember) {
        this.identityService = identityService;
        this.remembered = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(10_000).build();
    }

    /** Display names by user id; an unknown id is left out. */
    public Map<String, String> of(Set<String> userIds) {
        long generation = IdentityChanges.generation();
        Map<String, String> names = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (String id : userIds) {
            Remembered earlier = remembered.getIfPresent(id);
            if (earlier != null && earlier.generation() == generation) {
                names.put(id, earlier.name());
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            for (User user : identityService.createUserQuery().userIdIn(unknown.toArray(String[]::new)).list()) {
                String name = CamundaIdentity.displayName(user);
                names.put(user.getId(), name);
                remembered.put(user.getId(), new Remembered(generation, name));
            }
        }
        return names;
    }
}
