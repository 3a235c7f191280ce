package nl.onderwijsregio.ketenregie.home;

import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Start page after login and the login page itself. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        CurrentUser.get().ifPresent(user -> model.addAttribute("gebruiker", user));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
