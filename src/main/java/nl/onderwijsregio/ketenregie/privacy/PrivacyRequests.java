package nl.onderwijsregio.ketenregie.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.onderwijsregio.ketenregie.web.FieldRules;

/** What the privacy officer submits; the same field rules for the API and the dossier page. */
public final class PrivacyRequests {

    private PrivacyRequests() {
    }

    /** {@code reden}: why, e.g. "verzoek per e-mail van 3 mei"; it stays in the history, so no personal data. */
    public record Erasure(
            @NotBlank(message = "Geef de reden van het wissen.")
            @Size(max = 500, message = "De reden is hoogstens 500 tekens lang.")
            @Pattern(regexp = FieldRules.TEXT, message = "Gebruik gewone tekst, zonder < of > en zonder stuurtekens.")
            String reden) {
    }
}
