package nl.onderwijsregio.ketenregie.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/dossiers/{id}/uitval and /overdracht over HTTP: who may, what is checked, what is recorded. */
@IntegrationTest
class JourneyActionsApiTest {

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
