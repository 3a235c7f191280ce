package nl.onderwijsregio.ketenregie.identity;

import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * Counts writes to the identity store (users, memberships, tenant memberships) on this node, so that
 * what {@link IdentityMemory} remembered (logins, colleagues, names, mail recipients) is dropped as soon as
 * anything changed here. The engine creates its identity provider per command without dependency injection,
 * hence a static counter; a write that is rolled back afterwards only costs one extra reload.
 */
final class IdentityChanges {

    private static final AtomicLong generation = new AtomicLong();

    private IdentityChanges() {
    }

    /** Changes on this node so far: what was remembered under another generation is stale. */
    static long generation() {
        return generation.get();
    }

    static void changed() {
        generation.incrementAndGet();
    }

    /** Camunda's database identity store, reporting every write that can change who a user is. */
    public static class ObservedIdentityProvider extends DbIdentityServiceProvider {

        @Override
        public IdentityOperationResult saveUser(User user) {
            changed();
            return super.saveUser(user);
        }

        @Override
        public IdentityOperationResult deleteUser(String userId) {
            changed();
            return super.deleteUser(userId);
        }

        @Override
        public IdentityOperationResult deleteGroup(String groupId) {
            changed();
            return super.deleteGroup(groupId);
        }

        @Override
        public IdentityOperationResult deleteTenant(String tenantId) {
            changed();
            return super.deleteTenant(tenantId);
        }

        @Override
        public IdentityOperationResult createMembership(String userId, String groupId) {
            changed();
            return super.createMembership(userId, groupId);
        }

        @Override
        public IdentityOperationResult deleteMembership(String userId, String groupId) {
            changed();
            return super.deleteMembership(userId, groupId);
        }

        @Override
        public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
            changed();
            return super.createTenantUserMembership(tenantId, userId);
        }

        @Override
        public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
            changed();
            return super.createTenantGroupMembership(tenantId, groupId);
        }

        @Override
        public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
            changed();
            return super.deleteTenantUserMembership(tenantId, userId);
        }

        @Override
        public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
            changed();
            return super.deleteTenantGroupMembership(tenantId, groupId);
        }
    }
}
