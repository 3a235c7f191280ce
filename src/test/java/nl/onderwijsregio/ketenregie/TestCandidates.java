package nl.onderwijsregio.ketenregie;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.Outcome;
import nl.onderwijsregio.ketenregie.loket.Registration;
import nl.onderwijsregio.ketenregie.loket.RegistrationService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Registers candidates through the real loket service and finds their dossier ids. */
@Component
public class TestCandidates {

    private final RegistrationService registrations;
    private final DossierService dossiers;
    private final JdbcTemplate jdbc;

    TestCandidates(RegistrationService registrations, DossierService dossiers, JdbcTemplate jdbc) {
        this.registrations = registrations;
        this.dossiers = dossiers;
        this.jdbc = jdbc;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }

    public static Registration registration(String email, String region) {
        return new Registration("Test", "Kandidaat", email, "06 12345678", region, "PO", null, "Leraar in opleiding",
                "HBO", false, true);
    }

    /** Registers a candidate and returns the new dossier's id. */
    public UUID register(String region) {
        String email = uniqueEmail("kandidaat");
        registrations.register(registration(email, region));
        return dossierIdOf(email);
    }

    public void registerAgain(String email, String region) {
        registrations.register(registration(email, region));
    }

    public void registerAgain(String email, String region, String sector, String level) {
        registrations.register(new Registration("Test", "Kandidaat", email, null, region, sector, null, null, level,
                false, true));
    }

    /** Tries to end a dossier's track a second time, as a buggy caller would. */
    public void endTrackAgain(UUID dossierId) {
        dossiers.endTrack(dossierId, Outcome.AFGEROND, null, null, "test");
    }

    public UUID dossierIdOf(String email) {
        return jdbc.queryForObject("select id from dossier where email = ?", UUID.class, email);
    }

    public int dossierCount(String email) {
        return jdbc.queryForObject("select count(*) from dossier where lower(email) = lower(?)", Integer.class, email);
    }

    /** Matching to a school arrives with the full journey; until then tests place a dossier directly. */
    public void placeAtSchool(UUID dossierId, String bestuurCode, String schoolCode) {
        jdbc.update("update dossier set bestuur_code = ?, school_code = ? where id = ?", bestuurCode, schoolCode,
                dossierId);
    }
}
