package nl.onderwijsregio.ketenregie.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in staff member of the current request, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /**
     * The logged-in user who works on cases (ketenregisseur, or staff of a school, bestuur or institute);
     * anyone else (management) may not see candidates' personal data.
     */
    public static KetenregieUser caseWorker() {
        KetenregieUser user = get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
        if (!user.worksOnCases()) {
            throw new AccessDeniedException("Alleen wie aan dossiers werkt, ziet persoonsgegevens van kandidaten.");
        }
        return user;
    }

    public static Optional<KetenregieUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KetenregieUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
