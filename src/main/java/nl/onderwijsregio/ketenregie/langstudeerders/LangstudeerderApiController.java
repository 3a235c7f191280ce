package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The langstudeerders over the API: the list with the work list's filters, and one student's case. */
@RestController
class LangstudeerderApiController {

    private final LangstudeerderQueries queries;

    LangstudeerderApiController(LangstudeerderQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/langstudeerders")
    LangstudeerderJson.Page list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String lerarenopleiding,
            @RequestParam(required = false) String opleiding, @RequestParam(required = false) Sector sector,
            @RequestParam(required = false) Obstacle belemmering, @RequestParam(required = false) Boolean opKoers,
            @RequestParam(required = false) LangstudeerderStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidRequestException("size", "Kies een pagina vanaf 0 en een paginagrootte van 1 tot en met 100.");
        }
        return queries.list(user(), new LangstudeerderQueries.Filters(lerarenopleiding, opleiding, sector, belemmering,
                opKoers, status, q), page, size);
    }

    @GetMapping("/api/langstudeerders/{id}")
    LangstudeerderJson.Detail get(@PathVariable UUID id) {
        return queries.detail(user(), id);
    }

    private static KetenregieUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    }
}
