package nl.onderwijsregio.ketenregie.identity;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who a user is (name, groups, regions) for a short while after a login, so that API clients with HTTP Basic,
 * which log in on every request, cost one password check per request instead of four identity queries. The
 * password is always checked; only the memberships are remembered, for at most
 * {@code ketenregie.login.gebruiker-onthouden}, and forgotten at once when the identity store changes on this
 * node ({@link IdentityChanges}). A browser session keeps the memberships of its login much longer, so this
 * adds no staleness that sessions do not already have (docs/security.md).
 */
@Component
class RecentLogins {

    private final CamundaIdentity identity;
    private final IdentityMemory<String, KetenregieUser> users;

    RecentLogins(CamundaIdentity identity, @Value("${ketenregie.login.gebruiker-onthouden:PT30S}") Duration remember) {
        this.identity = identity;
        this.users = new IdentityMemory<>(remember, 10_000);
    }

    /** The user after a successful password check. */
    KetenregieUser load(String userId) {
        return users.get(userId, identity::load);
    }
}
