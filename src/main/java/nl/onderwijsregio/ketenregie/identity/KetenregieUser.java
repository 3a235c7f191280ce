package nl.onderwijsregio.ketenregie.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A logged-in staff member as the Camunda identity knows them: their groups (roles and organisations)
 * and tenants (regions). Everything a user may see is derived from this. Its name, for Spring Security
 * and the session store (Spring Session's principal name, at most 100 characters), is the user id.
 */
public record KetenregieUser(String userId, String displayName, Set<String> groups, Set<String> regions)
        implements Serializable, AuthenticatedPrincipal {

    public KetenregieUser {
        groups = Set.copyOf(groups);
        regions = Set.copyOf(regions);
    }

    @Override
    public String getName() {
        return userId;
    }

    public boolean isKetenregisseur() {
        return groups.contains(Groups.KETENREGISSEUR);
    }

    public boolean isManagement() {
        return groups.contains(Groups.MANAGEMENT);
    }

    public boolean isPrivacyOfficer() {
        return groups.contains(Groups.PRIVACY);
    }

    /** Only people who work on cases see candidates' personal data; management sees aggregates. */
    public boolean worksOnCases() {
        return isKetenregisseur() || !schoolCodes().isEmpty() || !bestuurCodes().isEmpty()
                || !opleidingCodes().isEmpty();
    }

    public Set<String> schoolCodes() {
        return codesWithPrefix(Groups.SCHOOL_PREFIX);
    }

    public Set<String> bestuurCodes() {
        return codesWithPrefix(Groups.BESTUUR_PREFIX);
    }

    public Set<String> opleidingCodes() {
        return codesWithPrefix(Groups.OPLEIDING_PREFIX);
    }

    /** The partnerships this user coordinates. */
    public Set<String> partnershipCodes() {
        return codesWithPrefix(Groups.PARTNERSCHAP_PREFIX);
    }

    /** The peer reviews this user is on the panel of (their ids). */
    public Set<String> peerReviewIds() {
        return codesWithPrefix(Groups.PEERREVIEW_PREFIX);
    }

    public boolean isWerkgroepKwaliteit() {
        return groups.contains(Groups.WERKGROEP_KWALITEIT);
    }

    private Set<String> codesWithPrefix(String prefix) {
        return groups.stream()
                .filter(group -> group.startsWith(prefix))
                .map(group -> group.substring(prefix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
