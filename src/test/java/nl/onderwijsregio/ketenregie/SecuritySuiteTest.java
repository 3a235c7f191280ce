package nl.onderwijsregio.ketenregie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.onderwijsregio.ketenregie.identity.CamundaIdentity;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The findings of the outside penetration test (issue 9), each held by a test here over the whole application:
 * path spellings around the intake limits and the metrics restriction, a fuzz of hostile intake bodies, strict
 * intake JSON, Dutch refusals, forged stop links, login throttling without lockout, and staff emails. The
 * small-cell property is in reporting/SuppressionPropertyTest; start-up checks in PostgresStartupTest and
 * notification/StopLinkSecretCheckTest. See docs/security.md for the table of threats and tests.
 */
@IntegrationTest
class SecuritySuiteTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    // Spellings that do not reach the handler end in 400 (firewall), 401/403 (not the public path) or 404.
    private static final List<String> API_SPELLINGS = List.of("/api/loket/%61anmeldingen", "/api/loket/%2561anmeldingen",
            "/api//loket/aanmeldingen", "/api/loket/aanmeldingen/", "/API/loket/aanmeldingen", "/api/loket/AANMELDINGEN",
            "/api/loket/aanmeldingen;jsessionid=ABC123", "/api/loket;v=1/aanmeldingen", "/api/loket/aanmeldingen;x=1");

    private static final List<String> FORM_SPELLINGS = List.of("/%61anmelden", "/%2561anmelden", "/aanmelden/", "/AANMELDEN",
            "/aanmelden;jsessionid=ABC123", "/aanmelden;x=1");

    private static final List<String> METRICS_SPELLINGS = List.of("/engine-rest/metrics/activity-instance-start/sum",
            "/engine-rest/%6detrics/activity-instance-start/sum", "/engine-rest//metrics/activity-instance-start/sum",
            "/engine-rest/metrics/activity-instance-start/sum/", "/engine-rest/METRICS/activity-instance-start/sum",
            "/engine-rest/metrics;jsessionid=ABC123/activity-instance-start/sum",
            "/engine-rest/metrics;x=1/activity-instance-start/sum", "/engine-rest/metrics");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamundaIdentity identity;

    @LocalServerPort
    int port;

    // Finding 1: the limits hold on every spelling that reaches the intake.

    @Test
    void aClientOverTheRateLimitIsRefusedOnEverySpellingOfTheApi() throws Exception {
        String client = newClient();
        for (int i = 0; i < 10; i++) {
            // Invalid requests count too: the limit is on requests, not on registrations.
            assertThat(perform(post(URI.create("/api/loket/aanmeldingen")).contentType(MediaType.APPLICATION_JSON)
                    .content("{}"), client).getStatus()).isEqualTo(400);
        }
        for (String spelling : API_SPELLINGS) {
            String email = TestCandidates.uniqueEmail("spelling");
            MockHttpServletResponse response = perform(post(URI.create(spelling)).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(validBody(email))), client);
            assertThat(response.getStatus()).as(spelling).isIn(400, 401, 403, 404, 405, 429);
            assertThat(dossiers(email)).as(spelling).isZero();
        }
        assertThat(perform(post(URI.create("/api/loket/%61anmeldingen")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(validBody(TestCandidates.uniqueEmail("encoded")))), client).getStatus())
                .isEqualTo(429);
    }

    @Test
    void aClientOverTheRateLimitIsRefusedOnEverySpellingOfTheForm() throws Exception {
        String client = newClient();
        for (int i = 0; i < 10; i++) {
            assertThat(perform(post(URI.create("/aanmelden")).with(csrf()).accept(MediaType.TEXT_HTML), client).getStatus())
                    .isEqualTo(400);
        }
        for (String spelling : FORM_SPELLINGS) {
            String email = TestCandidates.uniqueEmail("formspelling");
            MockHttpServletResponse response = perform(validForm(post(URI.create(spelling)), email).with(csrf())
                    .accept(MediaType.TEXT_HTML), client);
            // A spelling outside the public paths is sent to the login page: not handled either.
            boolean toLogin = response.getStatus() == 302 && response.getRedirectedUrl().endsWith("/login");
            assertThat(toLogin || List.of(400, 401, 403, 404, 405, 429).contains(response.getStatus()))
                    .as(spelling + " answered " + response.getStatus()).isTrue();
            assertThat(dossiers(email)).as(spelling).isZero();
        }
        MockHttpServletResponse refused = perform(validForm(post(URI.create("/%61anmelden")),
                TestCandidates.uniqueEmail("formencoded")).with(csrf()).accept(MediaType.TEXT_HTML), client);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Te veel aanmeldingen", "seconden opnieuw");
    }

    @Test
    void anOversizedBodyIsRefusedOnEverySpellingBeforeItIsRead() throws Exception {
        byte[] large = ("{\"voornaam\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String spelling : API_SPELLINGS) {
            MockHttpServletResponse response = perform(post(URI.create(spelling)).contentType(MediaType.APPLICATION_JSON)
                    .content(large), newClient());
            assertThat(response.getStatus()).as(spelling).isIn(400, 401, 403, 404, 405, 413);
        }
        assertThat(perform(post(URI.create("/api/loket/%61anmeldingen")).contentType(MediaType.APPLICATION_JSON)
                .content(large), newClient()).getStatus()).isEqualTo(413);
    }

    @Test
    void aFiveMegabyteBodyOnAnEncodedPathIsRefusedOverRealHttp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/loket/%61anmeldingen"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"voornaam\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("te groot");
    }

    @Test
    void repeatRegistrationsOfOneEmailAreBoundedAndAnsweredAlike() throws Exception {
        String email = TestCandidates.uniqueEmail("herhaling");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse response = perform(post(URI.create("/api/loket/aanmeldingen"))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(validBody(email))), newClient());
            assertThat(response.getStatus()).isEqualTo(202);
            answers.add(response.getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(answers).containsOnly(answers.get(0));
        assertThat(dossiers(email)).isEqualTo(1);
        // One dossier and two repeats were admitted (three per hour); the rest stored nothing.
        assertThat(jdbc.queryForObject("select count(*) from dossier_note n join dossier d on d.id = n.dossier_id "
                + "where d.email = ?", Integer.class, email)).isEqualTo(2);
    }

    // Findings 4 and 5: hostile and loosely typed intake bodies; a fuzz that may never cause a 5xx or a row.

    @Test
    void looselyTypedOrUnknownFieldsAreRefusedWithDutchFieldErrors() throws Exception {
        List<Map.Entry<String, Object>> loose = List.of(Map.entry("toestemmingPrivacy", 1),
                Map.entry("toestemmingPrivacy", "true"), Map.entry("toestemmingPrivacy", 12345),
                Map.entry("buitenlandsDiploma", 0), Map.entry("voornaam", true), Map.entry("achternaam", 42),
                Map.entry("id", UUID.randomUUID().toString()), Map.entry("status", "AFGEROND"));
        for (Map.Entry<String, Object> change : loose) {
            String email = TestCandidates.uniqueEmail("los");
            Map<String, Object> body = validBody(email);
            body.put(change.getKey(), change.getValue());
            MockHttpServletResponse response = perform(post(URI.create("/api/loket/aanmeldingen"))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), newClient());
            assertThat(response.getStatus()).as(change.toString()).isEqualTo(400);
            Map<?, ?> problem = json.readValue(response.getContentAsString(StandardCharsets.UTF_8), Map.class);
            assertThat(problem.get("title")).isEqualTo("Ongeldige invoer");
            assertThat((List<?>) problem.get("fouten")).as(change.toString())
                    .anySatisfy(error -> assertThat(((Map<?, ?>) error).get("veld")).isEqualTo(change.getKey()));
            assertThat(dossiers(email)).isZero();
        }
    }

    @Test
    void controlCharactersAreRefusedInDutchOnTheApiAndTheForm() throws Exception {
        for (String field : List.of("vak", "huidigBeroep", "voornaam", "email")) {
            String email = TestCandidates.uniqueEmail("nul");
            Map<String, Object> body = validBody(email);
            body.put(field, field.equals("email") ? "a\u0000" + email : "Wis\u0000kunde");
            MockHttpServletResponse api = perform(post(URI.create("/api/loket/aanmeldingen"))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), newClient());
            assertThat(api.getStatus()).as(field).isEqualTo(400);
            assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("\"veld\":\"" + field + "\"");
            assertThat(dossiers(email)).isZero();
        }
        String email = TestCandidates.uniqueEmail("nulformulier");
        MockHttpServletResponse form = perform(validForm(post(URI.create("/aanmelden")), email)
                .param("huidigBeroep", "Wis\u0000kunde").with(csrf()).accept(MediaType.TEXT_HTML), newClient());
        assertThat(form.getStatus()).isEqualTo(400);
        assertThat(form.getContentAsString(StandardCharsets.UTF_8)).contains("zonder stuurtekens");
        assertThat(dossiers(email)).isZero();
    }

    @Test
    void bidiOverridesAndZeroWidthCharactersAreRefusedInNames() throws Exception {
        for (String name : List.of("Sev\u202Eda", "Sev\u200Bda", "Sev\u2066da", "\uFEFFSevda")) {
            String email = TestCandidates.uniqueEmail("bidi");
            Map<String, Object> body = validBody(email);
            body.put("voornaam", name);
            assertThat(perform(post(URI.create("/api/loket/aanmeldingen")).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body)), newClient()).getStatus()).isEqualTo(400);
            assertThat(dossiers(email)).isZero();
        }
    }

    @Test
    void aCurlyApostropheIsAcceptedByTheLoketAndByTheCorrection() throws Exception {
        String email = TestCandidates.uniqueEmail("ancona");
        Map<String, Object> body = validBody(email);
        body.put("achternaam", "d’Ancona");
        assertThat(perform(post(URI.create("/api/loket/aanmeldingen")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)), newClient()).getStatus()).isEqualTo(202);
        UUID dossier = jdbc.queryForObject("select id from dossier where email = ?", UUID.class, email);

        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");
        org.springframework.util.MultiValueMap<String, String> correction = new org.springframework.util.LinkedMultiValueMap<>();
        correction.add("voornaam", "Sevda");
        correction.add("achternaam", "d’Ancona-Özdemir");
        correction.add("email", email);
        correction.add("telefoon", "");
        correction.add("reden", "Achternaam aangevuld");
        correction.add("_csrf", kr.csrfTokenFrom("/dossiers/" + dossier));
        assertThat(kr.postForm("/dossiers/" + dossier + "/gegevens", correction).getStatusCode().value()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select achternaam from dossier where id = ?", String.class, dossier))
                .isEqualTo("d’Ancona-Özdemir");
    }

    @Test
    void aFuzzOfHostileIntakeBodiesCausesNoServerErrorAndStoresNothingRefused() throws Exception {
        Random random = new Random(9_2025L);
        List<Object> hostileValues = List.of("\u0000", "a\u0001b", "\u202Eevil", "\u200B", "<script>alert(1)</script>",
                "' or 1=1 --", "x".repeat(20_000), "", " ", 0, -1, 1.5e308, true, false, List.of(), List.of("a"),
                Map.of(), Map.of("$gt", ""), "\uD800", "😀".repeat(50), "PO\n", "utrecht-stad\u0000", "\\u0000",
                "${jndi:ldap://x}", "%00", "\r\n\r\nHTTP/1.1 200", "true", "1", "null");
        List<String> fields = List.of("voornaam", "achternaam", "email", "telefoon", "regio", "sector", "vak",
                "huidigBeroep", "opleidingsniveau", "buitenlandsDiploma", "toestemmingPrivacy", "id", "__proto__");
        int serverErrors = 0;
        int storedRefusals = 0;
        int accepted = 0;
        for (int i = 0; i < 240; i++) {
            String email = TestCandidates.uniqueEmail("fuzz");
            String content = hostileBody(random, email, fields, hostileValues);
            int before = jdbc.queryForObject("select count(*) from dossier", Integer.class);
            MockHttpServletResponse response = perform(post(URI.create("/api/loket/aanmeldingen"))
                    .contentType(MediaType.APPLICATION_JSON).content(content.getBytes(StandardCharsets.UTF_8)), newClient());
            int after = jdbc.queryForObject("select count(*) from dossier", Integer.class);
            if (response.getStatus() >= 500) {
                serverErrors++;
            }
            if (response.getStatus() == 202) {
                accepted++;
            } else if (after != before) {
                storedRefusals++;
            }
        }
        assertThat(serverErrors).isZero();
        assertThat(storedRefusals).isZero();
        assertThat(accepted).as("some bodies are harmless and must still be accepted").isLessThan(240);
    }

    // Finding 6: every refusal a person can meet is Dutch.

    @Test
    void refusalsAreExplainedInDutch() throws Exception {
        MockHttpServletResponse wrongType = perform(post(URI.create("/api/loket/aanmeldingen"))
                .contentType(MediaType.TEXT_PLAIN).content("hallo"), newClient());
        assertThat(wrongType.getStatus()).isEqualTo(415);
        assertThat(wrongType.getContentAsString(StandardCharsets.UTF_8)).contains("Formaat niet ondersteund", "Stuur JSON")
                .doesNotContain("not supported");

        // Over real HTTP: the container's error dispatch renders the refusal (MockMvc has none).
        HttpResponse<String> noToken = formWithoutToken("text/html");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("Geen toegang", "formulier was verlopen");
        HttpResponse<String> noTokenJson = formWithoutToken("application/json");
        assertThat(noTokenJson.statusCode()).isEqualTo(403);
        assertThat(noTokenJson.body()).contains("\"title\":\"Geen toegang\"").doesNotContain("Forbidden");

        MockHttpServletResponse badBoolean = perform(post(URI.create("/aanmelden"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("voornaam", "Sevda")
                .param("achternaam", "Ağaoğlu-Özdemir").param("email", TestCandidates.uniqueEmail("bool"))
                .param("regio", "utrecht-stad").param("sector", "PO").param("opleidingsniveau", "HBO")
                .param("buitenlandsDiploma", "misschien").param("toestemmingPrivacy", "true").with(csrf())
                .accept(MediaType.TEXT_HTML), newClient());
        assertThat(badBoolean.getStatus()).isEqualTo(400);
        assertThat(badBoolean.getContentAsString(StandardCharsets.UTF_8)).contains("Kies ja of nee.")
                .doesNotContain("Failed to convert");
    }

    private HttpResponse<String> formWithoutToken(String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/aanmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("voornaam=Sevda&email=" + TestCandidates.uniqueEmail("csrf")))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFormPostOverSixteenKilobytesGetsADutchPageOverRealHttp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/aanmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("voornaam=" + "x".repeat(20 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Verzoek te groot", "16 kB");
    }

    // Finding 2: a stop link signed with the public demo key is refused (the test context has its own key).

    @Test
    void aStopLinkForgedWithTheDemoKeyIsRefused() throws Exception {
        UUID dossier = jdbc.queryForObject("select id from dossier where status = 'LOPEND' limit 1", UUID.class);
        ByteBuffer payload = ByteBuffer.allocate(40);
        UUID tokenId = UUID.randomUUID();
        payload.putLong(tokenId.getMostSignificantBits()).putLong(tokenId.getLeastSignificantBits());
        payload.putLong(dossier.getMostSignificantBits()).putLong(dossier.getLeastSignificantBits());
        payload.putLong(Instant.now().plusSeconds(86_400).getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("demo-only-stoplink-key-not-for-production-use".getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String forged = base64.encodeToString(payload.array()) + "." + base64.encodeToString(mac.doFinal(payload.array()));

        MockHttpServletResponse response = perform(get(URI.create("/stoppen/" + forged)), newClient());
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Deze link is ongeldig");
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier)).isEqualTo("LOPEND");
    }

    // Finding 3: wrong passwords slow a client down without locking out the user.

    @Test
    void failedLoginsThrottleTheClientButNeverLockOutTheUser() throws Exception {
        String guesser = newClient();
        for (int i = 0; i < 5; i++) {
            assertThat(perform(get(URI.create("/api/dossiers")).with(httpBasic("kr.mnl", "fout" + i)), guesser).getStatus())
                    .isEqualTo(401);
        }
        MockHttpServletResponse throttled = perform(get(URI.create("/api/dossiers")).with(httpBasic("kr.mnl", "demo")),
                guesser);
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getHeader("Retry-After")).isNotBlank();
        assertThat(throttled.getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("Te veel pogingen, probeer het over \\d+ seconden opnieuw");

        // More wrong passwords than Camunda's old lockout allowed (10), spread over clients under their limit.
        for (int i = 0; i < 12; i++) {
            perform(get(URI.create("/api/dossiers")).with(httpBasic("kr.mnl", "fout")), i % 3 == 0 ? newClient() : guesser);
        }
        assertThat(perform(get(URI.create("/api/dossiers")).with(httpBasic("kr.mnl", "demo")), newClient()).getStatus())
                .isEqualTo(200);
    }

    // Finding 8: engine metrics for administrators only, whatever the spelling; staff emails by administrators only.

    @Test
    void engineMetricsAreForAdministratorsOnlyOnEverySpelling() {
        for (String spelling : METRICS_SPELLINGS) {
            for (String user : List.of("kr.utrecht", "mgmt.utrecht")) {
                ResponseEntity<String> response = http.withBasicAuth(user, "demo").exchange(
                        URI.create("http://localhost:" + port + spelling), HttpMethod.GET, null, String.class);
                assertThat(response.getStatusCode().value()).as(user + " " + spelling).isIn(400, 403, 404);
                assertThat(String.valueOf(response.getBody())).as(spelling).doesNotContain("\"result\"");
            }
        }
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/metrics/activity-instance-start/sum",
                String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theWebappsCopyOfTheMetricsIsForAdministratorsOnly() throws Exception {
        KetenregieUser ketenregisseur = identity.load("kr.utrecht");
        UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.authenticated(ketenregisseur,
                null, ketenregisseur.groups().stream().map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList());
        for (String spelling : List.of("/camunda/api/engine/engine/default/metrics/activity-instance-start/sum",
                "/camunda/api/engine/engine/default/%6detrics/activity-instance-start/sum",
                "/camunda/api/engine/engine/default/metrics;x=1/activity-instance-start/sum")) {
            assertThat(perform(get(URI.create(spelling)).with(authentication(login)), newClient()).getStatus())
                    .as(spelling).isIn(400, 403);
        }
    }

    @Test
    void onlyAnAdministratorChangesAStaffEmail() {
        Map<?, ?> profile = http.withBasicAuth("kw.utrecht", "demo").getForObject("/engine-rest/user/kw.utrecht/profile",
                Map.class);
        Map<String, Object> changed = new HashMap<>(Map.of("id", "kw.utrecht", "firstName", profile.get("firstName"),
                "lastName", profile.get("lastName"), "email", "buiten@example.org"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> own = http.withBasicAuth("kw.utrecht", "demo").exchange("/engine-rest/user/kw.utrecht/profile",
                HttpMethod.PUT, new HttpEntity<>(changed, headers), String.class);
        assertThat(own.getStatusCode().value()).isEqualTo(403);
        assertThat(identityEmail("kw.utrecht")).isEqualTo(profile.get("email"));

        Map<String, Object> sameEmail = new HashMap<>(changed);
        sameEmail.put("email", profile.get("email"));
        assertThat(http.withBasicAuth("kw.utrecht", "demo").exchange("/engine-rest/user/kw.utrecht/profile",
                HttpMethod.PUT, new HttpEntity<>(sameEmail, headers), String.class).getStatusCode().value()).isEqualTo(204);

        assertThat(http.withBasicAuth("admin", "demo").exchange("/engine-rest/user/kw.utrecht/profile", HttpMethod.PUT,
                new HttpEntity<>(changed, headers), String.class).getStatusCode().value()).isEqualTo(204);
        assertThat(identityEmail("kw.utrecht")).isEqualTo("buiten@example.org");
        http.withBasicAuth("admin", "demo").exchange("/engine-rest/user/kw.utrecht/profile", HttpMethod.PUT,
                new HttpEntity<>(sameEmail, headers), String.class);
    }

    private String identityEmail(String userId) {
        return jdbc.queryForObject("select email_ from act_id_user where id_ = ?", String.class, userId);
    }

    private static String hostileBody(Random random, String email, List<String> fields, List<Object> values)
            throws Exception {
        int kind = random.nextInt(10);
        if (kind == 0) {
            // Broken JSON: a valid body cut short, or a different top-level type.
            String[] broken = { "{\"voornaam\": ", "[]", "null", "\"tekst\"", "{\"voornaam\":\"a\"}}", "{" .repeat(5000),
                    "{\"email\":\"" + email + "\",\"email\":\"" + email + "\"", "\u0000" };
            return broken[random.nextInt(broken.length)];
        }
        Map<String, Object> body = validBody(email);
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            body.put(fields.get(random.nextInt(fields.size())), values.get(random.nextInt(values.size())));
        }
        return new ObjectMapper().writeValueAsString(body);
    }

    private static Map<String, Object> validBody(String email) {
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

    private static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String email) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("voornaam", "Sevda").param("achternaam", "Ağaoğlu-Özdemir").param("email", email)
                .param("regio", "utrecht-stad").param("sector", "PO").param("opleidingsniveau", "HBO")
                .param("buitenlandsDiploma", "false").param("toestemmingPrivacy", "true");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String client) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(client);
            return r;
        })).andReturn().getResponse();
    }

    private int dossiers(String email) {
        return jdbc.queryForObject("select count(*) from dossier where lower(email) = lower(?)", Integer.class, email);
    }

    /** A fresh client address per use, so only the tests about limits meet them. */
    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }
}
