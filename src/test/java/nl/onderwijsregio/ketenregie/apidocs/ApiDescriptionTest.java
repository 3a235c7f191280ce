package nl.onderwijsregio.ketenregie.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Keeps /api/openapi.json true: every /api endpoint of our controllers is in it, every example matches its
 * schema, and live answers of every documented endpoint (success and errors) match the documented schema.
 */
@IntegrationTest
class ApiDescriptionTest {

    static final String LOKET = "/api/loket/aanmeldingen";

    @Autowired
    TestRestTemplate http;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestCandidates candidates;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    JourneyDriver driver;

    OpenApiContract contract;

    @BeforeEach
    void loadDescription() throws Exception {
        ResponseEntity<String> answer = as("admin").getForEntity("/api/openapi.json", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        contract = new OpenApiContract(answer.getBody());
    }

    @Test
    void everyApiEndpointOfOurControllersIsDescribedInDutchWithExamplesAndProblems() {
        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getName().startsWith("nl.onderwijsregio.ketenregie.")) {
                continue;
            }
            for (String path : entry.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                assertThat(entry.getKey().getMethodsCondition().getMethods()).as("%s declares its HTTP method", path)
                        .isNotEmpty();
                entry.getKey().getMethodsCondition().getMethods().forEach(method -> endpoints.add(method + " " + path));
            }
        }
        assertThat(endpoints).as("the /api endpoints of today").hasSizeGreaterThanOrEqualTo(13);

