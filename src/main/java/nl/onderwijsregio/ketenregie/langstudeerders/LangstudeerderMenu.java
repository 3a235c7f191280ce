package nl.onderwijsregio.ketenregie.langstudeerders;

import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.stereotype.Component;

/** For the main menu ({@code @langstudeerdersMenu} in templates): whether the "Langstudeerders" link shows. */
@Component("langstudeerdersMenu")
public class LangstudeerderMenu {

    public boolean shows(Object principal) {
        return principal instanceof KetenregieUser user && LangstudeerderAccess.scope(user).isPresent();
    }
}
