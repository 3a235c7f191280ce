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
import org.springframework.mock.web.MockHttpServletRequest;
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

    @Test
    void tasklistsQueriesSentAsPostStillReadButEngineChangesWait() {
        assertThat(StartupWorkFilter.changes(request("POST", "/camunda/api/engine/engine/default/filter/f1/list"))).isFalse();
        assertThat(StartupWorkFilter.changes(request("POST", "/camunda/api/engine/engine/default/filter/f1/count"))).isFalse();
        assertThat(StartupWorkFilter.changes(request("GET", "/engine-rest/task"))).isFalse();
        assertThat(StartupWorkFilter.changes(request("POST", "/login"))).isFalse();
        assertThat(StartupWorkFilter.changes(request("POST", "/camunda/api/engine/engine/default/task/t1/submit-form")))
                .isTrue();
        assertThat(StartupWorkFilter.changes(request("POST", "/engine-rest/task/t1/claim"))).isTrue();
        assertThat(StartupWorkFilter.changes(request("PUT", "/api/dossiers/d1/gegevens"))).isTrue();
        assertThat(StartupWorkFilter.changes(request("POST", "/list"))).isTrue();
        // Judged on the decoded path the servlets route by, not on its spelling.
        MockHttpServletRequest disguised = request("POST", "/engine-rest/task/t1/complete");
        disguised.setQueryString("x=/list");
        assertThat(StartupWorkFilter.changes(disguised)).isTrue();
        assertThat(StartupWorkFilter.changes(request("POST", "/engine-rest/task/t1/%63omplete"))).isTrue();
        assertThat(StartupWorkFilter.changes(request("POST", "/engine-rest/filter/f1/%6Cist"))).isFalse();
    }

    private static MockHttpServletRequest request(String method, String path) {
        return new MockHttpServletRequest(method, path);
    }

    private int dossierCount() {
        return jdbc.queryForObject("select count(*) from dossier", Integer.class);
    }
}
