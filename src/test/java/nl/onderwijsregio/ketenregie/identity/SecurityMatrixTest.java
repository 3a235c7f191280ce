package nl.onderwijsregio.ketenregie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who may see what, over real HTTP: our API, the Camunda REST API and the Camunda webapps. */
@IntegrationTest
class SecurityMatrixTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    @Autowired
    TaskService taskService;

    UUID utrechtDossier;

    @BeforeEach
    void registerUtrechtCandidate() {
        utrechtDossier = candidates.register("utrecht-stad");
    }

    @Test
    void unauthenticatedCallsAreRefused() {
        ResponseEntity<String> engine = http.getForEntity("/engine-rest/process-definition", String.class);
        assertThat(engine.getStatusCode()).as(engine.getBody()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(engine.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");

        ResponseEntity<String> api = http.getForEntity("/api/dossiers", String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(api.getBody()).contains("Niet ingelogd");

        assertThat(http.getForEntity("/api/dossiers/" + utrechtDossier, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(http.withBasicAuth("kw.utrecht", "fout").getForEntity("/engine-rest/process-definition", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void ketenregisseurSeesTheJourneyDefinitionThroughEngineRest() {
        ResponseEntity<List<Map<String, Object>>> definitions = http.withBasicAuth("kr.utrecht", "demo")
                .exchange("/engine-rest/process-definition", HttpMethod.GET, null, JSON_LIST);
        assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(definitions.getBody()).extracting(definition -> definition.get("key")).contains("ZijInstroomTraject");
    }

    @Test
    void intakeTaskIsVisibleToTheRegionsKetenregisseurOnly() {
        String query = "/engine-rest/task?processInstanceBusinessKey=" + utrechtDossier;
        List<Map<String, Object>> forUtrecht = http.withBasicAuth("kr.utrecht", "demo")
                .exchange(query, HttpMethod.GET, null, JSON_LIST).getBody();
        assertThat(forUtrecht).singleElement().satisfies(task -> {
            assertThat(task.get("taskDefinitionKey")).isEqualTo("Task_IntakeGesprek");
            assertThat(task.get("tenantId")).isEqualTo("utrecht-stad");
        });

        assertThat(http.withBasicAuth("kr.mnl", "demo").exchange(query, HttpMethod.GET, null, JSON_LIST).getBody())
                .isEmpty();
        assertThat(http.withBasicAuth("so.spo.overvecht", "demo").exchange(query, HttpMethod.GET, null, JSON_LIST)
                .getBody()).isEmpty();
    }

    @Test
    void otherRegionCannotReadOrCompleteTheTaskOrItsVariables() {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(utrechtDossier.toString())
                .singleResult().getId();
        TestRestTemplate mnl = http.withBasicAuth("kr.mnl", "demo");

        assertThat(mnl.getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // Camunda answers a tenant-denied read with an engine error (500), never with the values.
        ResponseEntity<String> variables = mnl.getForEntity("/engine-rest/task/" + taskId + "/variables", String.class);
        assertThat(variables.getStatusCode().isError()).isTrue();
        assertThat(variables.getBody()).doesNotContain("\"value\"");
        String instanceId = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        assertThat(mnl.exchange("/engine-rest/variable-instance?processInstanceIdIn=" + instanceId, HttpMethod.GET,
                null, JSON_LIST).getBody()).isEmpty();

        ResponseEntity<String> complete = mnl.postForEntity("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of()), String.class);
        assertThat(complete.getStatusCode().isError()).isTrue();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void dossierApiIsScopedToRegion() {
        assertThat(http.withBasicAuth("kr.utrecht", "demo").getForEntity("/api/dossiers/" + utrechtDossier, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> otherRegion = http.withBasicAuth("kr.mnl", "demo")
                .getForEntity("/api/dossiers/" + utrechtDossier, String.class);
        ResponseEntity<String> unknown = http.withBasicAuth("kr.mnl", "demo")
                .getForEntity("/api/dossiers/" + UUID.randomUUID(), String.class);
        assertThat(otherRegion.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // Out of scope and non-existent look exactly the same (apart from the requested path).
        assertThat(otherRegion.getBody().replace(utrechtDossier.toString(), "ID"))
                .isEqualTo(unknown.getBody().replaceAll("[0-9a-f-]{36}", "ID"));
        assertThat(http.withBasicAuth("kr.mnl", "demo").getForEntity("/api/dossiers?size=100", String.class).getBody())
                .doesNotContain(utrechtDossier.toString());
    }

    @Test
    void schoolopleiderSeesOnlyTheirOwnSchool() {
        candidates.placeAtSchool(utrechtDossier, "spo-utrecht", "spo-zonnewijzer");

        assertThat(http.withBasicAuth("so.spo.overvecht", "demo").getForEntity("/api/dossiers/" + utrechtDossier,
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("so.ksu.leidscherijn", "demo").getForEntity("/api/dossiers/" + utrechtDossier,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("so.ksu.leidscherijn", "demo").getForEntity("/api/dossiers?size=100",
                String.class).getBody()).doesNotContain(utrechtDossier.toString());
        assertThat(http.withBasicAuth("hr.spo", "demo").getForEntity("/api/dossiers/" + utrechtDossier,
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("hr.ksu", "demo").getForEntity("/api/dossiers/" + utrechtDossier,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void managementGetsNoPersonalData() {
        ResponseEntity<String> list = http.withBasicAuth("mgmt.utrecht", "demo").getForEntity("/api/dossiers", String.class);
        ResponseEntity<String> detail = http.withBasicAuth("mgmt.utrecht", "demo")
                .getForEntity("/api/dossiers/" + utrechtDossier, String.class);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(list.getBody() + detail.getBody()).doesNotContain("voornaam", "email", "Kandidaat", "@example.nl");
    }

    @Test
    void oneLoginServesTheCamundaWebapps() {
        BrowserSession browser = BrowserSession.login(http, "kr.utrecht", "demo");
        assertThat(browser.get("/camunda/app/tasklist/default/").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> camundaUser = browser.get("/camunda/api/admin/auth/user/default");

        assertThat(camundaUser.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(camundaUser.getBody()).contains("\"userId\":\"kr.utrecht\"", "tasklist", "cockpit");
        assertThat(browser.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + utrechtDossier)
                .getBody()).contains("Task_IntakeGesprek");
    }

    @Test
    void schoolopleiderGetsTasklistButNotCockpit() {
        BrowserSession browser = BrowserSession.login(http, "so.spo.overvecht", "demo");
        browser.get("/camunda/app/tasklist/default/");
        assertThat(browser.get("/camunda/api/admin/auth/user/default").getBody()).contains("tasklist")
                .doesNotContain("cockpit");
    }

    @Test
    void apiChangesThroughABrowserSessionNeedTheCsrfToken() {
        BrowserSession browser = BrowserSession.login(http, "kr.utrecht", "demo");
        ResponseEntity<String> forged = browser.postJson("/api/dossiers/" + utrechtDossier + "/uitval",
                Map.of("reden", "OVERIG", "onnodig", false));

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(browser.get("/api/dossiers/" + utrechtDossier).getBody()).contains("\"status\":\"LOPEND\"");
    }

    @Test
    void engineRestIgnoresTheBrowserSession() {
        BrowserSession browser = BrowserSession.login(http, "kr.utrecht", "demo");
        assertThat(browser.get("/engine-rest/process-definition").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void camundaWebappsRedirectAnonymousUsersToTheLoginPage() {
        ResponseEntity<String> tasklist = http.withRedirects(Redirects.DONT_FOLLOW)
                .getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(tasklist.getHeaders().getLocation()).hasPath("/login");
    }
}
