package nl.onderwijsregio.ketenregie.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsregio.ketenregie.demo.DemoEngine.Staff;
import nl.onderwijsregio.ketenregie.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * The demo users (DemoUsers) who pick up the tasks of demo candidates: the assignee, or a user of one of the
 * task's candidate groups who works in the candidate's region. Read once per generation.
 */
final class DemoStaff {

    private final IdentityService identityService;
    private final Map<String, List<String>> members = new HashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();

    DemoStaff(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Who picks up a task; empty when no demo user may do it, so the task stays open. */
    Optional<Staff> pickUp(String assignee, List<String> candidateGroups, String region) {
        if (assignee != null) {
            return Optional.of(staff(assignee));
        }
        for (String group : candidateGroups) {
            Optional<String> member = firstMember(group, region);
            if (member.isPresent()) {
                return member.map(this::staff);
            }
        }
        // Every demo school, bestuur and institute has demo staff (DemoUsers); others' tasks stay open.
        return Optional.empty();
    }

    Optional<String> firstMember(String group, String region) {
        return membersOf(group, region).stream().findFirst();
    }

    List<String> membersOf(String group, String region) {
        return members.computeIfAbsent(group + "@" + region, key -> identityService.createUserQuery()
                .memberOfGroup(group).memberOfTenant(region).orderByUserId().asc().list().stream()
                .map(User::getId)
                .toList());
    }

    boolean hasMember(String group, String region) {
        return !membersOf(group, region).isEmpty();
    }

    /** The demo users who coach at the school: in its group and in the role group schoolopleider. */
    List<String> schoolopleidersOf(String school, String region) {
        List<String> schoolopleiders = membersOf(Groups.SCHOOLOPLEIDER, region);
        return membersOf(Groups.school(school), region).stream().filter(schoolopleiders::contains).toList();
    }

    private Staff staff(String userId) {
        return new Staff(userId, groups.computeIfAbsent(userId, id -> identityService.createGroupQuery()
                .groupMember(id).orderByGroupId().asc().list().stream()
                .map(Group::getId)
                .toList()));
    }
}
