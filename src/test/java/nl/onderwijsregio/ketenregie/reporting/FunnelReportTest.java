package nl.onderwijsregio.ketenregie.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.dossier.Appointment;
import nl.onderwijsregio.ketenregie.dossier.Candidate;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.EducationLevel;
import nl.onderwijsregio.ketenregie.dossier.FundingStream;
import nl.onderwijsregio.ketenregie.dossier.Outcome;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.dossier.SubsidyStatus;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The funnel for a known set of dossiers, computed by hand. The dossiers belong to a bestuur of their own
 * (a new code per run) and a cohort of Q1 2025, so other tests' data never enters the figures.
 *
 * <pre>
 * 20 candidates register on 6 Jan 2025 and move on to ORIENTATIE at once (AANMELDING: 20 in, 20 on, 0 days).
 * ORIENTATIE: 12 move on after 1..12 days, 6 drop out (4x WERKDRUK avoidable, 2x FINANCIEEL not), 2 stay.
 *   dropout 6/20 = 30,0%; lead time median of 1..12 = 6,5 days, p90 = 10 + 0,9 x (11 - 10) = 10,9 days.
 * SOLLICITATIE: 12 in; 10 move on after 10 days, 1 drops out (GEEN_MATCH, avoidable), 1 is handed over.
 * AANSTELLING: 10 in, all still there; appointed with funding 5x subsidy, 5x convenant.
 * Follow-up after 1 year for 6: 5 still teaching, 1 not.
 * Overall: 7 dropouts of 20 = 35,0%, above the 10% norm; 5 avoidable, 2 not.
 * </pre>
 * Which cells are hidden follows docs/adr/0008: each hidden cell keeps a second value consistent with every row,
 * column and total (SuppressionPropertyTest checks that by brute force; here the figures a reader sees).
 */
@IntegrationTest
class FunnelReportTest {

    static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");

    @Autowired
    TestRestTemplate http;

    @Autowired
    DossierService dossiers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ProtectionMemory protections;

    String bestuur;

