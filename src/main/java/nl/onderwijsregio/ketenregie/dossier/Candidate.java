package nl.onderwijsregio.ketenregie.dossier;

import nl.onderwijsregio.ketenregie.organisation.Sector;

/** What a candidate tells us when registering; validated by the caller before it gets here. */
public record Candidate(
        String voornaam,
        String achternaam,
        String email,
        String telefoon,
        Sector sector,
        String vak,
        String huidigBeroep,
        EducationLevel opleidingsniveau,
        boolean buitenlandsDiploma) {
}
