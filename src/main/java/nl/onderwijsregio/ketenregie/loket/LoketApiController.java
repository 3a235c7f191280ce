package nl.onderwijsregio.ketenregie.loket;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public intake API. Open to everyone, limited by {@link ClientRateLimit}, {@link IntakeBodyLimit} and {@link RegistrationLimits}. */
@RestController
class LoketApiController {

    static final String ACCEPTED_MESSAGE = "Bedankt voor je aanmelding. Je ontvangt binnen enkele werkdagen "
            + "bericht van de ketenregisseur van je onderwijsregio.";

    private final RegistrationService registrations;
    private final RegistrationLimits limits;

    LoketApiController(RegistrationService registrations, RegistrationLimits limits) {
        this.registrations = registrations;
        this.limits = limits;
    }

    /** Always the same answer for a valid body, so it never reveals whether the email was known. */
    @PostMapping("/api/loket/aanmeldingen")
    @PublicIntake
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> register(@Valid @RequestBody Registration registration) {
        if (limits.admit(registration)) {
            registrations.register(registration);
        }
        return Map.of("bericht", ACCEPTED_MESSAGE);
    }
}
