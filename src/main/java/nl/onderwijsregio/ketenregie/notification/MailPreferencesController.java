package nl.onderwijsregio.ketenregie.notification;

import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /instellingen/meldingen: a logged-in staff member chooses a daily digest or a mail per new task. */
@Controller
class MailPreferencesController {

    private final MailPreferences preferences;

    MailPreferencesController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/instellingen/meldingen")
    String show(Model model) {
        model.addAttribute("keuze", preferences.of(user().userId()));
        model.addAttribute("opties", MailPreferences.Mode.values());
        return "notification/meldingen";
    }

    @PostMapping("/instellingen/meldingen")
    String save(@RequestParam("keuze") MailPreferences.Mode mode, RedirectAttributes redirect) {
        preferences.set(user().userId(), mode);
        redirect.addFlashAttribute("melding", "Je keuze is opgeslagen.");
        return "redirect:/instellingen/meldingen";
    }

    private static KetenregieUser user() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
