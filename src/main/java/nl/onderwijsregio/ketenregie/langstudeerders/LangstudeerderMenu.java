package nl.onderwijsregio.ketenregie.langstudeerders;

import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.stereotype.Component;

/** For the main menu (workspace/MainMenu): whether the "Langstudeerders" link shows. */
@Component
public class LangstudeerderMenu {

    public boolean shows(KetenregieUser user) {
        return LangstudeerderAccess.scope(user).isPresent();
    }
}
