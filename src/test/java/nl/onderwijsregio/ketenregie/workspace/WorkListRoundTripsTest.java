package nl.onderwijsregio.ketenregie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
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
 * per stage, the open tasks of the rows and the saved views. The number of matches comes from the counts per
 * stage; the colleagues of the assignment choice and the names of who holds a task come from memory once read.
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
        List<String> pageSql = StatementCounter.sql().stream().map(q -> q.toLowerCase(Locale.ROOT)).toList();
        StatementCounter.start();
        ResponseEntity<String> api = browser.get("/api/dossiers?fase=ORIENTATIE");
        StatementCounter.Count apiCount = StatementCounter.stop();

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        System.out.println("Round trips: page " + pageCount + ", API " + apiCount);
        assertThat(pageSql).as("the number of matches comes from the counts per stage")
                .noneMatch(q -> q.startsWith("select count(") && !q.contains("group by"));
        assertThat(pageSql).as("colleagues and names of task holders are remembered")
                .noneMatch(q -> q.contains("act_id_user"));
        // Beyond the API: counts per stage, the engine's open tasks and their executions, the saved views. The API
        // counts its matches unless the first page holds them all.
        assertThat(pageCount.roundTrips()).as("page %s against API %s", pageCount, apiCount)
                .isLessThanOrEqualTo(apiCount.roundTrips() + 4);
    }
}
