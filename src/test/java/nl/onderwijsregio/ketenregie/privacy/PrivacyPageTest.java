package nl.onderwijsregio.ketenregie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import nl.onderwijsregio.ketenregie.dossier.RetainedPersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The privacy officer's page: the printable export, and erasure only after an explicit confirmation. */
@IntegrationTest
class PrivacyPageTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PrivacySettings settings;

    @Autowired
    PrivacyStatement statement;

    @Autowired
    RetentionPeriods others;

    @Value("${ketenregie.mail.bewaartermijn}")
    Period mails;

    @Test
    void theOfficerSeesTheExportAndErasesOnlyAfterConfirming() {
        UUID dossier = candidates.register("utrecht-stad");
        String email = jdbc.queryForObject("select email from dossier where id = ?", String.class, dossier);
        BrowserSession officer = BrowserSession.login(http, "privacy.utrecht", "demo");
        String path = "/privacyverzoeken/dossiers/" + dossier;

        ResponseEntity<String> page = officer.get(path);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(email, "persoonsgegevens", "leeslog", "organisatiesMetToegang",
                "Gegevens wissen");

        ResponseEntity<String> unconfirmed = officer.postForm(path + "/wissen", form(officer, path, false));
        assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unconfirmed.getBody()).contains("Bevestig dat de gegevens echt gewist moeten worden");
        assertThat(jdbc.queryForObject("select anonymised_at from dossier where id = ?", Object.class, dossier)).isNull();

        ResponseEntity<String> confirmed = officer.postForm(path + "/wissen", form(officer, path, true));
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(jdbc.queryForObject("select anonymised_reason from dossier where id = ?", String.class, dossier))
                .isEqualTo("VERZOEK");
        assertThat(officer.get(path).getBody()).doesNotContain(email).contains("Geanonimiseerd");
    }

    @Test
    void thePublicStatementPromisesThePeriodsTheApplicationEnforces() {
        ResponseEntity<String> page = http.getForEntity("/privacy", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        PrivacySettings.Bewaartermijn kept = settings.bewaartermijn();
        assertThat(page.getBody()).contains(statement.verwerkingsverantwoordelijke(), statement.functionaris(),
                "mailto:" + statement.contact())
                .containsPattern(row("vóór het intakegesprek", kept.zonderIntake()))
                .containsPattern(row("als je later stopt", kept.uitgevallen()))
                .containsPattern(row("andere onderwijsregio", kept.overgedragen()))
                .containsPattern(row("is afgerond", kept.afgerond()))
                .containsPattern(row("E-mails die we je sturen", mails))
                .containsPattern(row("logboek", settings.leeslogBewaartermijn()));
        assertThat(others.holders()).extracting(RetainedPersonalData::kind)
                .containsExactlyInAnyOrder("langstudeerder", "peerreview-panel");
        for (RetainedPersonalData holder : others.holders()) {
            assertThat(page.getBody()).containsPattern(row(holder.statement().gegevens(), others.of(holder)));
        }
        assertThat(http.getForEntity("/aanmelden", String.class).getBody()).contains("href=\"/privacy\"");
    }

    @Test
    void periodsReadAsDutch() {
        assertThat(DutchPeriods.text(Period.parse("P2Y"))).isEqualTo("2 jaar");
        assertThat(DutchPeriods.text(Period.parse("P90D"))).isEqualTo("90 dagen");
        assertThat(DutchPeriods.text(Period.parse("P18M"))).isEqualTo("1 jaar en 6 maanden");
        assertThat(DutchPeriods.text(Period.parse("P1M1D"))).isEqualTo("1 maand en 1 dag");
    }

    /** A table row of the statement: the data, then exactly the period in Dutch. */
    private static Pattern row(String data, Period period) {
        return Pattern.compile(Pattern.quote(data) + "[^<]*</th>\\s*<td>" + Pattern.quote(DutchPeriods.text(period)) + "</td>");
    }

    @Test
    void othersDoNotGetThePage() {
        UUID dossier = candidates.register("utrecht-stad");
        UUID elsewhere = candidates.register("midden-nederland");

        assertThat(BrowserSession.login(http, "kr.utrecht", "demo").get("/privacyverzoeken/dossiers/" + dossier)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(BrowserSession.login(http, "privacy.utrecht", "demo").get("/privacyverzoeken/dossiers/" + elsewhere)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static MultiValueMap<String, String> form(BrowserSession session, String path, boolean confirmed) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", session.csrfTokenFrom(path));
        form.add("reden", "Verzoek per e-mail van 3 november.");
        if (confirmed) {
            form.add("bevestigd", "ja");
        }
        return form;
    }
}
