package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of the first journey slice, on the real engine with the real stage listener. */
@IntegrationTest
class ZijInstroomTrajectProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    TestCandidates candidates;

    @Autowired
    JdbcTemplate jdbc;

    UUID dossierId;
    ProcessInstance instance;

    @BeforeEach
    void registerCandidate() {
        AbstractAssertions.init(engine);
        dossierId = candidates.register("utrecht-stad");
        instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossierId.toString())
                .singleResult();
        // Tasks are completed as the ketenregisseur, as in Tasklist, so the stage history names them.
        identityService.setAuthentication("kr.utrecht", java.util.List.of("ketenregisseur"),
                java.util.List.of("utrecht-stad"));
    }

    @AfterEach
    void clearAuthentication() {
        identityService.clearAuthentication();
    }

    @Test
    void registrationWaitsForTheIntakeConversationOfTheRegionsKetenregisseurs() {
        assertThat(instance).isWaitingAt("Task_IntakeGesprek").hasPassed("StartEvent_Aangemeld");
        Task intake = task(instance);
        assertThat(intake).hasCandidateGroup("ketenregisseur").hasName("Intakegesprek voeren");
        assertThat(intake.getTenantId()).isEqualTo("utrecht-stad");
        assertThat(taskService.createTaskQuery().taskId(intake.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey()).isEqualTo("IntakeGesprek");
        assertThat(Duration.between(Instant.now(), intake.getDueDate().toInstant()))
                .isBetween(Duration.ofDays(9), Duration.ofDays(10).plusMinutes(1));
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys("regio", "sector");
        assertThat(stages()).containsExactly("AANMELDING:DOORGESTROOMD", "ORIENTATIE:open");
    }

    @Test
    void continuingAfterTheIntakeEndsOrientationAndRecordsTheIntake() {
        taskService.complete(task(instance).getId(), Map.of("sector", "VO", "vak", "Wiskunde",
                "opleidingsniveau", "WO", "buitenlandsDiploma", true, "uitkomst", "doorgaan"));

        assertThat(instance).isEnded().hasPassed("Task_IntakeGesprek", "EndEvent_OrientatieAfgerond");
        assertThat(stages()).containsExactly("AANMELDING:DOORGESTROOMD", "ORIENTATIE:AFGEROND");
        assertThat(jdbc.queryForMap("select sector, vak, opleidingsniveau, buitenlands_diploma, status from dossier "
                + "where id = ?", dossierId)).containsValues("VO", "Wiskunde", "WO", true, "AFGEROND");
        assertThat(jdbc.queryForObject("select actor from stage_transition where dossier_id = ? and stage = 'ORIENTATIE'",
                String.class, dossierId)).isEqualTo("loket");
    }

    @Test
    void notNowIsADropoutAtOrientationWithReasonAndAvoidableFlag() {
        taskService.complete(task(instance).getId(), Map.of("sector", "PO", "opleidingsniveau", "HBO",
                "buitenlandsDiploma", false, "uitkomst", "niet_nu", "uitvalReden", "FINANCIEEL", "onnodig", true));

        assertThat(instance).isEnded().hasPassed("EndEvent_Uitgevallen");
        assertThat(jdbc.queryForMap("select outcome, reason, avoidable from stage_transition where dossier_id = ? "
                + "and stage = 'ORIENTATIE'", dossierId)).containsValues("UITGEVALLEN", "FINANCIEEL", true);
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, dossierId))
                .isEqualTo("UITGEVALLEN");
    }

    @Test
    void aDropoutCanRegisterAgainAndGetsANewDossier() {
        String email = jdbc.queryForObject("select email from dossier where id = ?", String.class, dossierId);
        taskService.complete(task(instance).getId(), Map.of("sector", "PO", "opleidingsniveau", "HBO",
                "buitenlandsDiploma", false, "uitkomst", "niet_nu", "uitvalReden", "ANDERE_BAAN", "onnodig", false));
        identityService.clearAuthentication();

        candidates.registerAgain(email, "utrecht-stad");

        assertThat(candidates.dossierCount(email)).isEqualTo(2);
    }

    @Test
    void invalidCompletionIsRejectedWithADutchMessageAndTheTaskStaysOpen() {
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("sector", "HBO", "opleidingsniveau", "WO",
                "buitenlandsDiploma", "ja", "uitkomst", "misschien")))
                .rootCause().isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("sector").hasMessageContaining("buitenlands diploma")
                .hasMessageContaining("uitkomst");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("sector", "PO", "opleidingsniveau", "WO",
                "buitenlandsDiploma", false, "uitkomst", "niet_nu")))
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("reden van uitval");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("sector", "PO", "opleidingsniveau", "WO",
                "buitenlandsDiploma", false, "uitkomst", "doorgaan", "vak", "<script>")))
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageContaining("vak");

        assertThat(instance).isWaitingAt("Task_IntakeGesprek");
        assertThat(stages()).containsExactly("AANMELDING:DOORGESTROOMD", "ORIENTATIE:open");
    }

    @Test
    void aClosedStageCannotBeClosedAgain() {
        taskService.complete(task(instance).getId(), Map.of("sector", "PO", "opleidingsniveau", "HBO",
                "buitenlandsDiploma", false, "uitkomst", "doorgaan"));
        String before = String.join(",", stages());

        assertThatThrownBy(() -> candidates.endTrackAgain(dossierId)).isInstanceOf(IllegalStateException.class);
        assertThat(String.join(",", stages())).isEqualTo(before);
    }

    private java.util.List<String> stages() {
        return jdbc.queryForList("select stage || ':' || coalesce(outcome, 'open') from stage_transition "
                + "where dossier_id = ? order by id", String.class, dossierId);
    }
}
