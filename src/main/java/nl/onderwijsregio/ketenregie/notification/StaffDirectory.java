package nl.onderwijsregio.ketenregie.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.identity.IdentityMemory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Staff mail addresses from the Camunda identity (the one user store). A task of a region reaches the
 * members of its candidate groups who belong to that region (tenant), or its assignee. Users without an
 * email address are skipped.
 *
 * <p>The recipients of a new task are remembered for as long as a login's memberships are
 * ({@code ketenregie.login.gebruiker-onthouden}, 30 s) and forgotten at once when the identity store changes on
 * this node ({@link IdentityMemory}): every new task of a group and region needs the same answer, which otherwise
 * costs two identity queries per task. A change in Camunda Admin on another node reaches the mails within that
 * period, as it reaches the logins (docs/adr/0017).
 */
@Component
class StaffDirectory {

    record StaffMember(String userId, String firstName, String email) {
    }

    private record Recipients(String assignee, List<String> candidateGroups, String regionCode) {
    }

    private final IdentityService identityService;
    private final IdentityMemory<Recipients, List<StaffMember>> recipients;

    StaffDirectory(IdentityService identityService,
            @Value("${ketenregie.login.gebruiker-onthouden:PT30S}") Duration remember) {
        this.identityService = identityService;
        this.recipients = new IdentityMemory<>(remember, 1_000);
    }

    Optional<StaffMember> user(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return Optional.ofNullable(user).filter(u -> hasEmail(u)).map(StaffDirectory::member);
    }

    /** The recipients of one task, remembered (see above); read as {@link Lookup#forTask} reads them. */
    List<StaffMember> forTask(String assignee, List<String> candidateGroups, String regionCode) {
        return recipients.get(new Recipients(assignee, List.copyOf(candidateGroups), regionCode),
                key -> List.copyOf(lookup().forTask(key.assignee(), key.candidateGroups(), key.regionCode())));
    }

    /** Lookups for many tasks, e.g. one run of a job: each user and each group's members in a region read once. */
    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {

        private record GroupInRegion(String group, String regionCode) {
        }

        private final Map<String, Optional<StaffMember>> users = new HashMap<>();
        private final Map<String, Set<String>> regionGroups = new HashMap<>();
        private final Map<String, Set<String>> inRegion = new HashMap<>();
        private final Map<GroupInRegion, List<StaffMember>> members = new HashMap<>();

        private Lookup() {
        }

        /**
         * The assignee if there is one, otherwise the group members who work in the region: per region one query
         * for its groups, and per group one for its members, however many members a group has. A user works in
         * a region as a member of its tenant, or through a group that is (the Camunda tenant query's
         * {@code includingGroupsOfUser}).
         */
        List<StaffMember> forTask(String assignee, List<String> candidateGroups, String regionCode) {
            if (assignee != null) {
                return users.computeIfAbsent(assignee, StaffDirectory.this::user).map(List::of).orElse(List.of());
            }
            Map<String, StaffMember> recipients = new LinkedHashMap<>();
            for (String group : candidateGroups) {
                members.computeIfAbsent(new GroupInRegion(group, regionCode), this::read)
                        .forEach(member -> recipients.putIfAbsent(member.userId(), member));
            }
            return new ArrayList<>(recipients.values());
        }

        /** Reads the users among these not read before in one query, for the assigned tasks of a page. */
        void readUsers(Collection<String> userIds) {
            List<String> unread = userIds.stream().filter(id -> id != null && !users.containsKey(id)).distinct().toList();
            if (unread.isEmpty()) {
                return;
            }
            unread.forEach(id -> users.put(id, Optional.empty()));
            identityService.createUserQuery().userIdIn(unread.toArray(String[]::new)).list().stream()
                    .filter(StaffDirectory::hasEmail).forEach(user -> users.put(user.getId(), Optional.of(member(user))));
        }

        private List<StaffMember> read(GroupInRegion key) {
            String regionCode = key.regionCode();
            List<User> found;
            if (regionCode == null || regionGroups(regionCode).contains(key.group())) {
                found = identityService.createUserQuery().memberOfGroup(key.group()).list();
            } else if (regionGroups(regionCode).isEmpty()) {
                found = identityService.createUserQuery().memberOfGroup(key.group()).memberOfTenant(regionCode).list();
            } else {
                Set<String> working = inRegion.computeIfAbsent(regionCode, this::usersInRegion);
                found = identityService.createUserQuery().memberOfGroup(key.group()).list().stream()
                        .filter(user -> working.contains(user.getId())).toList();
            }
            return found.stream().filter(StaffDirectory::hasEmail).map(StaffDirectory::member).toList();
        }

        private Set<String> regionGroups(String regionCode) {
            return regionGroups.computeIfAbsent(regionCode, code -> identityService.createGroupQuery()
                    .memberOfTenant(code).list().stream().map(Group::getId).collect(Collectors.toSet()));
        }

        private Set<String> usersInRegion(String regionCode) {
            Set<String> working = new HashSet<>();
            regionGroups(regionCode).forEach(group ->
                    working.addAll(ids(identityService.createUserQuery().memberOfGroup(group).list())));
            working.addAll(ids(identityService.createUserQuery().memberOfTenant(regionCode).list()));
            return working;
        }
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
