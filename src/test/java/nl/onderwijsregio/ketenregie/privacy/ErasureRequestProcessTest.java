package nl.onderwijsregio.ketenregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.ErasureRequested;
import nl.onderwijsregio.ketenregie.journey.JourneyCommands;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A candidate's erasure request (VerwijderverzoekAfhandelen) on the real engine: the region's privacy officer
 * erases or declines in Tasklist's REST API with the engine's own authorization; nobody else can; an overdue
 * review escalates; the engine holds the dossier id and number only.
 */
@IntegrationTest
@Import(ErasureRequestProcessCoverage.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ErasureRequestProcessTest {

    @Autowired
    TestCandidates candidates;

    @Autowired
    JourneyCommands journey;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    UUID dossier;
    String email;

    @BeforeEach
    void candidateStopsAndAsksForErasure() {
        dossier = candidates.register("utrecht-stad");
        email = jdbc.queryForObject("select email from dossier where id = ?", String.class, dossier);
        assertThat(journey.candidateStops(dossier, DropoutReason.KANDIDAAT_GESTOPT, false, null, "kandidaat")).isTrue();
        events.publishEvent(new ErasureRequested(dossier));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theRequestWaitsForTheRegionsPrivacyOfficerWithTheDossierNumberAndNoPersonalData() {
        Task task = reviewTask();
        String number = jdbc.queryForObject("select dossier_number from dossier where id = ?", String.class, dossier);

        assertThat(task.getName()).isEqualTo("Verwijderverzoek beoordelen");
        assertThat(task.getTenantId()).isEqualTo("utrecht-stad");
        assertThat(task.getDescription()).startsWith("Dossier " + number + " · ");
        assertThat(task.getDueDate()).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("privacy");
        assertThat(runtimeService.getVariables(task.getProcessInstanceId()))
                .containsOnlyKeys("regio", "dossiernummer").doesNotContainValue(email);
        assertThat(jdbc.queryForObject("select anonymised_at from dossier where id = ?", Object.class, dossier))
                .as("a request is reviewed, never carried out blindly").isNull();

        events.publishEvent(new ErasureRequested(dossier));
        assertThat(taskService.createTaskQuery().processDefinitionKey(ErasureRequests.PROCESS_KEY)
                .processInstanceBusinessKey(dossier.toString()).count()).as("asking twice: one task").isOne();

        BrowserSession officer = BrowserSession.login(http, "privacy.utrecht", "demo");
        assertThat(officer.get("/privacyverzoeken/dossiers/" + dossier).getBody())
                .contains("Openstaand verwijderverzoek", "?task=" + task.getId());
        assertThat(officer.get("/privacyverzoeken").getBody()).contains(number, "/privacyverzoeken/dossiers/" + dossier,
                "?task=" + task.getId(), "href=\"/privacyverzoeken\"").doesNotContain(email);
        assertThat(BrowserSession.login(http, "kr.utrecht", "demo").get("/privacyverzoeken").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(BrowserSession.login(http, "kr.utrecht", "demo").get("/dossiers/" + dossier).getBody())
                .as("the ketenregisseur sees the request among the dossier's open tasks")
                .contains("Verwijderverzoek beoordelen");
    }

    @Test
    void theOfficerErasesThroughTasklistAndTheSameErasureRuns() {
        String taskId = reviewTask().getId();

        for (String other : List.of("kr.utrecht", "kr.mnl", "hr.spo")) {
            assertThat(complete(other, taskId, Map.of("besluit", "wissen")).getStatusCode().isError()).as(other).isTrue();
        }
        assertThat(jdbc.queryForObject("select anonymised_at from dossier where id = ?", Object.class, dossier)).isNull();

        assertThat(complete("privacy.utrecht", taskId, Map.of("besluit", "wissen")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(jdbc.queryForMap("select email, anonymised_reason from dossier where id = ?", dossier))
                .containsEntry("anonymised_reason", "VERZOEK").doesNotContainValue(email);
        assertThat(jdbc.queryForList("select author || ': ' || text from dossier_note where dossier_id = ?", String.class,
                dossier)).anyMatch(note -> note.startsWith("privacy.utrecht: Persoonsgegevens gewist op verzoek"));
        assertThat(endEvent()).isEqualTo("EndEvent_GegevensGewist");
    }

    @Test
    void theOfficerDeclinesWithAReasonCodeThatIsNotedOnTheDossier() {
        String taskId = reviewTask().getId();

        ResponseEntity<String> noReason = complete("privacy.utrecht", taskId, Map.of("besluit", "afwijzen"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("reden van afwijzing");
        assertThat(complete("privacy.utrecht", taskId, Map.of("besluit", "misschien")).getBody()).contains("besluit");

        assertThat(complete("privacy.utrecht", taskId, Map.of("besluit", "afwijzen", "afwijzingReden", "GESCHIL"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(jdbc.queryForObject("select email from dossier where id = ?", String.class, dossier)).isEqualTo(email);
        assertThat(jdbc.queryForList("select text from dossier_note where dossier_id = ?", String.class, dossier))
                .contains("Verzoek om gegevens te wissen (art. 17 AVG) afgewezen: de gegevens zijn nodig voor een "
                        + "klacht of geschil.");
        assertThat(endEvent()).isEqualTo("EndEvent_VerzoekAfgewezen");
    }

    @Test
    void anOverdueReviewEscalates() {
        Task task = reviewTask();
        Job escalation = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
                .singleResult();
        ClockUtil.setCurrentTime(new Date(escalation.getDuedate().getTime() + 60_000));
        managementService.executeJob(escalation.getId());

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("VerlopenTaakOpvolgen")
                .processInstanceBusinessKey(dossier.toString()).variableValueEquals("proces", ErasureRequests.PROCESS_KEY)
                .count()).isOne();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the review itself stays open").isOne();
    }

    private Task reviewTask() {
        return taskService.createTaskQuery().processDefinitionKey(ErasureRequests.PROCESS_KEY)
                .processInstanceBusinessKey(dossier.toString()).singleResult();
    }

    private ResponseEntity<String> complete(String user, String taskId, Map<String, String> values) {
        Map<String, Object> variables = new java.util.HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", variables), String.class);
    }

    private String endEvent() {
        String instance = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(
                ErasureRequests.PROCESS_KEY).processInstanceBusinessKey(dossier.toString()).finished().singleResult().getId();
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityType("noneEndEvent").singleResult().getActivityId();
    }
}
