package nl.onderwijsregio.ketenregie.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The start page per role: what each one works on first, by name, never by code. */
@IntegrationTest
class StartPageTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theKetenregisseurSeesOpenTasksNewRegistrationsAndWhoWaitsLongest() {
        candidates.register("utrecht-stad");

        String page = start("kr.utrecht");

        assertThat(page).contains("Onderwijsregio Utrecht Stad", "Mijn open taken", "Nieuwe aanmeldingen deze week",
                "Wachten het langst", "Intakegesprek voeren").doesNotContain("utrecht-stad<", "Dossiers (JSON)",
                "Kerncijfers");
    }

    @Test
    void theSchoolopleiderSeesCandidatesWhoseHoursAreBehind() {
        UUID dossier = candidates.register("utrecht-stad");
        candidates.placeAtSchool(dossier, "spo-utrecht", "spo-zonnewijzer");
        jdbc.update("update dossier set coaching_behind = true, voornaam = 'Achter' where id = ?", dossier);

        assertThat(start("so.spo.overvecht")).contains("Begeleidingsuren achter", "Achter Kandidaat")
                .doesNotContain("Nieuwe aanmeldingen deze week");
    }

    @Test
    void hrSeesItsOpenTasksAndManagementTheKeyFigures() {
        assertThat(start("hr.spo")).contains("Mijn open taken").doesNotContain("Kerncijfers", "Wachten het langst");
        String management = start("mgmt.utrecht");
        assertThat(management).contains("Kerncijfers", "Lopende trajecten", "/rapportage", "Onderwijsregio Utrecht Stad")
                .doesNotContain("Mijn open taken");
    }

    private String start(String user) {
        return BrowserSession.login(http, user, "demo").get("/").getBody();
    }
}
