package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A task completion may change only what its task declares, whichever way it arrives; refusals answer
 * 400 (or 403/404) with the Dutch message alone. Each test reproduces a finding of the outside review:
 * before the platform's command guard, these completions rerouted the case or answered HTTP 500.
 */
@IntegrationTest
class DeclaredVariablesRestTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JourneyDriver driver;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void aCompletionWithUndeclaredVariablesIsRefusedAndChangesNothing() {
        Journey journey = atApplication();
        String taskId = journey.task("Task_Sollicitatieprocedure").getId();

        ResponseEntity<Map> answer = complete("hr.spo", taskId, vars("sollicitatieUitkomst", "aanbod",
                "school", "ksu-regenboog", "bestuur", "ksu", "opleiding", "hu", "regio", "midden-nederland"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertDutchOnly(answer);
        assertThat((String) answer.getBody().get("detail")).contains("'bestuur'", "'opleiding'", "'regio'", "'school'");
        assertThat(journey.task("Task_Sollicitatieprocedure").getId()).isEqualTo(taskId);
        assertThat(runtimeService.getVariables(journey.instance().getId()))
                .containsEntry("school", "spo-zonnewijzer").containsEntry("bestuur", "spo-utrecht")
                .containsEntry("opleiding", "marnix").containsEntry("regio", "utrecht-stad")
                .doesNotContainKey("sollicitatieUitkomst");

        // The same completion with only what the form asks goes through, to the institute chosen earlier.
        assertThat(complete("hr.spo", taskId, vars("sollicitatieUitkomst", "aanbod")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(journey.task("Task_Geschiktheidsonderzoek")).isNotNull();
        assertThat(http.withBasicAuth("lo.marnix", "demo").getForEntity("/engine-rest/task?processInstanceBusinessKey="
                + journey.dossierId, String.class).getBody()).contains("Task_Geschiktheidsonderzoek");
    }

    @Test
    void taskWorkersCannotWriteVariablesOutsideACompletion() {
        Journey journey = atApplication();
        String taskId = journey.task("Task_Sollicitatieprocedure").getId();
        HttpEntity<Map<String, Object>> regio = json(Map.of("value", "midden-nederland", "type", "String"));

        ResponseEntity<Map> put = http.withBasicAuth("hr.spo", "demo").exchange("/engine-rest/task/" + taskId
                + "/variables/regio", HttpMethod.PUT, regio, Map.class);
        ResponseEntity<Map> local = http.withBasicAuth("hr.spo", "demo").exchange("/engine-rest/task/" + taskId
                + "/localVariables/bestuur", HttpMethod.PUT, json(Map.of("value", "ksu", "type", "String")), Map.class);
        ResponseEntity<Map> modify = http.withBasicAuth("hr.spo", "demo").postForEntity("/engine-rest/task/" + taskId
                + "/variables", json(Map.of("modifications", Map.of("bestuur", Map.of("value", "ksu", "type", "String")))),
                Map.class);

        for (ResponseEntity<Map> answer : List.of(put, local, modify)) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertDutchOnly(answer);
        }
        assertThat(runtimeService.getVariables(journey.instance().getId()))
                .containsEntry("regio", "utrecht-stad").containsEntry("bestuur", "spo-utrecht");
        assertThat(runtimeService.getVariablesLocal(journey.task("Task_Sollicitatieprocedure").getExecutionId()))
                .doesNotContainKey("bestuur");
    }

    @Test
    void aSchoolopleiderCannotMoveTheCandidateToAnotherRegion() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO").intake("PO", "HBO", false, false)
                .continueWithAdvice("marnix");
        journey.asKetenregisseur("Task_VliegendeStartPlannen", "vliegendeStartSchool", "spo-zonnewijzer");
        String taskId = journey.task("Task_VliegendeStartAfronden").getId();

        ResponseEntity<Map> answer = complete("so.spo.overvecht", taskId,
                vars("vliegendeStartUitkomst", "go", "regio", "midden-nederland"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertDutchOnly(answer);
        assertThat(complete("so.spo.overvecht", taskId, vars("vliegendeStartUitkomst", "go")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        // The ketenregisseur's next step works for the Utrecht school: the candidate is not stuck.
        journey.asKetenregisseur("Task_MatchVoorstellen", "school", "spo-zonnewijzer");
        assertThat(journey.task("Task_Sollicitatieprocedure")).isNotNull();
    }

    @Test
    void aReadOnlyFieldMayOnlyComeBackUnchanged() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO").intake("PO", "HBO", false, false)
                .continueWithAdvice("marnix").vliegendeStart("spo-zonnewijzer", "go");
        String taskId = journey.task("Task_MatchVoorstellen").getId();

        ResponseEntity<Map> raised = complete("kr.utrecht", taskId, vars("school", "spo-zonnewijzer", "matchRonde", 0));

        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) raised.getBody().get("detail")).contains("'matchRonde'", "niet wijzigen");
        assertThat(complete("kr.utrecht", taskId, vars("school", "spo-zonnewijzer", "matchRonde", 1)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aRefusedCompletionIsA400WithTheDutchMessageAloneAndTheTaskStaysOpen() {
        Journey journey = atApplication();
        String taskId = journey.task("Task_Sollicitatieprocedure").getId();

        ResponseEntity<Map> answer = complete("hr.spo", taskId, vars("sollicitatieUitkomst", "misschien"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertDutchOnly(answer);
        assertThat((String) answer.getBody().get("detail")).startsWith("Het formulier is niet afgerond");
        assertThat(answer.getBody().get("message")).isEqualTo(answer.getBody().get("detail"));
        assertThat(journey.task("Task_Sollicitatieprocedure").getId()).isEqualTo(taskId);
    }

    @Test
    void anInstanceOfAnotherRegionIsA404LikeAnUnknownId() {
        String utrechtInstance = atApplication().instance().getId();

        ResponseEntity<Map> otherRegion = http.withBasicAuth("kr.mnl", "demo").exchange(
                "/engine-rest/process-instance/" + utrechtInstance + "/variables", HttpMethod.GET, null, Map.class);

        assertThat(otherRegion.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertDutchOnly(otherRegion);
    }

    @Test
    void aTaskOfAnotherRegionIsA404InEverySpellingOfThePath() {
        String taskId = atApplication().task("Task_Sollicitatieprocedure").getId();
        for (String path : List.of("/engine-rest/task/", "/engine-rest/t%61sk/", "/engine-rest//task/",
                "/engine-rest/task;x=1/")) {
            ResponseEntity<Map> answer = http.withBasicAuth("hr.mnl", "demo").postForEntity(
                    path + taskId + "/complete", json(Map.of("variables", vars("sollicitatieUitkomst", "aanbod"))), Map.class);
            assertThat(answer.getStatusCode()).as(path).isIn(HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
            assertThat(answer.getStatusCode().is5xxServerError()).as(path).isFalse();
        }
    }

    private Journey atApplication() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO").intake("PO", "HBO", false, false)
                .continueWithAdvice("marnix").vliegendeStart("spo-zonnewijzer", "go");
        journey.asKetenregisseur("Task_MatchVoorstellen", "school", "spo-zonnewijzer");
        return journey;
    }

    private ResponseEntity<Map> complete(String user, String taskId, Map<String, Object> variables) {
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/complete",
                json(Map.of("variables", variables)), Map.class);
    }

    private static void assertDutchOnly(ResponseEntity<Map> answer) {
        String body = String.valueOf(answer.getBody());
        assertThat(body).doesNotContain("ENGINE-", "Exception", "org.camunda", "Cannot");
        assertThat(answer.getBody()).containsKeys("title", "status", "detail");
    }

    private static <T> HttpEntity<T> json(T body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            String type = value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer" : "String";
            variables.put((String) keyValues[i], Map.of("value", value, "type", type));
        }
        return variables;
    }
}
