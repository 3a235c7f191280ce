package nl.onderwijsregio.ketenregie.workspace;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.UserNames;
import nl.onderwijsregio.ketenregie.process.Actor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Staff as people read them, never as user ids: "Fatima El Amrani (schoolopleider)". A fixed number of
 * identity queries for any number of ids (at most one for the names, one per role), so lists stay free of N+1.
 */
@Component
class StaffNames {

    /** Role groups and how a role reads after a name, in order of precedence. */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put(Groups.KETENREGISSEUR, "ketenregisseur");
        ROLES.put(Groups.SCHOOLOPLEIDER, "schoolopleider");
        ROLES.put(Groups.HR, "HR");
        ROLES.put(Groups.LERARENOPLEIDING, "lerarenopleiding");
        ROLES.put(Groups.GARANTIEFONDS_COMMISSIE, "garantiefondscommissie");
        ROLES.put(Groups.WERKGROEP_KWALITEIT, "werkgroep kwaliteit");
        ROLES.put(Groups.CAMUNDA_ADMIN, "beheerder");
    }

    /** Actors that are not people (see process/Actor and the loket). */
    private static final Map<String, String> NOT_PEOPLE = Map.of(Actor.SYSTEM, "automatisch (systeem)",
            "loket", "aanmelding via het loket", "kandidaat", "de kandidaat (via de stoplink)");

    private final IdentityService identityService;
    private final UserNames userNames;

    StaffNames(IdentityService identityService, UserNames userNames) {
        this.identityService = identityService;
        this.userNames = userNames;
    }

    /** Display names by user id, remembered ({@link UserNames}); an unknown id is left out. */
    Map<String, String> names(Set<String> userIds) {
        return userIds.isEmpty() ? new HashMap<>() : new HashMap<>(userNames.of(userIds));
    }

    /** "Name (role)" by user id, for timelines and assignments; non-people actors in words. */
    Map<String, String> namesWithRole(Set<String> userIds) {
        Map<String, String> result = new HashMap<>();
        Set<String> people = new java.util.HashSet<>(userIds);
        people.removeIf(id -> id == null || NOT_PEOPLE.containsKey(id));
        userIds.stream().filter(NOT_PEOPLE::containsKey).forEach(id -> result.put(id, NOT_PEOPLE.get(id)));
        if (people.isEmpty()) {
            return result;
        }
        Map<String, String> names = names(people);
        Map<String, String> roles = new HashMap<>();
        ROLES.forEach((group, label) -> identityService.createUserQuery().memberOfGroup(group)
                .userIdIn(people.toArray(String[]::new)).list()
                .forEach(user -> roles.putIfAbsent(user.getId(), label)));
        for (String id : people) {
            String name = names.getOrDefault(id, id);
            result.put(id, roles.containsKey(id) ? name + " (" + roles.get(id) + ")" : name);
        }
        return result;
    }
}
