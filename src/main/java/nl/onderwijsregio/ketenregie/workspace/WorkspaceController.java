package nl.onderwijsregio.ketenregie.workspace;

import nl.onderwijsregio.ketenregie.web.FieldRules;
import nl.onderwijsregio.ketenregie.web.Text;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DossierStatus;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Route;
import nl.onderwijsregio.ketenregie.dossier.Sector;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.Region;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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
 * The case worker's pages: the work list ({@code /dossiers}) and the dossier ({@code /dossiers/{id}})
 * with notes, corrections, dropout and warm handover. Only case workers (ketenregisseur, or someone with
 * a school, bestuur or institute) get here; management gets 403 (also in SecurityConfig). A dossier
 * outside the user's scope answers 404, like an unknown one. Actions only a ketenregisseur may take are
 * absent from the page for others and refused here.
 */
@Controller
class WorkspaceController {

    // The same rules as the public intake (web/FieldRules), so a name the loket took can be corrected.
    private static final String PLAIN_TEXT = FieldRules.TEXT;
    private static final String NAME = FieldRules.NAME;

    record NoteForm(
            @NotBlank(message = "Schrijf een notitie.")
            @Size(max = 4000, message = "Een notitie is hoogstens 4000 tekens lang.")
            @Pattern(regexp = PLAIN_TEXT, message = "Gebruik gewone tekst, zonder < of >.") String tekst) {
    }

    record DropoutForm(
            @NotNull(message = "Kies een reden van uitval.") DropoutReason reden,
            @NotNull(message = "Geef aan of de uitval te voorkomen was.") Boolean onnodig,
            @Size(max = 2000, message = "De toelichting is hoogstens 2000 tekens lang.")
            @Pattern(regexp = PLAIN_TEXT, message = "Gebruik gewone tekst, zonder < of >.") String toelichting) {
    }

    record HandoverForm(
            @NotBlank(message = "Kies de onderwijsregio waaraan je overdraagt.") String naarRegio,
            @Size(max = 2000, message = "De toelichting is hoogstens 2000 tekens lang.")
            @Pattern(regexp = PLAIN_TEXT, message = "Gebruik gewone tekst, zonder < of >.") String toelichting) {
    }

    record DetailsForm(
            @NotBlank(message = "Vul de voornaam in.") @Size(max = 100, message = "Hoogstens 100 tekens.")
            @Pattern(regexp = NAME, message = "Gebruik letters, spaties, punten, apostrofs of streepjes.") String voornaam,
            @NotBlank(message = "Vul de achternaam in.") @Size(max = 100, message = "Hoogstens 100 tekens.")
            @Pattern(regexp = NAME, message = "Gebruik letters, spaties, punten, apostrofs of streepjes.") String achternaam,
            @NotBlank(message = "Vul het e-mailadres in.") @Size(max = 254, message = "Hoogstens 254 tekens.")
            @Email(regexp = FieldRules.EMAIL, message = "Vul een geldig e-mailadres in.") String email,
            @Size(max = 30, message = "Hoogstens 30 tekens.")
            @Pattern(regexp = FieldRules.PHONE, message = "Vul een geldig telefoonnummer in.") String telefoon,
            @NotBlank(message = "Geef de reden van de wijziging.") @Size(max = 500, message = "Hoogstens 500 tekens.")
            @Pattern(regexp = PLAIN_TEXT, message = "Gebruik gewone tekst, zonder < of >.") String reden) {

        static DetailsForm of(Dossier d) {
            return new DetailsForm(d.getVoornaam(), d.getAchternaam(), d.getEmail(), d.getTelefoon(), null);
        }
    }

    private final WorkList workList;
    private final CaseFile caseFile;
    private final DossierService dossierService;
    private final JourneyCommands journey;
    private final OrganisationService organisations;

    WorkspaceController(WorkList workList, CaseFile caseFile, DossierService dossierService, JourneyCommands journey,
            OrganisationService organisations) {
        this.workList = workList;
        this.caseFile = caseFile;
        this.dossierService = dossierService;
        this.journey = journey;
        this.organisations = organisations;
    }

    @GetMapping("/dossiers")
    String list(@ModelAttribute("filter") WorkList.Criteria criteria, Model model) {
        KetenregieUser user = caseWorker();
        model.addAttribute("werklijst", workList.show(user, criteria));
        model.addAttribute("opties", workList.options(user));
        model.addAttribute("fasen", Stage.values());
        model.addAttribute("sectoren", Sector.values());
        model.addAttribute("routes", Route.values());
        model.addAttribute("statussen", DossierStatus.values());
        return "workspace/dossiers";
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable UUID id, Model model) {
        KetenregieUser user = caseWorker();
        CaseFile.View view = view(user, id);
        model.addAttribute("notitie", new NoteForm(null));
        model.addAttribute("uitval", new DropoutForm(null, null, null));
        model.addAttribute("overdracht", new HandoverForm(null, null));
        model.addAttribute("gegevens", DetailsForm.of(view.dossier()));
        return page(user, view, model);
    }

