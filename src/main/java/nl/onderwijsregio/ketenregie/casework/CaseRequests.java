package nl.onderwijsregio.ketenregie.casework;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.onderwijsregio.ketenregie.dossier.Dossier;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.web.FieldRules;

/**
 * What a case worker submits to act on a dossier, with one set of field rules for the API (JSON bodies)
 * and the dossier page (form posts) alike. Field names are the public API's Dutch names.
 */
public final class CaseRequests {

    // The same rules as the public intake (web/FieldRules), so a name the loket took can be corrected.
    static final String PLAIN_TEXT = FieldRules.TEXT;
    static final String PLAIN_TEXT_MESSAGE = "Gebruik gewone tekst, zonder < of > en zonder stuurtekens.";
    static final String NAME = FieldRules.NAME;
    static final String NAME_MESSAGE = "Gebruik letters, spaties, punten, apostrofs of streepjes.";

    private CaseRequests() {
    }

    public record Dropout(
            @NotNull(message = "Kies een reden van uitval.") DropoutReason reden,
            @NotNull(message = "Geef aan of de uitval te voorkomen was.") Boolean onnodig,
            @Size(max = 2000, message = "De toelichting is hoogstens 2000 tekens lang.")
            @Pattern(regexp = PLAIN_TEXT, message = PLAIN_TEXT_MESSAGE) String toelichting) {

        public static Dropout empty() {
            return new Dropout(null, null, null);
        }
    }

    public record Handover(
            @NotBlank(message = "Kies de onderwijsregio waaraan je overdraagt.") String naarRegio,
            @Size(max = 2000, message = "De toelichting is hoogstens 2000 tekens lang.")
            @Pattern(regexp = PLAIN_TEXT, message = PLAIN_TEXT_MESSAGE) String toelichting) {

        public static Handover empty() {
            return new Handover(null, null);
        }
    }

    public record Note(
            @NotBlank(message = "Schrijf een notitie.")
            @Size(max = 4000, message = "Een notitie is hoogstens 4000 tekens lang.")
            @Pattern(regexp = PLAIN_TEXT, message = PLAIN_TEXT_MESSAGE) String tekst) {

        public static Note empty() {
            return new Note(null);
        }
    }

    public record Correction(
            @NotBlank(message = "Vul de voornaam in.") @Size(max = 100, message = "Hoogstens 100 tekens.")
            @Pattern(regexp = NAME, message = NAME_MESSAGE) String voornaam,
            @NotBlank(message = "Vul de achternaam in.") @Size(max = 100, message = "Hoogstens 100 tekens.")
            @Pattern(regexp = NAME, message = NAME_MESSAGE) String achternaam,
            @NotBlank(message = "Vul het e-mailadres in.") @Size(max = 254, message = "Hoogstens 254 tekens.")
            @Email(regexp = FieldRules.EMAIL, message = "Vul een geldig e-mailadres in.") String email,
            @Size(max = 30, message = "Hoogstens 30 tekens.")
            @Pattern(regexp = FieldRules.PHONE, message = "Vul een geldig telefoonnummer in.") String telefoon,
            @NotBlank(message = "Geef de reden van de wijziging.") @Size(max = 500, message = "Hoogstens 500 tekens.")
            @Pattern(regexp = PLAIN_TEXT, message = PLAIN_TEXT_MESSAGE) String reden) {

        /** The form as the dossier page first shows it: the current details, no reason yet. */
        public static Correction of(Dossier dossier) {
            return new Correction(dossier.getVoornaam(), dossier.getAchternaam(), dossier.getEmail(),
                    dossier.getTelefoon(), null);
        }
    }
}
