package nl.onderwijsregio.ketenregie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** /beheer/mail shows the administrator no candidate address and no stop-link token. */
@IntegrationTest
class MailAdminMaskingTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void candidateAddressesAreMaskedAndStopLinkTokensHidden() {
        String email = TestCandidates.uniqueEmail("maskeren");
        candidates.registerAgain(email, "utrecht-stad");
        List<UUID> mails = jdbc.queryForList("select id from mail_outbox where recipient = ?", UUID.class, email);
        assertThat(jdbc.queryForObject("select body_text from mail_outbox where id = ?", String.class, mails.get(0)))
                .as("the mail itself has the stop link").containsPattern(CandidateMailsTest.STOP_LINK);
        BrowserSession admin = BrowserSession.login(http, "admin", "demo");

        String list = admin.get("/beheer/mail").getBody();
        String detail = admin.get("/beheer/mail/" + mails.get(0)).getBody();
        String html = admin.get("/beheer/mail/" + mails.get(0) + "/html").getBody();

        assertThat(list).doesNotContain(email).contains("m***@example.nl");
        for (String page : List.of(detail, html)) {
            assertThat(page).doesNotContain(email).doesNotContainPattern(CandidateMailsTest.STOP_LINK)
                    .contains("/stoppen/" + MailMasking.HIDDEN);
        }
    }

    @Test
    void maskingKeepsTheFirstLetterAndTheDomain() {
        assertThat(MailMasking.address("sanne.devries@example.nl")).isEqualTo("s***@example.nl");
        assertThat(MailMasking.address("geen-adres")).isEqualTo("***");
    }
}
