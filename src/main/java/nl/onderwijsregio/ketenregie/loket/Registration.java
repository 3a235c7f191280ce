package nl.onderwijsregio.ketenregie.loket;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.onderwijsregio.ketenregie.dossier.Candidate;
import nl.onderwijsregio.ketenregie.dossier.EducationLevel;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.web.FieldRules;
import nl.onderwijsregio.ketenregie.web.Text;

/**
 * A registration through the public loket: the JSON body of POST /api/loket/aanmeldingen and the
 * fields of the form at /aanmelden. Field names are Dutch, as in the public API contract. Choices are
 * strings checked by pattern, so a wrong value is reported together with all other field problems.
 */
public record Registration(
        @NotBlank(message = "Vul je voornaam in.")
        @Size(max = 100, message = "Je voornaam mag hoogstens 100 tekens lang zijn.")
        @Pattern(regexp = FieldRules.NAME, message = "Gebruik in je voornaam alleen letters, spaties, apostrof, punt of koppelteken (geen stuurtekens of onzichtbare tekens).")
        String voornaam,

        @NotBlank(message = "Vul je achternaam in.")
        @Size(max = 100, message = "Je achternaam mag hoogstens 100 tekens lang zijn.")
        @Pattern(regexp = FieldRules.NAME, message = "Gebruik in je achternaam alleen letters, spaties, apostrof, punt of koppelteken (geen stuurtekens of onzichtbare tekens).")
        String achternaam,

        @NotBlank(message = "Vul je e-mailadres in.")
        @Size(max = 254, message = "Je e-mailadres mag hoogstens 254 tekens lang zijn.")
        @Email(regexp = FieldRules.EMAIL, message = "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.")
        String email,

        @Size(max = 30, message = "Je telefoonnummer mag hoogstens 30 tekens lang zijn.")
        @Pattern(regexp = FieldRules.PHONE, message = "Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678.")
        String telefoon,

        @NotBlank(message = "Kies de onderwijsregio waar je wilt werken.")
        @Pattern(regexp = "utrecht-stad|midden-nederland", message = "Kies een bestaande onderwijsregio.")
        String regio,

        @NotBlank(message = "Kies een sector: po, vo of mbo.")
        @Pattern(regexp = "PO|VO|MBO", message = "Kies een sector: po, vo of mbo.")
        String sector,

        @Size(max = 100, message = "Het vak mag hoogstens 100 tekens lang zijn.")
        @Pattern(regexp = FieldRules.TEXT, message = "Gebruik bij vak gewone tekst, zonder < of > en zonder stuurtekens.")
        String vak,

        @Size(max = 150, message = "Je huidige beroep mag hoogstens 150 tekens lang zijn.")
        @Pattern(regexp = FieldRules.TEXT, message = "Gebruik bij huidig beroep gewone tekst, zonder < of > en zonder stuurtekens.")
        String huidigBeroep,

        @NotBlank(message = "Kies je hoogst afgeronde opleiding.")
        @Pattern(regexp = "MBO|HBO|WO|ANDERS", message = "Kies je hoogst afgeronde opleiding: mbo, hbo, wo of anders.")
        String opleidingsniveau,

        @NotNull(message = "Geef aan of je diploma in het buitenland is behaald.")
        Boolean buitenlandsDiploma,

        @NotNull(message = "Geef toestemming voor het gebruik van je gegevens om je aan te melden.")
        @AssertTrue(message = "Geef toestemming voor het gebruik van je gegevens om je aan te melden.")
        Boolean toestemmingPrivacy) {

    Candidate toCandidate() {
        return new Candidate(voornaam.trim(), achternaam.trim(), email.trim(), Text.blankToNull(telefoon),
                Sector.valueOf(sector), Text.blankToNull(vak), Text.blankToNull(huidigBeroep),
                EducationLevel.valueOf(opleidingsniveau), buitenlandsDiploma);
    }
}
