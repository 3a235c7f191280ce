package nl.onderwijsregio.ketenregie.kwaliteit;

import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;

/**
 * Who sees what of the quality cycles: the werkgroep kwaliteit and management of a region everything of
 * it (management reads, the werkgroep also acts); a partnership's coordinators only their own
 * self-evaluations; a guest reviewer only the review they are on. Nobody sees another region.
 */
final class KwaliteitAccess {

    private KwaliteitAccess() {
    }

    static boolean runs(KetenregieUser user, String region) {
        return user.isWerkgroepKwaliteit() && user.regions().contains(region);
    }

    /** The whole region: heat map, rounds, reviews. */
    static boolean overseesRegion(KetenregieUser user, String region) {
        return user.regions().contains(region) && (user.isWerkgroepKwaliteit() || user.isManagement());
    }

    static boolean seesEvaluation(KetenregieUser user, String region, String partnership) {
        return overseesRegion(user, region)
                || (user.regions().contains(region) && user.partnershipCodes().contains(partnership));
    }

    static boolean seesReview(KetenregieUser user, PeerReview review) {
        return overseesRegion(user, review.regionCode()) || user.peerReviewIds().contains(review.id().toString());
    }

    static boolean administers(KetenregieUser user) {
        return user.groups().contains(Groups.CAMUNDA_ADMIN);
    }
}
