package nl.onderwijsregio.ketenregie.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Whether a user may open Camunda Tasklist, as the engine decides it (the APPLICATION grant from
 * IdentitySetup or one an administrator gave in Camunda Admin). Our pages link to Tasklist only then;
 * the main menu (workspace/MainMenu) asks in the header of every page, so the answer is
 * remembered per user and groups for 30 seconds (an engine command with two queries otherwise). Only the
 * link waits for a changed grant; Tasklist itself checks it at once.
 */
@Component("tasklistAccess")
public class TasklistAccess {

    private final AuthorizationService authorizations;
    private final Cache<KetenregieUser, Boolean> answers = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30)).maximumSize(10_000).build();

    TasklistAccess(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public boolean granted(KetenregieUser user) {
        return answers.get(user, who -> authorizations.isUserAuthorized(who.userId(), List.copyOf(who.groups()),
                Permissions.ACCESS, Resources.APPLICATION, "tasklist"));
    }
}
