package nl.onderwijsregio.ketenregie.kwaliteit;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.web.ConflictException;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quality pages: {@code /kwaliteit} (per region the heat map of the latest round with its trend,
 * improvement actions, rounds and peer reviews: the werkgroep kwaliteit and management), a round
 * {@code /kwaliteit/monitorrondes/{id}} (a coordinator sees only its own self-evaluation), a review
 * {@code /kwaliteit/peerreviews/{id}} with its printable report {@code .../rapport} (also for its guest
 * reviewers). The werkgroep starts rounds and reviews and adds panel members and actions here, through
 * the same service and rules as the API.
 */
@Controller
class KwaliteitPageController {

    private final KwaliteitQueries queries;
    private final CycleActions actions;
    private final OrganisationService organisations;

    KwaliteitPageController(KwaliteitQueries queries, CycleActions actions, OrganisationService organisations) {
        this.queries = queries;
        this.actions = actions;
        this.organisations = organisations;
    }

    @GetMapping("/kwaliteit")
    String overview(Model model) {
        KetenregieUser user = user();
        List<KwaliteitQueries.Overview> regions = organisations.regions().stream()
                .map(region -> queries.overview(user, region.getCode())).flatMap(java.util.Optional::stream).toList();
        if (regions.isEmpty()) {
            throw new AccessDeniedException("Het kwaliteitsoverzicht is voor de werkgroep kwaliteit en het management.");
        }
        model.addAttribute("regios", regions);
        return "kwaliteit/overzicht";
    }

    @PostMapping("/kwaliteit/monitorrondes")
    String startRound(@Valid @ModelAttribute KwaliteitRequests.Round form, BindingResult errors,
            RedirectAttributes redirect) {
        return act(errors, redirect, "/kwaliteit", () -> "/kwaliteit/monitorrondes/" + actions.startRound(user(), form));
    }

    @PostMapping("/kwaliteit/peerreviews")
    String startReview(@Valid @ModelAttribute KwaliteitRequests.Review form, BindingResult errors,
            RedirectAttributes redirect) {
        return act(errors, redirect, "/kwaliteit", () -> "/kwaliteit/peerreviews/" + actions.startReview(user(), form));
    }

    @GetMapping("/kwaliteit/monitorrondes/{id:[0-9a-fA-F-]{36}}")
    String round(@PathVariable UUID id, Model model) {
        model.addAttribute("ronde", visible(() -> queries.round(user(), id)));
        return "kwaliteit/ronde";
    }

    @GetMapping("/kwaliteit/peerreviews/{id:[0-9a-fA-F-]{36}}")
    String review(@PathVariable UUID id, Model model) {
        KetenregieUser user = user();
        KwaliteitJson.ReviewDetail review = visible(() -> queries.review(user, id));
        model.addAttribute("review", review);
        model.addAttribute("standaarden", queries.standards(review.kaderversie()));
        model.addAttribute("partnerschappen", organisations.partnerships(review.regio()));
        model.addAttribute("magWijzigen", KwaliteitAccess.runs(user, review.regio()));
        model.addAttribute("rollen", PanelMember.Role.values());
        model.addAttribute("herkomsten", PanelMember.Origin.values());
        return "kwaliteit/peerreview";
    }

    @GetMapping("/kwaliteit/peerreviews/{id:[0-9a-fA-F-]{36}}/rapport")
    String report(@PathVariable UUID id, Model model) {
        KetenregieUser user = user();
        KwaliteitJson.ReviewDetail review = visible(() -> queries.review(user, id));
        model.addAttribute("review", review);
        model.addAttribute("regioNaam", organisations.region(review.regio()).map(r -> r.getName()).orElse(review.regio()));
        model.addAttribute("ronde", review.rondeId() == null ? null : queries.round(user, review.rondeId()));
        return "kwaliteit/rapport";
    }

    @PostMapping("/kwaliteit/peerreviews/{id:[0-9a-fA-F-]{36}}/panel")
    String addPanelMember(@PathVariable UUID id, @Valid @ModelAttribute KwaliteitRequests.PanelMember form,
            BindingResult errors, RedirectAttributes redirect) {
        String page = "/kwaliteit/peerreviews/" + id;
        return act(errors, redirect, page, () -> {
            actions.addPanelMember(user(), id, form);
            redirect.addFlashAttribute("melding", "Het panellid is toegevoegd.");
            return page;
        });
    }

    @PostMapping("/kwaliteit/peerreviews/{id:[0-9a-fA-F-]{36}}/verbeteracties")
    String addAction(@PathVariable UUID id, @Valid @ModelAttribute KwaliteitRequests.Action form, BindingResult errors,
            RedirectAttributes redirect) {
        String page = "/kwaliteit/peerreviews/" + id;
        return act(errors, redirect, page, () -> {
            actions.addAction(user(), id, form);
            redirect.addFlashAttribute("melding", "De verbeteractie is vastgelegd.");
            return page;
        });
    }

    /** The administrator's list of partnerships with a form to add or replace one. */
    @GetMapping("/kwaliteit/partnerschappen")
    String partnerships(Model model) {
        if (!KwaliteitAccess.administers(user())) {
            throw new AccessDeniedException("Alleen een beheerder onderhoudt de partnerschappen.");
        }
        model.addAttribute("partnerschappen", organisations.partnerships(null));
        model.addAttribute("regios", organisations.regions());
        model.addAttribute("scholen", organisations.schools());
        model.addAttribute("opleidingen", organisations.opleidingen());
        model.addAttribute("sectoren", nl.onderwijsregio.ketenregie.organisation.Sector.values());
        return "kwaliteit/partnerschappen";
    }

    @PostMapping("/kwaliteit/partnerschappen")
    String savePartnership(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String code,
            @Valid @ModelAttribute KwaliteitRequests.Partnership form, BindingResult errors, RedirectAttributes redirect) {
        String page = "/kwaliteit/partnerschappen";
        return act(errors, redirect, page, () -> {
            actions.savePartnership(user(), code.trim(), form);
            redirect.addFlashAttribute("melding", "Het partnerschap is vastgelegd.");
            return page;
        });
    }

    /** Runs a page action; bad input or a refusal returns to {@code back} with the Dutch messages, storing nothing. */
    private String act(BindingResult errors, RedirectAttributes redirect, String back, Supplier<String> action) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("fouten", errors.getFieldErrors().stream()
                    .map(error -> error.getDefaultMessage()).distinct().toList());
            return "redirect:" + back;
        }
        try {
            return "redirect:" + action.get();
        } catch (InvalidRequestException | ConflictException refused) {
            redirect.addFlashAttribute("fouten", List.of(refused.getMessage()));
            return "redirect:" + back;
        }
    }

    private static <T> T visible(Supplier<T> read) {
        try {
            return read.get();
        } catch (ResourceNotFoundException notVisible) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, notVisible.getMessage());
        }
    }

    private static KetenregieUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    }
}
