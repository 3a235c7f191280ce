package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.StatementCounter;
import nl.onderwijsregio.ketenregie.StatementCounter.Count;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The SQL one journey step costs, against the only task of a bare one-task process, both completed by the
 * ketenregisseur over Camunda's REST API. Statement counts are deterministic where timings are not, so
 * this guards the journey's cost: it fails when a completion of "Intakegesprek voeren" needs more than
 * 20% more statements than recorded. After a deliberate change, record the new figure here and in
 * docs/benchmarks.md.
 */
@IntegrationTest
class StatementCountTest {

    /**
     * Recorded on PostgreSQL on 2026-11-30 (docs/benchmarks.md): 75 before the cuts of ADR 0017, 66 after them, 71
     * with the report aggregate kept in the same transaction (ADR 0016), 67 with the deadline mirror in one statement
     * and the staff recipients remembered, 65 without Camunda's read of every authorized group per command (ADR 0023).
     */
    static final long RECORDED_JOURNEY_STATEMENTS = 65;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JourneyDriver driver;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Test
    void aJourneyCompletionStaysWithinTwentyPercentOfItsRecordedStatementCount() {
        Count bare = completeBareTask();
        Count journey = completeIntake();

        System.out.printf("Statements per completion over REST: journey %d in %d round trips; bare task %d in %d "
                + "round trips; journey/bare %.2f%n", journey.statements(), journey.roundTrips(), bare.statements(),
                bare.roundTrips(), (double) journey.statements() / bare.statements());
        assertThat(bare.statements()).isPositive();
        assertThat(journey.statements()).as("statements of one journey completion (recorded %d)",
                RECORDED_JOURNEY_STATEMENTS).isLessThanOrEqualTo(Math.round(RECORDED_JOURNEY_STATEMENTS * 1.2));
    }

    /** The second of two: the first fills the caches (process definition, form, decision) either way. */
    private Count completeIntake() {
        completeIntake(driver.start("utrecht-stad", "PO", "HBO").task("Task_IntakeGesprek").getId());
        return completeIntake(driver.start("utrecht-stad", "PO", "HBO").task("Task_IntakeGesprek").getId());
    }

    private Count completeIntake(String taskId) {
        Map<String, Object> variables = Map.of(
                "sector", Map.of("value", "PO", "type", "String"),
                "opleidingsniveau", Map.of("value", "HBO", "type", "String"),
                "buitenlandsDiploma", Map.of("value", false, "type", "Boolean"),
                "eerderBevoegd", Map.of("value", false, "type", "Boolean"));
        return countedCompletion(taskId, Map.of("variables", variables));
    }

    private Count completeBareTask() {
        BpmnModelInstance bare = Bpmn.createExecutableProcess("KaleTaak").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Taak").name("Taak").camundaCandidateGroups("ketenregisseur").endEvent().done();
        repository.createDeployment().name("kale taak").tenantId("utrecht-stad").addModelInstance("kale-taak.bpmn", bare)
                .enableDuplicateFiltering(true).deploy();
        completeBareTaskOnce();
        return completeBareTaskOnce();
    }

    private Count completeBareTaskOnce() {
        String instance = runtime.createProcessInstanceByKey("KaleTaak").processDefinitionTenantId("utrecht-stad")
                .execute().getId();
        String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        return countedCompletion(taskId, Map.of());
    }

    private Count countedCompletion(String taskId, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        StatementCounter.start();
        var answer = http.withBasicAuth("kr.utrecht", "demo").postForEntity("/engine-rest/task/" + taskId + "/complete",
                new HttpEntity<>(body, headers), String.class);
        Count count = StatementCounter.stop();
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return count;
    }
}