    @PostMapping("/dossiers/{id}/notities")
    String addNote(@PathVariable UUID id, @Valid @ModelAttribute("notitie") NoteForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        KetenregieUser user = caseWorker();
        CaseFile.View view = view(user, id);
        if (errors.hasErrors()) {
            return invalid(user, view, model, response, errors);
        }
        dossierService.addNote(id, user.userId(), form.tekst().trim());
        redirect.addFlashAttribute("melding", "De notitie is toegevoegd.");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/dossiers/{id}/gegevens")
    String correct(@PathVariable UUID id, @Valid @ModelAttribute("gegevens") DetailsForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        KetenregieUser user = caseWorker();
        CaseFile.View view = view(user, id);
        requireKetenregisseur(user);
        if (!errors.hasErrors()) {
            try {
                boolean changed = dossierService.correctDetails(id, form.voornaam().trim(), form.achternaam().trim(),
                        form.email().trim(), Text.blankToNull(form.telefoon()), form.reden().trim(), user.userId());
                redirect.addFlashAttribute("melding", changed ? "De gegevens zijn gewijzigd; de wijziging staat in de tijdlijn."
                        : "Er was niets gewijzigd.");
                return "redirect:/dossiers/" + id;
            } catch (IllegalStateException duplicate) {
                errors.rejectValue("email", "bestaat", "Er is al een lopend dossier met dit e-mailadres in deze regio.");
            }
        }
        return invalid(user, view, model, response, errors);
    }

    @PostMapping("/dossiers/{id}/uitval")
    String dropout(@PathVariable UUID id, @Valid @ModelAttribute("uitval") DropoutForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        KetenregieUser user = caseWorker();
        CaseFile.View view = view(user, id);
        requireKetenregisseur(user);
        if (!view.dossier().isOpen()) {
            errors.reject("gestopt", "Dit traject loopt niet meer.");
        }
        if (errors.hasErrors()) {
            return invalid(user, view, model, response, errors);
        }
        try {
            journey.candidateStops(id, form.reden(), form.onnodig(), Text.blankToNull(form.toelichting()), user.userId());
        } catch (MismatchingMessageCorrelationException noRunningJourney) {
            errors.reject("geenTraject", "Voor dit dossier loopt geen traject in de procesmotor; uitval kan hier niet worden geregistreerd.");
            return invalid(user, view, model, response, errors);
        }
        redirect.addFlashAttribute("melding", "De uitval is geregistreerd.");
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/dossiers/{id}/overdracht")
    String handOver(@PathVariable UUID id, @Valid @ModelAttribute("overdracht") HandoverForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        KetenregieUser user = caseWorker();
        CaseFile.View view = view(user, id);
        requireKetenregisseur(user);
        if (!view.dossier().isOpen()) {
            errors.reject("gestopt", "Dit traject loopt niet meer.");
        }
        if (form.naarRegio() != null && (!organisations.regionExists(form.naarRegio())
                || form.naarRegio().equals(view.dossier().getRegionCode()))) {
            errors.rejectValue("naarRegio", "regio", "Kies een andere, bestaande onderwijsregio.");
        }
        if (errors.hasErrors()) {
            return invalid(user, view, model, response, errors);
        }
        try {
            journey.handOver(id, form.naarRegio(), Text.blankToNull(form.toelichting()), user.userId());
        } catch (MismatchingMessageCorrelationException noRunningJourney) {
            errors.reject("geenTraject", "Voor dit dossier loopt geen traject in de procesmotor; overdracht kan hier niet.");
            return invalid(user, view, model, response, errors);
        }
        redirect.addFlashAttribute("melding", "Het dossier is warm overgedragen.");
        return "redirect:/dossiers/" + id;
    }

    /** Re-shows the page with the submitted form and its errors (400); the other forms start empty. */
    private String invalid(KetenregieUser user, CaseFile.View view, Model model, HttpServletResponse response,
            BindingResult errors) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("formulierFout", true);
        model.addAttribute("actieFouten", errors.getGlobalErrors().stream()
                .map(org.springframework.validation.ObjectError::getDefaultMessage).toList());
        if (!model.containsAttribute("notitie")) {
            model.addAttribute("notitie", new NoteForm(null));
        }
        if (!model.containsAttribute("uitval")) {
            model.addAttribute("uitval", new DropoutForm(null, null, null));
        }
        if (!model.containsAttribute("overdracht")) {
            model.addAttribute("overdracht", new HandoverForm(null, null));
        }
        if (!model.containsAttribute("gegevens")) {
            model.addAttribute("gegevens", DetailsForm.of(view.dossier()));
        }
        return page(user, view, model);
    }

    private String page(KetenregieUser user, CaseFile.View view, Model model) {
        model.addAttribute("zaak", view);
        model.addAttribute("magHandelen", user.isKetenregisseur() && view.dossier().isOpen());
        model.addAttribute("magWijzigen", user.isKetenregisseur());
        model.addAttribute("redenen", DropoutReason.values());
        List<Region> otherRegions = organisations.regions().stream()
                .filter(r -> !r.getCode().equals(view.dossier().getRegionCode())).toList();
        model.addAttribute("andereRegios", otherRegions);
        return "workspace/dossier";
    }

    private CaseFile.View view(KetenregieUser user, UUID id) {
        return caseFile.show(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Dossier niet gevonden."));
    }

    private static void requireKetenregisseur(KetenregieUser user) {
        if (!user.isKetenregisseur()) {
            throw new AccessDeniedException("Alleen de ketenregisseur van de regio doet dit.");
        }
    }

    private static KetenregieUser caseWorker() {
        KetenregieUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
        if (!user.worksOnCases()) {
            throw new AccessDeniedException("Alleen wie aan dossiers werkt, ziet persoonsgegevens van kandidaten.");
        }
        return user;
    }
}
