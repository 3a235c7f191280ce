package nl.onderwijsregio.ketenregie.dossier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The candidate's details on the dossier row and the stage history. Anonymising blanks name, email, phone and
 * current occupation; sector, route, organisations, dates and the stage history stay, so reports keep counting
 * the dossier. The names are not null in the schema, so they become a fixed text.
 */
@Component
class CandidateDetails implements PersonalDataHolder {

    static final String ANONYMISED_NAME = "Geanonimiseerd";

    private final JdbcTemplate jdbc;

    CandidateDetails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "persoonsgegevens";
    }

    @Override
    public Object inzage(UUID dossierId) {
        Map<String, Object> details = new LinkedHashMap<>(InzageRows.query(jdbc, "select dossier_number, voornaam, "
                + "achternaam, email, telefoon, region_code, sector, vak, huidig_beroep, opleidingsniveau, buitenlands_diploma, eerder_bevoegd, "
                + "consent_given_at, registered_at, route, status, current_stage, bestuur_code, school_code, "
                + "vliegende_start_school_code, opleiding_code, schoolopleider, contract_start, qualified_on, "
                + "handed_over_from, anonymised_at from dossier where id = ?", dossierId).get(0));
        details.put("tijdlijn", InzageRows.query(jdbc, "select stage, entered_at, left_at, outcome, reason, "
                + "avoidable, actor from stage_transition where dossier_id = ? order by entered_at, id", dossierId));
        return details;
    }

    @Override
    public int anonymise(UUID dossierId) {
        // The version goes up, so a JPA update that read the row before fails instead of writing names back.
        return jdbc.update("update dossier set voornaam = ?, achternaam = '', email = '', telefoon = null, "
                + "huidig_beroep = null, open_email_key = null, version = version + 1 where id = ? "
                + "and (voornaam <> ? or email <> '' or telefoon is not null or huidig_beroep is not null)",
                ANONYMISED_NAME, dossierId, ANONYMISED_NAME);
    }
}
