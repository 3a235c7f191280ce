package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One candidate from the public intake to the 5-year follow-up through the REST APIs, each task completed
 * by a demo user of the organisation that owns it; users of another school, bestuur, institute or region
 * find no such task (404) and cannot complete it.
 */
@IntegrationTest
class JourneyRestTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    String businessKey;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void candidateTravelsTheWholeJourneyThroughTheRestApi() {
        String email = TestCandidates.uniqueEmail("rest");
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.putAll(Map.of("voornaam", "Noë", "achternaam", "Ağaoğlu-Özdemir", "email", email,
                "regio", "utrecht-stad", "sector", "PO", "opleidingsniveau", "HBO", "buitenlandsDiploma", false,
                "toestemmingPrivacy", true));
        assertThat(http.postForEntity("/api/loket/aanmeldingen", registration, String.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        businessKey = candidates.dossierIdOf(email).toString();

        complete("Task_IntakeGesprek", "kr.utrecht", "kr.mnl", vars("sector", "PO", "opleidingsniveau", "HBO",
                "buitenlandsDiploma", false, "eerderBevoegd", false));
        complete("Task_TrajectadviesVaststellen", "kr.utrecht", "kr.mnl", vars("route", "PO_ZIJINSTROOM",
                "uitkomst", "doorgaan", "opleiding", "marnix"));
        complete("Task_VliegendeStartPlannen", "kr.utrecht", "kr.mnl", vars("vliegendeStartSchool", "spo-zonnewijzer"));
        complete("Task_VliegendeStartAfronden", "so.spo.overvecht", "so.ksu.leidscherijn", vars("vliegendeStartUitkomst", "go"));
        complete("Task_MatchVoorstellen", "kr.utrecht", "kr.mnl", vars("school", "spo-zonnewijzer"));
        complete("Task_Sollicitatieprocedure", "hr.spo", "hr.ksu", vars("sollicitatieUitkomst", "aanbod",
                "gesprekGevoerd", true, "proeflesGegeven", true));
        complete("Task_Geschiktheidsonderzoek", "lo.marnix", "lo.hu", vars("geschiktheid", "positief"));
        complete("Task_AanstellingRegelen", "hr.spo", "hr.mnl", vars("contractStart", LocalDate.now().plusDays(7).toString(),
                "schoolopleider", "so.spo.overvecht", "financiering", "CONVENANT", "subsidieStatus", "TOEGEKEND"));
        fireTimer("Timer_ContractStart");
        fireTimer("Timer_DubbeleBezetting");
        complete("Task_DubbeleBezettingEvalueren", "so.spo.overvecht", "so.mnl.amersfoort", vars("evaluatie", "zelfstandig"));
        fireTimer("Timer_Jaar1");
        complete("Task_BeoordelingJaar1", "so.spo.overvecht", "so.ksu.leidscherijn", vars("beoordeling", "voldoende"));
        fireTimer("Timer_Jaar2");
        complete("Task_BevoegdheidBevestigen", "lo.marnix", "lo.hu", vars("bevoegdOp", LocalDate.now().toString()));
        complete("Task_InductieStarten", "so.spo.overvecht", "so.ksu.leidscherijn", vars("coachToegewezen", true));
        fireTimer("Timer_Behoud1");
        complete("Task_BehoudNavragen1", "kr.utrecht", "kr.mnl", vars("nogInOnderwijs", "ja", "werkplek", "ZELFDE_SCHOOL"));
        fireTimer("Timer_Inductie");
        complete("Task_InductieAfsluiten", "so.spo.overvecht", "so.ksu.leidscherijn", vars("inductieUitkomst", "afgerond"));
        for (int years : new int[] {3, 5}) {
            fireTimer("Timer_Behoud" + years);
            complete("Task_BehoudNavragen" + years, "kr.utrecht", "kr.mnl", vars("nogInOnderwijs", "ja",
                    "werkplek", "ZELFDE_BESTUUR"));
        }

        Map<String, Object> dossier = http.withBasicAuth("kr.utrecht", "demo")
                .exchange("/api/dossiers/" + businessKey, HttpMethod.GET, null, OBJECT).getBody();
        assertThat(dossier).containsEntry("status", "AFGEROND").containsEntry("route", "PO_ZIJINSTROOM")
                .containsEntry("school", "spo-zonnewijzer").containsEntry("schoolopleider", "so.spo.overvecht")
                .containsEntry("financiering", "CONVENANT");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) dossier.get("tijdlijn");
        assertThat(timeline).extracting(entry -> entry.get("fase") + ":" + entry.get("uitkomst")).containsExactly(
                "AANMELDING:DOORGESTROOMD", "ORIENTATIE:DOORGESTROOMD", "VLIEGENDE_START:DOORGESTROOMD",
                "SOLLICITATIE:DOORGESTROOMD", "GESCHIKTHEIDSONDERZOEK:DOORGESTROOMD", "AANSTELLING:DOORGESTROOMD",
                "DUBBELE_BEZETTING:DOORGESTROOMD", "BEGELEIDING:DOORGESTROOMD", "INDUCTIE:DOORGESTROOMD",
                "BEHOUD:AFGEROND");
        assertThat(timeline).extracting(entry -> entry.get("door")).contains("loket", "kr.utrecht", "hr.spo",
                "so.spo.overvecht");
    }

