package nl.onderwijsregio.ketenregie.workspace;

import java.util.List;
import nl.onderwijsregio.ketenregie.garantiefonds.FundMenu;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.identity.SecurityConfig;
import nl.onderwijsregio.ketenregie.identity.TasklistAccess;
import nl.onderwijsregio.ketenregie.kwaliteit.KwaliteitMenu;
import nl.onderwijsregio.ketenregie.langstudeerders.LangstudeerderMenu;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The main menu in the header of every page ({@code @hoofdmenu} in fragments/layout), decided once per page: the
 * template asks for it in one expression and reads the answers, instead of one security expression, principal
 * lookup or bean call per link (each interpreted by SpEL, on every page).
 */
@Component("hoofdmenu")
public class MainMenu {

    /**
     * What the menu shows: the links (a link's target, or null for none), the saved views and the user's name.
     */
    public record Items(boolean dossiers, List<SavedView> weergaven, boolean rapportage, String garantiefonds,
            String kwaliteit, boolean langstudeerders, boolean privacyverzoeken, boolean taken, String naam) {
    }

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final SavedViews savedViews;
    private final FundMenu fund;
    private final KwaliteitMenu kwaliteit;
    private final LangstudeerderMenu langstudeerders;
    private final TasklistAccess tasklist;

    MainMenu(SavedViews savedViews, FundMenu fund, KwaliteitMenu kwaliteit, LangstudeerderMenu langstudeerders,
            TasklistAccess tasklist) {
        this.savedViews = savedViews;
        this.fund = fund;
        this.kwaliteit = kwaliteit;
        this.langstudeerders = langstudeerders;
        this.tasklist = tasklist;
    }

    /** The menu of a logged-in user; null for anyone else (the login page, the public pages). */
    public Items voor(Authentication authentication) {
        if (!trust.isAuthenticated(authentication) || !(authentication.getPrincipal() instanceof KetenregieUser user)) {
            return null;
        }
        return new Items(user.worksOnCases(), savedViews.visibleTo(user), SecurityConfig.readsReports(authentication),
                fund.link(user),
                kwaliteit.link(user), langstudeerders.shows(user), user.isPrivacyOfficer(), tasklist.granted(user),
                user.displayName());
    }
}
