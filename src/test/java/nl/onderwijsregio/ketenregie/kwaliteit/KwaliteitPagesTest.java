package nl.onderwijsregio.ketenregie.kwaliteit;

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

/**
 * The quality pages over HTTP with a real login: management and the werkgroep see the heat map, a
 * coordinator only its own self-evaluation, a guest only the review they are on; the werkgroep's page
 * actions answer bad input in Dutch and store nothing.
 */
@IntegrationTest
class KwaliteitPagesTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    CycleDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHeatMapIsForManagementAndTheWerkgroepTheRoundShowsACoordinatorOnlyItsOwn() {
        UUID round = driver.closedRound(3);
        ResponseEntity<String> overview = BrowserSession.login(http, "mgmt.mnl", "demo").get("/kwaliteit");
        assertThat(overview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(overview.getBody()).contains("heatmap-midden-nederland", "data-partnerschap=\"mnl-vo\"")
                .doesNotContain("heatmap-utrecht-stad").doesNotContain("Monitorronde starten");
        assertThat(BrowserSession.login(http, "kw.mnl", "demo").get("/kwaliteit").getBody()).contains("Monitorronde starten");
        for (String outsider : new String[] { "pc.mnl.vo", "kr.mnl", "so.mnl.amersfoort" }) {
            assertThat(BrowserSession.login(http, outsider, "demo").get("/kwaliteit").getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }

        String page = "/kwaliteit/monitorrondes/" + round;
        String coordinator = BrowserSession.login(http, "pc.mnl.vo", "demo").get(page).getBody();
        assertThat(coordinator).contains("Opleidingsschool Eemland-Rivierenland").doesNotContain("Samen Opleiden MBO Midden Nederland")
                .contains("tijdlijn");
        assertThat(BrowserSession.login(http, "kw.utrecht", "demo").get(page).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theWerkgroepsPageActionsRefuseBadInputInDutchAndStoreNothing() {
        driver.noOpenReview();
        BrowserSession werkgroep = BrowserSession.login(http, "kw.mnl", "demo");
        int rounds = jdbc.queryForObject("select count(*) from monitor_round", Integer.class);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", werkgroep.csrfTokenFrom("/kwaliteit"));
        form.add("regio", CycleDriver.REGION);
        form.add("jaar", "1999");
        ResponseEntity<String> refused = werkgroep.postForm("/kwaliteit/monitorrondes", form);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(werkgroep.get("/kwaliteit").getBody()).contains("Het jaar is 2026 of later.");
        assertThat(jdbc.queryForObject("select count(*) from monitor_round", Integer.class)).isEqualTo(rounds);

        MultiValueMap<String, String> review = new LinkedMultiValueMap<>();
        review.add("_csrf", werkgroep.csrfTokenFrom("/kwaliteit"));
        review.add("regio", CycleDriver.REGION);
        ResponseEntity<String> started = werkgroep.postForm("/kwaliteit/peerreviews", review);
        assertThat(started.getHeaders().getLocation().toString()).contains("/kwaliteit/peerreviews/");
        String reviewPage = started.getHeaders().getLocation().getPath();
        assertThat(werkgroep.get(reviewPage).getBody()).contains("Voorbereiding", "tijdlijn");
        BrowserSession management = BrowserSession.login(http, "mgmt.mnl", "demo");
        assertThat(management.get(reviewPage + "/rapport").getBody()).contains("Rapport peer review", "/css/rapport.css");
        assertThat(management.get("/css/rapport.css").getBody()).as("prints on A4 without the screen links")
                .contains("@media print", "@page", ".schermlink { display: none; }");
        assertThat(BrowserSession.login(http, "pc.mnl.vo", "demo").get(reviewPage).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        driver.noOpenReview();
    }

    @Test
    void theAdministratorMaintainsThePartnershipsOnTheirPage() {
        driver.testRegion();
        BrowserSession admin = BrowserSession.login(http, "admin", "demo");
        assertThat(admin.get("/kwaliteit/partnerschappen").getBody()).contains("Opleidingsschool Eemland-Rivierenland");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", admin.csrfTokenFrom("/kwaliteit/partnerschappen"));
        String name = "Testpartnerschap " + UUID.randomUUID().toString().substring(0, 8);
        form.add("code", "test-" + name.substring(17));
        form.add("naam", name);
        form.add("regio", CycleDriver.TEST_REGION);
        form.add("sector", "MBO");
        form.add("opleidingen", "hu");
        admin.postForm("/kwaliteit/partnerschappen", form);
        assertThat(admin.get("/kwaliteit/partnerschappen").getBody()).contains("Kies de scholen.")
                .doesNotContain(name);
        form.set("_csrf", admin.csrfTokenFrom("/kwaliteit/partnerschappen"));
        form.add("scholen", CycleDriver.TEST_SCHOOL);
        admin.postForm("/kwaliteit/partnerschappen", form);
        assertThat(admin.get("/kwaliteit/partnerschappen").getBody()).contains(name);
        assertThat(BrowserSession.login(http, "kw.mnl", "demo").get("/kwaliteit/partnerschappen").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
