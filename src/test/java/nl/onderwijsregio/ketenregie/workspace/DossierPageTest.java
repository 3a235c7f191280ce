package nl.onderwijsregio.ketenregie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The dossier page reads like a case file: names and labels, a filtered timeline, confirmed irreversible steps. */
@IntegrationTest
class DossierPageTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    @Autowired
    DossierService dossiers;

    @Autowired
    JdbcTemplate jdbc;

    UUID dossier;
    BrowserSession kr;

    @BeforeEach
    void register() {
        dossier = candidates.register("utrecht-stad");
        kr = BrowserSession.login(http, "kr.utrecht", "demo");
    }

    @Test
    void aDropoutNeedsConfirmationAndNamesWhoRegisteredIt() {
        String page = kr.get("/dossiers/" + dossier).getBody();
        assertThat(page).contains("begeleidingsplek komt vrij en de kandidaat krijgt een mail")
                .doesNotContain("Kandidaat gestopt (via de stoplink)");

        ResponseEntity<String> unconfirmed = kr.postForm("/dossiers/" + dossier + "/uitval",
                form("reden", "WERKDRUK", "onnodig", "false"));
        assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unconfirmed.getBody()).contains("Bevestig dat je de gevolgen begrijpt");
        ResponseEntity<String> stopLinkReason = kr.postForm("/dossiers/" + dossier + "/uitval",
                form("reden", "KANDIDAAT_GESTOPT", "onnodig", "false", "bevestigd", "ja"));
        assertThat(stopLinkReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(stopLinkReason.getBody()).contains("alleen als de kandidaat zelf stopt");
        assertThat(http.withBasicAuth("kr.utrecht", "demo").postForEntity("/api/dossiers/" + dossier + "/uitval",
                Map.of("reden", "KANDIDAAT_GESTOPT", "onnodig", false), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status()).isEqualTo("LOPEND");

        assertThat(kr.postForm("/dossiers/" + dossier + "/uitval",
                form("reden", "WERKDRUK", "onnodig", "false", "bevestigd", "ja")).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(status()).isEqualTo("UITGEVALLEN");
        assertThat(kr.get("/dossiers/" + dossier).getBody())
                .contains("Uitgevallen: Werkdruk (niet te voorkomen).", "geregistreerd door Marloes Verhoef (ketenregisseur)");
    }

    @Test
    void theTimelineIsNewestFirstFiltersByKindAndGroupsCoachingHours() {
        kr.postForm("/dossiers/" + dossier + "/notities", form("tekst", "Eerste notitie"));
        kr.postForm("/dossiers/" + dossier + "/notities", form("tekst", "Tweede notitie"));
        jdbc.update("update dossier set schoolopleider = 'so.spo.overvecht', funding_stream = 'SUBSIDIE_ZIJINSTROOM', "
                + "contract_start = ? where id = ?", LocalDate.now().minusMonths(2), dossier);
        for (int i = 0; i < 3; i++) {
            dossiers.logCoachingHours(dossier, new BigDecimal("8.0"), "so.spo.overvecht");
        }

        String all = kr.get("/dossiers/" + dossier).getBody();
        assertThat(all.indexOf("Tweede notitie")).as("newest first").isLessThan(all.indexOf("Eerste notitie"));
        assertThat(all.indexOf("Eerste notitie")).isLessThan(all.indexOf("Fase Aanmelding"));
        assertThat(all).contains("3× begeleidingsuren geregistreerd, totaal 24 uur", "door Fatima El Amrani (schoolopleider)",
                "Subsidieregeling zij-instroom", "Begeleidingsuren per maand").doesNotContain("SUBSIDIE_ZIJINSTROOM")
                .doesNotContain(">so.spo.overvecht<");

        String notes = kr.get("/dossiers/" + dossier + "?soort=notities").getBody();
        assertThat(notes).contains("Eerste notitie", "Tweede notitie").doesNotContain("Fase Aanmelding")
                .doesNotContain("begeleidingsuren geregistreerd");
        assertThat(kr.get("/dossiers/" + dossier + "?soort=fasen").getBody()).contains("Fase Aanmelding")
                .doesNotContain("Eerste notitie");
        assertThat(kr.get("/dossiers/" + dossier + "?soort=onzin").getBody()).contains("Onbekend soort tijdlijnregel")
                .contains("Eerste notitie");
    }

    private String status() {
        return jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier);
    }

    private MultiValueMap<String, String> form(String... keyValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.add(keyValues[i], keyValues[i + 1]);
        }
        form.add("_csrf", kr.csrfTokenFrom("/dossiers/" + dossier));
        return form;
    }
}
