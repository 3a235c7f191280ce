package nl.onderwijsregio.ketenregie.privacy;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who handles privacy requests: only the privacy officer (group {@code privacy}), only for dossiers of their
 * own regions. Anyone else gets 403; a dossier of another region is not found (404), like an unknown one.
 */
final class PrivacyAccess {

    private PrivacyAccess() {
    }

    static void requireOfficer(KetenregieUser user) {
        if (!user.isPrivacyOfficer()) {
            throw new AccessDeniedException("Alleen de privacyfunctionaris van de regio doet dit.");
        }
    }

    static Dossier requireOfficerFor(KetenregieUser user, UUID dossierId, DossierService dossiers) {
        requireOfficer(user);
        Dossier dossier;
        try {
            dossier = dossiers.get(dossierId);
        } catch (IllegalArgumentException unknown) {
            throw notFound();
        }
        if (!user.regions().contains(dossier.getRegionCode())) {
            throw notFound();
        }
        return dossier;
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("Dossier niet gevonden.");
    }
}
