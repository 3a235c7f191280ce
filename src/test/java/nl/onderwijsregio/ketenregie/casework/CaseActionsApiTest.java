package nl.onderwijsregio.ketenregie.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The case actions over HTTP, through the API and the dossier page alike: who may, what is checked, what
 * is recorded.
 */
@IntegrationTest
class CaseActionsApiTest {

    static final Map<String, Object> DROPOUT = Map.of("reden", "PERSOONLIJKE_OMSTANDIGHEDEN", "onnodig", false,
            "toelichting", "Mantelzorg voor een ouder");

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    @Autowired
    JdbcTemplate jdbc;

    UUID dossier;

    @BeforeEach
    void register() {
        dossier = candidates.register("utrecht-stad");
    }

    @Test
    void ketenregisseurRegistersDropoutAtTheCurrentStage() {
        ResponseEntity<String> response = as("kr.utrecht").postForEntity(uitval(), DROPOUT, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(jdbc.queryForMap("select outcome, reason, avoidable, actor from stage_transition where dossier_id = ? "
                + "and stage = 'ORIENTATIE'", dossier)).containsValues("UITGEVALLEN", "PERSOONLIJKE_OMSTANDIGHEDEN", false);
        assertThat(jdbc.queryForList("select text from dossier_note where dossier_id = ?", String.class, dossier))
                .anyMatch(note -> note.contains("Mantelzorg"));

        ResponseEntity<String> again = as("kr.utrecht").postForEntity(uitval(), DROPOUT, String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).contains("loopt niet meer");
    }

    @Test
    void othersMayNotRegisterDropoutOrHandover() {
        assertThat(http.postForEntity(uitval(), DROPOUT, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("kr.mnl").postForEntity(uitval(), DROPOUT, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("mgmt.utrecht").postForEntity(uitval(), DROPOUT, String.class).getStatusCode())
                .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
        candidates.placeAtSchool(dossier, "spo-utrecht", "spo-zonnewijzer");
        assertThat(as("so.spo.overvecht").postForEntity(uitval(), DROPOUT, String.class).getStatusCode())
                .as("the schoolopleider sees the dossier but does not register dropout").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("so.spo.overvecht").postForEntity(overdracht(), Map.of("naarRegio", "midden-nederland"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier)).isEqualTo("LOPEND");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        ResponseEntity<String> noReason = as("kr.utrecht").postForEntity(uitval(), Map.of("onnodig", true), String.class);
        ResponseEntity<String> unknownReason = as("kr.utrecht").postForEntity(uitval(),
                Map.of("reden", "VERVEELD", "onnodig", true), String.class);
        ResponseEntity<String> markup = as("kr.utrecht").postForEntity(uitval(),
                Map.of("reden", "OVERIG", "onnodig", true, "toelichting", "<script>x</script>"), String.class);
        ResponseEntity<String> sameRegion = as("kr.utrecht").postForEntity(overdracht(),
                Map.of("naarRegio", "utrecht-stad"), String.class);

        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("reden");
        assertThat(unknownReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(markup.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(sameRegion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(sameRegion.getBody()).contains("naarRegio");
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier)).isEqualTo("LOPEND");
    }

    @Test
    void handoverOpensADossierInTheReceivingRegion() {
        ResponseEntity<String> response = as("kr.utrecht").postForEntity(overdracht(),
                Map.of("naarRegio", "midden-nederland", "toelichting", "Verhuist naar Amersfoort"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        UUID received = jdbc.queryForObject("select id from dossier where handed_over_from = ?", UUID.class, dossier);
        assertThat(as("kr.mnl").getForEntity("/api/dossiers/" + received, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("kr.utrecht").getForEntity("/api/dossiers/" + received, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("kr.utrecht").getForEntity("/api/dossiers/" + dossier, String.class).getBody())
                .contains("\"status\":\"OVERGEDRAGEN\"");
    }

    @Test
    void aHandoverToARegionWhereTheCandidateAlreadyRunsIsAConflictOnTheApiAndThePage() {
        String email = jdbc.queryForObject("select email from dossier where id = ?", String.class, dossier);
        candidates.registerAgain(email, "midden-nederland");
        int notes = notesOf(dossier);

        ResponseEntity<Map> api = as("kr.utrecht").postForEntity(overdracht(),
                Map.of("naarRegio", "midden-nederland", "toelichting", "Verhuist"), Map.class);
        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");
        ResponseEntity<String> page = kr.postForm("/dossiers/" + dossier + "/overdracht", form(kr,
                "naarRegio", "midden-nederland", "toelichting", "Verhuist", "bevestigd", "ja"));

        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.getBody().get("detail")).asString().contains("al een lopend dossier");
        assertThat(api.getBody().get("fouten")).asString().contains("naarRegio");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(page.getBody()).contains("al een lopend dossier");
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier)).isEqualTo("LOPEND");
        assertThat(notesOf(dossier)).as("the explanation is not kept either").isEqualTo(notes);
    }

    @Test
    void notesAndCorrectionsFollowTheSameRulesOnTheApiAndThePage() {
        assertThat(as("kr.utrecht").postForEntity("/api/dossiers/" + dossier + "/notities",
                Map.of("tekst", "Gebeld, belt terug."), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(as("kr.utrecht").postForEntity("/api/dossiers/" + dossier + "/notities",
                Map.of("tekst", "<b>x</b>"), String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("kr.mnl").postForEntity("/api/dossiers/" + dossier + "/notities",
                Map.of("tekst", "Niet mijn regio"), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // A curly apostrophe, as phones and word processors type it, is a valid name on both paths.
        Map<String, Object> correction = Map.of("voornaam", "Anna", "achternaam", "d’Ancona",
                "email", TestCandidates.uniqueEmail("ancona"), "telefoon", "", "reden", "Spelling volgens paspoort");
        ResponseEntity<String> api = as("kr.utrecht").exchange("/api/dossiers/" + dossier + "/gegevens",
                HttpMethod.PUT, new HttpEntity<>(correction), String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select achternaam from dossier where id = ?", String.class, dossier))
                .isEqualTo("d’Ancona");

        BrowserSession kr = BrowserSession.login(http, "kr.utrecht", "demo");
        ResponseEntity<String> page = kr.postForm("/dossiers/" + dossier + "/gegevens", form(kr, "voornaam", "Anna",
                "achternaam", "d’Ancona-de Wit", "email", (String) correction.get("email"), "telefoon", "",
                "reden", "Dubbele naam"));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(jdbc.queryForObject("select achternaam from dossier where id = ?", String.class, dossier))
                .isEqualTo("d’Ancona-de Wit");
        assertThat(as("so.spo.overvecht").exchange("/api/dossiers/" + dossier + "/gegevens", HttpMethod.PUT,
                new HttpEntity<>(correction), String.class).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    private MultiValueMap<String, String> form(BrowserSession session, String... keyValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.add(keyValues[i], keyValues[i + 1]);
        }
        form.add("_csrf", session.csrfTokenFrom("/dossiers/" + dossier));
        return form;
    }

    private int notesOf(UUID id) {
        return jdbc.queryForObject("select count(*) from dossier_note where dossier_id = ?", Integer.class, id);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private String uitval() {
        return "/api/dossiers/" + dossier + "/uitval";
    }

    private String overdracht() {
        return "/api/dossiers/" + dossier + "/overdracht";
    }
}
