package nl.onderwijsregio.ketenregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.identity.KetenregieUser;
import nl.onderwijsregio.ketenregie.kwaliteit.KwaliteitJson;
import nl.onderwijsregio.ketenregie.kwaliteit.KwaliteitQueries;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's quality cycles of Utrecht Stad, driven through the real process: a closed monitor round
 * with varied scores (one self-evaluation sent back once) on management's heat map, and a peer review
 * waiting for its planned visit with its panel invited.
 */
@IntegrationTest
class DemoQualityTest {

    private static final KetenregieUser MANAGEMENT = new KetenregieUser("mgmt.utrecht", "Erik", Set.of("management"),
            Set.of(DemoQuality.REGION));

    @Autowired
    DemoQuality quality;

    @Autowired
    KwaliteitQueries queries;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCompletedRoundWithVariedScoresAndAReviewInProgress() {
        endOpenCyclesOfUtrecht();
        DemoQuality.Ids ids = quality.generate(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        ClockUtil.reset();

        KwaliteitJson.RoundDetail round = queries.round(MANAGEMENT, ids.round());
        assertThat(round.status().name()).isEqualTo("AFGESLOTEN");
        assertThat(round.partnerschappen()).hasSize(3).allSatisfy(e -> assertThat(e.status().name()).isEqualTo("GOEDGEKEURD"));
        assertThat(round.partnerschappen()).flatExtracting(e -> e.criteria().values()).contains(1, 2, 3, 4);
        assertThat(round.partnerschappen()).filteredOn(e -> e.partnerschap().equals("utrecht-vo")).singleElement()
                .satisfies(e -> assertThat(e.vragen()).as("sent back once").isNotNull());
        assertThat(round.tijdlijn()).extracting(KwaliteitJson.TimelineEntry::door).contains("kw.utrecht");

        KwaliteitJson.ReviewDetail review = queries.review(MANAGEMENT, ids.review());
        assertThat(review.status().name()).isEqualTo("VISITATIE");
        assertThat(review.rondeId()).isEqualTo(ids.round());
        assertThat(review.panel()).hasSize(3).allSatisfy(m -> assertThat(m.uitgenodigd()).isTrue());
        assertThat(review.bezoekdatum()).isAfter(LocalDate.now());

        KwaliteitQueries.Overview overview = queries.overview(MANAGEMENT, DemoQuality.REGION).orElseThrow();
        assertThat(overview.heatMap().round().year()).isEqualTo(round.jaar());
        assertThat(overview.heatMap().rows()).extracting(KwaliteitQueries.Row::partnership)
                .containsExactly("utrecht-mbo", "utrecht-po", "utrecht-vo");
    }

    /** One open round per year and one open review per region: a reused database may hold the demo's from a previous run. */
    private void endOpenCyclesOfUtrecht() {
        for (UUID open : jdbc.queryForList("select id from peer_review where open_region = ? union "
                + "select id from monitor_round where open_key like ?", UUID.class, DemoQuality.REGION, DemoQuality.REGION + "/%")) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(open.toString()).list()
                    .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test", true, true));
        }
        jdbc.update("update peer_review set open_region = null, status = 'AFGESLOTEN' where open_region = ?", DemoQuality.REGION);
        jdbc.update("update monitor_round set open_key = null, status = 'AFGESLOTEN' where open_key like ?",
                DemoQuality.REGION + "/%");
    }
}
