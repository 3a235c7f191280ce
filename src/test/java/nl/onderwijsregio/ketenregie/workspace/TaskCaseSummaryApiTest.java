package nl.onderwijsregio.ketenregie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case summary beside a task in Tasklist: only for a dossier the user may see, without contact data. */
@IntegrationTest
class TaskCaseSummaryApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JourneyDriver journeys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSchoolopleiderOfTheHostSchoolSeesTheSummaryOfTheTasksDossier() throws Exception {
        JourneyDriver.Journey journey = inVliegendeStartAtDeZonnewijzer();
        jdbc.update("insert into dossier_note (dossier_id, created_at, author, text) values (?, now(), ?, ?)",
                journey.dossierId, "kr.utrecht", "Start op maandag, eerst meelopen.");
        String taskId = journey.task("Task_VliegendeStartAfronden").getId();

        ResponseEntity<String> response = as("so.spo.overvecht").getForEntity(path(taskId), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode summary = new ObjectMapper().readTree(response.getBody());
        Map<String, Object> row = journey.dossierRow();
        assertThat(summary.get("dossiernummer").asText()).isEqualTo(row.get("dossier_number"));
        assertThat(summary.get("naam").asText()).isEqualTo(row.get("voornaam") + " " + row.get("achternaam"));
        assertThat(summary.get("fase").asText()).isEqualTo("VLIEGENDE_START");
        assertThat(summary.get("pagina").asText()).isEqualTo("/dossiers/" + journey.dossierId);
        assertThat(summary.get("openTermijnen").findValuesAsText("taak")).contains("Vliegende Start afronden");
        assertThat(summary.get("laatsteNotities").findValuesAsText("tekst")).contains("Start op maandag, eerst meelopen.");
        assertThat(response.getBody()).as("no contact data in the summary")
                .doesNotContain((String) row.get("email"), "telefoon", "email");
    }

    @Test
    void outsideTheUsersScopeTheSummaryIsNotFound() {
        JourneyDriver.Journey journey = inVliegendeStartAtDeZonnewijzer();
        String taskId = journey.task("Task_VliegendeStartAfronden").getId();

        assertThat(as("kr.utrecht").getForEntity(path(taskId), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String outsider : List.of("so.ksu.leidscherijn", "hr.ksu", "kr.mnl", "so.mnl.amersfoort")) {
            ResponseEntity<String> response = as(outsider).getForEntity(path(taskId), String.class);
            assertThat(response.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getBody()).as(outsider).contains("buiten je bereik")
                    .doesNotContain(String.valueOf(journey.dossierRow().get("achternaam")));
        }
        assertThat(as("mgmt.utrecht").getForEntity(path(taskId), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(path(taskId), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("kr.utrecht").getForEntity(path("geen-taak"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void everySummaryShownIsAReadInTheReadLogAndARefusedOneIsNot() {
        JourneyDriver.Journey journey = inVliegendeStartAtDeZonnewijzer();
        String taskId = journey.task("Task_VliegendeStartAfronden").getId();

        for (String user : List.of("so.spo.overvecht", "kr.utrecht", "so.ksu.leidscherijn", "kr.mnl", "mgmt.utrecht")) {
            as(user).getForEntity(path(taskId), String.class);
        }

        assertThat(jdbc.queryForList("select user_id || ' ' || screen || ' ' || purpose from dossier_read "
                + "where dossier_id = ? and screen like 'GET /api/taken/%' order by user_id", String.class,
                journey.dossierId)).containsExactly(
                        "kr.utrecht GET /api/taken/{taakId}/dossier TAAKAFHANDELING",
                        "so.spo.overvecht GET /api/taken/{taakId}/dossier TAAKAFHANDELING");
    }

    private JourneyDriver.Journey inVliegendeStartAtDeZonnewijzer() {
        return journeys.start("utrecht-stad", "PO", "HBO").intake("PO", "HBO", false, false).continueWithAdvice("marnix")
                .asKetenregisseur("Task_VliegendeStartPlannen", "vliegendeStartSchool", "spo-zonnewijzer");
    }

    private static String path(String taskId) {
        return "/api/taken/" + taskId + "/dossier";
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }
}
