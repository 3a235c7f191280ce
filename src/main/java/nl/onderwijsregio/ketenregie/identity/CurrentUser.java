package nl.onderwijsregio.ketenregie.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in staff member of the current request, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<KetenregieUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KetenregieUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
