package nl.onderwijsregio.ketenregie.kwaliteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drives monitor rounds and peer reviews through the real process for tests: starts them as the
 * werkgroep kwaliteit of a region, completes tasks as a user with groups, fires timers by moving the
 * engine clock. Each test gets a year of its own and no open review of a previous run in its way.
 */
@Component
public class CycleDriver {

    public static final String REGION = "midden-nederland";
    public static final KetenregieUser WERKGROEP = new KetenregieUser("kw.mnl", "Gert", java.util.Set.of("werkgroep-kwaliteit"),
            java.util.Set.of(REGION));

    private final CycleActions actions;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;

    CycleDriver(CycleActions actions, TaskService taskService, RuntimeService runtimeService,
            ManagementService managementService, IdentityService identityService, JdbcTemplate jdbc) {
        this.actions = actions;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    /** A year no round of the region used yet (rounds of earlier runs stay in a reused database). */
    public int freshYear() {
        Integer max = jdbc.queryForObject("select max(round_year) from monitor_round where region_code = ?", Integer.class,
                REGION);
        return Math.max(max == null ? 0 : max + 1, 2200);
    }

    public UUID startRound() {
        return actions.startRound(WERKGROEP, new KwaliteitRequests.Round(REGION, freshYear()));
    }

    /** Ends the open peer review of the region left by another test or run: one review per region may be open. */
    public void noOpenReview() {
        for (UUID open : jdbc.queryForList("select id from peer_review where open_region = ?", UUID.class, REGION)) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(open.toString()).list()
                    .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test", true, true));
            jdbc.update("update peer_review set open_region = null, status = 'AFGESLOTEN' where id = ?", open);
        }
    }

    public UUID startReview() {
        noOpenReview();
        return actions.startReview(WERKGROEP, new KwaliteitRequests.Review(REGION));
    }

    /** A region of its own with one school, for tests that add partnerships: the demo regions' rounds stay as they are. */
    public static final String TEST_REGION = "test-kwaliteit";
    public static final String TEST_SCHOOL = "test-kwaliteit-school";

