package nl.onderwijsregio.ketenregie.loket;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The public registration form of the regional loket; limited like the API (see {@link LoketApiController}). */
@Controller
class LoketPageController {

    private final RegistrationService registrations;
    private final OrganisationService organisations;
    private final RegistrationLimits limits;
    private final MessageSource messages;
    private static final Locale LOCALE = Locale.forLanguageTag("nl");

    /** The fields in the order the form shows them: the error summary follows this order. */
    static final List<String> FORM_ORDER = List.of("voornaam", "achternaam", "email", "telefoon", "huidigBeroep",
            "opleidingsniveau", "buitenlandsDiploma", "regio", "sector", "vak", "toestemmingPrivacy");

    LoketPageController(RegistrationService registrations, OrganisationService organisations,
            RegistrationLimits limits, MessageSource messages) {
        this.messages = messages;
        this.registrations = registrations;
        this.organisations = organisations;
        this.limits = limits;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("regios", organisations.regions());
    }

    @GetMapping("/aanmelden")
    String form(Model model) {
        model.addAttribute("aanmelding", new Registration(null, null, null, null, null, null, null, null, null,
                null, null));
        return "loket/aanmelden";
    }

    @PostMapping("/aanmelden")
    @PublicIntake
    String submit(@Valid @ModelAttribute("aanmelding") Registration registration, BindingResult errors,
            HttpServletResponse response, Model model) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // Resolved like th:errors does (messages.properties words conversion errors, e.g. "Kies ja of nee.").
            model.addAttribute("fouten", errors.getFieldErrors().stream()
                    .sorted(Comparator.comparingInt(error -> position(error.getField())))
                    .map(error -> new SummaryLine(error.getField(), messages.getMessage(error, LOCALE))).toList());
            return "loket/aanmelden";
        }
        if (limits.admit(registration)) {
            registrations.register(registration);
        }
        return "redirect:/aanmelden/bedankt";
    }

    /** One line of the error summary: the field it links to and the message. */
    record SummaryLine(String field, String message) {
    }

    private static int position(String field) {
        int index = FORM_ORDER.indexOf(field);
        return index < 0 ? FORM_ORDER.size() : index;
    }

    /** The statement's old address, still in mails and bookmarks: it moved to the public {@code /privacy}. */
    @GetMapping("/aanmelden/privacy")
    RedirectView privacy() {
        RedirectView moved = new RedirectView("/privacy", true);
        moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return moved;
    }

    @GetMapping("/aanmelden/bedankt")
    String thanks(Model model) {
        model.addAttribute("bericht", LoketApiController.ACCEPTED_MESSAGE);
        return "loket/bedankt";
    }
}
