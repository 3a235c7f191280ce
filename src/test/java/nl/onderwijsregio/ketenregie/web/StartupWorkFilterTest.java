package nl.onderwijsregio.ketenregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * While the demo data is generated in the background, people can log in and read, every page says so, and
 * every change is a Dutch 503 that stores nothing; afterwards everything works as usual.
 */
@IntegrationTest
class StartupWorkFilterTest {

    static final String NOTICE = "Demo-gegevens worden aangemaakt (test).";

    @Autowired
    TestRestTemplate http;

    @Autowired
    StartupWork work;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void endWork() {
        work.end();
    }

    @Test
    void duringTheStartupWorkPeopleCanLogInAndReadButNotChange() {
        work.begin(() -> NOTICE);
        int dossiers = dossierCount();

        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");
        ResponseEntity<String> page = kr.get("/dossiers");
        ResponseEntity<String> api = http.postForEntity("/api/loket/aanmeldingen",
                TestCandidates.registration(TestCandidates.uniqueEmail("tijdensstart"), "utrecht-stad"), String.class);
        MultiValueMap<String, String> note = new LinkedMultiValueMap<>();
        note.add("tekst", "Gebeld");
        note.add("_csrf", kr.csrfTokenFrom("/dossiers"));
        ResponseEntity<String> form = kr.postForm("/dossiers/00000000-0000-0000-0000-000000000000/notities", note);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("class=\"startup-notice\"", NOTICE);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(api.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(api.getBody()).contains("\"title\":\"Nog even geduld\"", "demo-gegevens", "niets opgeslagen");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(form.getBody()).contains("Nog even geduld", "niets opgeslagen");
        assertThat(dossierCount()).isEqualTo(dossiers);
    }

    @Test
    void afterTheStartupWorkChangesAreAcceptedAndTheNoticeIsGone() {
        work.begin(() -> NOTICE);
        work.end();

        ResponseEntity<String> api = http.postForEntity("/api/loket/aanmeldingen",
                TestCandidates.registration(TestCandidates.uniqueEmail("nastart"), "utrecht-stad"), String.class);
        String page = BrowserSession.login(http, "kr.utrecht", "demo").get("/dossiers").getBody();

        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(page).doesNotContain("startup-notice");
    }

    private int dossierCount() {
        return jdbc.queryForObject("select count(*) from dossier", Integer.class);
    }
}
