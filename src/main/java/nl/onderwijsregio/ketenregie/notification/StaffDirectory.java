package nl.onderwijsregio.ketenregie.notification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
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

    /**
     * The assignee if there is one, otherwise the group members who work in the region: one query for the
     * region's groups and one per candidate group, however many members a group has. A user works in a region
     * as a member of its tenant, or through a group that is (the Camunda tenant query's
     * {@code includingGroupsOfUser}).
     */
    List<StaffMember> forTask(String assignee, List<String> candidateGroups, String regionCode) {
        if (assignee != null) {
            return user(assignee).map(List::of).orElse(List.of());
        }
        Set<String> regionGroups = regionCode == null ? Set.of() : identityService.createGroupQuery()
                .memberOfTenant(regionCode).list().stream().map(Group::getId).collect(Collectors.toSet());
        Set<String> viaRegionGroups = null;
        Map<String, StaffMember> members = new LinkedHashMap<>();
        for (String group : candidateGroups) {
            List<User> users;
            if (regionCode == null || regionGroups.contains(group)) {
                users = identityService.createUserQuery().memberOfGroup(group).list();
            } else if (regionGroups.isEmpty()) {
                users = identityService.createUserQuery().memberOfGroup(group).memberOfTenant(regionCode).list();
            } else {
                if (viaRegionGroups == null) {
                    viaRegionGroups = membersOf(regionGroups);
                    viaRegionGroups.addAll(ids(identityService.createUserQuery().memberOfTenant(regionCode).list()));
                }
                Set<String> inRegion = viaRegionGroups;
                users = identityService.createUserQuery().memberOfGroup(group).list().stream()
                        .filter(user -> inRegion.contains(user.getId())).toList();
            }
            users.stream().filter(StaffDirectory::hasEmail)
                    .forEach(user -> members.putIfAbsent(user.getId(), member(user)));
        }
        return new ArrayList<>(members.values());
    }

    private Set<String> membersOf(Set<String> groups) {
        Set<String> users = new HashSet<>();
        groups.forEach(group -> users.addAll(ids(identityService.createUserQuery().memberOfGroup(group).list())));
        return users;
    }

    private static Set<String> ids(List<User> users) {
        return users.stream().map(User::getId).collect(Collectors.toSet());
    }

    private static boolean hasEmail(User user) {
        return user.getEmail() != null && !user.getEmail().isBlank();
    }

    private static StaffMember member(User user) {
        return new StaffMember(user.getId(), user.getFirstName(), user.getEmail());
    }
}
