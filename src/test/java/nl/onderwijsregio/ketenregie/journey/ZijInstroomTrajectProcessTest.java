package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import nl.onderwijsregio.ketenregie.organisation.GuidanceCapacity;
import nl.onderwijsregio.ketenregie.process.Refusal;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import nl.onderwijsregio.ketenregie.ProcessCoverage;
import org.springframework.test.context.TestExecutionListeners;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
/**
 * Every path of the zij-instroom journey on the real engine, with the real listeners and case data. One
 * class, so its flow-node coverage of ZijInstroomTraject is measured and asserted as a whole.
 */
@IntegrationTest
@Import(ProcessCoverage.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ZijInstroomTrajectProcessTest {

    private static final String FOLLOW_UP = "Task_VerlopenTaakOpvolgen";

    static final String PO = TestOrganisation.PO_SCHOOL;
    static final String SO = TestOrganisation.SCHOOLOPLEIDER;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JourneyDriver driver;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    TaskService taskService;

    @Autowired
    GuidanceCapacity capacity;

    @Autowired
    JourneyCommands commands;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        organisation.ensure();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void poCandidateGoesFromRegistrationToTheFiveYearFollowUp() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        assertThat(journey.instance()).isWaitingAt("Task_IntakeGesprek");

        journey.intake("PO", "HBO", false, false).continueWithAdvice("marnix");
        assertThat(journey.dossierRow()).containsEntry("ROUTE", "PO_ZIJINSTROOM").containsEntry("OPLEIDING_CODE", "marnix");

        journey.vliegendeStart(PO, "go").match(PO, "spo-utrecht", "aanbod");
        journey.asGroup("Task_Geschiktheidsonderzoek", "opleiding:marnix", "geschiktheid", "positief");
        int freeBefore = capacity.freePlaces(PO);
        journey.appoint("spo-utrecht", SO, LocalDate.now().plusDays(14));
        assertThat(capacity.freePlaces(PO)).isEqualTo(freeBefore - 1);

        journey.fireTimer("Timer_ContractStart").fireTimer("Timer_DubbeleBezetting");
        assertThat(journey.task("Task_DubbeleBezettingEvalueren").getAssignee()).isEqualTo(SO);
        journey.asGroup("Task_DubbeleBezettingEvalueren", "school:" + PO, "evaluatie", "zelfstandig");

        journey.fireTimer("Timer_Jaar1");
        journey.asGroup("Task_BeoordelingJaar1", "school:" + PO, "beoordeling", "voldoende");
        journey.fireTimer("Timer_Jaar2");
        journey.asGroup("Task_BevoegdheidBevestigen", "opleiding:marnix", "bevoegdOp", LocalDate.now().toString());
        assertThat(capacity.freePlaces(PO)).as("coaching ended, place freed").isEqualTo(freeBefore);

        journey.asGroup("Task_InductieStarten", "school:" + PO, "coachToegewezen", true);
        // The first follow-up falls within the two years of induction.
        journey.fireTimer("Timer_Behoud1");
        journey.asKetenregisseur("Task_BehoudNavragen1", "nogInOnderwijs", "ja", "werkplek", "ZELFDE_SCHOOL");
        journey.fireTimer("Timer_Inductie");
        journey.asGroup("Task_InductieAfsluiten", "school:" + PO, "inductieUitkomst", "afgerond");
        for (int years : new int[] {3, 5}) {
            journey.fireTimer("Timer_Behoud" + years);
            assertThat(journey.task("Task_BehoudNavragen" + years).getName()).contains(years + " jaar");
            journey.asKetenregisseur("Task_BehoudNavragen" + years, "nogInOnderwijs", "ja", "werkplek", "ZELFDE_SCHOOL");
        }

        assertThat(journey.ended()).isTrue();
        assertThat(journey.stages()).containsExactly("AANMELDING:DOORGESTROOMD", "ORIENTATIE:DOORGESTROOMD",
                "VLIEGENDE_START:DOORGESTROOMD", "SOLLICITATIE:DOORGESTROOMD", "GESCHIKTHEIDSONDERZOEK:DOORGESTROOMD",
                "AANSTELLING:DOORGESTROOMD", "DUBBELE_BEZETTING:DOORGESTROOMD", "BEGELEIDING:DOORGESTROOMD",
                "INDUCTIE:DOORGESTROOMD", "BEHOUD:AFGEROND");
        assertThat(journey.dossierRow()).containsEntry("STATUS", "AFGEROND");
    }

    @Test
    void everyOverdueTaskEscalatesToTheKetenregisseurAndTheWorkGoesOn() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        escalate(journey, "IntakeGesprek").intake("PO", "HBO", false, false);
        escalate(journey, "TrajectadviesVaststellen").continueWithAdvice("marnix");
        escalate(journey, "VliegendeStartPlannen").asKetenregisseur("Task_VliegendeStartPlannen", "vliegendeStartSchool", PO);
        escalate(journey, "VliegendeStartAfronden").asGroup("Task_VliegendeStartAfronden", "school:" + PO,
                "vliegendeStartUitkomst", "go");
        escalate(journey, "MatchVoorstellen").asKetenregisseur("Task_MatchVoorstellen", "school", PO);
        escalate(journey, "Sollicitatieprocedure").asGroup("Task_Sollicitatieprocedure", "bestuur:spo-utrecht",
                "sollicitatieUitkomst", "aanbod");
        escalate(journey, "Geschiktheidsonderzoek").asGroup("Task_Geschiktheidsonderzoek", "opleiding:marnix",
                "geschiktheid", "positief");
        escalate(journey, "AanstellingRegelen").appoint("spo-utrecht", SO, LocalDate.now().plusDays(60));
        journey.fireTimer("Timer_ContractStart").fireTimer("Timer_DubbeleBezetting");
        escalate(journey, "DubbeleBezettingEvalueren").asGroup("Task_DubbeleBezettingEvalueren", "school:" + PO,
                "evaluatie", "zelfstandig");
        journey.fireTimer("Timer_Jaar1");
        escalate(journey, "BeoordelingJaar1").asGroup("Task_BeoordelingJaar1", "school:" + PO, "beoordeling", "voldoende");
        journey.fireTimer("Timer_Jaar2");
        escalate(journey, "BevoegdheidBevestigen").asGroup("Task_BevoegdheidBevestigen", "opleiding:marnix",
                "bevoegdOp", LocalDate.now().toString());
        escalate(journey, "InductieStarten").asGroup("Task_InductieStarten", "school:" + PO, "coachToegewezen", true);
        journey.fireTimer("Timer_Behoud1");
        escalate(journey, "BehoudNavragen1").asKetenregisseur("Task_BehoudNavragen1", "nogInOnderwijs", "ja",
                "werkplek", "ANDERE_REGIO");
        journey.fireTimer("Timer_Inductie");
        escalate(journey, "InductieAfsluiten").asGroup("Task_InductieAfsluiten", "school:" + PO, "inductieUitkomst",
                "afgerond");
        for (int years : new int[] {3, 5}) {
            journey.fireTimer("Timer_Behoud" + years);
            escalate(journey, "BehoudNavragen" + years).asKetenregisseur("Task_BehoudNavragen" + years,
                    "nogInOnderwijs", "ja", "werkplek", "ZELFDE_SCHOOL");
        }

        assertThat(journey.ended()).isTrue();
        assertThat(journey.stages()).last().isEqualTo("BEHOUD:AFGEROND");
    }

    @Test
    void stoppingDuringInductionIsADropoutAtThatStage() {
        Journey journey = driveTo(Stage.INDUCTIE);
        journey.asGroup("Task_InductieStarten", "school:" + PO, "coachToegewezen", true);
        journey.fireTimer("Timer_Inductie");
        journey.asGroup("Task_InductieAfsluiten", "school:" + PO, "inductieUitkomst", "gestopt",
                "uitvalReden", "ANDERE_BAAN", "onnodig", true);

        assertThat(journey.ended()).as("the open follow-up ends with it").isTrue();
        assertThat(journey.stages()).last().isEqualTo("INDUCTIE:UITGEVALLEN");
    }

    @Test
    void invalidCompletionIsRejectedWithADutchMessageAndTheTaskStaysOpen() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        String taskId = journey.task("Task_IntakeGesprek").getId();

        assertThatThrownBy(() -> journey.asKetenregisseur("Task_IntakeGesprek", "sector", "HBO", "opleidingsniveau", "WO",
                "buitenlandsDiploma", "ja", "eerderBevoegd", false, "vak", "<script>"))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("Het formulier is niet afgerond")
                .hasMessageContaining("sector").hasMessageContaining("buitenland").hasMessageContaining("vak");

        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(journey.stages()).containsExactly("AANMELDING:DOORGESTROOMD", "ORIENTATIE:open");
    }

    @Test
    void notNowAfterOrientationIsADropoutWithReason() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        journey.intake("PO", "HBO", false, false);
        journey.asKetenregisseur("Task_TrajectadviesVaststellen", "route", "PO_ZIJINSTROOM", "uitkomst", "niet_nu",
                "uitvalReden", "FINANCIEEL", "onnodig", true);

        assertThat(journey.ended()).isTrue();
        assertThat(journey.stages()).containsExactly("AANMELDING:DOORGESTROOMD", "ORIENTATIE:UITGEVALLEN");
        assertThat(journey.dossierRow()).containsEntry("STATUS", "UITGEVALLEN");
    }

    @Test
    void anAppointmentThatFallsThroughGoesBackToMatchingForANewRound() {
        Journey journey = driver.start("midden-nederland", "VO", "MBO");
        journey.intake("VO", "MBO", false, false).continueWithAdvice("hu");
        journey.match(TestOrganisation.VO_SCHOOL_MNL, "vo-eemland", "aanbod");
        assertThat(journey.instance()).isWaitingAt("Task_AanstellingRegelen");

        assertThatThrownBy(() -> journey.complete("Task_AanstellingRegelen", "hr.test", List.of("bestuur:vo-eemland"),
                Map.of("aanstellingUitkomst", "gaat_niet_door"))).isInstanceOf(Refusal.class)
                .hasMessageContaining("reden waarom de aanstelling niet doorgaat");
        journey.complete("Task_AanstellingRegelen", "hr.test", List.of("bestuur:vo-eemland"),
                Map.of("aanstellingUitkomst", "gaat_niet_door", "nietDoorReden", "SCHOOL_VOL"));

        assertThat(journey.instance()).isWaitingAt("Task_MatchVoorstellen");
        assertThat(engine.getRuntimeService().getVariable(journey.instance().getId(), "matchRonde")).isEqualTo(2);
        assertThat(journey.stages()).last().isEqualTo("SOLLICITATIE:open");
        assertThat(jdbc.queryForList("select text from dossier_note where dossier_id = ?", String.class, journey.dossierId))
                .anyMatch(note -> note.contains("Aanstelling gaat niet door: de school heeft geen plek meer"));
        // The next round starts empty, and this time the appointment is made.
        journey.match(TestOrganisation.VO_SCHOOL_MNL, "vo-eemland", "aanbod");
        journey.appoint("vo-eemland", TestOrganisation.SCHOOLOPLEIDER, LocalDate.now().plusDays(14));
        assertThat(journey.instance()).isWaitingAt("Timer_ContractStart");
    }

    @Test
    void midNederlandVoWithoutVliegendeStartOrAssessmentGoesStraightToMatchingAndAppointment() {
        Journey journey = driver.start("midden-nederland", "VO", "MBO");
        journey.intake("VO", "MBO", false, false).continueWithAdvice("hu");
        assertThat(journey.dossierRow()).containsEntry("ROUTE", "DEELTIJD_LERARENOPLEIDING");
        assertThat(journey.instance()).isWaitingAt("Task_MatchVoorstellen");

        journey.match(TestOrganisation.VO_SCHOOL_MNL, "vo-eemland", "aanbod");
        assertThat(journey.instance()).isWaitingAt("Task_AanstellingRegelen");
        assertThat(journey.stages()).containsExactly("AANMELDING:DOORGESTROOMD", "ORIENTATIE:DOORGESTROOMD",
                "SOLLICITATIE:DOORGESTROOMD", "AANSTELLING:open");
    }

    @Test
    void overridingTheAdviceNeedsAReasonAndIsNoted() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        journey.intake("PO", "HBO", false, false);
        assertThatThrownBy(() -> journey.asKetenregisseur("Task_TrajectadviesVaststellen", "route", "DEELTIJD_PABO",
                "uitkomst", "doorgaan", "opleiding", "marnix"))
                .isInstanceOf(Refusal.class).hasMessageContaining("reden om van het advies af te wijken");

        journey.asKetenregisseur("Task_TrajectadviesVaststellen", "route", "DEELTIJD_PABO", "afwijkingReden",
                "KANDIDAAT_VOORKEUR", "uitkomst", "doorgaan", "opleiding", "marnix");
        assertThat(journey.dossierRow()).containsEntry("ROUTE", "DEELTIJD_PABO").containsEntry("ROUTE_ADVIES", "PO_ZIJINSTROOM");
    }

    @Test
    void rejectionLeadsToRematchUntilTheLimitThenNoMatchDropout() {
        Journey journey = driver.start("utrecht-stad", "PO", "MBO");
        journey.intake("PO", "MBO", false, false).continueWithAdvice("marnix");
        journey.vliegendeStart(PO, "go");
        for (int round = 1; round <= 3; round++) {
            journey.match(PO, "spo-utrecht", "afwijzing");
        }
        assertThat(journey.instance()).isWaitingAt("Task_GeenMatchBesluiten");
        escalate(journey, "GeenMatchBesluiten");
        journey.asKetenregisseur("Task_GeenMatchBesluiten", "uitkomst", "niet_nu", "onnodig", true);

        assertThat(journey.stages()).last().isEqualTo("SOLLICITATIE:UITGEVALLEN");
        assertThat(journey.stages()).filteredOn(stage -> stage.startsWith("SOLLICITATIE")).hasSize(1);
    }

    @Test
    void vliegendeStartNoGoIsADropoutAtThatStage() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        journey.intake("PO", "HBO", false, false).continueWithAdvice("marnix").vliegendeStart(PO, "nogo");

        assertThat(journey.ended()).isTrue();
        assertThat(journey.stages()).last().isEqualTo("VLIEGENDE_START:UITGEVALLEN");
    }

    @Test
    void negativeAssessmentLeadsToAnAlternativeRouteOrADropout() {
        Journey alternative = toAssessment();
        alternative.asGroup("Task_Geschiktheidsonderzoek", "opleiding:marnix", "geschiktheid", "negatief");
        alternative.asKetenregisseur("Task_AlternatiefBepalen", "uitkomst", "alternatief", "route", "DEELTIJD_PABO");
        assertThat(alternative.instance()).isWaitingAt("Task_AanstellingRegelen");
        assertThat(alternative.dossierRow()).containsEntry("ROUTE", "DEELTIJD_PABO");

        Journey stop = toAssessment();
        stop.asGroup("Task_Geschiktheidsonderzoek", "opleiding:marnix", "geschiktheid", "negatief");
        escalate(stop, "AlternatiefBepalen");
        stop.asKetenregisseur("Task_AlternatiefBepalen", "uitkomst", "niet_nu", "uitvalReden", "NIET_GESCHIKT",
                "onnodig", false);
        assertThat(stop.stages()).last().isEqualTo("GESCHIKTHEIDSONDERZOEK:UITGEVALLEN");
    }

    @Test
    void doubleStaffingCanBeExtendedOrStopped() {
        Journey journey = appointed();
        journey.fireTimer("Timer_ContractStart").fireTimer("Timer_DubbeleBezetting");
        journey.asGroup("Task_DubbeleBezettingEvalueren", "school:" + PO, "evaluatie", "verlengen");
        journey.fireTimer("Timer_DubbeleBezetting");
        int freeBefore = capacity.freePlaces(PO);
        journey.asGroup("Task_DubbeleBezettingEvalueren", "school:" + PO, "evaluatie", "stoppen",
                "uitvalReden", "WERKDRUK", "onnodig", true);

        assertThat(journey.stages()).filteredOn(stage -> stage.startsWith("DUBBELE_BEZETTING"))
                .containsExactly("DUBBELE_BEZETTING:UITGEVALLEN");
        assertThat(capacity.freePlaces(PO)).as("dropout frees the place").isEqualTo(freeBefore + 1);
    }

    @Test
    void insufficientYearOneAssessmentStopsTheTrackDuringCoaching() {
        Journey journey = appointed();
        journey.fireTimer("Timer_ContractStart").fireTimer("Timer_DubbeleBezetting");
        journey.asGroup("Task_DubbeleBezettingEvalueren", "school:" + PO, "evaluatie", "zelfstandig");
        journey.fireTimer("Timer_Jaar1");
        journey.asGroup("Task_BeoordelingJaar1", "school:" + PO, "beoordeling", "onvoldoende",
                "uitvalReden", "OPLEIDING_TE_ZWAAR", "onnodig", false);

        assertThat(journey.ended()).isTrue();
        assertThat(journey.stages()).last().isEqualTo("BEGELEIDING:UITGEVALLEN");
    }

    @Test
    void coachingHoursBehindTheTargetCurveFlagTheDossier() {
        Journey journey = appointed();
        journey.fireTimer("Timer_ContractStart").fireTimer("Timer_DubbeleBezetting");
        journey.asGroup("Task_DubbeleBezettingEvalueren", "school:" + PO, "evaluatie", "zelfstandig");
        journey.fireTimer("StartEvent_UrenRegistreren");
        journey.asGroup("Task_Begeleidingsuren", "school:" + PO, "uren", 4);
        assertThat(journey.dossierRow()).containsEntry("COACHING_BEHIND", true);

        journey.fireTimer("StartEvent_UrenRegistreren");
        journey.asGroup("Task_Begeleidingsuren", "school:" + PO, "uren", 200);
        assertThat(journey.dossierRow()).containsEntry("COACHING_BEHIND", false);
    }

    @Test
    void overdueTaskEscalatesToTheKetenregisseur() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        journey.fireTimer("Task_IntakeGesprek");

        Task followUp = journey.task(FOLLOW_UP);
        assertThat(followUp.getName()).isEqualTo("Verlopen taak opvolgen: Intakegesprek voeren");
        assertThat(followUp.getTenantId()).isEqualTo("utrecht-stad");
        assertThat(taskService.getIdentityLinksForTask(followUp.getId())).extracting("groupId").contains("ketenregisseur");
        assertThat(journey.task("Task_IntakeGesprek")).as("the overdue task itself stays open").isNotNull();
        journey.asKetenregisseur(FOLLOW_UP, "opgevolgd", true);
        assertThat(journey.instance()).isWaitingAt("Task_IntakeGesprek");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journey.dossierId.toString())
                .taskDefinitionKey(FOLLOW_UP).count()).isZero();
    }

    @Test
    void anOpenFollowUpEndsWithTheTrack() {
        Journey journey = driver.start("utrecht-stad", "PO", "HBO");
        journey.fireTimer("Task_IntakeGesprek");
        assertThat(journey.task(FOLLOW_UP)).isNotNull();

        commands.candidateStops(journey.dossierId, DropoutReason.KANDIDAAT_GESTOPT, false, null, "kr.utrecht");

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(journey.dossierId.toString()).count())
                .as("no follow-up of overdue work of an ended track").isZero();
    }

    /** Lets the task run past its due date and the escalation period; the ketenregisseur follows it up. */
    private Journey escalate(Journey journey, String task) {
        String name = journey.task("Task_" + task).getName();
        journey.fireTimer("Task_" + task);
        assertThat(journey.task(FOLLOW_UP).getName()).isEqualTo("Verlopen taak opvolgen: " + name);
        return journey.asKetenregisseur(FOLLOW_UP, "opgevolgd", true);
    }

    private Journey toAssessment() {
        Journey journey = driver.start("utrecht-stad", "PO", "WO");
        journey.intake("PO", "WO", false, false).continueWithAdvice("marnix").vliegendeStart(PO, "go");
        journey.match(PO, "spo-utrecht", "aanbod");
        assertThat(journey.instance()).isWaitingAt("Task_Geschiktheidsonderzoek");
        return journey;
    }

    private Journey appointed() {
        Journey journey = toAssessment();
        journey.asGroup("Task_Geschiktheidsonderzoek", "opleiding:marnix", "geschiktheid", "positief");
        journey.appoint("spo-utrecht", SO, LocalDate.now().plusDays(7));
        return journey;
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
        journey.fireTimer("Timer_Behoud1");
        journey.asKetenregisseur("Task_BehoudNavragen1", "nogInOnderwijs", "nee", "vertrekReden", "WERKDRUK");
        journey.fireTimer("Timer_Inductie");
        journey.asGroup("Task_InductieAfsluiten", "school:" + PO, "inductieUitkomst", "afgerond");
        return journey;
    }
}
