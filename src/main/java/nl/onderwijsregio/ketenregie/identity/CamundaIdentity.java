package nl.onderwijsregio.ketenregie.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Reads users, their groups and their tenants from the Camunda identity: the one user store. */
@Component
public class CamundaIdentity {

    private final IdentityService identityService;

    public CamundaIdentity(IdentityService identityService) {
        this.identityService = identityService;
    }

    public boolean checkPassword(String userId, String password) {
        return identityService.checkPassword(userId, password);
    }

    public KetenregieUser load(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("Unknown user " + userId);
        }
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
        Set<String> regions = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream()
                .map(Tenant::getId)
                .collect(Collectors.toSet());
        return new KetenregieUser(userId, displayName(user), groups, regions);
    }

    /** First and last name; the user id when both are empty. */
    public static String displayName(User user) {
        String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    /** A staff member as shown in choice lists. */
    public record StaffMember(String userId, String name) {
    }

    /** Members of an organisation group who have a role, by name; e.g. the schoolopleiders of a school. */
    public List<StaffMember> membersWithRole(String groupId, String roleGroupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc().list().stream()
                .filter(user -> isMember(user.getId(), roleGroupId))
                .map(user -> new StaffMember(user.getId(),
                        (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim()))
                .toList();
    }

    public boolean isMember(String userId, String groupId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
