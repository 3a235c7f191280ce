package nl.onderwijsregio.ketenregie.loket;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public registration page /aanmelden: open to all, Dutch messages, CSRF-protected. */
@IntegrationTest
class LoketPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCandidates candidates;

    @Test
    void formIsPublicAndDutch() throws Exception {
        mvc.perform(get("/aanmelden"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Aanmelden als zij-instromer")))
                .andExpect(content().string(Matchers.containsString("Onderwijsregio Utrecht Stad")));
    }

    @Test
    void validFormCreatesADossierAndThanks() throws Exception {
        String email = TestCandidates.uniqueEmail("formulier");
        mvc.perform(form(email, "Noë", "true").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/aanmelden/bedankt"));
        assertThat(candidates.dossierCount(email)).isEqualTo(1);
        mvc.perform(get("/aanmelden/bedankt")).andExpect(content().string(Matchers.containsString("Bedankt")));
    }

    @Test
    void invalidFormShowsDutchMessagesAndStoresNothing() throws Exception {
        String email = TestCandidates.uniqueEmail("leeg");
        mvc.perform(form(email, "<b>x</b>", "").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Controleer je aanmelding")))
                .andExpect(content().string(Matchers.containsString("Geef toestemming")))
                .andExpect(content().string(Matchers.containsString("alleen letters")));
        assertThat(candidates.dossierCount(email)).isZero();
    }

    @Test
    void theErrorSummaryFollowsTheFieldOrderAndMarksTheConsent() throws Exception {
        String page = mvc.perform(post("/aanmelden").param("toestemmingPrivacy", "").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String summary = page.substring(page.indexOf("error-summary"), page.indexOf("</ul>", page.indexOf("error-summary")));
        List<Integer> positions = java.util.stream.Stream.of("#voornaam", "#achternaam", "#email", "#opleidingsniveau",
                "#buitenlandsDiploma", "#regio", "#sector", "#toestemmingPrivacy").map(summary::indexOf).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(page).containsPattern("id=\"toestemmingPrivacy\"[^>]*aria-invalid=\"true\"")
                .contains("href=\"/privacy\"");
    }

    @Test
    void thePrivacyStatementIsPublicAndItsOldAddressMovedThere() throws Exception {
        mvc.perform(get("/privacy")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("privacy@onderwijsregio.example")));
        mvc.perform(get("/aanmelden/privacy")).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/privacy"));
    }

    @Test
    void formWithoutCsrfTokenIsRefused() throws Exception {
        String email = TestCandidates.uniqueEmail("zondertoken");
        mvc.perform(form(email, "Sevda", "true")).andExpect(status().isForbidden());
        assertThat(candidates.dossierCount(email)).isZero();
    }

    @Test
    void loginPageIsDutchAndPagesNeedALogin() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("Inloggen")));
        mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    private static MockHttpServletRequestBuilder form(String email, String voornaam, String consent) {
        return post("/aanmelden")
                .param("voornaam", voornaam).param("achternaam", "Ağaoğlu-Özdemir").param("email", email)
                .param("regio", "utrecht-stad").param("sector", "PO").param("opleidingsniveau", "HBO")
                .param("buitenlandsDiploma", "false").param("toestemmingPrivacy", consent)
                .with(request -> {
                    request.setRemoteAddr("192.0.2." + (int) (Math.random() * 250));
                    return request;
                });
    }
}
