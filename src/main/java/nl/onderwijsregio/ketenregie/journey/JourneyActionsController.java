package nl.onderwijsregio.ketenregie.journey;

import nl.onderwijsregio.ketenregie.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Dropout and warm handover of a running dossier, by a ketenregisseur of its region. */
@RestController
class JourneyActionsController {

    private final DossierQueries queries;
    private final JourneyCommands commands;
    private final HandoverTarget handoverTarget;

    JourneyActionsController(DossierQueries queries, JourneyCommands commands, HandoverTarget handoverTarget) {
        this.queries = queries;
        this.commands = commands;
        this.handoverTarget = handoverTarget;
    }

    record DropoutRequest(
            @NotNull(message = "Kies een reden van uitval.") DropoutReason reden,
            @NotNull(message = "Geef aan of de uitval te voorkomen was.") Boolean onnodig,
            @Size(max = 2000, message = "De toelichting mag hoogstens 2000 tekens lang zijn.")
            @Pattern(regexp = "^[^<>]*$", message = "Gebruik in de toelichting gewone tekst, zonder < of >.")
            String toelichting) {
    }

    record HandoverRequest(
            @NotBlank(message = "Kies de onderwijsregio waaraan je overdraagt.") String naarRegio,
            @Size(max = 2000, message = "De toelichting mag hoogstens 2000 tekens lang zijn.")
            @Pattern(regexp = "^[^<>]*$", message = "Gebruik in de toelichting gewone tekst, zonder < of >.")
            String toelichting) {
    }

    @PostMapping("/api/dossiers/{id}/uitval")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> dropout(@PathVariable UUID id, @Valid @RequestBody DropoutRequest request) {
        KetenregieUser user = runningDossierOfOwnRegion(id);
        commands.candidateStops(id, request.reden(), request.onnodig(), Text.blankToNull(request.toelichting()), user.userId());
        return Map.of("bericht", "De uitval is geregistreerd.");
    }

    @PostMapping("/api/dossiers/{id}/overdracht")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> handOver(@PathVariable UUID id, @Valid @RequestBody HandoverRequest request) {
        KetenregieUser user = runningDossierOfOwnRegion(id);
        Dossier dossier = queries.find(user, id).orElseThrow();
        String problem = handoverTarget.problem(id, dossier.getRegionCode(), request.naarRegio());
        if (problem != null) {
            throw new InvalidRequestException("naarRegio", problem);
        }
        commands.handOver(id, request.naarRegio(), Text.blankToNull(request.toelichting()), user.userId());
        return Map.of("bericht", "Het dossier is warm overgedragen.");
    }

    /** Only the region's ketenregisseurs act on a case; out-of-scope ids look like unknown ones. */
    private KetenregieUser runningDossierOfOwnRegion(UUID id) {
        KetenregieUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
        Dossier dossier = queries.find(user, id).orElseThrow(() -> new ResourceNotFoundException("Dossier niet gevonden."));
        if (!user.isKetenregisseur()) {
            throw new AccessDeniedException("Alleen de ketenregisseur registreert uitval of overdracht.");
        }
        if (!dossier.isOpen()) {
            throw new InvalidRequestException("id", "Dit traject loopt niet meer.");
        }
        return user;
    }
}
