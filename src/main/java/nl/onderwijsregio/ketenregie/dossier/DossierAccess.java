package nl.onderwijsregio.ketenregie.dossier;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which dossiers a staff member may see: only in their regions, and inside a region all of them for a
 * ketenregisseur, otherwise those of their school, bestuur or institute. Applied in the query itself,
 * so counts and pages never include what the user may not see.
 */
final class DossierAccess {

    private DossierAccess() {
    }

    static Specification<Dossier> visibleTo(KetenregieUser user) {
        return (root, query, cb) -> {
            if (user.regions().isEmpty() || !user.worksOnCases()) {
                return cb.disjunction();
            }
            Predicate inRegion = root.get("regionCode").in(user.regions());
            if (user.isKetenregisseur()) {
                return inRegion;
            }
            List<Predicate> organisation = new ArrayList<>();
            if (!user.schoolCodes().isEmpty()) {
                organisation.add(root.get("schoolCode").in(user.schoolCodes()));
                // The host school of a Vliegende Start guides the candidate before any match.
                organisation.add(root.get("vliegendeStartSchoolCode").in(user.schoolCodes()));
            }
            if (!user.bestuurCodes().isEmpty()) {
                organisation.add(root.get("bestuurCode").in(user.bestuurCodes()));
            }
            if (!user.opleidingCodes().isEmpty()) {
                organisation.add(root.get("opleidingCode").in(user.opleidingCodes()));
            }
            return cb.and(inRegion, cb.or(organisation.toArray(Predicate[]::new)));
        };
    }
}
