package nl.onderwijsregio.ketenregie.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import nl.onderwijsregio.ketenregie.dossier.Appointment;
import nl.onderwijsregio.ketenregie.dossier.Candidate;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries.WorkListFilter;
import nl.onderwijsregio.ketenregie.dossier.DossierService;
import nl.onderwijsregio.ketenregie.dossier.DossierStatus;
import nl.onderwijsregio.ketenregie.dossier.StageCounts;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.EducationLevel;
import nl.onderwijsregio.ketenregie.dossier.FundingStream;
import nl.onderwijsregio.ketenregie.dossier.Outcome;
import nl.onderwijsregio.ketenregie.dossier.Route;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.dossier.SubsidyStatus;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.Sector;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The funnel aggregate against the live computation ({@link LiveFunnel}), over random histories written through
 * the dossier service as the journey writes them: stages moved through, re-entered (a correction is a new row) and
 * re-entered after the track ended, dropouts with reasons, warm handovers to another region, changed intake,
 * route, bestuur and school, appointments, follow-ups, and stage rows appended with SQL and refreshed. The two
 * regions are new on every run, so other tests' dossiers never enter the comparison. Every combination of the
 * characteristic filters is compared, each with a random cohort; then the aggregate of the two regions is removed
 * and rebuilt from the history (as on the first start after the upgrade) and compared again.
 */
@IntegrationTest
class FunnelAggregatePropertyTest {

    private static final String[] VAKKEN = { "wiskunde", "Wiskunde", "geschiedenis", null };
    private static final Route[] ROUTES = { Route.PO_ZIJINSTROOM, Route.ZIB_VO };
    private static final Instant START = Instant.parse("2031-01-01T00:00:00Z");

    @Autowired
    DossierService dossiers;

    @Autowired
    FunnelAggregate aggregate;

    @Autowired
    FunnelReport report;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ReportingSettings settings;

    @Autowired
    DataSource dataSource;

    @Autowired
    StageCounts stageCounts;

