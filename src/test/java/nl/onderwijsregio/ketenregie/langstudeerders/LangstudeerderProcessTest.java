package nl.onderwijsregio.ketenregie.langstudeerders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.process.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of a langstudeerder's guidance on the real engine, with the real listeners and tables: not
 * reachable at the intake, guidance with the school's agreement to qualification, no guidance needed, two
 * check-ins off track to steering, import credits as a check-in without a task, stopped, referred to the
 * zij-instroom journey (from a check-in and from steering) and not reachable later. Timers fire by moving the
 * engine clock; every student comes in through the real import.
 */
@IntegrationTest
@Import(LangstudeerderProcessCoverage.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class LangstudeerderProcessTest {

    @Autowired
    LangstudeerderImport imports;

    @Autowired
    Langstudeerders students;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    TestInstitute institute;

    @BeforeEach
    void institute() {
        institute = new TestInstitute(jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aStudentWhoCannotBeReachedAtTheIntakeEndsSo() {
        Student student = importStudent("", TestInstitute.UTRECHT);
        assertThat(student.task().getDescription()).startsWith("Dossier LS-TEST-LO-");

        student.asInstitute("Task_Intake", "intakeUitkomst", "niet_bereikbaar");

        assertThat(student.history()).containsExactly("INTAKE", "NIET_BEREIKBAAR");
        assertThat(student.instance()).isNull();
    }

    @Test
    void withTheSchoolsSupportAndCheckInsOnTrackTheStudentQualifies() {
        Student student = importStudent("spo-zonnewijzer", TestInstitute.UTRECHT);
        student.intakeWithPlan();
        Langstudeerder planned = student.get();
        assertThat(students.obstacles(student.id)).containsExactlyInAnyOrder(Obstacle.COMBINATIE_WERK_STUDIE,
                Obstacle.TOETS_OF_SCRIPTIE);
        assertThat(planned.creditsPerPeriod()).isEqualTo(15);
        assertThat(planned.supportMeasures()).isEqualTo("SCRIPTIEBEGELEIDING,STUDIECOACH");

        Task agreement = student.task();
        assertThat(agreement.getTaskDefinitionKey()).isEqualTo("Task_AfspraakSchool");
        assertThat(taskService.getIdentityLinksForTask(agreement.getId())).anyMatch(link ->
                "school:spo-zonnewijzer".equals(link.getGroupId()));
        student.complete("Task_AfspraakSchool", "so.spo.overvecht", "school:spo-zonnewijzer", "afspraakSchool",
                "afgesproken", "studieverlofUren", 80, "roosterAanpassing", true);
        assertThat(student.get().schoolLeaveHours()).isEqualTo(80);
        assertThat(student.get().schoolTimetable()).isTrue();
        assertThat(student.task()).as("waiting for the check-in").isNull();

        student.fireTimer("Timer_Checkin");
        student.checkIn(140, true, "doorgaan");
        student.fireTimer("Timer_Checkin");
        String today = LocalDate.now().toString();
        student.checkIn(240, true, "bevoegd", "bevoegdOp", today);

        assertThat(student.history()).containsExactly("INTAKE", "AFSPRAAK_SCHOOL", "BEGELEIDING", "BEVOEGD");
        assertThat(student.get().qualifiedOn()).isEqualTo(today);
        assertThat(students.checkins(student.id)).extracting(Langstudeerders.Checkin::creditsObtained).containsExactly(140, 240);
        assertThat(student.instance()).isNull();
    }

    @Test
    void aSchoolThatCannotSupportStillLeadsToGuidanceAndAStopNeedsItsReason() {
        Student student = importStudent("eemland-college", TestInstitute.MIDDEN_NEDERLAND);
        student.intakeWithPlan();
        student.complete("Task_AfspraakSchool", "so.mnl.amersfoort", "school:eemland-college", "afspraakSchool",
                "geen_ondersteuning");
        assertThat(student.get().schoolLeaveHours()).isZero();

        student.fireTimer("Timer_Checkin");
        assertThatThrownBy(() -> student.checkIn(130, false, "gestopt")).isInstanceOf(Refusal.class)
                .hasMessageContaining("reden van stoppen");
        student.checkIn(130, false, "gestopt", "uitvalReden", "OPLEIDING_TE_ZWAAR");

        assertThat(student.history()).containsExactly("INTAKE", "AFSPRAAK_SCHOOL", "BEGELEIDING", "GESTOPT");
        assertThat(student.get().stopReason()).isEqualTo("OPLEIDING_TE_ZWAAR");
    }

    @Test
    void twoCheckInsOffTrackInARowLeadToSteeringWithANewPlan() {
        Student student = importStudent("", TestInstitute.UTRECHT);
        student.intakeWithPlan();

        student.fireTimer("Timer_Checkin");
        student.checkIn(125, false, "doorgaan");
        student.fireTimer("Timer_Checkin");
        student.checkIn(150, true, "doorgaan");
        assertThat(student.task()).as("on track in between: the series starts over").isNull();
        student.fireTimer("Timer_Checkin");
        student.checkIn(151, false, "doorgaan");
        student.fireTimer("Timer_Checkin");
        student.checkIn(152, false, "doorgaan");

        Task steering = student.task();
        assertThat(steering.getTaskDefinitionKey()).isEqualTo("Task_Bijsturen");
        assertThat(taskService.getIdentityLinksForTask(steering.getId())).anyMatch(link ->
                "ketenregisseur".equals(link.getGroupId()));
        assertThat(student.get().status()).isEqualTo(LangstudeerderStatus.BIJSTUREN);
        String target = LocalDate.now().plusYears(2).toString();
        student.complete("Task_Bijsturen", "kr.utrecht", "ketenregisseur", "bijsturing", "plan_bijgesteld",
                "streefdatum", target, "ecPerPeriode", 10);

        assertThat(student.get().targetDate()).isEqualTo(target);
        assertThat(student.get().offTrackStreak()).isZero();
        assertThat(student.history()).containsExactly("INTAKE", "BEGELEIDING", "BIJSTUREN", "BEGELEIDING");
        student.fireTimer("Timer_Checkin");
        student.checkIn(152, false, "niet_bereikbaar");
        assertThat(student.history()).last().isEqualTo("NIET_BEREIKBAAR");
    }

    @Test
    void newCreditsInAnImportCountAsACheckInWithoutATaskAndCanLeadToSteering() {
        Student student = importStudent("", TestInstitute.UTRECHT);
        student.asInstitute("Task_Intake", "intakeUitkomst", "geen_begeleiding", "belemmeringen", List.of("FINANCIEEL"));
        assertThat(students.obstacles(student.id)).containsExactly(Obstacle.FINANCIEEL);
        Date timerBefore = student.timer().getDuedate();

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(30).toMillis()));
        student.importCredits(150);
        assertThat(student.task()).as("no check-in task").isNull();
        assertThat(student.timer().getDuedate()).as("the next check-in counts from the import").isAfter(timerBefore);
        assertThat(students.checkins(student.id)).extracting(Langstudeerders.Checkin::source, Langstudeerders.Checkin::onTrack)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IMPORT", true));

        student.fireTimer("Timer_Checkin");
        student.checkIn(150, false, "doorgaan");
        student.importCredits(140); // a correction downwards: not on track, the second in a row
        assertThat(student.task().getTaskDefinitionKey()).isEqualTo("Task_Bijsturen");

        student.complete("Task_Bijsturen", "kr.utrecht", "ketenregisseur", "bijsturing", "doorverwijzen");
        student.assertReferred();
    }

    @Test
    void aReferralFromACheckInOpensAJourneyDossierWithAnIntakeForTheKetenregisseur() {
        Student student = importStudent("", TestInstitute.MIDDEN_NEDERLAND);
        student.intakeWithPlan();
        student.fireTimer("Timer_Checkin");
        student.checkIn(121, false, "doorverwezen");

        student.assertReferred();
    }

    @Test
    void incompleteAnswersAreRefusedInDutchAndTheTaskStaysOpen() {
        Student student = importStudent("", TestInstitute.UTRECHT);
        assertThatThrownBy(() -> student.asInstitute("Task_Intake", "intakeUitkomst", "begeleiding",
                "belemmeringen", List.of("ONZIN"), "streefdatum", "2001-01-01", "ecPerPeriode", 0))
                .isInstanceOf(Refusal.class).hasMessageContaining("belemmeringen").hasMessageContaining("toekomst")
                .hasMessageContaining("studiepunten per periode");
        assertThat(student.task().getTaskDefinitionKey()).isEqualTo("Task_Intake");

        student.intakeWithPlan();
        student.fireTimer("Timer_Checkin");
        assertThatThrownBy(() -> student.checkIn(241, true, "doorgaan")).isInstanceOf(Refusal.class)
                .hasMessageContaining("van de 240");
        LocalDate engineToday = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneId.of("Europe/Amsterdam"));
        assertThatThrownBy(() -> student.checkIn(200, true, "bevoegd", "bevoegdOp", engineToday.plusDays(5).toString())).isInstanceOf(Refusal.class).hasMessageContaining("toekomst");
        assertThat(students.checkins(student.id)).isEmpty();
    }

    @Test
    void anOverdueIntakeEscalatesToTheKetenregisseurs() {
        Student student = importStudent("", TestInstitute.UTRECHT);
        Job escalation = managementService.createJobQuery().processInstanceId(student.instance().getId()).timers()
                .singleResult();
        ClockUtil.setCurrentTime(new Date(escalation.getDuedate().getTime() + 60_000));
        managementService.executeJob(escalation.getId());

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("VerlopenTaakOpvolgen")
                .processInstanceBusinessKey(student.id.toString()).count()).isOne();
        student.asInstitute("Task_Intake", "intakeUitkomst", "niet_bereikbaar");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(student.id.toString()).count())
                .as("the follow-up ends with the track").isZero();
    }

    // ---- helpers ----

    private Student importStudent(String school, String region) {
        String number = "P" + UUID.randomUUID().toString().substring(0, 8);
        ImportJson.Result result = imports.importFile(institute.user, null, "test.csv", TestInstitute.file(
                TestInstitute.line(number, "Lotte", "Jansen", number.toLowerCase() + "@example.nl", "120", "240", school, region)));
        assertThat(result.fouten()).isEmpty();
        UUID id = jdbc.queryForObject("select id from langstudeerder where opleiding_code = ? and student_number = ?",
                UUID.class, institute.code, number);
        return new Student(id, number, region);
    }

    private final class Student {

        final UUID id;
        final String number;
        final String region;

        Student(UUID id, String number, String region) {
            this.id = id;
            this.number = number;
            this.region = region;
        }

        Langstudeerder get() {
            return students.get(id).orElseThrow();
        }

        List<String> history() {
            return students.history(id).stream().map(entry -> entry.status().name()).toList();
        }

        ProcessInstance instance() {
            return runtimeService.createProcessInstanceQuery().processDefinitionKey(LangstudeerderProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(id.toString()).singleResult();
        }

        Task task() {
            return taskService.createTaskQuery().processDefinitionKey(LangstudeerderProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(id.toString()).singleResult();
        }

        Job timer() {
            return managementService.createJobQuery().processInstanceId(instance().getId()).activityId("Timer_Checkin")
                    .singleResult();
        }

        void intakeWithPlan() {
            asInstitute("Task_Intake", "intakeUitkomst", "begeleiding", "belemmeringen",
                    List.of("COMBINATIE_WERK_STUDIE", "TOETS_OF_SCRIPTIE"), "streefdatum",
                    LocalDate.now().plusYears(1).toString(), "ecPerPeriode", 15, "ondersteuning",
                    List.of("STUDIECOACH", "SCRIPTIEBEGELEIDING"));
        }

        void checkIn(int credits, boolean onTrack, String outcome, Object... more) {
            Object[] all = new Object[6 + more.length];
            Object[] base = {"ecBehaald", credits, "opKoers", onTrack, "checkinUitkomst", outcome};
            System.arraycopy(base, 0, all, 0, 6);
            System.arraycopy(more, 0, all, 6, more.length);
            asInstitute("Task_Checkin", all);
        }

        void importCredits(int credits) {
            ImportJson.Result result = imports.importFile(institute.user, null, "update.csv", TestInstitute.file(
                    TestInstitute.line(number, "Lotte", "Jansen", number.toLowerCase() + "@example.nl",
                            String.valueOf(credits), "240", "", region)));
            assertThat(result.bijgewerkt()).isOne();
        }

        void asInstitute(String task, Object... keyValues) {
            complete(task, institute.user.userId(), "opleiding:" + institute.code, keyValues);
        }

        void complete(String taskKey, String user, String group, Object... keyValues) {
            Task task = task();
            assertThat(task).as("open task " + taskKey).isNotNull();
            assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
            Map<String, Object> variables = new HashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                variables.put((String) keyValues[i], keyValues[i + 1]);
            }
            identityService.setAuthentication(user, List.of(group, group.startsWith("opleiding:") ? "lerarenopleiding"
                    : group.startsWith("school:") ? "schoolopleider" : group), List.of(region));
            try {
                taskService.complete(task.getId(), variables);
            } finally {
                identityService.clearAuthentication();
            }
        }

        void fireTimer(String activityId) {
            Job job = managementService.createJobQuery().processInstanceId(instance().getId()).activityId(activityId)
                    .singleResult();
            assertThat(job).as("timer " + activityId).isNotNull();
            if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
                ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + Duration.ofMinutes(1).toMillis()));
            }
            managementService.executeJob(job.getId());
        }

        void assertReferred() {
            Langstudeerder referred = get();
            assertThat(referred.status()).isEqualTo(LangstudeerderStatus.DOORVERWEZEN);
            assertThat(referred.referredDossierId()).isNotNull();
            assertThat(jdbc.queryForMap("select region_code, sector, email from dossier where id = ?",
                    referred.referredDossierId())).containsEntry("region_code", region).containsEntry("sector", "VO")
                    .containsEntry("email", number.toLowerCase() + "@example.nl");
            List<Task> intake = taskService.createTaskQuery().processDefinitionKey("ZijInstroomTraject")
                    .processInstanceBusinessKey(referred.referredDossierId().toString()).list();
            assertThat(intake).singleElement().satisfies(task -> {
                assertThat(task.getTenantId()).isEqualTo(region);
                assertThat(taskService.getIdentityLinksForTask(task.getId()))
                        .anyMatch(link -> "ketenregisseur".equals(link.getGroupId()));
            });
            assertThat(instance()).isNull();
        }
    }
}
