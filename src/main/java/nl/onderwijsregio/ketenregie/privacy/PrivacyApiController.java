package nl.onderwijsregio.ketenregie.privacy;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.ReadLog;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Privacy requests over the API, for the region's privacy officer: erasure ({@code POST /api/dossiers/{id}/wissen}),
 * access ({@code GET /api/dossiers/{id}/inzage}) and the read log per dossier and per user.
 */
@RestController
class PrivacyApiController {

    static final int MAX_LOG_ENTRIES = 1000;
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Erasure erasure;
    private final Inzage inzage;
    private final ReadLog readLog;
    private final DossierService dossiers;
    private final Clock clock;

    PrivacyApiController(Erasure erasure, Inzage inzage, ReadLog readLog, DossierService dossiers, Clock clock) {
        this.erasure = erasure;
        this.inzage = inzage;
        this.readLog = readLog;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @PostMapping("/api/dossiers/{id}/wissen")
    Map<String, String> erase(@PathVariable UUID id, @Valid @RequestBody PrivacyRequests.Erasure request) {
        int erased = erasure.erase(user(), id, request);
        return Map.of("bericht", erased == 0 ? "De gegevens waren al gewist."
                : "De persoonsgegevens zijn gewist (" + erased + (erased == 1 ? " dossier)." : " dossiers)."));
    }

    @GetMapping("/api/dossiers/{id}/inzage")
    Map<String, Object> inzage(@PathVariable UUID id) {
        return inzage.export(user(), id, "GET /api/dossiers/{id}/inzage");
    }

    @GetMapping("/api/dossiers/{id}/leeslog")
    List<ReadLog.Entry> readsOfDossier(@PathVariable UUID id) {
        PrivacyAccess.requireOfficerFor(user(), id, dossiers);
        return readLog.ofDossier(id);
    }

    /** What one staff member looked at in a period (default: the last 30 days), in the officer's regions. */
    @GetMapping("/api/leeslog")
    List<ReadLog.Entry> readsOfUser(@RequestParam(required = false) String gebruiker,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot) {
        KetenregieUser user = user();
        PrivacyAccess.requireOfficer(user);
        if (gebruiker == null || gebruiker.isBlank() || gebruiker.length() > 100) {
            throw new InvalidRequestException("gebruiker", "Geef de gebruikersnaam van de medewerker (hoogstens 100 tekens).");
        }
        Instant until = tot == null ? clock.instant() : tot.plusDays(1).atStartOfDay(ZONE).toInstant();
        Instant from = van == null ? until.minus(Duration.ofDays(30)) : van.atStartOfDay(ZONE).toInstant();
        if (!from.isBefore(until)) {
            throw new InvalidRequestException("van", "De begindatum ligt voor de einddatum.");
        }
        return readLog.ofUser(gebruiker.strip(), from, until, user.regions(), MAX_LOG_ENTRIES);
    }

    static KetenregieUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    }
}
