package nl.onderwijsregio.ketenregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every view of a dossier's personal data is logged; the privacy officer reads the log and the full export. */
@IntegrationTest
class ReadLogTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    @Autowired
    JdbcTemplate jdbc;

    UUID dossier;
    String email;

    @BeforeEach
    void candidate() {
        dossier = candidates.register("utrecht-stad");
        candidates.placeAtSchool(dossier, "spo-utrecht", "spo-zonnewijzer");
        jdbc.update("update dossier set opleiding_code = 'hu' where id = ?", dossier);
        email = jdbc.queryForObject("select email from dossier where id = ?", String.class, dossier);
    }

    @Test
    void readsByEveryCaseRoleAreLoggedWithScreenAndPurpose() {
        for (String user : List.of("kr.utrecht", "so.spo.overvecht", "hr.spo", "lo.hu")) {
            assertThat(as(user).getForEntity("/api/dossiers/" + dossier, String.class).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.OK);
        }
        as("kr.utrecht").getForEntity("/api/dossiers?q=" + email, String.class);
        BrowserSession page = BrowserSession.login(http, "kr.utrecht", "demo");
        assertThat(page.get("/dossiers/" + dossier).getStatusCode()).isEqualTo(HttpStatus.OK);
        page.get("/dossiers?q=" + email);

        assertThat(jdbc.queryForList("select user_id || ' ' || screen || ' ' || purpose from dossier_read "
                + "where dossier_id = ?", String.class, dossier)).contains(
                        "kr.utrecht GET /api/dossiers/{id} DOSSIERBEHEER",
                        "so.spo.overvecht GET /api/dossiers/{id} DOSSIERBEHEER",
                        "hr.spo GET /api/dossiers/{id} DOSSIERBEHEER",
                        "lo.hu GET /api/dossiers/{id} DOSSIERBEHEER",
                        "kr.utrecht GET /api/dossiers ZOEKEN",
                        "kr.utrecht /dossiers/{id} DOSSIERBEHEER",
                        "kr.utrecht /dossiers ZOEKEN");
        assertThat(jdbc.queryForObject("select count(*) from dossier_read where dossier_id = ? and user_id = 'mgmt.utrecht'",
                Integer.class, dossier)).as("a refused read is no read").isZero();
    }

    @Test
    void theExportHoldsThePersonalDataTheOrganisationsAndTheReadLogIncludingItself() {
        as("kr.utrecht").getForEntity("/api/dossiers/" + dossier, String.class);

        ResponseEntity<Map> export = as("privacy.utrecht").getForEntity(inzage(), Map.class);

        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = export.getBody();
        assertThat(body).containsKeys("persoonsgegevens", "notities", "mails", "garantiefonds", "organisatiesMetToegang",
                "leeslog");
        assertThat((Map<String, Object>) body.get("persoonsgegevens")).containsEntry("email", email).containsKey("tijdlijn");
        assertThat(body.get("mails").toString()).contains(email);
        assertThat(body.get("organisatiesMetToegang").toString()).contains("spo-zonnewijzer", "spo-utrecht", "hu");
        assertThat(body.get("leeslog").toString()).contains("kr.utrecht", "INZAGEVERZOEK");
    }

    @Test
    void onlyThePrivacyOfficerOfTheRegionReadsTheExportAndTheLog() {
        UUID elsewhere = candidates.register("midden-nederland");
        as("kr.utrecht").getForEntity("/api/dossiers/" + dossier, String.class);

        assertThat(as("kr.utrecht").getForEntity(inzage(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("kr.utrecht").getForEntity("/api/leeslog?gebruiker=kr.utrecht", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("privacy.utrecht").getForEntity("/api/dossiers/" + elsewhere + "/inzage", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("privacy.utrecht").getForEntity("/api/dossiers/" + dossier + "/leeslog", String.class).getBody())
                .contains("kr.utrecht");
        assertThat(as("privacy.utrecht").getForEntity("/api/leeslog?gebruiker=kr.utrecht", String.class).getBody())
                .contains(dossier.toString());
        ResponseEntity<String> noUser = as("privacy.utrecht").getForEntity("/api/leeslog", String.class);
        assertThat(noUser.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noUser.getBody()).contains("\"veld\":\"gebruiker\"");
        assertThat(as("privacy.utrecht").getForEntity("/api/leeslog?gebruiker=kr.utrecht&van=gisteren", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private String inzage() {
        return "/api/dossiers/" + dossier + "/inzage";
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }
}
