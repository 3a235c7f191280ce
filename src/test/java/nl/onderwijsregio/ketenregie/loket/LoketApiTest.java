package nl.onderwijsregio.ketenregie.loket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public intake API: what it accepts, what it refuses, and that refusals store nothing. */
@IntegrationTest
class LoketApiTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestCandidates candidates;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TestRestTemplate http;

    static Map<String, Object> validBody(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("voornaam", "Sevda");
        body.put("achternaam", "Ağaoğlu-Özdemir");
        body.put("email", email);
        body.put("telefoon", "+31 6 12345678");
        body.put("regio", "utrecht-stad");
        body.put("sector", "PO");
        body.put("vak", null);
        body.put("huidigBeroep", "Accountmanager");
        body.put("opleidingsniveau", "HBO");
        body.put("buitenlandsDiploma", false);
        body.put("toestemmingPrivacy", true);
        return body;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("missing email", Map.of("email", ""), "email"),
                Arguments.of("invalid email", Map.of("email", "geen-adres"), "email"),
                Arguments.of("email with markup", Map.of("email", "<a>@example.nl"), "email"),
                Arguments.of("consent refused", Map.of("toestemmingPrivacy", false), "toestemmingPrivacy"),
                Arguments.of("10k-character name", Map.of("voornaam", "a".repeat(10_000)), "voornaam"),
                Arguments.of("script in name", Map.of("achternaam", "<script>alert(1)</script>"), "achternaam"),
                Arguments.of("html in occupation", Map.of("huidigBeroep", "<b>baas</b>"), "huidigBeroep"),
                Arguments.of("unknown region", Map.of("regio", "mars"), "regio"),
                Arguments.of("unknown sector", Map.of("sector", "HBO"), "sector"),
                Arguments.of("unknown education level", Map.of("opleidingsniveau", "PHD"), "opleidingsniveau"),
                Arguments.of("bad phone", Map.of("telefoon", "bel me"), "telefoon"),
                Arguments.of("wrong type for boolean", Map.of("buitenlandsDiploma", "misschien"), "buitenlandsDiploma"),
                Arguments.of("wrong type for consent", Map.of("toestemmingPrivacy", Map.of("ja", true)), "toestemmingPrivacy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedWithFieldErrorsAndStoresNothing(String name, Map<String, Object> change, String field)
            throws Exception {
        String email = TestCandidates.uniqueEmail("fout");
        Map<String, Object> body = validBody(email);
        body.putAll(change);
        int dossiersBefore = dossierCount();

        mvc.perform(intake(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ongeldige invoer"))
                .andExpect(jsonPath("$.fouten[?(@.veld == '" + field + "')].melding").isNotEmpty());

        assertThat(dossierCount()).isEqualTo(dossiersBefore);
        assertThat(candidates.dossierCount(email)).isZero();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws Exception {
        Map<String, Object> body = validBody("geen-adres");
        body.put("voornaam", "");
        body.put("regio", "mars");
        body.put("toestemmingPrivacy", null);

        mvc.perform(intake(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[*].veld").value(org.hamcrest.Matchers.hasItems("email", "voornaam",
                        "regio", "toestemmingPrivacy")));
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        int before = dossierCount();
        mvc.perform(intake("{\"voornaam\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void oversizedBodyIsRefused() throws Exception {
        Map<String, Object> body = validBody(TestCandidates.uniqueEmail("groot"));
        body.put("extra", "x".repeat(IntakeBodyLimit.MAX_BODY_BYTES));
        int before = dossierCount();

        mvc.perform(intake(json.writeValueAsString(body)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("te groot")));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void oversizedChunkedBodyIsRefusedOverHttp() throws Exception {
        Map<String, Object> body = validBody(TestCandidates.uniqueEmail("chunked"));
        body.put("huidigBeroep", "x".repeat(IntakeBodyLimit.MAX_BODY_BYTES * 2));
        int before = dossierCount();

        // The HTTP client streams the body without a Content-Length, so the limit applies while reading.
        ResponseEntity<String> response = http.postForEntity("/api/loket/aanmeldingen", body, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody()).contains("te groot");
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void validRegistrationCreatesADossierInAanmeldingAndStartsTheJourney() throws Exception {
        String email = TestCandidates.uniqueEmail("sevda");

        mvc.perform(intake(json.writeValueAsString(validBody(email))))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.bericht").value(LoketApiController.ACCEPTED_MESSAGE));

        UUID dossierId = candidates.dossierIdOf(email);
        assertThat(jdbc.queryForList("select stage from stage_transition where dossier_id = ? order by id",
                String.class, dossierId)).containsExactly("AANMELDING", "ORIENTATIE");
        assertThat(jdbc.queryForObject("select actor from stage_transition where dossier_id = ? and stage = 'AANMELDING'",
                String.class, dossierId)).isEqualTo("loket");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossierId.toString())
                .processDefinitionKey("ZijInstroomTraject").singleResult().getTenantId()).isEqualTo("utrecht-stad");
    }

    @Test
    void namesWithDiacriticsAreKeptExactly() throws Exception {
        String email = TestCandidates.uniqueEmail("noe");
        Map<String, Object> body = validBody(email);
        body.put("voornaam", "Noë");
        body.put("achternaam", "Ağaoğlu-Özdemir");

        mvc.perform(intake(json.writeValueAsString(body))).andExpect(status().isAccepted());

        mvc.perform(get("/api/dossiers/" + candidates.dossierIdOf(email)).with(httpBasic("kr.utrecht", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voornaam").value("Noë"))
                .andExpect(jsonPath("$.achternaam").value("Ağaoğlu-Özdemir"))
                .andExpect(jsonPath("$.fase").value("ORIENTATIE"))
                .andExpect(jsonPath("$.tijdlijn[0].fase").value("AANMELDING"))
                .andExpect(jsonPath("$.tijdlijn[0].uitkomst").value("DOORGESTROOMD"))
                .andExpect(jsonPath("$.tijdlijn[1].fase").value("ORIENTATIE"));
    }

    @Test
    void repeatedRegistrationKeepsOneDossierNotesItAndAnswersTheSame() throws Exception {
        String email = TestCandidates.uniqueEmail("dubbel");
        String first = mvc.perform(intake(json.writeValueAsString(validBody(email))))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        Map<String, Object> again = validBody(email.toUpperCase());
        String second = mvc.perform(intake(json.writeValueAsString(again)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(candidates.dossierCount(email)).isEqualTo(1);
        UUID dossierId = candidates.dossierIdOf(email);
        assertThat(jdbc.queryForList("select text from dossier_note where dossier_id = ?", String.class, dossierId))
                .singleElement().asString().contains("opnieuw aangemeld");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossierId.toString()).count())
                .isEqualTo(1);
    }

    @Test
    void sameEmailInAnotherRegionIsANewDossier() throws Exception {
        String email = TestCandidates.uniqueEmail("tweeregio");
        mvc.perform(intake(json.writeValueAsString(validBody(email)))).andExpect(status().isAccepted());
        Map<String, Object> other = validBody(email);
        other.put("regio", "midden-nederland");
        other.put("sector", "VO");
        mvc.perform(intake(json.writeValueAsString(other))).andExpect(status().isAccepted());

        assertThat(candidates.dossierCount(email)).isEqualTo(2);
    }

    @Test
    void rateLimitPerClientAnswers429WithRetryAfter() throws Exception {
        String client = "203.0.113." + (200 + CLIENTS.incrementAndGet());
        for (int i = 0; i < 10; i++) {
            mvc.perform(intakeFrom(client, json.writeValueAsString(validBody(TestCandidates.uniqueEmail("limiet")))))
                    .andExpect(status().isAccepted());
        }
        String refusedEmail = TestCandidates.uniqueEmail("limiet");
        mvc.perform(intakeFrom(client, json.writeValueAsString(validBody(refusedEmail))))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(candidates.dossierCount(refusedEmail)).isZero();

        // Another client is not affected.
        mvc.perform(intakeFrom("203.0.113.199", json.writeValueAsString(validBody(TestCandidates.uniqueEmail("ander")))))
                .andExpect(status().isAccepted());
    }

    private int dossierCount() {
        return jdbc.queryForObject("select count(*) from dossier", Integer.class);
    }

    /** Each request comes from a fresh client address, so only the rate-limit test meets the limit. */
    private static MockHttpServletRequestBuilder intake(String body) {
        return intakeFrom("198.51.100." + (CLIENTS.incrementAndGet() % 250), body);
    }

    private static MockHttpServletRequestBuilder intakeFrom(String client, String body) {
        return post("/api/loket/aanmeldingen").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                });
    }
}
