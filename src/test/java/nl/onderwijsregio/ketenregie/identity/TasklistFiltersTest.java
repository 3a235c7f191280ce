package nl.onderwijsregio.ketenregie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Dutch work lists as Tasklist loads them (the webapp's engine API with the user's session, HAL JSON):
 * a task worker sees their group's tasks, each with its dossier number.
 */
@IntegrationTest
class TasklistFiltersTest {

    private static final MediaType HAL = MediaType.parseMediaType("application/hal+json");
    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JourneyDriver journeys;

    @Autowired
    FilterService filterService;

    @Test
    void aSchoolopleiderSeesTheGroupsTaskWithItsDossierNumber() throws Exception {
        JourneyDriver.Journey journey = journeys.start("utrecht-stad", "PO", "HBO")
                .intake("PO", "HBO", false, false).continueWithAdvice("marnix")
                .asKetenregisseur("Task_VliegendeStartPlannen", "vliegendeStartSchool", "spo-zonnewijzer");
        String taskId = journey.task("Task_VliegendeStartAfronden").getId();
        String number = (String) journey.dossierRow().get("dossier_number");
        BrowserSession schoolopleider = BrowserSession.login(http, "so.spo.overvecht", "demo");

        JsonNode tasks = list(schoolopleider, "Taken van mijn groep");

        List<String> ids = new ArrayList<>();
        tasks.path("_embedded").path("task").forEach(task -> ids.add(task.get("id").asText()));
        assertThat(ids).contains(taskId);
        JsonNode task = find(tasks.path("_embedded").path("task"), taskId);
        assertThat(task.path("_embedded").path("variable").findValuesAsText("value")).contains(number);
    }

    private JsonNode list(BrowserSession session, String filterName) throws Exception {
        String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
        ResponseEntity<String> response = session.get(ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=1000", HAL);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return new ObjectMapper().readTree(response.getBody());
    }

    private static JsonNode find(JsonNode tasks, String taskId) {
        for (JsonNode task : tasks) {
            if (task.get("id").asText().equals(taskId)) {
                return task;
            }
        }
        throw new AssertionError("task " + taskId + " not listed");
    }
}
