package nl.onderwijsregio.ketenregie.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The two cuts of ADR 0017 keep behaviour: a revoke ("deny") cannot be stored, so the engine may skip the
 * revoke check; and a login remembered for HTTP Basic still follows a membership change made on this node
 * at the next request.
 */
@IntegrationTest
class GrantsOnlyAndRecentLoginsTest {

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate http;

    @Test
    void aRevokeAuthorizationIsRefusedAndNothingIsStored() {
        String group = "ontzegd-" + UUID.randomUUID().toString().substring(0, 8);
        Authorization deny = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        deny.setGroupId(group);
        deny.setResource(Resources.TASK);
        deny.setResourceId("*");
        deny.removePermission(Permissions.READ);

        assertThatThrownBy(() -> authorizations.saveAuthorization(deny))
                .satisfies(refused -> assertThat(messages(refused)).contains(GrantsOnly.CONSTRAINT));
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(group).count()).isZero();
    }

    /** The messages of the exception and its causes, in capitals (PostgreSQL names the constraint in lower case). */
    private static String messages(Throwable refused) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
            if (cause instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                all.append(sql.getNextException().getMessage()).append('\n');
            }
        }
        return all.toString().toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void aMembershipChangeAppliesToTheNextBasicRequestAtOnce() {
        String userId = "onthouden." + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(userId);
        user.setFirstName("Onthouden");
        user.setLastName("Proef");
        user.setPassword("geheim-wachtwoord");
        identity.saveUser(user);
        identity.createMembership(userId, Groups.MANAGEMENT);
        identity.createTenantUserMembership("utrecht-stad", userId);
        String report = "/api/rapportage/uitval-per-fase?regio=utrecht-stad";
        try {
            assertThat(http.withBasicAuth(userId, "geheim-wachtwoord").getForEntity(report, String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);

            identity.deleteMembership(userId, Groups.MANAGEMENT);

            assertThat(http.withBasicAuth(userId, "geheim-wachtwoord").getForEntity(report, String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        } finally {
            identity.deleteUser(userId);
        }
    }
}
