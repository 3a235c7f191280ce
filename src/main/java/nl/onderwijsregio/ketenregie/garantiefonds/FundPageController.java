package nl.onderwijsregio.ketenregie.garantiefonds;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.Region;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The garantiefonds pages: the committee's work list {@code /garantiefonds}, one application with its
 * decision trail {@code /garantiefonds/{id}}, and the budget {@code /garantiefonds/budget}. Access exactly
 * as the API ({@link FundAccess}): the list is for users with a scope (403 otherwise), an application
 * outside the scope answers 404, the budget is for {@link FundAccess#canSeeBudget}, and only an
 * administrator sets it.
 */
@Controller
class FundPageController {

    static final int PAGE_SIZE = 50;

    private final FundFile file;
    private final FundQueries queries;
    private final FundPeriod period;
    private final FundSettings settings;
    private final OrganisationService organisations;

    FundPageController(FundFile file, FundQueries queries, FundPeriod period, FundSettings settings,
            OrganisationService organisations) {
        this.file = file;
        this.queries = queries;
        this.period = period;
        this.settings = settings;
        this.organisations = organisations;
    }

    @GetMapping("/garantiefonds")
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int pagina, Model model) {
        KetenregieUser user = user();
        FundStatus filter = Arrays.stream(FundStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        if (status != null && !status.isBlank() && filter == null) {
            model.addAttribute("melding", "Onbekende status genegeerd.");
        }
        model.addAttribute("werklijst", file.workList(user, filter, Math.max(0, pagina), PAGE_SIZE));
        model.addAttribute("statussen", FundStatus.values());
        model.addAttribute("gekozenStatus", filter);
        model.addAttribute("dossierLinks", user.worksOnCases());
        return "garantiefonds/lijst";
    }

    @GetMapping("/garantiefonds/{id:[0-9a-fA-F-]{36}}")
    String show(@PathVariable UUID id, Model model) {
        KetenregieUser user = user();
        try {
            model.addAttribute("zaak", file.detail(user, id));
        } catch (ResourceNotFoundException notVisible) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, notVisible.getMessage());
        }
        model.addAttribute("dossierLink", user.worksOnCases());
        return "garantiefonds/aanvraag";
    }

    @GetMapping("/garantiefonds/budget")
    String budget(@RequestParam(required = false) String regio, @RequestParam(required = false) Integer jaar,
            Model model, HttpServletResponse response) {
        KetenregieUser user = user();
        model.addAttribute("budgetForm", new FundRequests.Budget(null));
        return budgetPage(user, regio, jaar, model, response);
    }

    @PostMapping("/garantiefonds/budget")
    String setBudget(@RequestParam(required = false) String regio, @RequestParam(required = false) Integer jaar,
            @Valid @ModelAttribute("budgetForm") FundRequests.Budget form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        KetenregieUser user = user();
        if (!user.groups().contains(Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException("Alleen een beheerder stelt het budget van het garantiefonds vast.");
        }
        if (!errors.hasErrors()) {
            try {
                String region = period.region(regio);
                int year = period.year(jaar);
                queries.setBudget(user, region, year, form);
                redirect.addFlashAttribute("melding", "Het budget is vastgesteld.");
                return "redirect:/garantiefonds/budget?regio=" + region + "&jaar=" + year;
            } catch (InvalidRequestException refused) {
                if ("budget".equals(refused.field())) {
                    errors.rejectValue("budget", "geweigerd", refused.getMessage());
                } else {
                    errors.reject("geweigerd", refused.getMessage());
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("formulierFout", true);
        model.addAttribute("actieFouten", errors.getGlobalErrors().stream()
                .map(org.springframework.validation.ObjectError::getDefaultMessage).toList());
        return budgetPage(user, regio, jaar, model, response);
    }

    private String budgetPage(KetenregieUser user, String regio, Integer jaar, Model model,
            HttpServletResponse response) {
        boolean admin = user.groups().contains(Groups.CAMUNDA_ADMIN);
        List<Region> regions = organisations.regions().stream()
                .filter(r -> admin || user.regions().contains(r.getCode())).toList();
        model.addAttribute("regios", regions);
        model.addAttribute("magVaststellen", admin);
        String region = regio != null && !regio.isBlank() ? regio : regions.stream().map(Region::getCode)
                .filter(code -> settings.region(code).isPresent()).findFirst()
                .orElse(regions.isEmpty() ? null : regions.get(0).getCode());
        int year;
        try {
            region = period.region(region);
            year = period.year(jaar);
        } catch (InvalidRequestException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("filterFout", refused.getMessage());
            model.addAttribute("gekozenRegio", region);
            model.addAttribute("gekozenJaar", jaar);
            return "garantiefonds/budget";
        }
        model.addAttribute("gekozenRegio", region);
        model.addAttribute("gekozenJaar", year);
        model.addAttribute("stand", queries.budget(user, region, year));
        model.addAttribute("regioNaam", organisations.region(region).map(Region::getName).orElse(region));
        model.addAttribute("heeftFonds", settings.region(region).isPresent());
        return "garantiefonds/budget";
    }

    private static KetenregieUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    }
}
