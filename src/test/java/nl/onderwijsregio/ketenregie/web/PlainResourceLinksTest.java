package nl.onderwijsregio.ketenregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Page links are not looked up as static resources, and a webjar without a version in its link still loads. */
@IntegrationTest
class PlainResourceLinksTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void theWebjarLinkStaysAsWrittenAndIsServed() {
        String page = BrowserSession.login(http, "kr.utrecht", "demo").get("/dossiers").getBody();
        assertThat(page).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"");
        assertThat(http.getForEntity("/webjars/htmx.org/dist/htmx.min.js", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
