package nl.onderwijsregio.ketenregie.langstudeerders;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.Lerarenopleiding;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The work list {@code /langstudeerders} (filters in the URL: institute, programme, sector, obstacle, on track,
 * status or outcome) and the case page {@code /langstudeerders/{id}} (plan, credits over time, check-ins,
 * timeline, open task). Access exactly as the API: no scope is 403, a student outside it 404.
 */
@Controller
class LangstudeerderPageController {

    static final int PAGE_SIZE = 50;

    /** An open task of the case, with its link into Tasklist. */
    record OpenTask(String id, String naam, java.time.Instant termijn) {
    }

    private final LangstudeerderQueries queries;
    private final OrganisationService organisations;
    private final TaskService taskService;

    LangstudeerderPageController(LangstudeerderQueries queries, OrganisationService organisations,
            TaskService taskService) {
        this.queries = queries;
        this.organisations = organisations;
        this.taskService = taskService;
    }

    @GetMapping("/langstudeerders")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String lerarenopleiding, @RequestParam(required = false) String opleiding,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String belemmering,
            @RequestParam(required = false) String opKoers, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int pagina, Model model) {
        KetenregieUser user = user();
        LangstudeerderQueries.Filters filters = new LangstudeerderQueries.Filters(blankToNull(lerarenopleiding), opleiding,
                choice(Sector.class, sector), choice(Obstacle.class, belemmering),
                "ja".equals(opKoers) ? Boolean.TRUE : "nee".equals(opKoers) ? Boolean.FALSE : null,
                choice(LangstudeerderStatus.class, status), q);
        model.addAttribute("pagina", queries.list(user, filters, Math.max(0, pagina), PAGE_SIZE));
        model.addAttribute("filters", filters);
        model.addAttribute("gekozenOpKoers", opKoers);
        model.addAttribute("opleidingen", opleidingNames());
        model.addAttribute("sectoren", Sector.values());
        model.addAttribute("belemmeringen", Obstacle.values());
        model.addAttribute("statussen", LangstudeerderStatus.values());
        model.addAttribute("magImporteren", LangstudeerderAccess.mayImport(user));
        return "langstudeerders/lijst";
    }

    @GetMapping("/langstudeerders/{id:[0-9a-fA-F-]{36}}")
    String show(@PathVariable UUID id, Model model) {
        KetenregieUser user = user();
        LangstudeerderJson.Detail student;
        try {
            student = queries.detail(user, id);
        } catch (ResourceNotFoundException notVisible) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, notVisible.getMessage());
        }
        model.addAttribute("s", student);
        model.addAttribute("grafiek", CreditsChart.of(student.checkins(), student.ecTotaal()));
        model.addAttribute("opleidingNaam", opleidingNames().getOrDefault(student.lerarenopleiding(), student.lerarenopleiding()));
        model.addAttribute("schoolNaam", student.school() == null ? null
                : organisations.schoolNames().getOrDefault(student.school(), student.school()));
        model.addAttribute("openTaken", taskService.createTaskQuery().processDefinitionKey(LangstudeerderProcess.PROCESS_KEY)
                .processInstanceBusinessKey(id.toString()).tenantIdIn(student.regio()).list().stream()
                .map(t -> new OpenTask(t.getId(), t.getName(), t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList());
        return "langstudeerders/langstudeerder";
    }

    private Map<String, String> opleidingNames() {
        return organisations.opleidingen().stream()
                .collect(Collectors.toMap(Lerarenopleiding::getCode, Lerarenopleiding::getName, (a, b) -> a));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static KetenregieUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    }

}
