package nl.onderwijsregio.ketenregie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The stop link from a candidate's mail: valid once, stops at the current stage; anything else changes nothing. */
@IntegrationTest
class StopLinkTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TestCandidates candidates;

    @Autowired
    MailTestSupport mail;

    @Autowired
    StopLinks stopLinks;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    UUID dossier;
    String email;
    PublicSession browser;

    @BeforeEach
    void register() {
        dossier = candidates.register("utrecht-stad");
        email = mail.emailOf(dossier);
        browser = new PublicSession(http);
    }

    @Test
    void theLinkFromTheMailStopsTheTrackAtTheCurrentStageOnce() {
        mail.drain();
        String path = CandidateMailsTest.stopPath(
                MailTestSupport.only(greenMail, email, "Bedankt voor je aanmelding").text());

        ResponseEntity<String> page = browser.get(path);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stages()).as("looking at the page changes nothing").containsExactly("AANMELDING:DOORGESTROOMD",
                "ORIENTATIE:open");

        ResponseEntity<String> stopped = browser.postForm(path, form(PublicSession.csrfToken(page.getBody()),
                "Ik heb een andere baan gevonden"));
        assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(stopped.getHeaders().getLocation().getPath()).isEqualTo("/stoppen/gestopt");
        assertThat(browser.get("/stoppen/gestopt").getBody()).contains("Je traject is gestopt");

        Map<String, Object> orientation = jdbc.queryForMap("select outcome, reason, avoidable from stage_transition "
                + "where dossier_id = ? and stage = 'ORIENTATIE'", dossier);
        assertThat(orientation).containsEntry("OUTCOME", "UITGEVALLEN").containsEntry("REASON", "KANDIDAAT_GESTOPT")
                .containsEntry("AVOIDABLE", false);
        assertThat(status()).isEqualTo("UITGEVALLEN");
        assertThat(jdbc.queryForList("select text from dossier_note where dossier_id = ?", String.class, dossier))
                .anyMatch(note -> note.contains("stoplink") && note.contains("Ik heb een andere baan gevonden"));
        mail.drain();
        assertThat(MailTestSupport.only(greenMail, email, "Jammer dat je stopt").text())
                .contains("We hebben je afmelding ontvangen");

        // The same link again: a clear page, nothing changes.
        ResponseEntity<String> again = browser.get(path);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(again.getBody()).contains("Deze link is al gebruikt", "Er is niets veranderd");
        ResponseEntity<String> postAgain = browser.postForm(path, form(csrf(), null));
        assertThat(postAgain.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(stages()).containsExactly("AANMELDING:DOORGESTROOMD", "ORIENTATIE:UITGEVALLEN");
        assertThat(jdbc.queryForObject("select count(*) from stop_token_use where dossier_id = ?", Integer.class,
                dossier)).isEqualTo(1);
    }

    @Test
    void askingAlsoForErasureStopsTheTrackAndGivesThePrivacyOfficerOneTaskButErasesNothing() {
        String path = "/stoppen/" + stopLinks.token(dossier);
        ResponseEntity<String> page = browser.get(path);
        assertThat(page.getBody()).contains("Verwijder ook mijn gegevens", "name=\"verwijderGegevens\"");

        MultiValueMap<String, String> form = form(PublicSession.csrfToken(page.getBody()), null);
        form.add("verwijderGegevens", "ja");
        ResponseEntity<String> stopped = browser.postForm(path, form);

        assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(browser.get(stopped.getHeaders().getLocation().getPath() + "?" + stopped.getHeaders().getLocation()
                .getQuery()).getBody()).contains("Je hebt ook gevraagd je gegevens te verwijderen");
        assertThat(status()).isEqualTo("UITGEVALLEN");
        assertThat(jdbc.queryForMap("select email, anonymised_at from dossier where id = ?", dossier))
                .containsEntry("EMAIL", email).containsEntry("ANONYMISED_AT", null);
        assertThat(erasureTasks()).isOne();

        // Ticking it again, with the same link or one from another mail, changes nothing.
        browser.postForm(path, form);
        String another = "/stoppen/" + stopLinks.token(dossier);
        MultiValueMap<String, String> again = form(PublicSession.csrfToken(browser.get("/aanmelden").getBody()), null);
        again.add("verwijderGegevens", "ja");
        assertThat(browser.postForm(another, again).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(erasureTasks()).isOne();
    }

    @Test
    void stoppingWithoutTheBoxAsksNoErasure() {
        String path = "/stoppen/" + stopLinks.token(dossier);
        ResponseEntity<String> page = browser.get(path);
        browser.postForm(path, form(PublicSession.csrfToken(page.getBody()), null));

        assertThat(status()).isEqualTo("UITGEVALLEN");
        assertThat(erasureTasks()).isZero();
    }

    private long erasureTasks() {
        return taskService.createTaskQuery().processDefinitionKey("VerwijderverzoekAfhandelen")
                .processInstanceBusinessKey(dossier.toString()).taskCandidateGroup("privacy").count();
    }

    @Test
    void aTamperedLinkGetsADutchPageAndChangesNothing() {
        String token = stopLinks.token(dossier);
        String otherDossier = stopLinks.token(UUID.randomUUID()).split("\\.")[0];
        List<String> tampered = List.of(
                token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA"),
                otherDossier + "." + token.split("\\.")[1],
                "geen-token", token.replace(".", ""));
        for (String bad : tampered) {
            ResponseEntity<String> page = browser.get("/stoppen/" + bad);
            assertThat(page.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(page.getBody()).contains("Deze link is ongeldig", "Er is niets veranderd");
            assertThat(browser.postForm("/stoppen/" + bad, form(csrf(), "weg")).getStatusCode())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertUnchanged();
    }

    @Test
    void anExpiredLinkGetsADutchPageAndChangesNothing() {
        String expired = stopLinks.token(UUID.randomUUID(), dossier, Instant.now().minusSeconds(60));
        ResponseEntity<String> page = browser.get("/stoppen/" + expired);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(page.getBody()).contains("Deze link is verlopen", "Er is niets veranderd");
        assertThat(browser.postForm("/stoppen/" + expired, form(csrf(), null)).getStatusCode())
                .isEqualTo(HttpStatus.GONE);
        assertUnchanged();
    }

    @Test
    void withoutTheCsrfTokenNothingHappens() {
        String token = stopLinks.token(dossier);
        browser.get("/stoppen/" + token);
        assertThat(browser.postForm("/stoppen/" + token, form(null, null)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertUnchanged();
    }

    private void assertUnchanged() {
        assertThat(stages()).containsExactly("AANMELDING:DOORGESTROOMD", "ORIENTATIE:open");
        assertThat(status()).isEqualTo("LOPEND");
        assertThat(jdbc.queryForObject("select count(*) from stop_token_use where dossier_id = ?", Integer.class,
                dossier)).isZero();
    }

    private String csrf() {
        return PublicSession.csrfToken(browser.get("/aanmelden").getBody());
    }

    private static MultiValueMap<String, String> form(String csrf, String reason) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (csrf != null) {
            form.add("_csrf", csrf);
        }
        if (reason != null) {
            form.add("reden", reason);
        }
        return form;
    }

    private List<String> stages() {
        return jdbc.queryForList("select stage || ':' || coalesce(outcome, 'open') from stage_transition "
                + "where dossier_id = ? order by id", String.class, dossier);
    }

    private String status() {
        return jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier);
    }
}
