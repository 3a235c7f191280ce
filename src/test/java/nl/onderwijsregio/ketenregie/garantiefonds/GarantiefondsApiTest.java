package nl.onderwijsregio.ketenregie.garantiefonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The garantiefonds API over HTTP: who may apply and see what, bad input refused in Dutch with nothing
 * stored, and the budget figures for management and the administrator only.
 */
@IntegrationTest
class GarantiefondsApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JourneyDriver driver;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    JdbcTemplate jdbc;

    Journey journey;

    @BeforeEach
    void matchedCandidate() {
        organisation.ensure();
        journey = driver.matchedInMiddenNederland();
    }

    @Test
    void theKetenregisseurOrHrOfTheMatchedBestuurApplyOthersCannot() {
        assertThat(apply("kr.utrecht", valid()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(apply("hr.spo", valid()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(apply("mgmt.mnl", valid()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(apply("gf.commissie", valid()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity(path(), valid(), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(count()).isZero();

        ResponseEntity<Map> created = apply("hr.mnl", valid());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsKey("id");

        ResponseEntity<Map> again = apply("kr.mnl", valid());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail")).asString().contains("loopt al een garantiefondsaanvraag");
        assertThat(count()).isOne();
    }

    @Test
    void badInputIsRefusedInDutchAndStoresNothing() {
        for (Map<String, Object> bad : List.of(with("bedrag", 0), with("bedrag", 7500.01), with("bedrag", 12.345),
                with("bedrag", "veel"), with("risico", "ONZIN"), with("opleiding", "marnix"),
                with("startdatumOpleiding", LocalDate.now().toString()), with("startdatumOpleiding", "morgen"),
                with("motivatie", null))) {
            ResponseEntity<Map> answer = apply("kr.mnl", bad);
            assertThat(answer.getStatusCode()).as(bad.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(bad.toString()).containsKey("fouten");
        }
        assertThat(count()).isZero();
    }

    @Test
    void listsAndDetailsFollowTheScope() {
        UUID id = UUID.fromString((String) apply("kr.mnl", valid()).getBody().get("id"));

        assertThat(list("kr.mnl")).contains(id.toString());
        assertThat(list("gf.commissie")).contains(id.toString());
        assertThat(list("hr.mnl")).contains(id.toString());
        assertThat(list("kr.utrecht")).doesNotContain(id.toString());
        assertThat(list("hr.spo")).doesNotContain(id.toString());
        assertThat(as("mgmt.mnl").getForEntity("/api/garantiefonds", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("so.mnl.amersfoort").getForEntity("/api/garantiefonds", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> detail = as("gf.commissie").getForEntity("/api/garantiefonds/" + id, Map.class);
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody()).containsEntry("status", "INGEDIEND").containsKeys("statushistorie", "grootboek");
        for (String outsider : List.of("kr.utrecht", "hr.ksu", "mgmt.mnl", "so.mnl.amersfoort")) {
            assertThat(as(outsider).getForEntity("/api/garantiefonds/" + id, String.class).getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void theBudgetIsSetByTheAdministratorAndReadByTheRegion() {
        int year = LocalDate.now().getYear() + 2;
        String budget = "/api/garantiefonds/budget?regio=midden-nederland&jaar=" + year;
        assertThat(as("admin").exchange(budget, HttpMethod.PUT, new HttpEntity<>(Map.of("budget", 50000)), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> figures = as("mgmt.mnl").getForEntity(budget, Map.class);
        assertThat(figures.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(figures.getBody()).containsKeys("budget", "gereserveerd", "uitbetaald", "beschikbaar");
        assertThat(((Number) figures.getBody().get("beschikbaar")).doubleValue()).isEqualTo(50000.0);

        assertThat(as("kr.mnl").exchange(budget, HttpMethod.PUT, new HttpEntity<>(Map.of("budget", 1)), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("admin").exchange(budget, HttpMethod.PUT, new HttpEntity<>(Map.of("budget", -1)), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("so.mnl.amersfoort").getForEntity(budget, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("mgmt.utrecht").getForEntity(budget, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("mgmt.mnl").getForEntity("/api/garantiefonds/budget?regio=atlantis", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<Map> apply(String user, Map<String, Object> body) {
        return as(user).postForEntity(path(), body, Map.class);
    }

    private String list(String user) {
        return as(user).getForEntity("/api/garantiefonds?size=100", String.class).getBody();
    }

    private String path() {
        return "/api/dossiers/" + journey.dossierId + "/garantiefonds";
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from fund_application where dossier_id = ?", Long.class, journey.dossierId);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private static Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("bedrag", 3000);
        body.put("risico", "LOONKOSTEN_VOOR_START");
        body.put("opleiding", "hu");
        body.put("startdatumOpleiding", LocalDate.now().plusDays(60).toString());
        body.put("motivatie", "TEKORTVAK");
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        return body;
    }
}
