package nl.onderwijsregio.ketenregie.loket;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import org.springframework.stereotype.Controller;
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

    LoketPageController(RegistrationService registrations, OrganisationService organisations,
            RegistrationLimits limits) {
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
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "loket/aanmelden";
        }
        if (limits.admit(registration)) {
            registrations.register(registration);
        }
        return "redirect:/aanmelden/bedankt";
    }

    @GetMapping("/aanmelden/bedankt")
    String thanks(Model model) {
        model.addAttribute("bericht", LoketApiController.ACCEPTED_MESSAGE);
        return "loket/bedankt";
    }
}
