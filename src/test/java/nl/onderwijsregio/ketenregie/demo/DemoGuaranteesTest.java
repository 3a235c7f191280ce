package nl.onderwijsregio.ketenregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.ketenregie.BrowserSession;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.garantiefonds.FundStatus;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The demo's garantiefonds applications: driven through the real process, every end state and the open
 * steps exist afterwards, and the fund overview of the report shows them with small cells hidden.
 */
@IntegrationTest
class DemoGuaranteesTest {

    @Autowired
    DemoGuarantees guarantees;

    @Autowired
    JourneyDriver driver;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    TestRestTemplate http;

    @Test
    void everyEndStateAndTheOpenStepsExistAfterGeneration() {
        organisation.ensure();
        List<UUID> dossiers = new ArrayList<>();
        for (int i = 0; i < DemoGuarantees.SCENARIOS.size(); i++) {
            Journey journey = driver.matchedInMiddenNederland();
            dossiers.add(journey.dossierId);
        }

        Map<FundStatus, Long> statuses = guarantees.generate(dossiers, Instant.now());

        assertThat(statuses).containsOnlyKeys(FundStatus.VRIJGEGEVEN, FundStatus.UITBETAALD, FundStatus.AFGEWEZEN,
                FundStatus.INGETROKKEN, FundStatus.ACTIEF, FundStatus.BIJ_COMMISSIE, FundStatus.VIER_OGEN,
                FundStatus.INGEDIEND);
        assertThat(statuses.get(FundStatus.AFGEWEZEN)).as("rejected at the decision and at the claim").isEqualTo(2);
        assertThat(statuses.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(DemoGuarantees.SCENARIOS.size());
        assertThat(guarantees.candidates()).as("no dossier of the test got a second application").doesNotContainAnyElementsOf(dossiers);

        ResponseEntity<String> report = BrowserSession.login(http, "mgmt.mnl", "demo").get("/rapportage");
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody()).contains("id=\"garantiefonds\"").contains(FundStatus.VRIJGEGEVEN.label())
                .contains("Gebruik van het budget per maand").contains("Blijven kandidaten met een garantie in de keten?");
        String fund = report.getBody().substring(report.getBody().indexOf("id=\"garantiefonds\""),
                report.getBody().indexOf("Gebruik van het budget per maand"));
        Matcher cells = Pattern.compile("<td class=\"num\"[^>]*>([^<&]*)</td>").matcher(fund);
        while (cells.find()) {
            String cell = cells.group(1).trim();
            assertThat(cell).as("no count of 1 to 4 persons is shown").isNotIn("1", "2", "3", "4");
        }
    }
}
