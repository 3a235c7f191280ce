package nl.onderwijsregio.ketenregie.workspace;

import jakarta.servlet.http.HttpServletRequest;
import nl.onderwijsregio.ketenregie.casework.TaskAssignment;
import nl.onderwijsregio.ketenregie.casework.TaskCompletion;
import nl.onderwijsregio.ketenregie.identity.CamundaIdentity;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.onderwijsregio.ketenregie.casework.CaseActions;
import nl.onderwijsregio.ketenregie.casework.CaseRequests;
import nl.onderwijsregio.ketenregie.dossier.DossierStatus;
import nl.onderwijsregio.ketenregie.dossier.Route;
import nl.onderwijsregio.ketenregie.dossier.ReadLog;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.garantiefonds.FundActions;
import nl.onderwijsregio.ketenregie.garantiefonds.FundRequests;
import nl.onderwijsregio.ketenregie.garantiefonds.FundSettings;
import nl.onderwijsregio.ketenregie.garantiefonds.Motivation;
import nl.onderwijsregio.ketenregie.garantiefonds.RiskType;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.Region;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.web.ConflictException;
import nl.onderwijsregio.ketenregie.web.InvalidRequestException;
import nl.onderwijsregio.ketenregie.web.RefusedRequestException;
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
 * The case worker's pages: the work list ({@code /dossiers}) and the dossier ({@code /dossiers/{id}})
 * with notes, corrections, dropout and warm handover. Only case workers (ketenregisseur, or someone with
 * a school, bestuur or institute) get here; management gets 403 (also in SecurityConfig). A dossier
 * outside the user's scope answers 404, like an unknown one. Actions only a ketenregisseur may take are
 * absent from the page for others and refused here.
 */
@Controller
class WorkspaceController {

    private final WorkList workList;
    private final CaseFile caseFile;
    private final CaseActions actions;
    private final OrganisationService organisations;
    private final FundActions fund;
    private final FundSettings fundSettings;
    private final TaskAssignment assignment;
    private final TaskCompletion completion;
    private final ReadLog readLog;
    private final SavedViews savedViews;

    WorkspaceController(WorkList workList, CaseFile caseFile, CaseActions actions, OrganisationService organisations,
            FundActions fund, FundSettings fundSettings, TaskAssignment assignment, TaskCompletion completion,
            ReadLog readLog, SavedViews savedViews) {
        this.savedViews = savedViews;
        this.assignment = assignment;
        this.completion = completion;
        this.readLog = readLog;
        this.workList = workList;
        this.caseFile = caseFile;
        this.actions = actions;
        this.organisations = organisations;
        this.fund = fund;
        this.fundSettings = fundSettings;
    }

    @GetMapping("/dossiers")
    String list(@ModelAttribute("filter") WorkList.Criteria criteria, Model model, HttpServletRequest request) {
        KetenregieUser user = CurrentUser.caseWorker();
        model.addAttribute("terug", request.getQueryString() == null ? "/dossiers"
                : "/dossiers?" + request.getQueryString());
        model.addAttribute("collegas", colleagues(user));
        WorkList.Screen screen = workList.screen(user, criteria);
        readLog.record(user.userId(), screen.werklijst().rows().stream().map(row -> row.dossier().getId()).toList(),
                "/dossiers", ReadLog.Purpose.ZOEKEN);
        model.addAttribute("werklijst", screen.werklijst());
        model.addAttribute("opties", screen.opties());
        model.addAttribute("eigenWeergaven", savedViews.own(user));
        model.addAttribute("fasen", Stage.values());
        model.addAttribute("sectoren", Sector.values());
        model.addAttribute("routes", Route.values());
        model.addAttribute("statussen", DossierStatus.values());
        return "workspace/dossiers";
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String soort,
            @RequestParam(required = false) String taak, Model model) {
        KetenregieUser user = CurrentUser.caseWorker();
        Optional<CaseFile.Kind> kind = CaseFile.Kind.of(soort);
        CaseFile.View view = caseFile.show(user, id, kind).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Dossier niet gevonden."));
        model.addAttribute("soort", kind.orElse(null));
        model.addAttribute("soortOngeldig", soort != null && !soort.isBlank() && kind.isEmpty());
        emptyForms(model, view);
        if (taak != null) {
            try {
                model.addAttribute("taakformulier", completion.open(user, id, taak));
            } catch (InvalidRequestException | ConflictException | RefusedRequestException notHere) {
                // The page itself is fine; only the form is not to be had (here).
                model.addAttribute("taakformulierFout", notHere.getMessage());
            }
        }
        return page(user, view, model);
    }

