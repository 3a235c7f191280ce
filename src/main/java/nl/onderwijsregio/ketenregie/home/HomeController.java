package nl.onderwijsregio.ketenregie.home;

import jakarta.servlet.http.HttpSession;
import nl.onderwijsregio.ketenregie.identity.CurrentUser;
import nl.onderwijsregio.ketenregie.identity.LoginThrottledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Start page after login and the login page itself. */
@Controller
class HomeController {

    private final StartPage startPage;

    HomeController(StartPage startPage) {
        this.startPage = startPage;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser.get().ifPresent(user -> {
            model.addAttribute("gebruiker", user);
            model.addAttribute("start", startPage.of(user));
        });
        return "home";
    }

    /** After a throttled attempt the page says how long to wait instead of "wrong password". */
    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException throttled) {
            model.addAttribute("teVeelPogingen", throttled.getMessage());
        }
        return "login";
    }
}
