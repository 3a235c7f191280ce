package nl.onderwijsregio.ketenregie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.StatementCounter;
import nl.onderwijsregio.ketenregie.TestCandidates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Under load every round trip to the database waits in the pool's and the database's queue, so the work list
 * page may cost only one more than the API list with the same filter in the same browser session: the open tasks
 * of the rows. The number of matches comes from the counts per stage; the colleagues of the assignment choice, the
 * names of who holds a task and the saved views come from memory once read.
 */
@IntegrationTest
class WorkListRoundTripsTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestCandidates candidates;

    @Test
    void theWorkListPageCostsOneRoundTripMoreThanItsApi() {
        candidates.register("utrecht-stad"); // a row with an open task (Intakegesprek voeren) in Oriëntatie
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
        List<String> apiSql = StatementCounter.sql().stream().map(q -> q.toLowerCase(Locale.ROOT)).toList();

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        System.out.println("Round trips: page " + pageCount + ", API " + apiCount);
        assertThat(pageSql).as("the number of matches comes from the counts per stage")
                .noneMatch(WorkListRoundTripsTest::plainCount);
        assertThat(pageSql).as("colleagues and names of task holders are remembered")
                .noneMatch(q -> q.contains("act_id_user"));
        assertThat(pageSql).as("saved views are remembered").noneMatch(q -> q.contains("saved_view"));
        assertThat(pageSql.stream().filter(q -> q.contains("act_ru_task") || q.contains("act_ru_execution")))
                .as("the open tasks of the rows with their process instances' dossiers, in one query").hasSize(1);
        // Beyond the API: the engine's open tasks of the rows; the counts per stage take the place of the API's count
        // of its matches, which the API leaves out when its first page holds them all.
        boolean apiCounted = apiSql.stream().anyMatch(WorkListRoundTripsTest::plainCount);
        assertThat(pageCount.roundTrips()).as("page %s against API %s", pageCount, apiCount)
                .isLessThanOrEqualTo(apiCount.roundTrips() + (apiCounted ? 1 : 2));
    }

    private static boolean plainCount(String sql) {
        return sql.startsWith("select count(") && !sql.contains("group by");
    }
}