    /**
     * "Complete my task here": the task's Camunda Form, filled in on the dossier page, in Tasklist's
     * submit-form shape ({@code variabelen}, JSON). Done: back to the dossier with a notice. Refused: the page
     * again with the Dutch reason above the form, which keeps what was filled in (400; 409 when someone else
     * was first; 403 when the task is not the user's to do).
     */
    @PostMapping("/dossiers/{id}/taken/{taakId}")
    String completeTask(@PathVariable UUID id, @PathVariable String taakId,
            @RequestParam(required = false) String variabelen, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        KetenregieUser user = CurrentUser.caseWorker();
        view(user, id); // a dossier out of scope is 404 before anything else
        try {
            String name = completion.complete(user, id, taakId, variabelen == null ? "" : variabelen);
            redirect.addFlashAttribute("melding", "De taak '" + name + "' is afgerond.");
            return "redirect:/dossiers/" + id;
        } catch (InvalidRequestException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("taakformulierFout", refused.getMessage());
            model.addAttribute("taakformulierIngevuld", variabelen);
            reopen(user, id, taakId, model);
        } catch (ConflictException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("taakformulierFout", conflict.getMessage());
        }
        CaseFile.View now = view(user, id);
        emptyForms(model, now);
        return page(user, now, model);
    }

    /** The form again after a refusal, if the task is still there to do. */
    private void reopen(KetenregieUser user, UUID id, String taakId, Model model) {
        try {
            model.addAttribute("taakformulier", completion.open(user, id, taakId));
        } catch (InvalidRequestException | ConflictException | RefusedRequestException gone) {
            model.addAttribute("taakformulierFout", gone.getMessage());
        }
    }

