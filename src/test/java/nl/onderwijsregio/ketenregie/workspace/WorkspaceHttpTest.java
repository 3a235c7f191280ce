package nl.onderwijsregio.ketenregie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The work list, dossier page, its forms and the report pages over real HTTP: who may do what. */
@IntegrationTest
class WorkspaceHttpTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    @Autowired
    JdbcTemplate jdbc;

    UUID utrecht;
    String email;

    @BeforeEach
    void register() {
        utrecht = candidates.register("utrecht-stad");
        email = jdbc.queryForObject("select email from dossier where id = ?", String.class, utrecht);
    }

    @Test
    void dossierTimelineShowsTheMailsAboutTheCandidate() {
        String page = BrowserSession.login(http, "kr.utrecht", "demo").get("/dossiers/" + utrecht).getBody();

        assertThat(page).contains("Mail: ").contains(email);
    }

    @Test
    void deadlineFiltersFindTheDossierWhenItsOpenTaskIsDueSoonOrOverdue() {
        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");
        Instant due = jdbc.queryForObject("select eerste_termijn from dossier where id = ?", Timestamp.class, utrecht)
                .toInstant();
        String list = "/dossiers?q=" + email + "&termijn=";
        assertThat(kr.get(list + "verlopen").getBody()).doesNotContain(utrecht.toString());
        try {
            ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(3))));
            assertThat(kr.get(list + "binnenkort").getBody()).contains(utrecht.toString());
            assertThat(kr.get(list + "verlopen").getBody()).doesNotContain(utrecht.toString());
            ClockUtil.setCurrentTime(Date.from(due.plus(Duration.ofDays(1))));
            assertThat(kr.get(list + "verlopen").getBody()).contains(utrecht.toString()).contains("Termijn verlopen");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void unauthenticatedUsersAreSentToLoginOrGet401() {
        TestRestTemplate anonymous = http.withRedirects(Redirects.DONT_FOLLOW);
        for (String page : new String[] { "/dossiers", "/dossiers/" + utrecht, "/rapportage",
                "/rapportage/uitval-per-fase.csv" }) {
            ResponseEntity<String> response = anonymous.getForEntity(page, String.class);
            assertThat(response.getStatusCode()).as(page).isEqualTo(HttpStatus.FOUND);
            assertThat(response.getHeaders().getLocation().getPath()).as(page).isEqualTo("/login");
        }
        assertThat(http.getForEntity("/api/rapportage/uitval-per-fase", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void ketenregisseurFindsTheDossierByFilterAndSeesItsTimeline() {
        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");
        ResponseEntity<String> list = kr.get("/dossiers?q=" + email + "&fase=ORIENTATIE&sector=PO");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains(utrecht.toString()).contains("1</strong> dossiers gevonden");
        assertThat(kr.get("/dossiers?q=" + email + "&fase=SOLLICITATIE").getBody()).doesNotContain(utrecht.toString())
                .contains("0</strong> dossiers gevonden");
        // The total comes from the counts per stage: with no stage chosen it is their sum.
        assertThat(kr.get("/dossiers?q=" + email).getBody()).contains("1</strong> dossiers gevonden");
        assertThat(kr.get("/dossiers?fase=ONZIN").getBody()).contains("Onbekende filterwaarde genegeerd: fase");

        String page = kr.get("/dossiers/" + utrecht).getBody();
        assertThat(page).contains("Fase Aanmelding").contains("Fase Oriëntatie").contains("Intakegesprek voeren")
                .contains("/camunda/app/tasklist/default/#/?task=").contains("Uitval registreren");
    }

    @Test
    void otherRegionAndOtherSchoolGet404AndManagementGets403() {
        assertThat(BrowserSession.login(http, "kr.mnl", "demo").get("/dossiers/" + utrecht).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        BrowserSession so = BrowserSession.login(http, "so.spo.overvecht", "demo");
        assertThat(so.get("/dossiers/" + utrecht).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(so.get("/dossiers").getBody()).contains("Mijn zij-instromers").doesNotContain(utrecht.toString());
        assertThat(so.get("/rapportage").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("so.spo.overvecht", "demo").getForEntity("/api/rapportage/uitval-per-fase",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        BrowserSession management = BrowserSession.login(http, "mgmt.utrecht", "demo");
        assertThat(management.get("/dossiers").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(management.get("/dossiers/" + utrecht).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> report = management.get("/rapportage");
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody()).doesNotContain(email).doesNotContain("/dossiers/");
        assertThat(management.get("/rapportage?regio=midden-nederland").getStatusCode())
                .as("another region's report").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("mgmt.utrecht", "demo").getForEntity(
                "/api/rapportage/uitval-per-fase?regio=midden-nederland", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void schoolopleiderSeesOwnSchoolWithCoachingHoursButMayNotRegisterDropout() {
        candidates.placeAtSchool(utrecht, "spo-utrecht", "spo-zonnewijzer");
        BrowserSession so = BrowserSession.login(http, "so.spo.overvecht", "demo");
        String list = so.get("/dossiers?q=" + email).getBody();
        assertThat(list).contains(utrecht.toString()).contains("0 van 320 uur");
        String page = so.get("/dossiers/" + utrecht).getBody();
        assertThat(page).doesNotContain("Uitval registreren").doesNotContain("Gegevens wijzigen");

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("reden", "WERKDRUK");
        form.add("onnodig", "true");
        form.add("_csrf", so.csrfTokenFrom("/dossiers/" + utrecht));
        assertThat(so.postForm("/dossiers/" + utrecht + "/uitval", form).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, utrecht)).isEqualTo("LOPEND");
    }

    @Test
    void notesAndCorrectionsLandInTheHistoryAndBadInputIsRefused() {
        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");
        MultiValueMap<String, String> note = new LinkedMultiValueMap<>();
        note.add("tekst", "Belt volgende week terug.");
        note.add("_csrf", kr.csrfTokenFrom("/dossiers/" + utrecht));
        assertThat(kr.postForm("/dossiers/" + utrecht + "/notities", note).getStatusCode()).isEqualTo(HttpStatus.FOUND);

        MultiValueMap<String, String> noReason = details("Nieuw", "");
        noReason.add("_csrf", kr.csrfTokenFrom("/dossiers/" + utrecht));
        ResponseEntity<String> refused = kr.postForm("/dossiers/" + utrecht + "/gegevens", noReason);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Geef de reden van de wijziging.");
        assertThat(jdbc.queryForObject("select voornaam from dossier where id = ?", String.class, utrecht)).isEqualTo("Test");

        MultiValueMap<String, String> withReason = details("Tessa", "Typefout bij aanmelding");
        withReason.add("_csrf", kr.csrfTokenFrom("/dossiers/" + utrecht));
        assertThat(kr.postForm("/dossiers/" + utrecht + "/gegevens", withReason).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(jdbc.queryForObject("select voornaam from dossier where id = ?", String.class, utrecht)).isEqualTo("Tessa");
        String page = kr.get("/dossiers/" + utrecht).getBody();
        assertThat(page).contains("Belt volgende week terug.")
                .contains("voornaam: Test -&gt; Tessa").contains("Reden: Typefout bij aanmelding");

        MultiValueMap<String, String> noDropoutReason = new LinkedMultiValueMap<>();
        noDropoutReason.add("onnodig", "true");
        noDropoutReason.add("_csrf", kr.csrfTokenFrom("/dossiers/" + utrecht));
        ResponseEntity<String> badDropout = kr.postForm("/dossiers/" + utrecht + "/uitval", noDropoutReason);
        assertThat(badDropout.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDropout.getBody()).contains("Kies een reden van uitval.");
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, utrecht)).isEqualTo("LOPEND");
    }

    private MultiValueMap<String, String> details(String voornaam, String reden) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("voornaam", voornaam);
        form.add("achternaam", "Kandidaat");
        form.add("email", email);
        form.add("telefoon", "06 12345678");
        form.add("reden", reden);
        return form;
    }
}
