package nl.onderwijsregio.ketenregie.dossier;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Dossiers for staff, within their region and organisation. Management gets no personal data here. */
@RestController
@RequestMapping("/api/dossiers")
class DossierApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final DossierQueries queries;
    private final OrganisationService organisations;
    private final ReadLog readLog;

    DossierApiController(DossierQueries queries, OrganisationService organisations, ReadLog readLog) {
        this.queries = queries;
        this.organisations = organisations;
        this.readLog = readLog;
    }

    @GetMapping
    DossierJson.Page list(@RequestParam(required = false) String q, @RequestParam(required = false) Stage fase,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        KetenregieUser user = CurrentUser.caseWorker();
        if (page < 0) {
            throw new InvalidRequestException("page", "De paginanummering begint bij 0.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size", "Het aantal per pagina ligt tussen 1 en " + MAX_PAGE_SIZE + ".");
        }
        if (q != null && q.length() > 200) {
            throw new InvalidRequestException("q", "De zoektekst mag hoogstens 200 tekens lang zijn.");
        }
        DossierQueries.WorkListOrder order = order(sort);
        Page<Dossier> result = queries.search(user, q, fase, order, page, size);
        Map<String, String> bestuurNames = organisations.bestuurNames();
        Map<String, String> schoolNames = organisations.schoolNames();
        readLog.record(user.userId(), result.getContent().stream().map(Dossier::getId).toList(), "GET /api/dossiers",
                ReadLog.Purpose.ZOEKEN);
        return new DossierJson.Page(
                result.getContent().stream().map(d -> DossierJson.Summary.of(d, bestuurNames, schoolNames)).toList(),
                result.getTotalElements(), page, size);
    }

    /** {@code nieuwste} (default: newest registration first) or {@code termijn} (earliest open deadline first). */
    private static DossierQueries.WorkListOrder order(String sort) {
        if (sort == null || sort.equals("nieuwste")) {
            return DossierQueries.WorkListOrder.NIEUWSTE;
        }
        if (sort.equals("termijn")) {
            return DossierQueries.WorkListOrder.TERMIJN;
        }
        throw new InvalidRequestException("sort", "Sorteer op 'nieuwste' of 'termijn'.");
    }

    @GetMapping("/{id}")
    DossierJson.Detail get(@PathVariable UUID id) {
        KetenregieUser user = CurrentUser.caseWorker();
        Dossier dossier = queries.find(user, id)
                .orElseThrow(() -> new ResourceNotFoundException("Dossier niet gevonden."));
        readLog.record(user.userId(), List.of(id), "GET /api/dossiers/{id}", ReadLog.Purpose.DOSSIERBEHEER);
        return DossierJson.Detail.of(dossier, organisations.bestuurNames(), organisations.schoolNames(),
                queries.timeline(id), queries.notes(id));
    }
}
