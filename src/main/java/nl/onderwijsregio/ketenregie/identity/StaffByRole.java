package nl.onderwijsregio.ketenregie.identity;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The staff of a role in a region, by last name: the choice "toewijzen aan..." on every work list and dossier
 * page. Read once per region and role and remembered like logins ({@link RecentLogins}): forgotten at once when
 * the identity store changes on this node ({@link IdentityChanges}), after {@code
 * ketenregie.login.gebruiker-onthouden} for changes made on another node. The list only offers names; assigning
 * checks the chosen colleague's membership in the engine at that moment.
 */
@Component
public class StaffByRole {

    private record Key(String region, String roleGroup) {
    }

    private final IdentityService identityService;
    private final IdentityMemory<Key, List<CamundaIdentity.StaffMember>> remembered;

    StaffByRole(IdentityService identityService,
            @Value("${ketenregie.login.gebruiker-onthouden:PT30S}") Duration remember) {
        this.identityService = identityService;
        this.remembered = new IdentityMemory<>(remember, 1_000);
    }

    /** Members of the role group who work in the region (a tenant of theirs), ordered by last name. */
    public List<CamundaIdentity.StaffMember> inRegion(String region, String roleGroup) {
        return remembered.get(new Key(region, roleGroup), key -> identityService.createUserQuery()
                .memberOfGroup(key.roleGroup()).memberOfTenant(key.region()).orderByUserLastName().asc().list().stream()
                .map(user -> new CamundaIdentity.StaffMember(user.getId(), CamundaIdentity.displayName(user)))
                .toList());
    }
}
