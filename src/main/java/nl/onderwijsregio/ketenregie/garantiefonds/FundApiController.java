package nl.onderwijsregio.ketenregie.garantiefonds;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The garantiefonds over the API: applications, their history and ledger, the budget. */
@RestController
class FundApiController {

    private final FundActions actions;
    private final FundQueries queries;
    private final FundPeriod period;

    FundApiController(FundActions actions, FundQueries queries, FundPeriod period) {
        this.actions = actions;
        this.queries = queries;
        this.period = period;
    }

    @PostMapping("/api/dossiers/{id}/garantiefonds")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> apply(@PathVariable UUID id, @Valid @RequestBody FundRequests.Application request) {
        return Map.of("id", actions.apply(CurrentUser.caseWorker(), id, request));
    }

    @GetMapping("/api/garantiefonds")
    FundJson.Page list(@RequestParam(required = false) FundStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidRequestException("size", "Kies een pagina vanaf 0 en een paginagrootte van 1 tot en met 100.");
        }
        return queries.list(user(), status, page, size);
    }

    @GetMapping("/api/garantiefonds/{id}")
    FundJson.Detail get(@PathVariable UUID id) {
        return queries.detail(user(), id);
    }

    @GetMapping("/api/garantiefonds/budget")
    FundBudget.Balance budget(@RequestParam String regio, @RequestParam(required = false) Integer jaar) {
        return queries.budget(user(), region(regio), year(jaar));
    }

    @PutMapping("/api/garantiefonds/budget")
    FundBudget.Balance setBudget(@RequestParam String regio, @RequestParam(required = false) Integer jaar,
            @Valid @RequestBody FundRequests.Budget request) {
        return queries.setBudget(user(), region(regio), year(jaar), request);
    }

    private String region(String code) {
        return period.region(code);
    }

    private int year(Integer year) {
        return period.year(year);
    }

    private static KetenregieUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    }
}
