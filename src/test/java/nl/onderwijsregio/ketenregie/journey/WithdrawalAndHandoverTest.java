package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Leaving the journey at any moment, and warm handover to another region. */
@IntegrationTest
class WithdrawalAndHandoverTest {

    static final String PO = TestOrganisation.PO_SCHOOL;

    @Autowired
    JourneyDriver driver;

    @Autowired
    JourneyCommands commands;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    GuidanceCapacity capacity;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        organisation.ensure();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = "AANMELDING", mode = EnumSource.Mode.EXCLUDE)
    void candidateCanStopAtEveryStage(Stage stage) {
        Journey journey = driveTo(stage);
        assertThat(journey.stages()).last().isEqualTo(stage + ":open");
        int freeBefore = capacity.freePlaces(PO);

        commands.candidateStops(journey.dossierId, DropoutReason.ANDERE_BAAN, true, "Heeft een baan elders", "kr.utrecht");

        assertThat(journey.ended()).isTrue();
        assertThat(journey.stages()).last().isEqualTo(stage + ":UITGEVALLEN");
        assertThat(jdbc.queryForMap("select reason, avoidable from stage_transition where dossier_id = ? and left_at is not null "
                + "order by id desc limit 1", journey.dossierId)).containsValues("ANDERE_BAAN", true);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journey.dossierId.toString()).count()).isZero();
        // A place is held from the completed appointment until coaching ends.
        if (stage == Stage.DUBBELE_BEZETTING || stage == Stage.BEGELEIDING) {
            assertThat(capacity.freePlaces(PO)).as("place freed").isEqualTo(freeBefore + 1);
        } else {
            assertThat(capacity.freePlaces(PO)).isEqualTo(freeBefore);
        }
    }

    @Test
    void warmHandoverAfterOrientationOpensALinkedDossierWithAnIntakeInTheOtherRegion() {
        Journey journey = driver.start("utrecht-stad", "VO", "HBO");
        journey.intake("VO", "HBO", false, false);
        journey.asKetenregisseur("Task_TrajectadviesVaststellen", "route", "ZIB_VO", "uitkomst", "overdragen",
                "naarRegio", "midden-nederland");

        assertHandedOver(journey, "ORIENTATIE");
    }

    @Test
    void warmHandoverAfterTheLastMatchRound() {
        Journey journey = driver.start("utrecht-stad", "PO", "MBO");
        journey.intake("PO", "MBO", false, false).continueWithAdvice("marnix").vliegendeStart(PO, "go");
        for (int round = 1; round <= 3; round++) {
            journey.match(PO, "spo-utrecht", "afwijzing");
        }
        journey.asKetenregisseur("Task_GeenMatchBesluiten", "uitkomst", "overdragen", "naarRegio", "midden-nederland");

        assertHandedOver(journey, "SOLLICITATIE");
    }

    @Test
    void warmHandoverCanHappenAtAnyMoment() {
        Journey journey = driveTo(Stage.SOLLICITATIE);
        commands.handOver(journey.dossierId, "midden-nederland", "Verhuist naar Amersfoort", "kr.utrecht");

        assertHandedOver(journey, "SOLLICITATIE");
    }

    private void assertHandedOver(Journey journey, String stage) {
        assertThat(journey.ended()).isTrue();
        assertThat(journey.stages()).last().isEqualTo(stage + ":OVERGEDRAGEN");
        assertThat(journey.dossierRow()).containsEntry("STATUS", "OVERGEDRAGEN");
        Map<String, Object> received = jdbc.queryForMap("select id, region_code, status from dossier where handed_over_from = ?",
                journey.dossierId);
        assertThat(received).containsEntry("REGION_CODE", "midden-nederland").containsEntry("STATUS", "LOPEND");
        var intake = taskService.createTaskQuery().processInstanceBusinessKey(received.get("ID").toString())
                .taskDefinitionKey("Task_IntakeGesprek").singleResult();
        assertThat(intake.getTenantId()).isEqualTo("midden-nederland");
    }

    /** Drives a new Utrecht PO candidate until the given stage is the open one. */
    private Journey driveTo(Stage stage) {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        if (stage == Stage.ORIENTATIE) {
            return journey;
        }
        journey.intake("PO", "HBO", false, false).continueWithAdvice("marnix");
        journey.asKetenregisseur("Task_VliegendeStartPlannen", "vliegendeStartSchool", PO);
        if (stage == Stage.VLIEGENDE_START) {
            return journey;
        }
        journey.complete("Task_VliegendeStartAfronden", "so.test", java.util.List.of("school:" + PO),
                JourneyDriver.map("vliegendeStartUitkomst", "go"));
        if (stage == Stage.SOLLICITATIE) {
            return journey;
        }
        journey.match(PO, "spo-utrecht", "aanbod");
        if (stage == Stage.GESCHIKTHEIDSONDERZOEK) {
            return journey;
        }
        journey.asGroup("Task_Geschiktheidsonderzoek", "opleiding:marnix", "geschiktheid", "positief");
        if (stage == Stage.AANSTELLING) {
            return journey;
        }
        journey.appoint("spo-utrecht", TestOrganisation.SCHOOLOPLEIDER, LocalDate.now().plusDays(7));
        journey.fireTimer("Timer_ContractStart");
        if (stage == Stage.DUBBELE_BEZETTING) {
            return journey;
        }
        journey.fireTimer("Timer_DubbeleBezetting");
        journey.asGroup("Task_DubbeleBezettingEvalueren", "school:" + PO, "evaluatie", "zelfstandig");
        if (stage == Stage.BEGELEIDING) {
            return journey;
        }
        journey.fireTimer("Timer_Jaar1");
        journey.asGroup("Task_BeoordelingJaar1", "school:" + PO, "beoordeling", "voldoende");
        journey.fireTimer("Timer_Jaar2");
        journey.asGroup("Task_BevoegdheidBevestigen", "opleiding:marnix", "bevoegdOp", LocalDate.now().toString());
        if (stage == Stage.INDUCTIE) {
            return journey;
        }
        journey.asGroup("Task_InductieStarten", "school:" + PO, "coachToegewezen", true);
        journey.fireTimer("Timer_Inductie");
        journey.asGroup("Task_InductieAfsluiten", "school:" + PO, "inductieUitkomst", "afgerond");
        return journey;
    }
}