    @BeforeEach
    void knownDossiers() {
        bestuur = "rapport-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into bestuur (code, name, region_code) values (?, ?, 'utrecht-stad')", bestuur,
                "Testbestuur rapportage");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            at(T0);
            UUID id = dossiers.register(new Candidate("Rapport", "Kandidaat", "rapport." + UUID.randomUUID() + "@example.nl",
                    null, Sector.PO, null, null, EducationLevel.HBO, false), "utrecht-stad", "test").orElseThrow().getId();
            dossiers.matchWith(id, bestuur, null);
            dossiers.enterStage(id, Stage.AANMELDING, "test");
            dossiers.enterStage(id, Stage.ORIENTATIE, "test");
            ids.add(id);
        }
        for (int i = 0; i < 12; i++) {
            at(T0.plus(Duration.ofDays(i + 1)));
            dossiers.enterStage(ids.get(i), Stage.SOLLICITATIE, "test");
        }
        at(T0.plus(Duration.ofDays(3)));
        for (int i = 12; i < 16; i++) {
            dossiers.endTrack(ids.get(i), Outcome.UITGEVALLEN, DropoutReason.WERKDRUK, true, "test");
        }
        for (int i = 16; i < 18; i++) {
            dossiers.endTrack(ids.get(i), Outcome.UITGEVALLEN, DropoutReason.FINANCIEEL, false, "test");
        }
        for (int i = 0; i < 10; i++) {
            at(T0.plus(Duration.ofDays(i + 1 + 10)));
            dossiers.enterStage(ids.get(i), Stage.AANSTELLING, "test");
            dossiers.appoint(ids.get(i), new Appointment(LocalDate.of(2025, 3, 1), "so.test",
                    i < 5 ? FundingStream.SUBSIDIE_ZIJINSTROOM : FundingStream.CONVENANT, SubsidyStatus.AANGEVRAAGD));
        }
        at(T0.plus(Duration.ofDays(30)));
        dossiers.endTrack(ids.get(10), Outcome.UITGEVALLEN, DropoutReason.GEEN_MATCH, true, "test");
        dossiers.endTrack(ids.get(11), Outcome.OVERGEDRAGEN, null, null, "test");
        for (int i = 0; i < 6; i++) {
            dossiers.recordFollowUp(ids.get(i), 1, i < 5, i < 5 ? "PO" : null, i < 5 ? null : DropoutReason.WERKDRUK, "test");
        }
        ClockUtil.reset();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void funnelNumbersPercentagesAndLeadTimesAreAsComputedByHand() throws Exception {
        ResponseEntity<String> response = as("mgmt.utrecht").getForEntity(api(), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());

        assertThat(body.get("norm").asDouble()).isEqualTo(10.0);
        JsonNode aanmelding = stage(body, "AANMELDING");
        assertThat(aanmelding.get("binnengekomen").asInt()).isEqualTo(20);
        assertThat(aanmelding.get("doorgestroomd").asInt()).isEqualTo(20);

        JsonNode orientatie = stage(body, "ORIENTATIE");
        assertThat(orientatie.get("binnengekomen").asInt()).isEqualTo(20);
        assertThat(orientatie.get("doorgestroomd").asInt()).isEqualTo(12);
        assertThat(orientatie.get("uitgevallen").asText())
                .as("6, hidden: the total 7 - 6 would reveal the single dropout of Sollicitatie").isEqualTo("x");
        assertThat(orientatie.get("uitvalPercentage").asText()).isEqualTo("x");
        assertThat(orientatie.get("lopend").asText()).isEqualTo("<5");
        assertThat(orientatie.get("onnodig").asText()).isEqualTo("<5");
        assertThat(orientatie.get("nietOnnodig").asText()).isEqualTo("<5");
        assertThat(orientatie.get("overgedragen").asText())
                .as("0 handed over, hidden so the 2 still running cannot be computed from 20 - 12 - 6").isEqualTo("x");

        JsonNode sollicitatie = stage(body, "SOLLICITATIE");
        assertThat(sollicitatie.get("binnengekomen").asInt()).isEqualTo(12);
        assertThat(sollicitatie.get("doorgestroomd").asInt()).isEqualTo(10);
        assertThat(sollicitatie.get("uitgevallen").asText()).isEqualTo("<5");
        assertThat(sollicitatie.get("overgedragen").asText())
                .as("1, shown as x rather than <5: its range 1 to 4 left no second value for a neighbour")
                .isEqualTo("x");
        assertThat(sollicitatie.get("uitvalPercentage").asText()).isEqualTo("x");

        JsonNode aanstelling = stage(body, "AANSTELLING");
        assertThat(aanstelling.get("binnengekomen").asInt()).isEqualTo(10);
        assertThat(aanstelling.get("lopend").asInt()).isEqualTo(10);
        assertThat(stage(body, "BEHOUD").get("binnengekomen").asInt()).isZero();

        JsonNode total = body.get("totaal");
        assertThat(total.get("kandidaten").asInt()).isEqualTo(20);
        assertThat(total.get("uitgevallen").asInt()).isEqualTo(7);
        assertThat(total.get("uitvalPercentage").asDouble()).isEqualTo(35.0);
        assertThat(total.get("nietOnnodig").asText()).isEqualTo("<5");
        assertThat(total.get("onnodig").asText()).as("5 avoidable, hidden: 7 - 2 would reveal the 2").isEqualTo("x");

        assertNothingDerivable(body);
    }

    @Test
    void dashboardTablesShowLeadTimesPerBestuurFundingAndRetention() {
        BrowserSession management = BrowserSession.login(http, "mgmt.utrecht", "demo");
        ResponseEntity<String> dashboard = management.get("/rapportage?" + query());
        assertThat(dashboard.getStatusCode()).isEqualTo(HttpStatus.OK);
        String page = dashboard.getBody();
        String csv = csv(management, "/rapportage/doorlooptijd-per-fase.csv?" + query());
        assertThat(csv).contains("\r\nAanmelding;20;0,0;0,0\r\n")
                .contains("\r\nOriëntatie;12;6,5;10,9\r\n")
                .contains("\r\nSollicitatie en matching;10;10,0;10,0\r\n")
                .contains("\r\nAanstelling;0;-;-\r\n");
        assertThat(csv(management, "/rapportage/zij-instromers-per-bestuur.csv?" + query()))
                .contains("\r\nTestbestuur rapportage;10;10;0;0;0,0%\r\n").contains("\r\nTotaal;10;10;0;0;0,0%\r\n");
        assertThat(csv(management, "/rapportage/zij-instromers-per-financiering.csv?" + query()))
                .contains("\r\nSubsidieregeling zij-instroom;5\r\n").contains("\r\nConvenant (extra plaatsen);5\r\n")
                .contains("\r\nTotaal;10\r\n");
        assertThat(csv(management, "/rapportage/behoud.csv?" + query()))
                .as("6 asked, 1 left: the 5 who stayed are hidden too, else 6 - 5 reveals the 1")
                .contains("\r\n1 jaar na bevoegdheid;6;x;<5;x\r\n");
        assertThat(csv(management, "/rapportage/redenen-per-fase.csv?" + query()))
                .contains("\r\nOriëntatie;x;<5;<5" + ";0".repeat(DropoutReason.values().length - 2) + "\r\n");
        assertThat(page).contains("35,0%").contains("boven de norm").doesNotContain("Rapport Kandidaat")
                .doesNotContain("@example.nl");
    }

    @Test
    void chartDataMarksSuppressedStagesAndWideTablesScrollInFocusableRegions() throws Exception {
        BrowserSession management = BrowserSession.login(http, "mgmt.utrecht", "demo");
        String page = management.get("/rapportage?" + query()).getBody();

        java.util.regex.Matcher attribute = java.util.regex.Pattern.compile("data-grafiek=\"([^\"]*)\"").matcher(page);
        assertThat(attribute.find()).isTrue();
        JsonNode chart = json.readTree(org.springframework.web.util.HtmlUtils.htmlUnescape(attribute.group(1)));
        int orientatie = Stage.ORIENTATIE.ordinal();
        int sollicitatie = Stage.SOLLICITATIE.ordinal();
        assertThat(chart.get("norm").asDouble()).isEqualTo(10.0);
        assertThat(chart.get("uitval").get(orientatie).isNull()).isTrue();
        assertThat(chart.get("afgeschermd").get(orientatie).asText()).isEqualTo("x");
        assertThat(chart.get("afgeschermd").get(sollicitatie).asText()).isEqualTo("<5");
        assertThat(chart.get("uitval").get(Stage.AANMELDING.ordinal()).asDouble()).isZero();
        assertThat(chart.get("afgeschermd").get(Stage.AANMELDING.ordinal()).isNull()).as("0% is a real 0%").isTrue();
        assertThat(chart.get("labels").get(sollicitatie).asText()).isEqualTo("Sollicitatie en matching");
        assertThat(chart.get("leeg").get(Stage.BEHOUD.ordinal()).asBoolean()).as("nobody entered: labelled, not 0%").isTrue();
        assertThat(chart.get("leeg").get(orientatie).asBoolean()).isFalse();

        java.util.regex.Matcher regions = java.util.regex.Pattern.compile("<div class=\"table-scroll\"[^>]*>").matcher(page);
        int count = 0;
        while (regions.find()) {
            count++;
            assertThat(regions.group()).contains("tabindex=\"0\"").contains("role=\"region\"").contains("aria-label=\"");
        }
        assertThat(count).as("every report table, the trend among them").isGreaterThanOrEqualTo(7);

        assertThat(page).contains("id=\"uitval-per-kwartaal\"").contains("2025 K1");
        assertThat(csv(management, "/rapportage/uitval-per-kwartaal.csv?" + query()))
                .as("the trend shows the same suppressed cells as the funnel")
                .contains("\r\n2025 K1;20;0;0,0%;20;x;x;");
    }

    @Test
    void csvOpensInDutchExcel() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<byte[]> response = as("kr.utrecht").exchange(api(), HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("uitval-per-fase.csv");
        byte[] bytes = response.getBody();
        assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("Fase;Binnengekomen;Doorgestroomd of afgerond;Uitgevallen;Overgedragen;"
                + "Nog in deze fase;Uitval (%);Onnodige uitval;Niet te voorkomen uitval");
        assertThat(lines[2]).isEqualTo("Oriëntatie;20;12;x;x;<5;x;<5;<5");
        assertThat(lines).hasSize(Stage.values().length + 2);
        assertThat(lines[lines.length - 1]).startsWith("Totaal (kandidaten in de selectie);20;;7;");
        assertThat(lines).allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(9));
    }

    @Test
    void theSameReportIsProtectedOnceAndAgainAfterADossierChanged() throws Exception {
        long searches = protections.searches();
        JsonNode first = json.readTree(as("mgmt.utrecht").getForObject(api(), String.class));
        assertThat(json.readTree(as("mgmt.utrecht").getForObject(api(), String.class))).isEqualTo(first);
        assertThat(protections.searches()).as("remembered for the same counts").isEqualTo(searches + 1);

        at(T0);
        UUID id = dossiers.register(new Candidate("Rapport", "Nakomer", "rapport." + UUID.randomUUID() + "@example.nl",
                null, Sector.PO, null, null, EducationLevel.HBO, false), "utrecht-stad", "test").orElseThrow().getId();
        dossiers.matchWith(id, bestuur, null);
        dossiers.enterStage(id, Stage.AANMELDING, "test");
        ClockUtil.reset();

        JsonNode changed = json.readTree(as("mgmt.utrecht").getForObject(api(), String.class));
        assertThat(changed.get("totaal").get("kandidaten").asInt()).isEqualTo(21);
        assertThat(protections.searches()).as("a changed count is protected afresh").isEqualTo(searches + 2);
        assertNothingDerivable(changed);
    }

    /** Wherever cells add up to a shown total, never exactly one of them is hidden. */
    private static void assertNothingDerivable(JsonNode body) {
        for (JsonNode stage : body.get("fasen")) {
            if (stage.get("binnengekomen").isNumber()) {
                long hidden = List.of("doorgestroomd", "uitgevallen", "overgedragen", "lopend").stream()
                        .filter(f -> !stage.get(f).isNumber()).count();
                assertThat(hidden).as(stage.get("fase").asText()).isNotEqualTo(1);
            }
            if (stage.get("uitgevallen").isNumber()) {
                long hidden = List.of("onnodig", "nietOnnodig").stream().filter(f -> !stage.get(f).isNumber()).count();
                assertThat(hidden).as(stage.get("fase").asText()).isNotEqualTo(1);
            }
        }
        for (String column : List.of("uitgevallen", "onnodig", "nietOnnodig", "overgedragen")) {
            if (body.get("totaal").get(column).isNumber()) {
                long hidden = 0;
                for (JsonNode stage : body.get("fasen")) {
                    hidden += stage.get(column).isNumber() ? 0 : 1;
                }
                assertThat(hidden).as(column).isNotEqualTo(1);
            }
        }
    }

    private static JsonNode stage(JsonNode body, String code) {
        for (JsonNode stage : body.get("fasen")) {
            if (stage.get("fase").asText().equals(code)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + code);
    }

    private static String csv(BrowserSession session, String path) {
        ResponseEntity<String> response = session.get(path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).startsWith("\uFEFF");
        return response.getBody();
    }

    private String query() {
        return "jaar=2025&kwartaal=1&bestuur=" + bestuur;
    }

    private String api() {
        return "/api/rapportage/uitval-per-fase?" + query();
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

}
