package nl.onderwijsregio.ketenregie.garantiefonds;

import java.util.Optional;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;

/**
 * Who sees which applications: the region's ketenregisseurs and garantiefonds committee all of the region,
 * HR only those of its own bestuur. Management sees aggregates only (the budget and the report), nobody
 * else anything.
 */
final class FundAccess {

    private FundAccess() {
    }

    static Optional<FundApplications.Scope> scope(KetenregieUser user) {
        if (user.isKetenregisseur() || isCommittee(user)) {
            return Optional.of(new FundApplications.Scope(user.regions(), null));
        }
        if (!user.bestuurCodes().isEmpty()) {
            return Optional.of(new FundApplications.Scope(user.regions(), user.bestuurCodes()));
        }
        return Optional.empty();
    }

    static boolean canSee(KetenregieUser user, FundApplication application) {
        return scope(user).filter(scope -> scope.regions().contains(application.regionCode())
                && (scope.besturen() == null || scope.besturen().contains(application.bestuurCode()))).isPresent();
    }

    static boolean isCommittee(KetenregieUser user) {
        return user.groups().contains(Groups.GARANTIEFONDS_COMMISSIE);
    }

    /** The fund's figures: for its region's committee, ketenregisseurs and management, and administrators. */
    static boolean canSeeBudget(KetenregieUser user, String region) {
        return user.groups().contains(Groups.CAMUNDA_ADMIN) || (user.regions().contains(region)
                && (user.isKetenregisseur() || isCommittee(user) || user.isManagement()));
    }
}
