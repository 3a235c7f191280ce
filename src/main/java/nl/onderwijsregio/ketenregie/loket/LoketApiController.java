package nl.onderwijsregio.ketenregie.loket;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public intake API. Open to everyone, rate-limited per client by {@link LoketRateLimitFilter}. */
@RestController
class LoketApiController {

    static final String ACCEPTED_MESSAGE = "Bedankt voor je aanmelding. Je ontvangt binnen enkele werkdagen "
            + "bericht van de ketenregisseur van je onderwijsregio.";

    private final RegistrationService registrations;

    LoketApiController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    /** Always the same answer for a valid body, so it never reveals whether the email was known. */
    @PostMapping("/api/loket/aanmeldingen")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> register(@Valid @RequestBody Registration registration) {
        registrations.register(registration);
        return Map.of("bericht", ACCEPTED_MESSAGE);
    }
}
