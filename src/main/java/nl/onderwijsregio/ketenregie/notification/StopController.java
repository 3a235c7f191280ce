package nl.onderwijsregio.ketenregie.notification;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page behind the stop link in candidates' mails (no login; CSRF token in the form). GET only
 * shows the question; the POST stops the track, and with the box "verwijder ook mijn gegevens" asks the
 * privacy officer to erase the data. An invalid, expired or used link gets a Dutch explanation and changes
 * nothing.
 */
@Controller
class StopController {

    private final StopService stops;

    StopController(StopService stops) {
        this.stops = stops;
    }

    @GetMapping("/stoppen/{token}")
    String ask(@PathVariable String token, Model model, HttpServletResponse response) {
        StopService.Result result = stops.check(token);
        if (result != StopService.Result.READY) {
            return refused(result, model, response);
        }
        model.addAttribute("token", token);
        model.addAttribute("maxReden", StopService.MAX_REASON);
        return "notification/stoppen";
    }

    @PostMapping("/stoppen/{token}")
    String stop(@PathVariable String token, @RequestParam(name = "reden", required = false) String reason,
            @RequestParam(name = "verwijderGegevens", required = false) String erase, Model model,
            HttpServletResponse response) {
        if (reason != null && reason.length() > StopService.MAX_REASON) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("token", token);
            model.addAttribute("maxReden", StopService.MAX_REASON);
            model.addAttribute("fout", "Je toelichting is te lang: gebruik hoogstens " + StopService.MAX_REASON + " tekens.");
            return "notification/stoppen";
        }
        boolean eraseToo = erase != null;
        StopService.Result result = stops.stop(token, reason, eraseToo);
        if (result != StopService.Result.STOPPED) {
            return refused(result, model, response);
        }
        return eraseToo ? "redirect:/stoppen/gestopt?verwijderverzoek" : "redirect:/stoppen/gestopt";
    }

    @GetMapping("/stoppen/gestopt")
    String stopped(@RequestParam(name = "verwijderverzoek", required = false) String erasureRequested, Model model) {
        model.addAttribute("verwijderverzoek", erasureRequested != null);
        return "notification/gestopt";
    }

    private static String refused(StopService.Result result, Model model, HttpServletResponse response) {
        switch (result) {
            case EXPIRED -> {
                response.setStatus(HttpServletResponse.SC_GONE);
                model.addAttribute("titel", "Deze link is verlopen");
                model.addAttribute("uitleg", "De link om je traject te stoppen is niet meer geldig. Er is niets "
                        + "veranderd. Wil je stoppen? Neem dan contact op met je onderwijsregio.");
            }
            case USED -> {
                response.setStatus(HttpServletResponse.SC_GONE);
                model.addAttribute("titel", "Deze link is al gebruikt");
                model.addAttribute("uitleg", "Met deze link is je traject al gestopt. Er is niets veranderd.");
            }
            case ENDED -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("titel", "Je traject is al afgesloten");
                model.addAttribute("uitleg", "Je traject loopt niet meer, dus er valt niets te stoppen. Er is "
                        + "niets veranderd.");
            }
            default -> {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("titel", "Deze link is ongeldig");
                model.addAttribute("uitleg", "De link is niet compleet of klopt niet. Er is niets veranderd. "
                        + "Kopieer de link uit de e-mail opnieuw, of neem contact op met je onderwijsregio.");
            }
        }
        return "notification/stoppen-ongeldig";
    }
}