    @Test
    void validationFailureThroughRestKeepsTheTaskOpen() {
        businessKey = candidates.register("utrecht-stad").toString();
        String taskId = taskId("Task_IntakeGesprek", "kr.utrecht");
        ResponseEntity<String> refused = http.withBasicAuth("kr.utrecht", "demo").postForEntity(
                "/engine-rest/task/" + taskId + "/complete", Map.of("variables", vars("sector", "HBO")), String.class);

        assertThat(refused.getStatusCode().isError()).isTrue();
        assertThat(refused.getBody()).contains("Het formulier is niet afgerond");
        assertThat(taskId("Task_IntakeGesprek", "kr.utrecht")).isEqualTo(taskId);
    }

    private void complete(String taskKey, String user, String outsider, Map<String, Object> variables) {
        String taskId = taskId(taskKey, user);
        TestRestTemplate other = http.withBasicAuth(outsider, "demo");
        assertThat(other.exchange("/engine-rest/task?processInstanceBusinessKey=" + businessKey, HttpMethod.GET, null, LIST)
                .getBody()).as(outsider + " sees no task").isEmpty();
        assertThat(other.getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode())
                .as(outsider + " reads " + taskKey).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables),
                String.class).getStatusCode()).as(outsider + " completes " + taskKey).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> done = http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId
                + "/complete", Map.of("variables", variables), String.class);
        assertThat(done.getStatusCode()).as(user + " completes " + taskKey + ": " + done.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private String taskId(String taskKey, String user) {
        List<Map<String, Object>> tasks = http.withBasicAuth(user, "demo").exchange("/engine-rest/task?processInstanceBusinessKey="
                + businessKey + "&taskDefinitionKey=" + taskKey, HttpMethod.GET, null, LIST).getBody();
        assertThat(tasks).as(user + " sees " + taskKey).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    /** Timers are fired by the administrator through the REST API after moving the engine clock. */
    private void fireTimer(String activityId) {
        TestRestTemplate admin = http.withBasicAuth("admin", "demo");
        String instanceId = (String) admin.exchange("/engine-rest/process-instance?businessKey=" + businessKey,
                HttpMethod.GET, null, LIST).getBody().get(0).get("id");
        List<Map<String, Object>> jobs = admin.exchange("/engine-rest/job?processInstanceId=" + instanceId
                + "&activityId=" + activityId, HttpMethod.GET, null, LIST).getBody();
        assertThat(jobs).as("timer " + activityId).hasSize(1);
        Date due = Date.from(java.time.OffsetDateTime.parse((String) jobs.get(0).get("dueDate"),
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant());
        if (due.after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(due.getTime() + Duration.ofMinutes(1).toMillis()));
        }
        assertThat(admin.postForEntity("/engine-rest/job/" + jobs.get(0).get("id") + "/execute", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            String type = value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer" : "String";
            variables.put((String) keyValues[i], Map.of("value", value, "type", type));
        }
        return variables;
    }
}
