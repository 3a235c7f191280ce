package nl.onderwijsregio.ketenregie.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Picking up, assigning and releasing tasks over {@code /api/taken/{taakId}/toewijzing}: the engine
 * changes as the acting user, and every refusal is a Dutch problem answer that changes nothing.
 */
@IntegrationTest
class TaskAssignmentApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JourneyDriver journeys;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKetenregisseurPicksUpReleasesAndAssignsToARegionColleague() {
        String intake = journeys.start("utrecht-stad", "PO", "HBO").task("Task_IntakeGesprek").getId();

        assertThat(assign("kr.utrecht", intake, "kr.utrecht").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(assigneeOf(intake)).isEqualTo("kr.utrecht");

        ResponseEntity<String> taken = assign("kr2.utrecht", intake, "kr2.utrecht");
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taken.getBody()).contains("al opgepakt door Marloes Verhoef", "\"veld\":\"gebruiker\"");
        assertThat(assigneeOf(intake)).isEqualTo("kr.utrecht");

        assertThat(release("kr.utrecht", intake).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(assigneeOf(intake)).isNull();

        assertThat(assign("kr.utrecht", intake, "kr2.utrecht").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(assigneeOf(intake)).isEqualTo("kr2.utrecht");
    }

    @Test
    void assignmentAcrossRegionsIsRefused() {
        String intake = journeys.start("utrecht-stad", "PO", "HBO").task("Task_IntakeGesprek").getId();

        ResponseEntity<String> toOtherRegion = assign("kr.utrecht", intake, "kr.mnl");
        assertThat(toOtherRegion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(toOtherRegion.getBody()).contains("dezelfde onderwijsregio");

        ResponseEntity<String> fromOtherRegion = assign("kr.mnl", intake, "kr.mnl");
        assertThat(fromOtherRegion.getStatusCode()).as("a task of another region does not exist for you")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(release("kr.mnl", intake).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(assigneeOf(intake)).isNull();
    }

    @Test
    void assignmentAcrossGroupsIsRefusedWhereTheEngineSaysSo() {
        Journey journey = journeys.start("utrecht-stad", "PO", "HBO");
        String intake = journey.task("Task_IntakeGesprek").getId();

        ResponseEntity<String> toSchoolopleider = assign("kr.utrecht", intake, "so.spo.overvecht");
        assertThat(toSchoolopleider.getStatusCode()).as("not in the task's group").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(toSchoolopleider.getBody()).contains("Fatima El Amrani hoort niet bij een groep");

        journey.intake("PO", "HBO", false, false).continueWithAdvice("hu")
                .asKetenregisseur("Task_VliegendeStartPlannen", "vliegendeStartSchool", "spo-zonnewijzer");
        String schoolTask = journey.task("Task_VliegendeStartAfronden").getId();

        ResponseEntity<String> pickUpSchoolTask = assign("kr.utrecht", schoolTask, "kr.utrecht");
        assertThat(pickUpSchoolTask.getStatusCode()).as("the ketenregisseur reads but may not work on a school task")
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> assignSchoolTask = assign("kr.utrecht", schoolTask, "so.spo.overvecht");
        assertThat(assignSchoolTask.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(assignSchoolTask.getBody()).contains("groep waar je niet in zit");
        assertThat(assigneeOf(schoolTask)).isNull();

        assertThat(assign("so.spo.overvecht", schoolTask, "so.spo.overvecht").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(assigneeOf(schoolTask)).isEqualTo("so.spo.overvecht");
    }

    @Test
    void badRequestsAreAnsweredInDutch() {
        String intake = journeys.start("utrecht-stad", "PO", "HBO").task("Task_IntakeGesprek").getId();

        ResponseEntity<String> noUser = as("kr.utrecht").postForEntity(path(intake), Map.of(), String.class);
        assertThat(noUser.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noUser.getBody()).contains("Kies aan wie je de taak toewijst");
        ResponseEntity<String> unknownUser = assign("kr.utrecht", intake, "niemand.hier");
        assertThat(unknownUser.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownUser.getBody()).contains("bestaat niet");
        ResponseEntity<String> unknownTask = assign("kr.utrecht", "geen-taak", "kr.utrecht");
        assertThat(unknownTask.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownTask.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(http.postForEntity(path(intake), Map.of("gebruiker", "kr.utrecht"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(assigneeOf(intake)).isNull();
    }

    @Test
    void theWorkListSortsByTheEarliestOpenDeadlineWhichFollowsTheEngine() {
        Journey later = journeys.start("utrecht-stad", "PO", "HBO");
        Journey overdue = journeys.start("utrecht-stad", "PO", "HBO");
        Instant longAgo = Instant.parse("2001-02-03T04:05:06Z");
        Task task = overdue.task("Task_IntakeGesprek");
        task.setDueDate(Date.from(longAgo));
        taskService.saveTask(task);
        assertThat(firstDeadline(overdue)).isEqualTo(longAgo);

        ResponseEntity<Map> page = as("kr.utrecht").getForEntity("/api/dossiers?sort=termijn&size=100", Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.getBody().get("items");
        List<Object> ids = items.stream().map(item -> item.get("id")).toList();
        List<String> deadlines = items.stream().map(item -> (String) item.get("eersteTermijn")).toList();
        int overdueAt = ids.indexOf(overdue.dossierId.toString());
        assertThat(overdueAt).isNotNegative().isLessThan(ids.indexOf(later.dossierId.toString()));
        assertThat(deadlines.get(overdueAt)).isEqualTo("2001-02-03T04:05:06Z");
        List<Instant> dated = deadlines.stream().takeWhile(d -> d != null).map(Instant::parse).toList();
        assertThat(dated).as("earliest first").isSorted();
        // allSatisfy, not containsOnlyNulls: the first page may hold only dossiers with a deadline on a full database.
        assertThat(deadlines.subList(dated.size(), deadlines.size())).as("no deadline: last").allSatisfy(d -> assertThat(d).isNull());

        overdue.intake("PO", "HBO", false, false);
        assertThat(firstDeadline(overdue)).as("the next task's deadline").isAfter(longAgo)
                .isEqualTo(overdue.task("Task_TrajectadviesVaststellen").getDueDate().toInstant());

        ResponseEntity<String> badSort = as("kr.utrecht").getForEntity("/api/dossiers?sort=naam", String.class);
        assertThat(badSort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badSort.getBody()).contains("\"veld\":\"sort\"");
    }

    @Test
    void theWorkListPicksUpSeveralTasksAtOnceAndShowsWhoHoldsThem() {
        Journey first = journeys.start("utrecht-stad", "PO", "HBO");
        Journey second = journeys.start("utrecht-stad", "PO", "HBO");
        String one = first.task("Task_IntakeGesprek").getId();
        String two = second.task("Task_IntakeGesprek").getId();
        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");

        ResponseEntity<String> nothingChosen = kr.postForm("/dossiers/taken/toewijzing", form(kr, "actie", "oppakken"));
        assertThat(nothingChosen.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(nothingChosen.getHeaders().getLocation()).hasPath("/dossiers");
        ResponseEntity<String> offSite = kr.postForm("/dossiers/taken/toewijzing",
                form(kr, "taak", one, "taak", two, "actie", "oppakken", "terug", "//elders.example/dossiers"));
        assertThat(offSite.getHeaders().getLocation().getHost()).as("never back to another site").isNotEqualTo("elders.example");
        assertThat(assigneeOf(one)).isEqualTo("kr.utrecht");
        assertThat(assigneeOf(two)).isEqualTo("kr.utrecht");

        String list = kr.get("/dossiers?q=" + first.dossierRow().get("dossier_number")).getBody();
        assertThat(list).contains("Intakegesprek voeren", "Marloes Verhoef").doesNotContain(">kr.utrecht<");

        kr.postForm("/dossiers/taken/toewijzing", form(kr, "taak", two, "actie", "toewijzen", "gebruiker", "kr2.utrecht",
                "terug", "/dossiers/" + second.dossierId));
        assertThat(assigneeOf(two)).isEqualTo("kr2.utrecht");
        assertThat(kr.get("/dossiers/" + second.dossierId).getBody()).contains("bij Daan Kuipers");
    }

    private MultiValueMap<String, String> form(BrowserSession session, String... keyValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.add(keyValues[i], keyValues[i + 1]);
        }
        form.add("_csrf", session.csrfTokenFrom("/dossiers"));
        return form;
    }

    private Instant firstDeadline(Journey journey) {
        return jdbc.queryForObject("select eerste_termijn from dossier where id = ?", java.sql.Timestamp.class,
                journey.dossierId).toInstant();
    }

    private ResponseEntity<String> assign(String user, String taskId, String assignee) {
        return as(user).postForEntity(path(taskId), Map.of("gebruiker", assignee), String.class);
    }

    private ResponseEntity<String> release(String user, String taskId) {
        return as(user).exchange(path(taskId), HttpMethod.DELETE, null, String.class);
    }

    private String assigneeOf(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private static String path(String taskId) {
        return "/api/taken/" + taskId + "/toewijzing";
    }
}