    @PostMapping("/dossiers/{id}/notities")
    String addNote(@PathVariable UUID id, @Valid @ModelAttribute("notitie") CaseRequests.Note form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, errors, model, redirect, response, "De notitie is toegevoegd.",
                user -> actions.addNote(user, id, form));
    }

    @PostMapping("/dossiers/{id}/gegevens")
    String correct(@PathVariable UUID id, @Valid @ModelAttribute("gegevens") CaseRequests.Correction form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        boolean[] changed = new boolean[1];
        String done = act(id, errors, model, redirect, response, null,
                user -> changed[0] = actions.correctDetails(user, id, form));
        if (!errors.hasErrors()) {
            redirect.addFlashAttribute("melding", changed[0]
                    ? "De gegevens zijn gewijzigd; de wijziging staat in de tijdlijn." : "Er was niets gewijzigd.");
        }
        return done;
    }

    @PostMapping("/dossiers/{id}/uitval")
    String dropout(@PathVariable UUID id, @Valid @ModelAttribute("uitval") CaseRequests.Dropout form,
            BindingResult errors, @RequestParam(required = false) String bevestigd, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        confirmed(bevestigd, errors);
        return act(id, errors, model, redirect, response, "De uitval is geregistreerd.",
                user -> actions.registerDropout(user, id, form));
    }

    @PostMapping("/dossiers/{id}/overdracht")
    String handOver(@PathVariable UUID id, @Valid @ModelAttribute("overdracht") CaseRequests.Handover form,
            BindingResult errors, @RequestParam(required = false) String bevestigd, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        confirmed(bevestigd, errors);
        return act(id, errors, model, redirect, response, "Het dossier is warm overgedragen.",
                user -> actions.handOver(user, id, form));
    }

    /** An application to the garantiefonds from the dossier page, through the same service as the API. */
    @PostMapping("/dossiers/{id}/garantiefonds")
    String applyForGuarantee(@PathVariable UUID id,
            @Valid @ModelAttribute("garantieAanvraag") FundRequests.Application form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        KetenregieUser user = CurrentUser.caseWorker();
        if (errors.hasErrors()) {
            CaseFile.View view = view(user, id);
            if (!fund.mayApply(user, view.dossier())) {
                throw new AccessDeniedException(
                        "Alleen de ketenregisseur van de regio of HR van het gematchte bestuur vraagt een garantie aan.");
            }
            return invalid(user, view, model, response, errors, HttpStatus.BAD_REQUEST);
        }
        return act(id, errors, model, redirect, response, "De garantiefondsaanvraag is ingediend.",
                u -> fund.apply(u, id, form));
    }

    /**
     * Runs a case action for the dossier page: a refusal by {@link CaseActions} shows on the page next to
     * its field (400 or 409), like a field error; access refusals (403, 404) go to the error page.
     */
    private String act(UUID id, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String done, Consumer<KetenregieUser> action) {
        KetenregieUser user = CurrentUser.caseWorker();
        CaseFile.View view = view(user, id);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (!errors.hasErrors()) {
            try {
                action.accept(user);
                if (done != null) {
                    redirect.addFlashAttribute("melding", done);
                }
                return "redirect:/dossiers/" + id;
            } catch (InvalidRequestException refused) {
                reject(errors, refused.field(), refused.getMessage());
            } catch (ConflictException refused) {
                reject(errors, refused.field(), refused.getMessage());
                status = HttpStatus.CONFLICT;
            }
        } else if (!user.isKetenregisseur() && !(errors.getTarget() instanceof CaseRequests.Note)) {
            throw new AccessDeniedException("Alleen de ketenregisseur van de regio doet dit.");
        }
        return invalid(user, view, model, response, errors, status);
    }

    /**
     * Dropout and handover cannot be undone: the page states the consequences and asks to confirm them.
     * The check is here, not only in the browser, so a form without the confirmation changes nothing.
     */
    private static void confirmed(String confirmation, BindingResult errors) {
        if (!"ja".equals(confirmation)) {
            errors.reject("onbevestigd", "Bevestig dat je de gevolgen begrijpt; er is niets vastgelegd.");
        }
    }

    private static void reject(BindingResult errors, String field, String message) {
        if (field == null || "id".equals(field)) {
            errors.reject("geweigerd", message);
        } else {
            errors.rejectValue(field, "geweigerd", message);
        }
    }

    /** Re-shows the page with the submitted form and its errors (400); the other forms start empty. */
    private String invalid(KetenregieUser user, CaseFile.View view, Model model, HttpServletResponse response,
            BindingResult errors, HttpStatus status) {
        response.setStatus(status.value());
        model.addAttribute("formulierFout", true);
        model.addAttribute("actieFouten", errors.getGlobalErrors().stream()
                .map(org.springframework.validation.ObjectError::getDefaultMessage).toList());
        emptyForms(model, view);
        return page(user, view, model);
    }

    /** The page's forms that were not just submitted start empty (corrections with the current details). */
    private static void emptyForms(Model model, CaseFile.View view) {
        if (!model.containsAttribute("notitie")) {
            model.addAttribute("notitie", CaseRequests.Note.empty());
        }
        if (!model.containsAttribute("uitval")) {
            model.addAttribute("uitval", CaseRequests.Dropout.empty());
        }
        if (!model.containsAttribute("overdracht")) {
            model.addAttribute("overdracht", CaseRequests.Handover.empty());
        }
        if (!model.containsAttribute("gegevens")) {
            model.addAttribute("gegevens", CaseRequests.Correction.of(view.dossier()));
        }
    }

    private String page(KetenregieUser user, CaseFile.View view, Model model) {
        readLog.record(user.userId(), List.of(view.dossier().getId()), "/dossiers/{id}", ReadLog.Purpose.DOSSIERBEHEER);
        model.addAttribute("zaak", view);
        model.addAttribute("terug", "/dossiers/" + view.dossier().getId());
        model.addAttribute("collegas", colleagues(user));
        model.addAttribute("afrondbaar", view.openTaken().stream()
                .filter(t -> completion.mayComplete(user, t.id(), t.behandelaarId())).map(TaskDeadlines.OpenTask::id)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("magHandelen", user.isKetenregisseur() && view.dossier().isOpen());
        model.addAttribute("magWijzigen", user.isKetenregisseur());
        model.addAttribute("redenen", CaseActions.MANUAL_DROPOUT_REASONS);
        model.addAttribute("soorten", CaseFile.Kind.values());
        List<Region> otherRegions = organisations.regions().stream()
                .filter(r -> !r.getCode().equals(view.dossier().getRegionCode())).toList();
        model.addAttribute("andereRegios", otherRegions);
        fundSection(user, view, model);
        return "workspace/dossier";
    }

    /**
     * The garantiefonds section: the applications the user may see, and the form to apply when allowed;
     * for the ketenregisseur and HR, why they cannot apply now.
     */
    private void fundSection(KetenregieUser user, CaseFile.View view, Model model) {
        String whyNot = fund.whyNot(user, view.dossier());
        model.addAttribute("garanties", fund.ofDossier(user, view.dossier()));
        model.addAttribute("garantieMag", whyNot == null);
        model.addAttribute("garantieWaaromNiet",
                whyNot != null && (user.isKetenregisseur() || user.groups().contains(Groups.HR)) ? whyNot : null);
        if (whyNot == null) {
            if (!model.containsAttribute("garantieAanvraag")) {
                model.addAttribute("garantieAanvraag", FundRequests.Application.empty());
            }
            List<String> codes = fundSettings.region(view.dossier().getRegionCode())
                    .map(FundSettings.RegionFund::opleidingen).orElse(List.of());
            model.addAttribute("garantieOpleidingen",
                    organisations.opleidingen().stream().filter(o -> codes.contains(o.getCode())).toList());
            model.addAttribute("risicos", RiskType.values());
            model.addAttribute("motivaties", Motivation.values());
        }
    }

    /** Whom the user can hand tasks to: colleagues of their own role in their regions (themselves too). */
    private List<CamundaIdentity.StaffMember> colleagues(KetenregieUser user) {
        String role = ROLES.stream().filter(user.groups()::contains).findFirst().orElse(null);
        if (role == null) {
            return List.of();
        }
        return user.regions().stream().sorted().flatMap(region -> assignment.colleagues(user, region, role).stream())
                .distinct().toList();
    }

    private static final List<String> ROLES = List.of(Groups.KETENREGISSEUR, Groups.SCHOOLOPLEIDER, Groups.HR,
            Groups.LERARENOPLEIDING, Groups.GARANTIEFONDS_COMMISSIE);

    private CaseFile.View view(KetenregieUser user, UUID id) {
        return caseFile.show(user, id, Optional.empty()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Dossier niet gevonden."));
    }
}
