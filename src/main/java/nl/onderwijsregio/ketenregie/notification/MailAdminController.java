package nl.onderwijsregio.ketenregie.notification;

import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /beheer/mail (group camunda-admin only, see SecurityConfig): the outbox with failed and waiting mails,
 * the rendered content of each (the local outbox of the demo) and "opnieuw versturen". Candidate addresses
 * are masked and stop-link tokens removed ({@link MailMasking}).
 */
@Controller
@RequestMapping("/beheer/mail")
class MailAdminController {

    static final int PAGE = 200;

    private final Outbox outbox;
    private final MailSettings settings;

    MailAdminController(Outbox outbox, MailSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @GetMapping
    String list(@RequestParam(name = "status", required = false) OutboxStatus status, Model model) {
        var messages = outbox.latest(status, PAGE);
        model.addAttribute("berichten", messages);
        model.addAttribute("aan", messages.stream().collect(java.util.stream.Collectors.toMap(OutboxMessage::id,
                MailMasking::recipient)));
        var counts = outbox.counts();
        model.addAttribute("aantallen", counts);
        model.addAttribute("mislukt", counts.get(OutboxStatus.FAILED));
        model.addAttribute("gekozen", status);
        model.addAttribute("statussen", OutboxStatus.values());
        model.addAttribute("verzenden", settings.verzenden());
        return "notification/beheer-mail";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        OutboxMessage message = outbox.find(id).orElseThrow(MailAdminController::notFound);
        model.addAttribute("bericht", message);
        model.addAttribute("aan", MailMasking.recipient(message));
        model.addAttribute("tekst", MailMasking.content(outbox.content(id).map(content -> content[0]).orElse(""), message));
        model.addAttribute("verzenden", settings.verzenden());
        return "notification/beheer-mail-bericht";
    }

    /** The HTML version as the recipient sees it, sandboxed: no scripts, no requests, no forms. */
    @GetMapping("/{id}/html")
    ResponseEntity<String> html(@PathVariable UUID id) {
        OutboxMessage message = outbox.find(id).orElseThrow(MailAdminController::notFound);
        String html = MailMasking.content(outbox.content(id).map(content -> content[1]).orElseThrow(
                MailAdminController::notFound), message);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html);
    }

    @PostMapping("/{id}/opnieuw")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", outbox.retry(id)
                ? "Het bericht staat weer klaar om te worden verzonden."
                : "Dit bericht is al verzonden of bestaat niet.");
        return "redirect:/beheer/mail/" + id;
    }

    @PostMapping("/opnieuw")
    String retryAll(RedirectAttributes redirect) {
        int count = outbox.retryAllFailed();
        redirect.addFlashAttribute("melding", count == 1 ? "1 mislukt bericht staat weer klaar om te worden verzonden."
                : count + " mislukte berichten staan weer klaar om te worden verzonden.");
        return "redirect:/beheer/mail";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Onbekend bericht");
    }
}
