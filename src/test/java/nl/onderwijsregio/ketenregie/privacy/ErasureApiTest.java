package nl.onderwijsregio.ketenregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.identity.Groups;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Erasure on request over the API: who may, what ends, what is removed, across handovers. */
@IntegrationTest
class ErasureApiTest {

    static final Map<String, Object> REQUEST = Map.of("reden", "Verzoek per e-mail van 3 november.");

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    @Autowired
    JourneyDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    Erasure erasure;

    @Autowired
    RuntimeService runtime;

    @Test
    void thePrivacyOfficerErasesARunningDossierAndTheOneItWasHandedOverTo() {
        UUID first = driver.start("utrecht-stad", "PO", "HBO").dossierId;
        assertThat(as("kr.utrecht").postForEntity("/api/dossiers/" + first + "/overdracht",
                Map.of("naarRegio", "midden-nederland", "toelichting", "Verhuist naar Amersfoort"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        UUID received = jdbc.queryForObject("select id from dossier where handed_over_from = ?", UUID.class, first);
        String email = jdbc.queryForObject("select email from dossier where id = ?", String.class, first);

        ResponseEntity<String> response = as("privacy.utrecht").postForEntity(wissen(first), REQUEST, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("2 dossiers");
        for (UUID id : new UUID[] { first, received }) {
            assertThat(jdbc.queryForMap("select voornaam, email, telefoon, huidig_beroep, anonymised_reason, status "
                    + "from dossier where id = ?", id)).containsEntry("anonymised_reason", "VERZOEK")
                    .doesNotContainValue(email);
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dossier_id = ?", Integer.class, id))
                    .isZero();
            assertThat(jdbc.queryForList("select text from dossier_note where dossier_id = ?", String.class, id))
                    .noneMatch(text -> text.contains("Amersfoort"))
                    .anyMatch(text -> text.startsWith("Persoonsgegevens gewist op verzoek"));
        }
        assertThat(jdbc.queryForMap("select outcome, reason from stage_transition where dossier_id = ? and left_at = "
                + "(select max(left_at) from stage_transition where dossier_id = ?)", received, received))
                .as("the running journey in the other region ended through the candidate's withdrawal path")
                .containsValues("UITGEVALLEN", "KANDIDAAT_GESTOPT");
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, received))
                .isEqualTo("UITGEVALLEN");
        assertThat(as("privacy.utrecht").postForEntity(wissen(first), REQUEST, String.class).getBody())
                .as("a second request changes nothing").contains("al gewist");
    }

    @Test
    void aGarantiefondsApplicationOfTheDossierIsWithdrawnAndListedNoLonger() {
        organisation.ensure();
        UUID dossier = driver.matchedInMiddenNederland().dossierId;
        Map<String, Object> application = Map.of("bedrag", 3000, "risico", "LOONKOSTEN_VOOR_START", "opleiding", "hu",
                "startdatumOpleiding", LocalDate.now().plusDays(60).toString(), "motivatie", "TEKORTVAK");
        assertThat(as("hr.mnl").postForEntity("/api/dossiers/" + dossier + "/garantiefonds", application, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        KetenregieUser officer = new KetenregieUser("privacy.mnl.test", "Privacy MNL", Set.of(Groups.PRIVACY),
                Set.of("midden-nederland"));

        assertThat(erasure.erase(officer, dossier, new PrivacyRequests.Erasure("Verzoek per brief."))).isOne();

        assertThat(jdbc.queryForObject("select status from fund_application where dossier_id = ?", String.class, dossier))
                .isEqualTo("INGETROKKEN");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier.toString()).count())
                .as("no process of the dossier runs any more").isZero();
    }

    @Test
    void onlyThePrivacyOfficerOfTheRegionErases() {
        UUID utrecht = candidates.register("utrecht-stad");
        UUID middenNederland = candidates.register("midden-nederland");

        assertThat(http.postForEntity(wissen(utrecht), REQUEST, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : new String[] { "kr.utrecht", "mgmt.utrecht", "admin" }) {
            assertThat(as(user).postForEntity(wissen(utrecht), REQUEST, String.class).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(as("privacy.utrecht").postForEntity(wissen(middenNederland), REQUEST, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("privacy.utrecht").postForEntity(wissen(UUID.randomUUID()), REQUEST, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select count(*) from dossier where anonymised_at is not null and id in (?, ?)",
                Integer.class, utrecht, middenNederland)).isZero();
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndErasesNothing() {
        UUID dossier = candidates.register("utrecht-stad");

        ResponseEntity<String> blank = as("privacy.utrecht").postForEntity(wissen(dossier), Map.of("reden", " "),
                String.class);
        ResponseEntity<String> markup = as("privacy.utrecht").postForEntity(wissen(dossier),
                Map.of("reden", "<b>weg</b>"), String.class);
        ResponseEntity<String> tooLong = as("privacy.utrecht").postForEntity(wissen(dossier),
                Map.of("reden", "x".repeat(501)), String.class);

        for (ResponseEntity<String> refused : java.util.List.of(blank, markup, tooLong)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
            assertThat(refused.getBody()).contains("\"veld\":\"reden\"");
        }
        assertThat(jdbc.queryForObject("select anonymised_at from dossier where id = ?", Object.class, dossier)).isNull();
        assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier))
                .isEqualTo("LOPEND");
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private static String wissen(UUID id) {
        return "/api/dossiers/" + id + "/wissen";
    }
}
