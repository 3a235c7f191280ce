package nl.onderwijsregio.ketenregie.casework;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The case actions of {@link CaseActions} over the API: {@code /api/dossiers/{id}/...}. */
@RestController
@RequestMapping("/api/dossiers/{id}")
class CaseActionsApiController {

    private final CaseActions actions;

    CaseActionsApiController(CaseActions actions) {
        this.actions = actions;
    }

    @PostMapping("/uitval")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> dropout(@PathVariable UUID id, @Valid @RequestBody CaseRequests.Dropout request) {
        actions.registerDropout(CurrentUser.caseWorker(), id, request);
        return Map.of("bericht", "De uitval is geregistreerd.");
    }

    @PostMapping("/overdracht")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> handOver(@PathVariable UUID id, @Valid @RequestBody CaseRequests.Handover request) {
        actions.handOver(CurrentUser.caseWorker(), id, request);
        return Map.of("bericht", "Het dossier is warm overgedragen.");
    }

    @PostMapping("/notities")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> addNote(@PathVariable UUID id, @Valid @RequestBody CaseRequests.Note request) {
        actions.addNote(CurrentUser.caseWorker(), id, request);
        return Map.of("bericht", "De notitie is toegevoegd.");
    }

    @PutMapping("/gegevens")
    Map<String, String> correctDetails(@PathVariable UUID id, @Valid @RequestBody CaseRequests.Correction request) {
        boolean changed = actions.correctDetails(CurrentUser.caseWorker(), id, request);
        return Map.of("bericht", changed ? "De gegevens zijn gewijzigd; de wijziging staat in de tijdlijn."
                : "Er was niets gewijzigd.");
    }
}
