package nl.onderwijsregio.ketenregie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Under load every round trip to the database waits in the pool's and the database's queue, so the work list
 * page may cost only a few more than the API list with the same filter in the same browser session: the counts
 * per stage and the open tasks of the rows. What every page shows in its header, and the colleagues of the
 * assignment choice, come from memory once read.
 */
@IntegrationTest
class WorkListRoundTripsTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void theWorkListPageCostsFewRoundTripsMoreThanItsApi() {
        BrowserSession browser = BrowserSession.login(http, "kr.utrecht", "demo");
        browser.get("/dossiers?fase=ORIENTATIE");
        browser.get("/api/dossiers?fase=ORIENTATIE");

        StatementCounter.start();
        ResponseEntity<String> page = browser.get("/dossiers?fase=ORIENTATIE");
        StatementCounter.Count pageCount = StatementCounter.stop();
        StatementCounter.start();
        ResponseEntity<String> api = browser.get("/api/dossiers?fase=ORIENTATIE");
        StatementCounter.Count apiCount = StatementCounter.stop();

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        System.out.println("Round trips: page " + pageCount + ", API " + apiCount);
        assertThat(pageCount.roundTrips()).as("page %s against API %s", pageCount, apiCount)
                .isLessThanOrEqualTo(apiCount.roundTrips() + 3);
    }
}
