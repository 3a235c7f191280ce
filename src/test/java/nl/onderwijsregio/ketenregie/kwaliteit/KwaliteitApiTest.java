package nl.onderwijsregio.ketenregie.kwaliteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quality cycles over HTTP: who may start and see rounds and reviews (the werkgroep of the region,
 * management reading, coordinators only their own self-evaluation, a guest reviewer only their review),
 * bad input refused in Dutch with nothing stored, a second open round or review a conflict.
 */
@IntegrationTest
class KwaliteitApiTest {

    /** A year of the API's range that the test frees again when done (rounds of a reused database stay). */
    private static final int YEAR = 2099;

    @Autowired
    TestRestTemplate http;

    @Autowired
    CycleDriver driver;

    @Autowired
    IdentityService identityService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyTheRegionsWerkgroepStartsARoundOnceAndBadInputIsRefusedInDutch() {
        Map<String, Object> round = Map.of("regio", CycleDriver.REGION, "jaar", YEAR);
        assertThat(http.postForEntity("/api/kwaliteit/monitorrondes", round, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String outsider : List.of("kw.utrecht", "mgmt.mnl", "pc.mnl.vo", "kr.mnl")) {
            assertThat(as(outsider).postForEntity("/api/kwaliteit/monitorrondes", round, String.class).getStatusCode())
                    .as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        int before = rounds();
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("jaar", YEAR), Map.<String, Object>of("regio", "atlantis", "jaar", YEAR),
                Map.<String, Object>of("regio", CycleDriver.REGION, "jaar", 1999), Map.<String, Object>of("regio", CycleDriver.REGION, "jaar", "volgend"))) {
            ResponseEntity<Map> answer = as("kw.mnl").postForEntity("/api/kwaliteit/monitorrondes", bad, Map.class);
            assertThat(answer.getStatusCode()).as(bad.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(bad.toString()).containsKey("fouten");
        }
        assertThat(rounds()).isEqualTo(before);

        freeYear();
        ResponseEntity<Map> created = as("kw.mnl").postForEntity("/api/kwaliteit/monitorrondes", round, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        UUID id = UUID.fromString((String) created.getBody().get("id"));
        ResponseEntity<Map> again = as("kw.mnl").postForEntity("/api/kwaliteit/monitorrondes", round, Map.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail")).asString().contains("loopt al een monitorronde");
        end(id);
    }

    @Test
    void aCoordinatorSeesOnlyItsOwnSelfEvaluationManagementAllOutsidersNothing() {
        UUID round = driver.closedRound(3);
        String path = "/api/kwaliteit/monitorrondes/" + round;

        ResponseEntity<Map> werkgroep = as("kw.mnl").getForEntity(path, Map.class);
        assertThat(werkgroep.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(partnerships(werkgroep)).containsExactly("mnl-mbo", "mnl-vo");
        assertThat(werkgroep.getBody()).containsKeys("standaarden", "tijdlijn").containsEntry("status", "AFGESLOTEN");
        assertThat(partnerships(as("mgmt.mnl").getForEntity(path, Map.class))).containsExactly("mnl-mbo", "mnl-vo");

        ResponseEntity<Map> coordinator = as("pc.mnl.vo").getForEntity(path, Map.class);
        assertThat(coordinator.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(partnerships(coordinator)).containsExactly("mnl-vo");
        assertThat(coordinator.getBody().get("samenvatting")).as("the regional summary is the werkgroep's").isNull();

        for (String outsider : List.of("kw.utrecht", "pc.utrecht.po", "mgmt.utrecht", "kr.mnl", "so.mnl.amersfoort")) {
            assertThat(as(outsider).getForEntity(path, String.class).getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void aGuestReviewerSeesOnlyTheirReviewAndNothingElse() {
        driver.closedRound(3);
        driver.noOpenReview();
        Map<String, Object> body = Map.of("regio", CycleDriver.REGION);
        assertThat(as("kw.utrecht").postForEntity("/api/kwaliteit/peerreviews", body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("kw.mnl").postForEntity("/api/kwaliteit/peerreviews", Map.of("regio", ""), Map.class).getBody())
                .containsKey("fouten");
        ResponseEntity<Map> created = as("kw.mnl").postForEntity("/api/kwaliteit/peerreviews", body, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        UUID review = UUID.fromString((String) created.getBody().get("id"));
        assertThat(as("kw.mnl").postForEntity("/api/kwaliteit/peerreviews", body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        String panel = "/api/kwaliteit/peerreviews/" + review + "/panel";
        Map<String, Object> chair = member("Ria Voorzitter", "ria@example.org", "VOORZITTER", "ANDERE_REGIO");
        assertThat(as("kw.mnl").postForEntity(panel, chair, String.class).getStatusCode())
                .as("not while the report is prepared").isEqualTo(HttpStatus.CONFLICT);
        driver.complete(review, "Task_RapportOpstellen", "kw.mnl", "werkgroep-kwaliteit", Map.of("vrijeTekst", "Context."));
        ResponseEntity<Map> bad = as("kw.mnl").postForEntity(panel, member("Ria", "geen-adres", "BAAS", "ANDERE_REGIO"), Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("mgmt.mnl").postForEntity(panel, chair, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("kw.mnl").postForEntity(panel, chair, String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(as("kw.mnl").postForEntity(panel, member("Lars Opleider", "lars@example.org", "REVIEWER", "LERARENOPLEIDING"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        driver.complete(review, "Task_PanelSamenstellen", "kw.mnl", "werkgroep-kwaliteit", Map.of("panelCompleet", true));
        driver.complete(review, "Task_BezoekPlannen", "kw.mnl", "werkgroep-kwaliteit", Map.of(
                "bezoekdatum", LocalDate.now().plusDays(20).toString(), "rapportdeadline", LocalDate.now().plusDays(40).toString()));
        String guest = jdbc.queryForObject("select guest_user_id from peer_review_panel_member where review_id = ? "
                + "and panel_role = 'VOORZITTER'", String.class, review);
        User user = identityService.createUserQuery().userId(guest).singleResult();
        user.setPassword("gast-wachtwoord-test");
        identityService.saveUser(user);
        TestRestTemplate asGuest = http.withBasicAuth(guest, "gast-wachtwoord-test");

        String path = "/api/kwaliteit/peerreviews/" + review;
        ResponseEntity<Map> seen = asGuest.getForEntity(path, Map.class);
        assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(seen.getBody()).containsEntry("status", "VISITATIE").containsKeys("panel", "tijdlijn", "vrijeTekst");
        assertThat(as("kw.mnl").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("mgmt.mnl").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String outsider : List.of("kw.utrecht", "pc.mnl.vo", "kr.mnl")) {
            assertThat(as(outsider).getForEntity(path, String.class).getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
        }
        UUID round = driver.closedRound(2);
        assertThat(asGuest.getForEntity("/api/kwaliteit/monitorrondes/" + round, String.class).getStatusCode())
                .as("a guest sees no monitor round").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asGuest.postForEntity("/api/kwaliteit/peerreviews/" + review + "/verbeteracties",
                Map.of("eigenaar", "mnl-vo", "standaard", "BO", "omschrijving", "x", "deadline", "2030-01-01"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        driver.noOpenReview();
    }

    @Test
    void partnershipsAreListedPerRegionAndMaintainedByTheAdministrator() {
        String list = as("kw.mnl").getForEntity("/api/kwaliteit/partnerschappen", String.class).getBody();
        assertThat(list).contains("mnl-vo", "mnl-mbo").doesNotContain("utrecht-po");

        driver.testRegion();
        Map<String, Object> body = new HashMap<>(Map.of("naam", "Test Samen Opleiden", "regio", CycleDriver.TEST_REGION,
                "sector", "MBO", "scholen", List.of(CycleDriver.TEST_SCHOOL), "opleidingen", List.of("marnix")));
        assertThat(as("kw.utrecht").exchange("/api/kwaliteit/partnerschappen/test-po", HttpMethod.PUT,
                new HttpEntity<>(body), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> wrongSchool = new HashMap<>(body);
        wrongSchool.put("scholen", List.of("eemland-college"));
        ResponseEntity<Map> refused = as("admin").exchange("/api/kwaliteit/partnerschappen/test-po", HttpMethod.PUT,
                new HttpEntity<>(wrongSchool), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("scholen");

        assertThat(as("admin").exchange("/api/kwaliteit/partnerschappen/test-po", HttpMethod.PUT, new HttpEntity<>(body),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("admin").getForEntity("/api/kwaliteit/partnerschappen", String.class).getBody())
                .contains("Test Samen Opleiden");
        assertThat(as("kw.utrecht").getForEntity("/api/kwaliteit/partnerschappen", String.class).getBody())
                .as("another region's").doesNotContain("Test Samen Opleiden");
        assertThat(identityService.createGroupQuery().groupId("partnerschap:test-po").count()).isOne();
    }

    private static List<Object> partnerships(ResponseEntity<Map> round) {
        return ((List<Map<String, Object>>) round.getBody().get("partnerschappen")).stream()
                .map(e -> e.get("partnerschap")).toList();
    }

    private static Map<String, Object> member(String name, String email, String role, String origin) {
        return Map.of("naam", name, "email", email, "rol", role, "herkomst", origin, "organisatie", "Onderwijsregio Rotterdam");
    }

    private int rounds() {
        return jdbc.queryForObject("select count(*) from monitor_round", Integer.class);
    }

    private void freeYear() {
        jdbc.queryForList("select id from monitor_round where open_key = ?", UUID.class, CycleDriver.REGION + "/" + YEAR)
                .forEach(this::end);
    }

    /** Ends a round this test opened, so the year is free in the next run on the same database. */
    private void end(UUID round) {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(round.toString()).list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test", true, true));
        jdbc.update("update monitor_round set open_key = null, status = 'AFGESLOTEN' where id = ?", round);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }
}
