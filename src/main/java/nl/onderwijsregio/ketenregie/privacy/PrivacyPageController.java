package nl.onderwijsregio.ketenregie.privacy;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The privacy officer's page of one dossier ({@code /privacyverzoeken/dossiers/{id}}): the access export, printable,
 * and the erasure with a confirmation. The same checks as the API ({@link PrivacyAccess}); the dossier page can
 * link here for the privacy officer.
 */
@Controller
class PrivacyPageController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))
            .withZone(PrivacyApiController.ZONE);

    private static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    /** A candidate's open erasure request as the pages show it: the dossier's page, the day, the task in Tasklist. */
    record ShownRequest(String dossiernummer, String sinds, String pagina, String taak) {

        static ShownRequest of(ErasureRequests.Open open) {
            return new ShownRequest(open.dossiernummer(), DAY.format(open.sinds()),
                    "/privacyverzoeken/dossiers/" + open.dossier(), TASKLIST + open.taakId());
        }
    }

    private final Inzage inzage;
    private final Erasure erasure;
    private final ErasureRequests requests;

    PrivacyPageController(Inzage inzage, Erasure erasure, ErasureRequests requests) {
        this.inzage = inzage;
        this.erasure = erasure;
        this.requests = requests;
    }

    /** The candidates' open erasure requests of the officer's regions, each with its dossier's page. */
    @GetMapping("/privacyverzoeken")
    String requests(Model model) {
        KetenregieUser user = PrivacyApiController.user();
        PrivacyAccess.requireOfficer(user);
        model.addAttribute("verzoeken", requests.open(user.regions()).stream().map(ShownRequest::of).toList());
        return "privacy/verzoeken";
    }

    @GetMapping("/privacyverzoeken/dossiers/{id}")
    String show(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("wissen")) {
            model.addAttribute("wissen", new PrivacyRequests.Erasure(null));
        }
        Map<String, Object> export = inzage.export(PrivacyApiController.user(), id, "/privacyverzoeken/dossiers/{id}");
        model.addAttribute("inzage", export);
        model.addAttribute("onderdelen", sections(export));
        model.addAttribute("id", id);
        requests.pending(id).ifPresent(open -> model.addAttribute("verzoek", ShownRequest.of(open)));
        return "privacy/dossier";
    }

    @PostMapping("/privacyverzoeken/dossiers/{id}/wissen")
    String erase(@PathVariable UUID id, @Valid @ModelAttribute("wissen") PrivacyRequests.Erasure form,
            BindingResult errors, @RequestParam(name = "bevestigd", required = false) String confirmed, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        KetenregieUser user = PrivacyApiController.user();
        List<String> problems = new ArrayList<>(errors.getFieldErrors().stream()
                .map(DefaultMessageSourceResolvable::getDefaultMessage).toList());
        if (confirmed == null) {
            problems.add("Bevestig dat de gegevens echt gewist moeten worden; dit kan niet ongedaan worden.");
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fouten", problems);
            return show(id, model);
        }
        int erased = erasure.erase(user, id, form);
        redirect.addFlashAttribute("melding", erased == 0 ? "De gegevens waren al gewist."
                : "De persoonsgegevens zijn gewist (" + erased + (erased == 1 ? " dossier)." : " dossiers)."));
        return "redirect:/privacyverzoeken/dossiers/" + id;
    }

    /** A part of the export as the page shows it: fields (a map) or lines (a list). */
    record Section(String titel, Map<?, ?> velden, List<?> regels) {
    }

    private static List<Section> sections(Map<String, Object> export) {
        List<Section> sections = new ArrayList<>();
        export.forEach((part, value) -> {
            if (value instanceof Map<?, ?> fields) {
                sections.add(new Section(part, fields, null));
            } else if (value instanceof List<?> lines) {
                sections.add(new Section(part, null, lines));
            }
        });
        return sections;
    }
}
