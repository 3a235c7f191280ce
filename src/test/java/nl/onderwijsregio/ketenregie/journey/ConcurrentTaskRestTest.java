package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two people act on the same task at the same moment over Camunda's REST API: one wins, the other gets a
 * Dutch 409 (or 404 when the task was already gone), never a 500 with engine text.
 */
@IntegrationTest
class ConcurrentTaskRestTest {

    static final String CHANGED = "Deze taak is intussen door iemand anders afgerond of gewijzigd";
    static final int ROUNDS = 20;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JourneyDriver driver;

    @Test
    void twoConcurrentCompletionsOfOneTaskGiveOneSuccessAndOneDutchRefusal() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Journey journey = driver.start("utrecht-stad", "PO", "HBO");
                String taskId = journey.task("Task_IntakeGesprek").getId();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(threads.submit(completeAfter(start, taskId)));
                }
                start.countDown();
                List<ResponseEntity<Map>> results = new ArrayList<>();
                for (Future<ResponseEntity<Map>> answer : answers) {
                    results.add(answer.get(1, TimeUnit.MINUTES));
                }

                assertThat(results).extracting(ResponseEntity::getStatusCode).as("round " + round)
                        .containsOnlyOnce(HttpStatus.NO_CONTENT);
                ResponseEntity<Map> refused = results.stream()
                        .filter(result -> result.getStatusCode() != HttpStatus.NO_CONTENT).findFirst().orElseThrow();
                assertThat(refused.getStatusCode()).as("round %d: %s", round, refused.getBody()).isIn(HttpStatus.CONFLICT, HttpStatus.NOT_FOUND);
                assertDutchOnly(refused);
                if (refused.getStatusCode() == HttpStatus.CONFLICT) {
                    assertThat((String) refused.getBody().get("detail")).startsWith(CHANGED);
                }
                // The journey went on exactly once.
                assertThat(journey.stages()).doesNotHaveDuplicates().filteredOn(stage -> stage.endsWith(":open"))
                        .hasSize(1);
                assertThat(journey.task("Task_TrajectadviesVaststellen")).isNotNull();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void completingATaskThatWasJustCompletedIsADutch404() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        String taskId = journey.task("Task_IntakeGesprek").getId();
        assertThat(complete(taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map> again = complete(taskId);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertDutchOnly(again);
        assertThat((String) again.getBody().get("detail")).contains("niet gevonden", "intussen afgerond");
    }

    @Test
    void claimingATaskSomebodyElseClaimedIsADutch409() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        String taskId = journey.task("Task_IntakeGesprek").getId();
        assertThat(http.withBasicAuth("kr.utrecht", "demo").postForEntity("/engine-rest/task/" + taskId + "/claim",
                json(Map.of("userId", "kr.utrecht")), Map.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map> second = http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/task/" + taskId
                + "/claim", json(Map.of("userId", "admin")), Map.class);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertDutchOnly(second);
        assertThat((String) second.getBody().get("detail")).startsWith(CHANGED);
        assertThat(second.getBody().get("message")).isEqualTo(second.getBody().get("detail"));
    }

    private Callable<ResponseEntity<Map>> completeAfter(CountDownLatch start, String taskId) {
        return () -> {
            start.await();
            return complete(taskId);
        };
    }

    private ResponseEntity<Map> complete(String taskId) {
        Map<String, Object> variables = Map.of(
                "sector", Map.of("value", "PO", "type", "String"),
                "opleidingsniveau", Map.of("value", "HBO", "type", "String"),
                "buitenlandsDiploma", Map.of("value", false, "type", "Boolean"),
                "eerderBevoegd", Map.of("value", false, "type", "Boolean"));
        return http.withBasicAuth("kr.utrecht", "demo").postForEntity("/engine-rest/task/" + taskId + "/complete",
                json(Map.of("variables", variables)), Map.class);
    }

    private static void assertDutchOnly(ResponseEntity<Map> answer) {
        assertThat(answer.getBody()).as(String.valueOf(answer.getBody())).containsKeys("title", "status", "detail");
        assertThat(String.valueOf(answer.getBody())).doesNotContain("ENGINE-", "Exception", "org.camunda", "Cannot");
    }

    private static <T> HttpEntity<T> json(T body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