    public void testRegion() {
        if (jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, TEST_REGION) == 0) {
            jdbc.update("insert into region (code, name, contact_email) values (?, 'Testregio kwaliteit', 'test@example.org')",
                    TEST_REGION);
            jdbc.update("insert into school (code, name, bestuur_code, region_code, sector, wijk, guidance_capacity) "
                    + "values (?, 'Testschool kwaliteit', 'spo-utrecht', ?, 'MBO', 'Testwijk', 1)", TEST_SCHOOL, TEST_REGION);
        }
    }

    /** A closed round of the region with the given score on every criterion of each partnership. */
    public UUID closedRound(int score) {
        UUID round = startRound();
        for (String partnership : partnerships(round)) {
            selfEvaluate(round, partnership, score);
        }
        for (Task review : tasks(round, "Task_ZelfevaluatieBeoordelen")) {
            complete(review, WERKGROEP.userId(), "werkgroep-kwaliteit", Map.of("beoordeling", "akkoord"));
        }
        complete(round, "Task_MonitorrondeAfsluiten", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("samenvatting", "De partnerschappen zijn op koers."));
        return round;
    }

    /** A peer review driven from the report to its close, with a chair, a reviewer and one reported action. */
    public UUID closedReview() {
        closedRound(3);
        UUID review = startReview();
        complete(review, "Task_RapportOpstellen", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("vrijeTekst", "Drie jaar Samen Opleiden in de regio."));
        actions.addPanelMember(WERKGROEP, review, new KwaliteitRequests.PanelMember("Ria Verbeek", "ria@example.org",
                PanelMember.Role.VOORZITTER, PanelMember.Origin.ANDERE_REGIO, "Onderwijsregio Rotterdam"));
        actions.addPanelMember(WERKGROEP, review, new KwaliteitRequests.PanelMember("Lars de Wit", "lars@example.org",
                PanelMember.Role.REVIEWER, PanelMember.Origin.LERARENOPLEIDING, "Hogeschool Leiden"));
        complete(review, "Task_PanelSamenstellen", WERKGROEP.userId(), "werkgroep-kwaliteit", Map.of("panelCompleet", true));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        complete(review, "Task_BezoekPlannen", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("bezoekdatum", today.plusDays(10).toString(), "rapportdeadline", today.plusDays(30).toString()));
        fireTimer(review, "Timer_Visitatie");
        Map<String, Object> findings = new HashMap<>(Map.of("aanbevelingen",
                "Organiseer een regionale kalibratiedag voor beoordelaars."));
        Map.of("OS", "Het opleidingsplan is gezamenlijk en actueel.", "BG", "Begeleiding is stevig verankerd.",
                "BO", "Beoordelaars kalibreren nog niet samen.", "KZ", "Evaluaties zijn niet jaarlijks.",
                "SW", "De stuurgroep werkt goed.").forEach((standard, text) -> findings.put("bevinding_" + standard, text));
        String guest = jdbc.queryForObject("select guest_user_id from peer_review_panel_member where review_id = ? "
                + "and panel_role = 'VOORZITTER'", String.class, review);
        complete(review, "Task_BevindingenVastleggen", guest, "peerreview:" + review, findings);
        actions.addAction(WERKGROEP, review, new KwaliteitRequests.Action("mnl-vo", "BO",
                "Twee kalibratiesessies per jaar.", today.plusDays(60)));
        complete(review, "Task_VerbeteractiesVaststellen", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("actiesCompleet", true));
        fireTimer(review, "Timer_Meldmoment");
        complete(review, "Task_ActieRapporteren", "pc.mnl.vo", "partnerschap:mnl-vo",
                Map.of("voortgang", "afgerond", "toelichting", "Beide sessies gehouden."));
        complete(review, "Task_PeerReviewAfsluiten", WERKGROEP.userId(), "werkgroep-kwaliteit",
                Map.of("conclusie", "De regio werkt aantoonbaar aan kwaliteit."));
        ClockUtil.reset();
        return review;
    }

    public List<String> partnerships(UUID round) {
        return tasks(round, "Task_ZelfevaluatieInvullen").stream()
                .map(t -> (String) taskService.getVariable(t.getId(), "partnerschap")).sorted().toList();
    }

    public void selfEvaluate(UUID round, String partnership, int score) {
        Task task = tasks(round, "Task_ZelfevaluatieInvullen").stream()
                .filter(t -> partnership.equals(taskService.getVariable(t.getId(), "partnerschap"))).findFirst().orElseThrow();
        complete(task, "pc." + partnership, "partnerschap:" + partnership, answers(score));
    }

    public static Map<String, Object> answers(int score) {
        Map<String, Object> answers = new HashMap<>();
        for (String criterion : List.of("OS1", "OS2", "OS3", "BG1", "BG2", "BG3", "BG4", "BO1", "BO2", "BO3", "KZ1", "KZ2",
                "KZ3", "SW1", "SW2", "SW3")) {
            answers.put("score_" + criterion, String.valueOf(score));
        }
        answers.put("bewijs", "https://intranet.example/opleidingsplan-2026.pdf");
        answers.put("sterkePunten", "Vaste begeleiders en een gezamenlijk opleidingsplan.");
        answers.put("verbeterpunten", "Kalibreren van beoordelaars.");
        return answers;
    }

    public List<Task> tasks(UUID caseId, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseId.toString()).taskDefinitionKey(key).list();
    }

    public Task task(UUID caseId, String key) {
        List<Task> tasks = tasks(caseId, key);
        assertThat(tasks).as("open task " + key).hasSize(1);
        return tasks.get(0);
    }

    public void complete(UUID caseId, String key, String user, String group, Map<String, Object> variables) {
        complete(task(caseId, key), user, group, variables);
    }

    public void complete(Task task, String user, String group, Map<String, Object> variables) {
        assertThat(taskService.getIdentityLinksForTask(task.getId())).as("task for group " + group)
                .anyMatch(link -> group.equals(link.getGroupId()));
        // As Tasklist passes them: a panel member is also in the panel role, which opens Tasklist.
        List<String> groups = group.startsWith("peerreview:") ? List.of(group, "peerreview-panel") : List.of(group);
        identityService.setAuthentication(user, groups, List.of(REGION));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Fires the first timer job of the case at the activity, moving the engine clock to its due date. */
    public void fireTimer(UUID caseId, String activityId) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(instance(caseId)).activityId(activityId)
                .timers().list();
        assertThat(jobs).as("timer " + activityId).isNotEmpty();
        Job job = jobs.get(0);
        if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + Duration.ofMinutes(1).toMillis()));
        }
        managementService.executeJob(job.getId());
    }

    public String instance(UUID caseId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(KwaliteitProcess.PROCESS_KEY)
                .processInstanceBusinessKey(caseId.toString()).singleResult().getId();
    }
}
