package nl.onderwijsregio.ketenregie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dossier gets a short number per region and year that staff use in Tasklist and on the work list; it
 * is the only case context the engine holds, so tasks say whom they concern without personal data.
 */
@IntegrationTest
class DossierNumberTest {

    @Autowired
    JourneyDriver driver;

    @Autowired
    TestCandidates candidates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    TestRestTemplate http;

    @Test
    void numbersCountUpPerRegionAndYearAndAreNeverReused() {
        String first = numberOf(candidates.register("utrecht-stad"));
        String second = numberOf(candidates.register("utrecht-stad"));
        String elsewhere = numberOf(candidates.register("midden-nederland"));

        int year = LocalDate.now().getYear();
        assertThat(first).matches("UTR-" + year + "-\\d{4,}");
        assertThat(elsewhere).matches("MNL-" + year + "-\\d{4,}");
        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
    }

    @Test
    void everyTaskOfTheDossierCarriesItsNumberAndNoPersonalData() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        String number = numberOf(journey.dossierId);

        Task intake = journey.task("Task_IntakeGesprek");
        assertThat(intake.getDescription()).startsWith("Dossier " + number + " · ").contains("oriënterende gesprek");
        assertThat(runtimeService.getVariable(journey.instance().getId(), "dossiernummer")).isEqualTo(number);
        journey.fireTimer("Task_IntakeGesprek");
        assertThat(journey.task("Task_VerlopenTaakOpvolgen").getDescription()).as("also the follow-up of overdue work")
                .startsWith("Dossier " + number);
        Map<String, Object> row = jdbc.queryForMap("select voornaam, achternaam, email from dossier where id = ?",
                journey.dossierId);
        assertThat(intake.getDescription()).doesNotContain((String) row.get("VOORNAAM"), (String) row.get("ACHTERNAAM"),
                (String) row.get("EMAIL"));
    }

    @Test
    void theWorkListAndTheApiFindTheDossierByItsNumber() {
        UUID dossier = candidates.register("utrecht-stad");
        String number = numberOf(dossier);
        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");
        assertThat(kr.get("/dossiers?q=" + number).getBody()).contains(dossier.toString(), number);
        assertThat(http.withBasicAuth("kr.utrecht", "demo").getForEntity("/api/dossiers/" + dossier, String.class).getBody())
                .contains("\"dossiernummer\":\"" + number + "\"");
    }

    private String numberOf(UUID dossier) {
        return jdbc.queryForObject("select dossier_number from dossier where id = ?", String.class, dossier);
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
