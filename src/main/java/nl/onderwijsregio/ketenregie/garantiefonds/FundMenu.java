package nl.onderwijsregio.ketenregie.garantiefonds;

import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.stereotype.Component;

/** For the main menu ({@code @garantiefondsMenu} in templates): where the "Garantiefonds" link leads, if anywhere. */
@Component("garantiefondsMenu")
public class FundMenu {

    /** The work list for users with a scope, the budget for management; null for everyone else. */
    public String link(Object principal) {
        if (!(principal instanceof KetenregieUser user)) {
            return null;
        }
        if (FundAccess.scope(user).isPresent()) {
            return "/garantiefonds";
        }
        if (user.isManagement() && user.regions().stream().anyMatch(region -> FundAccess.canSeeBudget(user, region))) {
            return "/garantiefonds/budget";
        }
        return null;
    }
}
