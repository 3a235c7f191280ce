package nl.onderwijsregio.ketenregie.kwaliteit;

import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.stereotype.Component;

/** For the main menu (workspace/MainMenu): where the "Kwaliteit" link leads, if anywhere. */
@Component
public class KwaliteitMenu {

    /**
     * The overview for the werkgroep kwaliteit and management, the partnerships for an administrator, a
     * guest's own review; null for everyone else.
     */
    public String link(KetenregieUser user) {
        if (user.regions().stream().anyMatch(region -> KwaliteitAccess.overseesRegion(user, region))) {
            return "/kwaliteit";
        }
        if (KwaliteitAccess.administers(user)) {
            return "/kwaliteit/partnerschappen";
        }
        return user.peerReviewIds().stream().findFirst().map(id -> "/kwaliteit/peerreviews/" + id).orElse(null);
    }
}
