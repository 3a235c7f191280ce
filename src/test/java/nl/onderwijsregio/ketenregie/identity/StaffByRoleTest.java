package nl.onderwijsregio.ketenregie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The colleagues of the assignment choice are read once per region and role, names once per user, and a change
 * to the identity store on this node shows at the next read.
 */
@IntegrationTest
class StaffByRoleTest {

    @Autowired
    StaffByRole staff;

    @Autowired
    UserNames names;

    @Autowired
    IdentityService identity;

    @Test
    void theStaffOfARoleIsRememberedUntilAMembershipChangesOnThisNode() {
        String userId = "collega." + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(userId);
        user.setFirstName("Nieuwe");
        user.setLastName("Collega");
        user.setPassword("geheim-wachtwoord");
        identity.saveUser(user);
        identity.createTenantUserMembership("utrecht-stad", userId);
        try {
            List<CamundaIdentity.StaffMember> before = staff.inRegion("utrecht-stad", Groups.KETENREGISSEUR);
            assertThat(before).extracting(CamundaIdentity.StaffMember::userId).doesNotContain(userId);
            assertThat(staff.inRegion("utrecht-stad", Groups.KETENREGISSEUR)).as("read once, then remembered")
                    .isSameAs(before);

            identity.createMembership(userId, Groups.KETENREGISSEUR);
            assertThat(staff.inRegion("utrecht-stad", Groups.KETENREGISSEUR)).as("a new member at once")
                    .contains(new CamundaIdentity.StaffMember(userId, "Nieuwe Collega"));
            assertThat(staff.inRegion("midden-nederland", Groups.KETENREGISSEUR))
                    .extracting(CamundaIdentity.StaffMember::userId).as("only in the member's region").doesNotContain(userId);

            identity.deleteTenantUserMembership("utrecht-stad", userId);
            assertThat(staff.inRegion("utrecht-stad", Groups.KETENREGISSEUR))
                    .extracting(CamundaIdentity.StaffMember::userId).as("gone from the region at once").doesNotContain(userId);
        } finally {
            identity.deleteUser(userId);
        }
    }

    @Test
    void aRememberedNameFollowsAChangeOnThisNodeAtOnce() {
        String userId = "naam." + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(userId);
        user.setFirstName("Oude");
        user.setLastName("Naam");
        user.setPassword("geheim-wachtwoord");
        identity.saveUser(user);
        try {
            assertThat(names.of(java.util.Set.of(userId, "bestaat.niet"))).containsExactly(java.util.Map.entry(userId, "Oude Naam"));
            User stored = identity.createUserQuery().userId(userId).singleResult();
            stored.setLastName("Nieuwe Naam");
            identity.saveUser(stored);
            assertThat(names.of(java.util.Set.of(userId))).containsEntry(userId, "Oude Nieuwe Naam");
        } finally {
            identity.deleteUser(userId);
        }
    }
}
