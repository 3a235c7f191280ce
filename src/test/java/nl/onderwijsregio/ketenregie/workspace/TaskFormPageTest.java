package nl.onderwijsregio.ketenregie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * "Complete my task here" over HTTP, as the dossier page's form posts it (Tasklist's submit-form shape in
 * {@code variabelen}): the engine's checks refuse in Dutch and nothing changes, not even the claim; a task
 * someone else did or holds is a 409; the CSRF token is required.
 */
@IntegrationTest
class TaskFormPageTest {

    /** The intake's answers, as taakformulier.js sends them (untyped values, like Tasklist). */
    static final String INTAKE = """
            {"sector": {"value": "PO"}, "vak": {"value": ""}, "opleidingsniveau": {"value": "HBO"},
             "buitenlandsDiploma": {"value": false}, "eerderBevoegd": {"value": false}}""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JourneyDriver journeys;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    TestOrganisation testOrganisation;

    JourneyDriver.Journey journey;
    Task intake;
    BrowserSession kr;

    @BeforeEach
    void start() {
        journey = journeys.start("utrecht-stad", "PO", "HBO");
        intake = journey.task("Task_IntakeGesprek");
        kr = BrowserSession.login(http, "kr.utrecht", "demo");
    }

    @Test
    void theDossierPageOffersTheTasksCamundaFormWithItsVariables() {
        String page = kr.get("/dossiers/" + journey.dossierId).getBody();
        assertThat(page).contains("Hier afronden", "?taak=" + intake.getId());

        ResponseEntity<String> form = kr.get("/dossiers/" + journey.dossierId + "?taak=" + intake.getId());
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("Taak afronden: Intakegesprek voeren", "data-schema=",
                "&quot;id&quot;: &quot;IntakeGesprek&quot;", "/js/form-js/form-viewer.umd.js",
                "action=\"/dossiers/" + journey.dossierId + "/taken/" + intake.getId() + "\"");
    }

    @Test
    void aCompletionWithTheFormsValuesMovesTheDossierOnAsTheUser() {
        ResponseEntity<String> done = kr.postForm(action(), form(INTAKE));
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(taskService.createTaskQuery().taskId(intake.getId()).count()).isZero();
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(intake.getId()).singleResult().getAssignee())
                .as("claimed and completed by the user, as in Tasklist").isEqualTo("kr.utrecht");
        assertThat(journey.task("Task_TrajectadviesVaststellen")).isNotNull();
    }

    @Test
    void aRefusalOfTheEngineShowsInDutchAndChangesNothingNotEvenTheClaim() {
        String withRouting = INTAKE.replace("{\"sector\"", "{\"regio\": {\"value\": \"midden-nederland\"}, \"sector\"");
        ResponseEntity<String> refused = kr.postForm(action(), form(withRouting));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("De taak &#39;Intakegesprek voeren&#39; kent het veld &#39;regio&#39; niet. "
                + "Er is niets opgeslagen.", "id=\"taakformulier-fout\"", "data-ingevuld=");
        Task after = taskService.createTaskQuery().taskId(intake.getId()).singleResult();
        assertThat(after).as("still open").isNotNull();
        assertThat(after.getAssignee()).as("the claim rolled back with the refused form").isNull();

        ResponseEntity<String> unreadable = kr.postForm(action(), form("geen json"));
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unreadable.getBody()).contains("Het formulier kon niet worden gelezen.");
    }

    @Test
    void aTaskDoneOrHeldBySomeoneElseIsAConflict() {
        taskService.setAssignee(intake.getId(), "kr2.utrecht");
        ResponseEntity<String> held = kr.postForm(action(), form(INTAKE));
        assertThat(held.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(held.getBody()).contains("Deze taak ligt bij Daan Kuipers.");
        assertThat(taskService.createTaskQuery().taskId(intake.getId()).count()).isOne();

        journey.complete("Task_IntakeGesprek", "kr2.utrecht", List.of("ketenregisseur"),
                java.util.Map.of("sector", "PO", "opleidingsniveau", "HBO", "buitenlandsDiploma", false,
                        "eerderBevoegd", false));
        ResponseEntity<String> done = kr.postForm(action(), form(INTAKE));
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(done.getBody()).contains("Deze taak is intussen door iemand anders afgerond of gewijzigd.");
    }

    @Test
    void theSubmissionNeedsTheCsrfToken() {
        MultiValueMap<String, String> noToken = new LinkedMultiValueMap<>();
        noToken.add("variabelen", INTAKE);
        assertThat(kr.postForm(action(), noToken).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(intake.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aTaskOfAnotherGroupIsNotOfferedNorAccepted() {
        testOrganisation.ensure();
        JourneyDriver.Journey matched = journeys.matchedInMiddenNederland();
        Task application = matched.task("Task_Sollicitatieprocedure");
        BrowserSession kr = BrowserSession.login(http, "kr.mnl", "demo");
        String page = kr.get("/dossiers/" + matched.dossierId).getBody();
        assertThat(page).contains("Sollicitatieprocedure").doesNotContain("Hier afronden");

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("variabelen", "{\"sollicitatieUitkomst\": {\"value\": \"aangenomen\"}}");
        form.add("_csrf", kr.csrfTokenFrom("/dossiers/" + matched.dossierId));
        ResponseEntity<String> refused = kr.postForm("/dossiers/" + matched.dossierId + "/taken/" + application.getId(), form);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("Je mag deze taak niet afronden");
        assertThat(taskService.createTaskQuery().taskId(application.getId()).singleResult().getAssignee()).isNull();
    }

    private String action() {
        return "/dossiers/" + journey.dossierId + "/taken/" + intake.getId();
    }

    private MultiValueMap<String, String> form(String variables) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("variabelen", variables);
        form.add("_csrf", kr.csrfTokenFrom("/dossiers/" + journey.dossierId));
        return form;
    }
}
