package nl.onderwijsregio.ketenregie.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Staff mail addresses from the Camunda identity (the one user store). A task of a region reaches the
 * members of its candidate groups who belong to that region (tenant), or its assignee. Users without an
 * email address are skipped.
 */
@Component
class StaffDirectory {

    record StaffMember(String userId, String firstName, String email) {
    }

    private final IdentityService identityService;

    StaffDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    Optional<StaffMember> user(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return Optional.ofNullable(user).filter(u -> hasEmail(u)).map(StaffDirectory::member);
    }

    /** The assignee if there is one, otherwise the group members who work in the region. */
    List<StaffMember> forTask(String assignee, List<String> candidateGroups, String regionCode) {
        if (assignee != null) {
            return user(assignee).map(List::of).orElse(List.of());
        }
        Map<String, StaffMember> members = new LinkedHashMap<>();
        for (String group : candidateGroups) {
            for (User user : identityService.createUserQuery().memberOfGroup(group).list()) {
                if (hasEmail(user) && !members.containsKey(user.getId()) && inRegion(user.getId(), regionCode)) {
                    members.put(user.getId(), member(user));
                }
            }
        }
        return new ArrayList<>(members.values());
    }

    private boolean inRegion(String userId, String regionCode) {
        if (regionCode == null) {
            return true;
        }
        return identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId)
                .anyMatch(regionCode::equals);
    }

    private static boolean hasEmail(User user) {
        return user.getEmail() != null && !user.getEmail().isBlank();
    }

    private static StaffMember member(User user) {
        return new StaffMember(user.getId(), user.getFirstName(), user.getEmail());
    }
}
