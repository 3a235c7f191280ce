package nl.onderwijsregio.ketenregie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Saved work list views: per user, shared within the region only, filters only, refusals in Dutch. */
@IntegrationTest
class SavedViewsTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSharedViewShowsInTheMenuOfRegionColleaguesOnly() {
        String shared = "Verlopen PO " + UUID.randomUUID().toString().substring(0, 6);
        String own = "Alleen ik " + UUID.randomUUID().toString().substring(0, 6);
        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");

        ResponseEntity<String> saved = kr.postForm("/dossiers/weergaven", form(kr, "naam", shared, "gedeeld", "true",
                "query", "sector=PO&termijn=verlopen&sorteer=TERMIJN&pagina=3&elders=x"));
        kr.postForm("/dossiers/weergaven", form(kr, "naam", own, "query", "fase=MATCHING"));

        assertThat(saved.getHeaders().getLocation()).hasPath("/dossiers")
                .hasQuery("sector=PO&sorteer=TERMIJN&termijn=verlopen");
        assertThat(kr.get("/dossiers").getBody()).contains(shared, own);
        String colleague = BrowserSession.login(http, "kr2.utrecht", "demo").get("/").getBody();
        assertThat(colleague).contains(shared).doesNotContain(own);
        assertThat(BrowserSession.login(http, "kr.mnl", "demo").get("/dossiers").getBody()).doesNotContain(shared);
    }

    @Test
    void aNameIsRequiredAndUniquePerUserAndOnlyTheOwnerDeletes() {
        String name = "Mijn lijst " + UUID.randomUUID().toString().substring(0, 6);
        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");
        kr.postForm("/dossiers/weergaven", form(kr, "naam", name, "query", "fase=MATCHING"));
        int before = views();

        ResponseEntity<String> again = kr.postForm("/dossiers/weergaven", form(kr, "naam", name, "query", ""));
        assertThat(kr.get(again.getHeaders().getLocation().getPath()).getBody()).contains("al een weergave met deze naam");
        kr.postForm("/dossiers/weergaven", form(kr, "naam", "  ", "query", ""));
        assertThat(kr.get("/dossiers").getBody()).contains("Geef de weergave een naam", "aria-invalid=\"true\"");
        kr.postForm("/dossiers/weergaven", form(kr, "naam", "<b>x</b>", "query", ""));
        assertThat(kr.get("/dossiers").getBody()).contains("hoogstens 80 tekens gewone tekst");
        assertThat(views()).isEqualTo(before);

        Long id = jdbc.queryForObject("select id from saved_view where name = ?", Long.class, name);
        BrowserSession other = BrowserSession.login(http, "kr2.utrecht", "demo");
        assertThat(other.postForm("/dossiers/weergaven/" + id + "/verwijderen", form(other)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        kr.postForm("/dossiers/weergaven/" + id + "/verwijderen", form(kr));
        assertThat(views()).isEqualTo(before - 1);
    }

    @Test
    void aColleaguesRememberedMenuShowsASharedViewAtOnceAndLosesItAtOnceWhenDeleted() {
        String shared = "Matching " + UUID.randomUUID().toString().substring(0, 6);
        BrowserSession colleague = BrowserSession.login(http, "kr2.utrecht", "demo");
        assertThat(colleague.get("/").getBody()).doesNotContain(shared); // now remembered for kr2.utrecht
        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");

        kr.postForm("/dossiers/weergaven", form(kr, "naam", shared, "gedeeld", "true", "query", "fase=SOLLICITATIE"));
        assertThat(colleague.get("/").getBody()).contains(shared);

        Long id = jdbc.queryForObject("select id from saved_view where name = ?", Long.class, shared);
        kr.postForm("/dossiers/weergaven/" + id + "/verwijderen", form(kr));
        assertThat(colleague.get("/").getBody()).doesNotContain(shared);
        assertThat(kr.get("/dossiers").getBody()).doesNotContain(shared);
    }

    private int views() {
        return jdbc.queryForObject("select count(*) from saved_view", Integer.class);
    }

    private static MultiValueMap<String, String> form(BrowserSession session, String... keyValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.add(keyValues[i], keyValues[i + 1]);
        }
        form.add("_csrf", session.csrfTokenFrom("/dossiers"));
        return form;
    }
}