        List<String> missing = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase();
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            JsonNode operation = contract.description.path("paths").path(path).path(method);
            if (operation.isMissingNode()) {
                missing.add(endpoint + ": not in the description");
                continue;
            }
            if (operation.path("summary").asText().isBlank() || operation.path("description").asText().isBlank()) {
                missing.add(endpoint + ": no Dutch summary and description");
            }
            boolean exampled = false;
            for (var status = operation.path("responses").fields(); status.hasNext();) {
                var response = status.next();
                int code = Integer.parseInt(response.getKey());
                if (code >= 200 && code < 300) {
                    exampled |= !response.getValue().findValues("examples").isEmpty();
                }
                if (code >= 400 && code < 500 && !response.getValue().path("content").path("application/problem+json")
                        .path("schema").path("$ref").asText().endsWith("/Probleem")) {
                    missing.add(endpoint + ": " + code + " is not a problem detail");
                }
            }
            if (!exampled) {
                missing.add(endpoint + ": no example of the answer");
            }
            if (!path.equals(LOKET) && !operation.path("responses").has("401")) {
                missing.add(endpoint + ": 401 not described");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(contract.description.path("paths").path(LOKET).path("post").path("security")).as("the loket is public")
                .isEmpty();
        assertThat(contract.description.path("paths").path(LOKET).path("post").path("responses").has("429")).isTrue();
        assertThat(contract.description.path("security").toString()).contains("basic", "sessie");
        var paths = new TreeSet<String>();
        contract.description.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).as("only /api, never pages or Camunda's /engine-rest").allMatch(p -> p.startsWith("/api/"));
        assertThat(contract.description.path("info").path("description").asText()).contains("docs.camunda.org");
    }

    @Test
    void everyExampleMatchesItsSchema() {
        int[] examples = { 0 };
        List<String> problems = contract.validateAllExamples((what, count) -> examples[0] = count);
        assertThat(problems).isEmpty();
        assertThat(examples[0]).isGreaterThan(40);

        // The validator does catch a wrong value (so an empty list above means something).
        JsonNode wrong = OpenApiContract.JSON.createObjectNode().put("fase", "ONBEKEND");
        assertThat(contract.validate("/components/schemas/Dossier", wrong)).isNotEmpty();
    }

    @Test
    void theLoketPartIsPublicTheRestAfterLogin() throws Exception {
        assertThat(http.getForEntity("/api/openapi.json", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> loket = http.getForEntity("/api/openapi.json/loket", String.class);
        assertThat(loket.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> loketPaths = new ArrayList<>();
        new OpenApiContract(loket.getBody()).description.path("paths").fieldNames().forEachRemaining(loketPaths::add);
        assertThat(loketPaths).containsExactly(LOKET);
        assertThat(http.getForEntity("/api/openapi.json/alle", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("kr.utrecht").getForEntity("/api/openapi.json/alle", String.class).getBody()).contains("/api/dossiers");

        ResponseEntity<String> page = http.getForEntity("/api/docs", String.class);
        assertThat(page.getStatusCode().is3xxRedirection() || page.getStatusCode().is2xxSuccessful()).isTrue();
        String ui = page.getStatusCode().is3xxRedirection() ? page.getHeaders().getLocation().getPath() : "/api/docs";
        ResponseEntity<String> index = http.getForEntity(ui, String.class);
        assertThat(index.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(index.getBody()).contains("swagger-ui").doesNotContain("cdn", "unpkg", "jsdelivr");
        ResponseEntity<String> config = http.getForEntity("/api/openapi.json/swagger-config", String.class);
        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getBody()).contains("/api/openapi.json/loket");
    }

    @Test
    void theLoketAcceptsCrossOriginPostsFromTheRegionsWebsitesOnly() {
        ResponseEntity<String> allowed = preflight(LOKET, "https://www.utrechtleert.nl");
        assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(allowed.getHeaders().getAccessControlAllowOrigin()).isEqualTo("https://www.utrechtleert.nl");
        assertThat(allowed.getHeaders().getAccessControlAllowCredentials()).isFalse();
        assertThat(preflight(LOKET, "https://evil.example").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(preflight("/api/dossiers", "https://www.utrechtleert.nl").getHeaders().getAccessControlAllowOrigin())
                .as("CORS only for the loket").isNull();
    }

    @Test
    void liveAnswersMatchTheDescription() throws Exception {
        List<String> problems = new ArrayList<>();
        // Loket
        HttpHeaders fromWebsite = new HttpHeaders();
        fromWebsite.setContentType(MediaType.APPLICATION_JSON);
        fromWebsite.setOrigin("https://www.utrechtleert.nl");
        ResponseEntity<String> accepted = http.exchange(LOKET, HttpMethod.POST, new HttpEntity<>(registration(), fromWebsite),
                String.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getHeaders().getAccessControlAllowOrigin()).isEqualTo("https://www.utrechtleert.nl");
        check(problems, LOKET, "post", accepted);
        check(problems, LOKET, "post", http.postForEntity(LOKET, Map.of("email", "geen-adres"), String.class));
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        check(problems, LOKET, "post", http.exchange(LOKET, HttpMethod.POST, new HttpEntity<>("hallo", text), String.class));

        // Dossiers and case actions (Utrecht Stad)
        UUID dossier = candidates.register("utrecht-stad");
        check(problems, "/api/dossiers", "get", as("kr.utrecht").getForEntity("/api/dossiers", String.class));
        check(problems, "/api/dossiers", "get", as("admin").getForEntity("/api/dossiers?fase=ORIENTATIE", String.class));
        check(problems, "/api/dossiers", "get", as("kr.utrecht").getForEntity("/api/dossiers?size=0", String.class));
        check(problems, "/api/dossiers", "get", http.getForEntity("/api/dossiers", String.class));
        check(problems, "/api/dossiers", "get", as("mgmt.utrecht").getForEntity("/api/dossiers", String.class));
        String one = "/api/dossiers/{id}";
        check(problems, one, "get", as("kr.utrecht").getForEntity("/api/dossiers/" + dossier, String.class));
        check(problems, one, "get", as("kr.utrecht").getForEntity("/api/dossiers/" + UUID.randomUUID(), String.class));
        check(problems, one, "get", as("kr.utrecht").getForEntity("/api/dossiers/geen-uuid", String.class));
        check(problems, "/api/dossiers/{id}/notities", "post", as("kr.utrecht").postForEntity(
                "/api/dossiers/" + dossier + "/notities", Map.of("tekst", "Gebeld over de intake."), String.class));
        check(problems, "/api/dossiers/{id}/notities", "post", as("kr.utrecht").postForEntity(
                "/api/dossiers/" + dossier + "/notities", Map.of("tekst", ""), String.class));
        check(problems, "/api/dossiers/{id}/gegevens", "put", as("kr.utrecht").exchange(
                "/api/dossiers/" + dossier + "/gegevens", HttpMethod.PUT, new HttpEntity<>(Map.of("voornaam", "Sanne",
                        "achternaam", "de Vries", "email", TestCandidates.uniqueEmail("sanne"), "telefoon", "06 12345678",
                        "reden", "Nieuw e-mailadres.")), String.class));
        check(problems, "/api/dossiers/{id}/gegevens", "put", as("kr.utrecht").exchange(
                "/api/dossiers/" + dossier + "/gegevens", HttpMethod.PUT, new HttpEntity<>(Map.of("voornaam", "<b>")),
                String.class));
        check(problems, "/api/dossiers/{id}/overdracht", "post", as("kr.utrecht").postForEntity(
                "/api/dossiers/" + candidates.register("utrecht-stad") + "/overdracht",
                Map.of("naarRegio", "midden-nederland", "toelichting", "Verhuist."), String.class));
        String uitval = "/api/dossiers/" + dossier + "/uitval";
        Map<String, Object> dropout = Map.of("reden", "ANDERE_BAAN", "onnodig", false);
        check(problems, "/api/dossiers/{id}/uitval", "post", as("kr.utrecht").postForEntity(uitval, dropout, String.class));
        check(problems, "/api/dossiers/{id}/uitval", "post", as("kr.utrecht").postForEntity(uitval, dropout, String.class));
        check(problems, "/api/dossiers/{id}/uitval", "post", as("kr.mnl").postForEntity(uitval, dropout, String.class));

        // Reports
        String report = "/api/rapportage/uitval-per-fase";
        check(problems, report, "get", as("mgmt.utrecht").getForEntity(report, String.class));
        HttpHeaders csv = new HttpHeaders();
        csv.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        check(problems, report, "get", as("mgmt.utrecht").exchange(report, HttpMethod.GET, new HttpEntity<>(csv), String.class));
        check(problems, report, "get", as("mgmt.utrecht").getForEntity(report + "?regio=midden-nederland", String.class));
        check(problems, report, "get", as("so.spo.overvecht").getForEntity(report, String.class));

        // Garantiefonds (Midden Nederland)
        organisation.ensure();
        JourneyDriver.Journey journey = driver.matchedInMiddenNederland();
        String apply = "/api/dossiers/" + journey.dossierId + "/garantiefonds";
        Map<String, Object> application = Map.of("bedrag", 4500, "risico", "LOONKOSTEN_VOOR_START", "opleiding", "hu",
                "startdatumOpleiding", LocalDate.now().plusMonths(3).toString(), "motivatie", "TEKORTVAK");
        ResponseEntity<String> created = as("kr.mnl").postForEntity(apply, application, String.class);
        check(problems, "/api/dossiers/{id}/garantiefonds", "post", created);
        check(problems, "/api/dossiers/{id}/garantiefonds", "post", as("kr.mnl").postForEntity(apply, application, String.class));
        check(problems, "/api/dossiers/{id}/garantiefonds", "post", as("kr.mnl").postForEntity(apply, Map.of("bedrag", 0),
                String.class));
        String id = OpenApiContract.JSON.readTree(created.getBody()).path("id").asText();
        check(problems, "/api/garantiefonds", "get", as("kr.mnl").getForEntity("/api/garantiefonds", String.class));
        check(problems, "/api/garantiefonds", "get", as("gf.commissie").getForEntity("/api/garantiefonds?status=INGEDIEND",
                String.class));
        check(problems, "/api/garantiefonds", "get", as("mgmt.mnl").getForEntity("/api/garantiefonds", String.class));
        check(problems, "/api/garantiefonds/{id}", "get", as("kr.mnl").getForEntity("/api/garantiefonds/" + id, String.class));
        check(problems, "/api/garantiefonds/{id}", "get", as("kr.utrecht").getForEntity("/api/garantiefonds/" + id,
                String.class));
        String budget = "/api/garantiefonds/budget?regio=midden-nederland&jaar=" + (LocalDate.now().getYear() + 4);
        check(problems, "/api/garantiefonds/budget", "put", as("admin").exchange(budget, HttpMethod.PUT,
                new HttpEntity<>(Map.of("budget", 60000)), String.class));
        check(problems, "/api/garantiefonds/budget", "put", as("kr.mnl").exchange(budget, HttpMethod.PUT,
                new HttpEntity<>(Map.of("budget", 1)), String.class));
        check(problems, "/api/garantiefonds/budget", "get", as("mgmt.mnl").getForEntity(budget, String.class));
        check(problems, "/api/garantiefonds/budget", "get", as("mgmt.mnl").getForEntity(
                "/api/garantiefonds/budget?regio=atlantis", String.class));

        // Kwaliteit (reads and refusals; the cycles themselves are driven in KwaliteitApiTest)
        check(problems, "/api/kwaliteit/partnerschappen", "get", as("kw.mnl").getForEntity("/api/kwaliteit/partnerschappen",
                String.class));
        check(problems, "/api/kwaliteit/partnerschappen/{code}", "put", as("admin").exchange(
                "/api/kwaliteit/partnerschappen/mnl-mbo", HttpMethod.PUT, new HttpEntity<>(Map.of("naam",
                        "Samen Opleiden MBO Midden Nederland", "regio", "midden-nederland", "sector", "MBO",
                        "scholen", List.of("roc-mn-techniek"), "opleidingen", List.of("hu"))), String.class));
        check(problems, "/api/kwaliteit/monitorrondes", "post", as("kw.mnl").postForEntity("/api/kwaliteit/monitorrondes",
                Map.of("regio", "midden-nederland", "jaar", 1999), String.class));
        check(problems, "/api/kwaliteit/monitorrondes", "post", as("mgmt.mnl").postForEntity("/api/kwaliteit/monitorrondes",
                Map.of("regio", "midden-nederland", "jaar", 2027), String.class));
        check(problems, "/api/kwaliteit/monitorrondes/{id}", "get", as("kw.mnl").getForEntity(
                "/api/kwaliteit/monitorrondes/" + UUID.randomUUID(), String.class));
        check(problems, "/api/kwaliteit/peerreviews", "post", as("kw.mnl").postForEntity("/api/kwaliteit/peerreviews",
                Map.of("regio", ""), String.class));
        check(problems, "/api/kwaliteit/peerreviews/{id}", "get", as("mgmt.mnl").getForEntity(
                "/api/kwaliteit/peerreviews/" + UUID.randomUUID(), String.class));

        assertThat(problems).isEmpty();
    }

    private void check(List<String> problems, String path, String method, ResponseEntity<String> answer) {
        int status = answer.getStatusCode().value();
        MediaType type = answer.getHeaders().getContentType();
        String mediaType = type == null ? "(none)" : type.getType() + "/" + type.getSubtype();
        String pointer = contract.responseSchema(path, method, status, mediaType);
        String what = method.toUpperCase() + " " + path + " " + status + " " + mediaType;
        if (pointer == null) {
            problems.add(what + ": not described (" + answer.getBody() + ")");
            return;
        }
        try {
            JsonNode body = mediaType.equals("text/csv") ? OpenApiContract.JSON.getNodeFactory().textNode(answer.getBody())
                    : OpenApiContract.JSON.readTree(answer.getBody());
            contract.validate(pointer, body).forEach(error -> problems.add(what + ": " + error));
        } catch (Exception notJson) {
            problems.add(what + ": " + notJson.getMessage());
        }
    }

    private ResponseEntity<String> preflight(String path, String origin) {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin(origin);
        headers.setAccessControlRequestMethod(HttpMethod.POST);
        headers.setAccessControlRequestHeaders(List.of("Content-Type"));
        return http.exchange(path, HttpMethod.OPTIONS, new HttpEntity<>(headers), String.class);
    }

    private static Map<String, Object> registration() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("voornaam", "Sanne");
        body.put("achternaam", "de Vries");
        body.put("email", TestCandidates.uniqueEmail("openapi"));
        body.put("telefoon", "06 12345678");
        body.put("regio", "utrecht-stad");
        body.put("sector", "PO");
        body.put("opleidingsniveau", "HBO");
        body.put("buitenlandsDiploma", false);
        body.put("toestemmingPrivacy", true);
        return body;
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }
}
