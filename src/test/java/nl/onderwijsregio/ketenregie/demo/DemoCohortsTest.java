package nl.onderwijsregio.ketenregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.onderwijsregio.ketenregie.KetenregieApplication;
import nl.onderwijsregio.ketenregie.SecondEngine;
import nl.onderwijsregio.ketenregie.dossier.DossierStatus;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import javax.sql.DataSource;
import nl.onderwijsregio.ketenregie.privacy.EngineTableScan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo cohorts, generated twice on two fresh embedded databases (guidance places taken by one run
 * would change the next one on a shared database): the same seed gives the same dossiers, with a
 * realistic dropout share and work in progress at every point of the journey; and neither the engine's tables
 * nor the log hold any candidate's name, email or phone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DemoCohortsTest {

    private CohortReport first;
    private CohortReport second;
    private long overdueTasks;
    private long openTasks;
    private List<String> tasksNobodyMayDo;
    private List<String> featuredNames;
    private List<String> personalDataInEngineOrLog;

    @BeforeAll
    void generateTwice(CapturedOutput log) throws Exception {
        // Both up to the same moment: an event falling between two real "now"s would differ.
        Instant now = Instant.now();
        try (ConfigurableApplicationContext context = start("eerste")) {
            first = context.getBean(DemoCohorts.class).generate(now);
            TaskService tasks = context.getBean(TaskService.class);
            overdueTasks = tasks.createTaskQuery().dueBefore(Date.from(now)).count();
            openTasks = tasks.createTaskQuery().count();
            tasksNobodyMayDo = tasksNobodyMayDo(tasks, context.getBean(IdentityService.class));
            featuredNames = context.getBean(JdbcTemplate.class).queryForList("select voornaam || ' ' || achternaam "
                    + "from dossier where achternaam in ('Ağaoğlu-Özdemir', 'van den Berg') and voornaam in ('Sevda', 'Noë')",
                    String.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            List<EngineTableScan.Person> people = EngineTableScan.candidates(jdbc);
            personalDataInEngineOrLog = new java.util.ArrayList<>(EngineTableScan.hits(
                    EngineTableScan.engineTables(context.getBean(DataSource.class)), people));
            personalDataInEngineOrLog.addAll(EngineTableScan.hits(java.util.Map.of("application log", log.getAll()), people));
        }
        try (ConfigurableApplicationContext context = start("tweede")) {
            second = context.getBean(DemoCohorts.class).generate(now);
        }
    }

    @Test
    void theSameSeedGivesTheSameDossiers() {
        assertThat(first.dossiers()).isGreaterThan(250);
        assertThat(second.dossiersPerRegion()).isEqualTo(first.dossiersPerRegion());
        assertThat(second.dossiersPerStatus()).isEqualTo(first.dossiersPerStatus());
        assertThat(second.runningPerStage()).isEqualTo(first.runningPerStage());
    }

    @Test
    void everyCandidateWentThroughTheJourneyWithoutErrors() {
        assertThat(first.failedCandidates()).isZero();
        assertThat(second.failedCandidates()).isZero();
    }

    @Test
    void dropoutIsNearTheRegionsNorm() {
        assertThat(first.dropoutShare()).isBetween(0.05, 0.15);
    }

    @Test
    void candidatesAreInProgressAtEveryPointOfTheJourney() {
        assertThat(first.runningPerStage()).containsKeys(Stage.ORIENTATIE, Stage.SOLLICITATIE, Stage.BEGELEIDING);
        assertThat(first.dossiersPerStatus()).containsKey(DossierStatus.OVERGEDRAGEN);
        assertThat(overdueTasks).as("open tasks past their due date, for the filter 'Verlopen taken'").isPositive();
    }

    @Test
    void everyOpenTaskHasDemoStaffWhoMayDoIt() {
        assertThat(tasksNobodyMayDo).isEmpty();
    }

    @Test
    void aPlausibleShareOfOpenTasksIsOverdue() {
        double share = (double) overdueTasks / openTasks;
        System.out.printf("Demo: %d of %d open tasks overdue (%.1f%%)%n", overdueTasks, openTasks, share * 100);
        assertThat(share).isBetween(0.05, 0.15);
    }

    @Test
    void theEngineTablesAndTheLogHoldNoCandidateNameEmailOrPhone() {
        assertThat(personalDataInEngineOrLog).isEmpty();
    }

    @Test
    void namesWithDiacriticsSurviveTheLoket() {
        assertThat(featuredNames).containsExactlyInAnyOrder("Sevda Ağaoğlu-Özdemir", "Noë van den Berg");
    }

    /** Open unassigned tasks none of whose candidate groups has a demo user in the task's region. */
    private static List<String> tasksNobodyMayDo(TaskService tasks, IdentityService identity) {
        return tasks.createTaskQuery().taskUnassigned().list().stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .noneMatch(link -> identity.createUserQuery().memberOfGroup(link.getGroupId())
                                .memberOfTenant(task.getTenantId()).count() > 0))
                .map(task -> task.getName() + " (" + task.getTenantId() + ")")
                .toList();
    }

    /** The demo profile on its own in-memory database; the cohorts are generated explicitly. */
    private static ConfigurableApplicationContext start(String database) {
        // Command-line arguments outrank the system properties Maven sets for the other tests.
        return new SpringApplicationBuilder(KetenregieApplication.class)
                .run("--spring.profiles.active=demo,test",
                        "--spring.datasource.url=jdbc:h2:mem:democohorten-" + database,
                        "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                        SecondEngine.named("demo-cohorts-" + database));
    }
}
