package nl.onderwijsregio.ketenregie.privacy;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Privacy requests about a dossier over the API: {@code /api/dossiers/{id}/wissen}. */
@RestController
@RequestMapping("/api/dossiers/{id}")
class PrivacyApiController {

    private final Erasure erasure;

    PrivacyApiController(Erasure erasure) {
        this.erasure = erasure;
    }

    @PostMapping("/wissen")
    Map<String, String> erase(@PathVariable UUID id, @Valid @RequestBody PrivacyRequests.Erasure request) {
        int erased = erasure.erase(user(), id, request);
        return Map.of("bericht", erased == 0 ? "De gegevens waren al gewist."
                : "De persoonsgegevens zijn gewist (" + erased + (erased == 1 ? " dossier)." : " dossiers)."));
    }

    static KetenregieUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    }
}