    private final Random random = new Random(20261130L);
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    // Dossier numbers start with a region's first three letters: letters of its own for each region of the run.
    private final String regionA = letters(run.substring(0, 3)) + "-eigenschap-" + run;
    private final String regionB = letters(run.substring(3, 6)) + "-eigenschap-" + run;
    private final Map<String, String[][]> placements = new TreeMap<>();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theAggregateGivesTheLiveFiguresForRandomHistoriesUnderEveryFilter() throws SQLException {
        organisationsOfThisRun();
        int created = 0;
        for (int i = 0; i < 120; i++) {
            created += journey(i % 4 == 3 ? regionB : regionA,
                    START.plus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60))), true);
        }
        LiveFunnel live = new LiveFunnel(named, organisations, settings, postgres());
        List<ReportFilter> everyCombination = filters(true);
        everyCombination.forEach(filter -> assertSame(live, filter));
        assertWorkListCountsLive();

        jdbc.update("delete from report_dossier_cell where region_code in (?, ?)", regionA, regionB);
        jdbc.update("delete from report_cell where region_code in (?, ?)", regionA, regionB);
        assertThat(report.run(new ReportFilter(null, null, null, null, null, null, null, null, null),
                Set.of(regionA, regionB)).kandidaten().value).as("the aggregate of the run's regions is gone").isZero();
        assertThat(aggregate.fillMissing()).as("every dossier of the run counted again").isGreaterThanOrEqualTo(created);
        filters(false).forEach(filter -> assertSame(live, filter));
        assertWorkListCountsLive();
    }

    /**
     * The work list's counts per stage from the aggregate's CURRENT cells ({@link StageCounts}) equal a count of the
     * dossiers themselves, for every combination of status, sector, route and doelgroep, and for each bestuur,
     * school and wijk of the run, in both regions and in one.
     */
    private void assertWorkListCountsLive() {
        List<DossierStatus> statuses = new ArrayList<>(Arrays.asList(DossierStatus.values()));
        statuses.add(null);
        List<Sector> sectors = new ArrayList<>(Arrays.asList(Sector.values()));
        sectors.add(null);
        List<Route> routes = Arrays.asList(null, ROUTES[0], ROUTES[1]);
        List<Boolean> doelgroepen = Arrays.asList(null, true, false);
        int compared = 0;
        for (Set<String> regions : List.of(Set.of(regionA, regionB), Set.of(regionA))) {
            for (DossierStatus status : statuses) {
                for (Sector sector : sectors) {
                    for (Route route : routes) {
                        for (Boolean statushouder : doelgroepen) {
                            assertCountsLive(regions, new WorkListFilter(null, pick(Stage.values()), sector, route, null,
                                    null, null, statushouder, status, null));
                            compared++;
                        }
                    }
                }
                for (String bestuur : List.of("pa1-" + run, "pa2-" + run, "pb1-" + run)) {
                    assertCountsLive(regions, new WorkListFilter(null, null, null, null, bestuur, null, null, null,
                            status, null));
                }
                for (String school : List.of("sa1-" + run, "sb1-" + run)) {
                    assertCountsLive(regions, new WorkListFilter(null, null, null, null, null, school, null, null,
                            status, null));
                }
                assertCountsLive(regions, new WorkListFilter(null, null, null, null, null, null,
                        Set.of("sa1-" + run, "sb1-" + run), null, status, null));
                assertCountsLive(regions, new WorkListFilter(null, null, null, null, null, null, Set.of(), null,
                        status, null));
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(stageCounts.perStage(Set.of(regionA), new WorkListFilter("Kandidaat", null, null, null, null, null,
                null, null, null, null))).as("a text search is not in the cells").isEmpty();
        assertThat(stageCounts.perStage(Set.of(regionA), new WorkListFilter(null, null, null, null, null, null, null,
                null, null, Instant.now()))).as("nor a deadline").isEmpty();
    }

    private void assertCountsLive(Set<String> regions, WorkListFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("regions", regions);
        StringBuilder sql = new StringBuilder("select current_stage, count(*) as n from dossier where region_code in (:regions)");
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.sector() != null) {
            sql.append(" and sector = :sector");
            params.addValue("sector", filter.sector().name());
        }
        if (filter.route() != null) {
            sql.append(" and route = :route");
            params.addValue("route", filter.route().name());
        }
        if (filter.statushouder() != null) {
            sql.append(" and buitenlands_diploma = :diploma");
            params.addValue("diploma", filter.statushouder());
        }
        if (filter.bestuurCode() != null) {
            sql.append(" and bestuur_code = :bestuur");
            params.addValue("bestuur", filter.bestuurCode());
        }
        if (filter.schoolCode() != null) {
            sql.append(" and school_code = :school");
            params.addValue("school", filter.schoolCode());
        }
        if (filter.schoolCodes() != null) {
            sql.append(filter.schoolCodes().isEmpty() ? " and 1 = 0" : " and school_code in (:schools)");
            params.addValue("schools", filter.schoolCodes());
        }
        Map<Stage, Long> expected = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            expected.put(stage, 0L);
        }
        named.query(sql + " group by current_stage", params,
                rs -> {
                    expected.put(Stage.valueOf(rs.getString("current_stage")), rs.getLong("n"));
                });
        assertThat(stageCounts.perStage(regions, filter)).as("counts per stage under %s in %s", filter, regions)
                .contains(expected);
    }

    /**
     * The counts per cohort quarter and the lead times from the aggregate equal the live ones; the report's tables
     * are the same function of both ({@link FunnelReport#report}). The suppression is not run here: on random
     * grids of many small cells over many quarters its search can take minutes.
     */
    private void assertSame(LiveFunnel live, ReportFilter filter) {
        Set<String> regions = Set.of(regionA, regionB);
        Map<Integer, FunnelCounts> expected = live.countsPerQuarter(filter, regions);
        Map<Integer, FunnelCounts> actual = report.countsPerQuarter(filter, regions);
        assertThat(describe(actual)).as("counts under %s", filter).isEqualTo(describe(expected));
        Map<Stage, double[]> expectedLead = live.leadTimes(filter, regions);
        Map<Stage, double[]> actualLead = report.leadTimes(filter, regions);
        assertThat(actualLead.keySet()).as("lead time stages under %s", filter).isEqualTo(expectedLead.keySet());
        expectedLead.forEach((stage, p) -> {
            assertThat(actualLead.get(stage)[0]).as("median of %s under %s", stage, filter).isCloseTo(p[0], within(1e-9));
            assertThat(actualLead.get(stage)[1]).as("p90 of %s under %s", stage, filter).isCloseTo(p[1], within(1e-9));
        });
    }

    /**
     * Every combination of sector, route, bestuur, wijk, doelgroep and tekortvak (or, when not {@code all}, each
     * alone), each with a random cohort and region choice; and every cohort without characteristic filters.
     */
    private List<ReportFilter> filters(boolean all) {
        List<Integer[]> cohorts = new ArrayList<>();
        cohorts.add(new Integer[] { null, null });
        for (int year = 2031; year <= 2033; year++) {
            cohorts.add(new Integer[] { year, null });
            for (int quarter = 1; quarter <= 4; quarter++) {
                cohorts.add(new Integer[] { year, quarter });
            }
        }
        List<ReportFilter> filters = new ArrayList<>();
        for (Integer[] cohort : cohorts) {
            filters.add(new ReportFilter(null, cohort[0], cohort[1], null, null, null, null, null, null));
            filters.add(new ReportFilter(regionA, cohort[0], cohort[1], null, null, null, null, null, null));
        }
        List<String> sectors = Arrays.asList(null, "PO", "VO", "MBO");
        List<String> routes = Arrays.asList(null, ROUTES[0].name(), ROUTES[1].name());
        List<String> besturen = Arrays.asList(null, "pa1-" + run, "pb1-" + run);
        List<String> wijken = Arrays.asList(null, "Noord-" + run, "Zuid-" + run);
        List<String> doelgroepen = Arrays.asList(null, "statushouder", "overig");
        List<Boolean> tekortvak = Arrays.asList(null, true, false);
        for (String sector : sectors) {
            for (String route : routes) {
                for (String bestuur : besturen) {
                    for (String wijk : wijken) {
                        for (String doelgroep : doelgroepen) {
                            for (Boolean shortage : tekortvak) {
                                long set = Arrays.asList(sector, route, bestuur, wijk, doelgroep, shortage).stream()
                                        .filter(v -> v != null).count();
                                if (set == 0 || (!all && set > 1)) {
                                    continue;
                                }
                                Integer[] cohort = cohorts.get(random.nextInt(cohorts.size()));
                                filters.add(new ReportFilter(random.nextBoolean() ? null : regionA, cohort[0], cohort[1],
                                        sector, route, bestuur, wijk, doelgroep, shortage));
                            }
                        }
                    }
                }
            }
        }
        return filters;
    }

    /**
     * One candidate's random history from {@code at}; a warm handover continues in the other region with a journey
     * of its own. Returns the number of dossiers created.
     */
    private int journey(String region, Instant at, boolean mayHandOver) {
        Instant now = at;
        at(now);
        UUID id = dossiers.register(new Candidate("Eigenschap", "Kandidaat", "prop." + UUID.randomUUID() + "@example.nl",
                null, pick(Sector.values()), pick(VAKKEN), null, EducationLevel.HBO, random.nextInt(4) == 0), region,
                "test").orElseThrow().getId();
        int stage = 0;
        dossiers.enterStage(id, Stage.AANMELDING, "test");
        int steps = random.nextInt(9);
        for (int step = 0; step < steps; step++) {
            now = now.plus(random.nextInt(3) == 0 ? Duration.ofMinutes(random.nextInt(600))
                    : Duration.ofDays(random.nextInt(90)).plusMinutes(random.nextInt(1440)));
            at(now);
            switch (random.nextInt(11)) {
                case 0 -> dossiers.recordIntake(id, pick(Sector.values()), pick(VAKKEN), EducationLevel.WO,
                        random.nextBoolean(), false);
                case 1 -> dossiers.chooseRoute(id, pick(ROUTES), "Eigen keuze", "test");
                case 2 -> {
                    String[] placement = pick(placements.get(region));
                    dossiers.matchWith(id, placement[0], placement[1]);
                }
                case 3 -> dossiers.appoint(id, new Appointment(LocalDate.of(2032, 8, 1), "so.test",
                        pick(FundingStream.values()), SubsidyStatus.AANGEVRAAGD));
                case 4 -> dossiers.recordFollowUp(id, pick(new Integer[] { 1, 3, 5, 2 }), random.nextBoolean(), null,
                        null, "test");
                case 5 -> dossiers.enterStage(id, Stage.values()[random.nextInt(stage + 1)], "test");
                case 6 -> appendedWithSql(id, now);
                default -> {
                    stage = Math.min(stage + 1, Stage.values().length - 1);
                    dossiers.enterStage(id, Stage.values()[stage], "test");
                }
            }
        }
        now = now.plus(Duration.ofDays(random.nextInt(40)).plusSeconds(random.nextInt(86400)));
        at(now);
        int created = 1;
        switch (random.nextInt(6)) {
            case 0 -> dossiers.endTrack(id, Outcome.UITGEVALLEN, pick(DropoutReason.values()), random.nextBoolean(), "test");
            case 1 -> dossiers.endTrack(id, Outcome.AFGEROND, null, null, "test");
            case 2 -> {
                if (mayHandOver) {
                    String other = region.equals(regionA) ? regionB : regionA;
                    dossiers.handOver(id, other, "test");
                    dossiers.endTrack(id, Outcome.OVERGEDRAGEN, null, null, "test");
                    created += journey(other, now, false);
                }
            }
            case 3 -> {
                // Re-entry after the track ended: a later stage row on an ended dossier.
                dossiers.endTrack(id, Outcome.UITGEVALLEN, pick(DropoutReason.values()), random.nextBoolean(), "test");
                at(now.plus(Duration.ofDays(random.nextInt(30))));
                dossiers.enterStage(id, Stage.values()[random.nextInt(Stage.values().length)], "test");
            }
            default -> {
                // still running
            }
        }
        return created;
    }

    /** A stage row written with SQL (a repair), closed as planned, then the aggregate refreshed for the dossier. */
    private void appendedWithSql(UUID id, Instant now) {
        Instant entered = now.minus(Duration.ofHours(random.nextInt(2000)));
        jdbc.update("insert into stage_transition (dossier_id, stage, entered_at, left_at, outcome, actor) "
                + "values (?, ?, ?, ?, ?, 'herstel')", id, pick(Stage.values()).name(), Timestamp.from(entered),
                Timestamp.from(now), random.nextBoolean() ? "DOORGESTROOMD" : "AFGEROND");
        aggregate.refresh(List.of(id));
    }

    private void organisationsOfThisRun() {
        for (String region : List.of(regionA, regionB)) {
            jdbc.update("insert into region (code, name, contact_email) values (?, ?, 'test@example.nl')", region,
                    "Eigenschapsregio " + region);
        }
        String[][] a = { { null, null }, { "pa1-" + run, "sa1-" + run }, { "pa2-" + run, "sa2-" + run },
            { "pa1-" + run, null } };
        String[][] b = { { null, null }, { "pb1-" + run, "sb1-" + run } };
        placements.put(regionA, a);
        placements.put(regionB, b);
        school(regionA, a[1], "Noord-" + run);
        school(regionA, a[2], "Zuid-" + run);
        school(regionB, b[1], "Noord-" + run);
    }

    private void school(String region, String[] placement, String wijk) {
        jdbc.update("insert into bestuur (code, name, region_code) values (?, 'Eigenschapsbestuur', ?)", placement[0],
                region);
        jdbc.update("insert into school (code, name, bestuur_code, region_code, sector, wijk, guidance_capacity) "
                + "values (?, 'Eigenschapsschool', ?, ?, 'PO', ?, 3)", placement[1], placement[0], region, wijk);
    }

    /** Every count of every cohort quarter, by name, for a readable difference. */
    private static Map<String, Long> describe(Map<Integer, FunnelCounts> perQuarter) {
        Map<String, Long> all = new TreeMap<>();
        perQuarter.forEach((quarter, counts) -> {
            String q = CohortGrid.label(quarter) + " ";
            all.put(q + "kandidaten", counts.candidates);
            for (Stage stage : Stage.values()) {
                for (int c = 0; c < FunnelCounts.STAGE_COLUMNS; c++) {
                    all.put(q + stage + " kolom " + c, counts.stages[stage.ordinal()][c]);
                }
                for (DropoutReason reason : DropoutReason.values()) {
                    all.put(q + stage + " " + reason, counts.reasons[stage.ordinal()][reason.ordinal()]);
                }
            }
            counts.besturen.forEach((code, b) -> all.put(q + "bestuur " + code + " " + Arrays.toString(b), 1L));
            counts.streams.forEach((stream, n) -> all.put(q + "financiering " + stream, n));
            counts.retention.forEach((years, r) -> all.put(q + "behoud " + years + " " + Arrays.toString(r), 1L));
        });
        return all;
    }

    private boolean postgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** Hexadecimal digits as letters a to p. */
    private static String letters(String hex) {
        return hex.chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining());
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
