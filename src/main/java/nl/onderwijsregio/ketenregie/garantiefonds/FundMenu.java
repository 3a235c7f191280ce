package nl.onderwijsregio.ketenregie.garantiefonds;

import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.stereotype.Component;

/** For the main menu (workspace/MainMenu): where the "Garantiefonds" link leads, if anywhere. */
@Component
public class FundMenu {

    /** The work list for users with a scope, the budget for management; null for everyone else. */
    public String link(KetenregieUser user) {
        if (FundAccess.scope(user).isPresent()) {
            return "/garantiefonds";
        }
        if (user.isManagement() && user.regions().stream().anyMatch(region -> FundAccess.canSeeBudget(user, region))) {
            return "/garantiefonds/budget";
        }
        return null;
    }
}
