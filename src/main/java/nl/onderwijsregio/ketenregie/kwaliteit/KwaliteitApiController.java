package nl.onderwijsregio.ketenregie.kwaliteit;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The quality cycles over the API: partnerships, monitor rounds, peer reviews with panel and actions. */
@RestController
class KwaliteitApiController {

    private final CycleActions actions;
    private final KwaliteitQueries queries;

    KwaliteitApiController(CycleActions actions, KwaliteitQueries queries) {
        this.actions = actions;
        this.queries = queries;
    }

    @GetMapping("/api/kwaliteit/partnerschappen")
    KwaliteitJson.PartnershipPage partnerships() {
        return queries.partnerships(user());
    }

    @PutMapping("/api/kwaliteit/partnerschappen/{code}")
    KwaliteitJson.PartnershipSummary savePartnership(@PathVariable String code,
            @Valid @RequestBody KwaliteitRequests.Partnership request) {
        return KwaliteitJson.PartnershipSummary.of(actions.savePartnership(user(), code, request));
    }

    @PostMapping("/api/kwaliteit/monitorrondes")
    @ResponseStatus(HttpStatus.CREATED)
    KwaliteitJson.Created startRound(@Valid @RequestBody KwaliteitRequests.Round request) {
        return new KwaliteitJson.Created(actions.startRound(user(), request));
    }

    @GetMapping("/api/kwaliteit/monitorrondes/{id}")
    KwaliteitJson.RoundDetail round(@PathVariable UUID id) {
        return queries.round(user(), id);
    }

    @PostMapping("/api/kwaliteit/peerreviews")
    @ResponseStatus(HttpStatus.CREATED)
    KwaliteitJson.Created startReview(@Valid @RequestBody KwaliteitRequests.Review request) {
        return new KwaliteitJson.Created(actions.startReview(user(), request));
    }

    @GetMapping("/api/kwaliteit/peerreviews/{id}")
    KwaliteitJson.ReviewDetail review(@PathVariable UUID id) {
        return queries.review(user(), id);
    }

    @PostMapping("/api/kwaliteit/peerreviews/{id}/panel")
    @ResponseStatus(HttpStatus.CREATED)
    KwaliteitJson.Created addPanelMember(@PathVariable UUID id, @Valid @RequestBody KwaliteitRequests.PanelMember request) {
        return new KwaliteitJson.Created(actions.addPanelMember(user(), id, request));
    }

    @PostMapping("/api/kwaliteit/peerreviews/{id}/verbeteracties")
    @ResponseStatus(HttpStatus.CREATED)
    KwaliteitJson.Created addAction(@PathVariable UUID id, @Valid @RequestBody KwaliteitRequests.Action request) {
        return new KwaliteitJson.Created(actions.addAction(user(), id, request));
    }

    private static KetenregieUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    }
}
