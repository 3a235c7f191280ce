package nl.onderwijsregio.ketenregie.garantiefonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.TestOrganisation;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver;
import nl.onderwijsregio.ketenregie.journey.JourneyDriver.Journey;
import nl.onderwijsregio.ketenregie.process.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two committee members grant the fund's last euros at the same moment, each for another application:
 * exactly one grant succeeds, the other is refused in Dutch and its task stays open. With -Ppostgres this
 * runs on PostgreSQL's row locks, as in production.
 */
@IntegrationTest
class FundBudgetConcurrencyTest {

    private static final KetenregieUser KR = new KetenregieUser("kr.mnl", "Joost", Set.of("ketenregisseur"),
            Set.of("midden-nederland"));

    @Autowired
    JourneyDriver driver;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    FundActions actions;

    @Autowired
    FundBudget budget;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLastEurosGoToExactlyOneOfTwoSimultaneousGrants() throws Exception {
        organisation.ensure();
        int year = LocalDate.now().getYear() + 3 + Math.floorMod(System.nanoTime(), 1000);
        budget.setBudget("midden-nederland", year, new BigDecimal("4000"), "admin");
        List<Journey> journeys = List.of(atDecision(year), atDecision(year));

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService committee = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        String[] members = {"gf.commissie", "gf.commissie2"};
        for (int i = 0; i < 2; i++) {
            Journey journey = journeys.get(i);
            String member = members[i];
            outcomes.add(committee.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    journey.complete("Task_BesluitNemen", member, List.of("garantiefonds-commissie"),
                            Map.of("besluit", "toekennen", "toegekendBedrag", 3000.0));
                    return "toegekend";
                } catch (Refusal refused) {
                    return refused.getMessage();
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        committee.shutdown();

        assertThat(results).filteredOn("toegekend"::equals).hasSize(1);
        assertThat(results).filteredOn(result -> result.contains("niet toereikend")).hasSize(1);
        FundBudget.Balance balance = budget.balance("midden-nederland", year);
        assertThat(balance.gereserveerd()).isEqualByComparingTo("3000");
        assertThat(balance.beschikbaar()).isEqualByComparingTo("1000");
        assertThat(journeys).filteredOn(journey -> isOpen(journey, "Task_BesluitNemen")).hasSize(1);
    }

    private Journey atDecision(int year) {
        Journey journey = driver.matchedInMiddenNederland();
        UUID id = actions.apply(KR, journey.dossierId, new FundRequests.Application(new BigDecimal("3000"),
                RiskType.OVERIG, "hu", LocalDate.now().plusDays(60), Motivation.TEKORTVAK));
        jdbc.update("update fund_application set budget_year = ? where id = ?", year, id);
        journey.complete("Task_AanvraagControleren", "kr.mnl", List.of("ketenregisseur"), Map.of("controle", "volledig"));
        return journey;
    }

    private static boolean isOpen(Journey journey, String task) {
        try {
            return journey.task(task) != null;
        } catch (AssertionError none) {
            return false;
        }
    }
}
