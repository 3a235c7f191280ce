package nl.onderwijsregio.ketenregie.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.School;
import nl.onderwijsregio.ketenregie.reporting.CellKey.Measure;
import nl.onderwijsregio.ketenregie.reporting.CellKey.Scope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Aggregated figures over the case tables for management and ketenregisseurs: dropout per stage (the
 * funnel), reasons, lead times, zij-instromers per bestuur and per funding stream, retention. Two grouped queries
 * over the cells of the funnel aggregate ({@link FunnelAggregate}, docs/adr/0016), which counts per cohort quarter
 * and filter characteristic, so a report reads as many rows at 200,000 dossiers as at 1,000 (docs/adr/0008 for
 * the suppression).
 * Counts are taken per cohort quarter and suppressed as one grid ({@link CohortGrid}, {@link SmallCells}); only
 * the shown cells of the selected cohort leave this class.
 */
@Service
class FunnelReport {

    /** One stage of the funnel. "Doorgestroomd" includes the planned end of the track (AFGEROND). */
    record StageRow(Stage fase, Cell binnengekomen, Cell doorgestroomd, Cell uitgevallen, Cell overgedragen,
            Cell lopend, Cell onnodig, Cell nietOnnodig, String uitvalPercentage, Double uitvalWaarde, boolean bovenNorm) {
    }

    record LeadTime(Stage fase, Cell aantal, String mediaanDagen, String p90Dagen) {
    }

    record Table(String code, String titel, List<String> kolommen, List<List<String>> rijen) {
    }

    record Result(ReportFilter filter, List<StageRow> fasen, Cell kandidaten, Cell uitgevallen, Cell onnodig,
            Cell nietOnnodig, Cell overgedragen, String uitvalPercentage, boolean totaalBovenNorm, double norm,
            int minimum, List<Table> tabellen) {

        Table table(String code) {
            return tabellen.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationService organisations;
    private final ReportingSettings settings;
    private final TransactionTemplate readOnly;
    private final ProtectionMemory protections;

    FunnelReport(NamedParameterJdbcTemplate jdbc, OrganisationService organisations, ReportingSettings settings,
            PlatformTransactionManager transactions, ProtectionMemory protections) {
        this.jdbc = jdbc;
        this.protections = protections;
        this.organisations = organisations;
        this.settings = settings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Reads the cells in one read-only transaction (counts and lead times of the same moment) and suppresses
     * afterwards: the suppression is pure computation and can take a while on a large grid, so it must not hold a
     * pooled connection (the load test ran out of connections while reports suppressed inside the transaction).
     */
    Result run(ReportFilter filter, Set<String> allowedRegions) {
        Reads reads = readOnly.execute(status -> new Reads(countsPerQuarter(filter, allowedRegions),
                leadTimes(filter, allowedRegions)));
        return report(filter, reads.perQuarter(), reads.leadTimes());
    }

    private record Reads(Map<Integer, FunnelCounts> perQuarter, Map<Stage, double[]> leadTimes) {
    }

    /**
     * The report of these counts per cohort quarter and lead times (median, p90 in days) per stage: suppressed, with
     * the marks of an equal grid protected before when there was one.
     */
    Result report(ReportFilter filter, Map<Integer, FunnelCounts> perQuarter, Map<Stage, double[]> leadTimes) {
        SmallCells cells = new SmallCells(settings.minimumCel(), SmallCells.WORK_BUDGET, protections);
        CohortGrid grid = new CohortGrid(perQuarter, filter.jaar(), filter.kwartaal(), cells);
        return present(filter, grid, leadTimes, cells.minimum());
    }

    /**
     * The counts of every cohort quarter under the filter's other conditions: the cohort itself is chosen from the
     * grid afterwards, so that every cohort page is a slice of one suppressed grid ({@link CohortGrid}). One grouped
     * query over the aggregate's cells (docs/adr/0016).
     */
    Map<Integer, FunnelCounts> countsPerQuarter(ReportFilter filter, Set<String> allowedRegions) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        // The measures as a list rather than "not lead time": one range of the cells' index each.
        params.addValue("counts", Measure.FUNNEL_COUNTS.stream().map(Enum::name).toList());
        Map<Integer, FunnelCounts> perQuarter = new HashMap<>();
        jdbc.query("select cohort_quarter, measure, key1, key2, key3, amount, sum(n) as n from report_cell where "
                + where(filter, allowedRegions, params) + " and measure in (:counts) "
                + "group by cohort_quarter, measure, key1, key2, key3, amount having sum(n) > 0", params, rs -> {
                    FunnelCounts counts = quarter(perQuarter, rs.getInt("cohort_quarter"));
                    long n = rs.getLong("n");
                    String key1 = rs.getString("key1");
                    String key2 = rs.getString("key2");
                    String key3 = rs.getString("key3");
                    switch (Measure.valueOf(rs.getString("measure"))) {
                        case CANDIDATE -> counts.candidates += n;
                        case STAGE -> countStage(counts.stages[Stage.valueOf(key1).ordinal()], key2, key3, n);
                        case REASON -> counts.reasons[Stage.valueOf(key1).ordinal()][(key2.isEmpty()
                                ? DropoutReason.OVERIG : DropoutReason.valueOf(key2)).ordinal()] += n;
                        case APPOINTED -> {
                            long[] b = counts.bestuur(key1);
                            b[0] += n;
                            switch (key3) {
                                case "LOPEND" -> b[1] += n;
                                case "UITGEVALLEN" -> b[2] += n;
                                default -> b[3] += n;
                            }
                            counts.streams.merge(key2, n, Long::sum);
                        }
                        case RETENTION -> {
                            long[] r = counts.retention.get(rs.getInt("amount"));
                            if (r != null) {
                                r[0] += n;
                                r[Boolean.parseBoolean(key2) ? 1 : 2] += n;
                            }
                        }
                        case LEAD_TIME, CURRENT -> throw new IllegalStateException("Not a funnel count: " + rs.getString("measure"));
                    }
                });
        return perQuarter;
    }

    /** Dossiers with a stage row of this outcome ('' while still in the stage) and avoidable flag. */
    private static void countStage(long[] c, String outcome, String avoidable, long n) {
        c[FunnelCounts.IN] += n;
        switch (outcome) {
            case "" -> c[FunnelCounts.RUNNING] += n;
            case "DOORGESTROOMD", "AFGEROND" -> c[FunnelCounts.MOVED_ON] += n;
            case "UITGEVALLEN" -> {
                c[FunnelCounts.DROPPED_OUT] += n;
                c[Boolean.parseBoolean(avoidable) ? FunnelCounts.AVOIDABLE : FunnelCounts.UNAVOIDABLE] += n;
            }
            case "OVERGEDRAGEN" -> c[FunnelCounts.HANDED_OVER] += n;
            default -> throw new IllegalStateException("Unknown outcome " + outcome);
        }
    }

    private static FunnelCounts quarter(Map<Integer, FunnelCounts> perQuarter, int key) {
        return perQuarter.computeIfAbsent(key, k -> new FunnelCounts());
    }

    /**
     * Lead time per stage in whole days (median and 90th percentile, interpolated as SQL's percentile_cont) of the
     * stage rows left as planned in the selected cohort, from the aggregate's count per number of days.
     */
    Map<Stage, double[]> leadTimes(ReportFilter filter, Set<String> allowedRegions) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, allowedRegions, params);
        if (filter.from() != null) {
            where += " and cohort_quarter >= :van and cohort_quarter < :tot";
            params.addValue("van", DossierContribution.quarter(filter.from()));
            params.addValue("tot", DossierContribution.quarter(filter.until()));
        } else if (Scope.REGION.name().equals(params.getValue("scope"))) {
            where += " and cohort_quarter = " + CellKey.ALL_COHORTS;
        }
        Map<Stage, List<long[]>> days = new EnumMap<>(Stage.class);
        jdbc.query("select key1, amount, sum(n) as n from report_cell where " + where + " and measure = 'LEAD_TIME' "
                + "group by key1, amount having sum(n) > 0 order by key1, amount", params, rs -> {
                    days.computeIfAbsent(Stage.valueOf(rs.getString("key1")), s -> new ArrayList<>())
                            .add(new long[] { rs.getInt("amount"), rs.getLong("n") });
                });
        Map<Stage, double[]> lead = new EnumMap<>(Stage.class);
        days.forEach((stage, counts) -> lead.put(stage, new double[] { percentile(counts, 0.5), percentile(counts, 0.9) }));
        return lead;
    }

    /** percentile_cont over values given as ascending (value, how often) pairs. */
    static double percentile(List<long[]> counts, double fraction) {
        long total = counts.stream().mapToLong(c -> c[1]).sum();
        double position = fraction * (total - 1);
        long below = (long) Math.floor(position);
        double lower = valueAt(counts, below);
        double upper = valueAt(counts, (long) Math.ceil(position));
        return lower + (position - below) * (upper - lower);
    }

    /** The value at a 0-based rank. */
    private static double valueAt(List<long[]> counts, long rank) {
        long seen = 0;
        for (long[] c : counts) {
            seen += c[1];
            if (rank < seen) {
                return c[0];
            }
        }
        throw new IllegalArgumentException("Rank " + rank + " beyond " + seen);
    }

    /** Rows and tables from the protected cells of the selected cohort, and the trend over its quarters. */
    private Result present(ReportFilter filter, CohortGrid grid, Map<Stage, double[]> lead, int min) {
        FunnelCells cohort = grid.selected();
        double norm = settings.uitvalnorm() * 100.0;
        List<StageRow> rows = new ArrayList<>();
        List<List<String>> funnelRows = new ArrayList<>();
        List<List<String>> reasonRows = new ArrayList<>();
        List<List<String>> leadRows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Cell[] c = cohort.stages[stage.ordinal()];
            Double pct = Cell.percentageValue(c[FunnelCounts.DROPPED_OUT], c[FunnelCounts.IN]);
            StageRow row = new StageRow(stage, c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                    Cell.percentage(c[FunnelCounts.DROPPED_OUT], c[FunnelCounts.IN]), pct, pct != null && pct > norm);
            rows.add(row);
            funnelRows.add(List.of(stage.label(), c[0].display(min), c[1].display(min), c[2].display(min),
                    c[3].display(min), c[4].display(min), row.uitvalPercentage(), c[5].display(min), c[6].display(min)));
            List<String> reasonRow = new ArrayList<>();
            reasonRow.add(stage.label());
            reasonRow.add(c[FunnelCounts.DROPPED_OUT].display(min));
            for (Cell cell : cohort.reasons[stage.ordinal()]) {
                reasonRow.add(cell.display(min));
            }
            reasonRows.add(reasonRow);
            double[] l = lead.get(stage);
            boolean enough = !c[FunnelCounts.MOVED_ON].hidden() && l != null;
            leadRows.add(List.of(stage.label(), c[FunnelCounts.MOVED_ON].display(min),
                    enough ? days(l[0]) : (l == null ? "-" : "x"), enough ? days(l[1]) : (l == null ? "-" : "x")));
        }
        String totalPct = Cell.percentage(cohort.dropouts, cohort.candidates);
        Double totalPctValue = Cell.percentageValue(cohort.dropouts, cohort.candidates);
        funnelRows.add(List.of("Totaal (kandidaten in de selectie)", cohort.candidates.display(min), "",
                cohort.dropouts.display(min), cohort.handovers.display(min), "", totalPct, cohort.avoidable.display(min),
                cohort.unavoidable.display(min)));

        List<String> reasonHeaders = new ArrayList<>(List.of("Fase", "Uitgevallen"));
        for (DropoutReason reason : DropoutReason.values()) {
            reasonHeaders.add(reason.label());
        }

        Map<String, String> bestuurNames = organisations.bestuurNames();
        List<List<String>> bestuurRows = new ArrayList<>();
        cohort.besturen.forEach((code, c) -> {
            // A bestuur without appointments in this cohort is left out, as a reader would read it: 0.
            if (c[0].value > 0 || Arrays.stream(c).anyMatch(Cell::hidden)) {
                bestuurRows.add(List.of(code.isEmpty() ? "(geen bestuur)" : bestuurNames.getOrDefault(code, code),
                        c[0].display(min), c[1].display(min), c[2].display(min), c[3].display(min),
                        Cell.percentage(c[2], c[0])));
            }
        });
        Cell[] bt = cohort.bestuurTotals;
        bestuurRows.add(List.of("Totaal", bt[0].display(min), bt[1].display(min), bt[2].display(min), bt[3].display(min),
                Cell.percentage(bt[2], bt[0])));

        List<List<String>> streamRows = new ArrayList<>();
        cohort.streams.forEach((stream, cell) -> streamRows.add(List.of(streamLabel(stream), cell.display(min))));
        streamRows.add(List.of("Totaal", cohort.streamTotal.display(min)));

        List<List<String>> retentionRows = new ArrayList<>();
        cohort.retention.forEach((years, c) -> retentionRows.add(List.of(years + " jaar na bevoegdheid",
                c[0].display(min), c[1].display(min), c[2].display(min), Cell.percentage(c[1], c[0]))));

        List<Table> tables = List.of(
                new Table("uitval-per-fase", "Uitval per fase", List.of("Fase", "Binnengekomen",
                        "Doorgestroomd of afgerond", "Uitgevallen", "Overgedragen", "Nog in deze fase", "Uitval (%)",
                        "Onnodige uitval", "Niet te voorkomen uitval"), funnelRows),
                trend(grid, filter.jaar(), min),
                new Table("redenen-per-fase", "Redenen van uitval per fase", reasonHeaders, reasonRows),
                new Table("doorlooptijd-per-fase", "Doorlooptijd per fase (dagen)", List.of("Fase",
                        "Aantal doorgestroomd", "Mediaan (dagen)", "90e percentiel (dagen)"), leadRows),
                new Table("zij-instromers-per-bestuur", "Zij-instromers per bestuur (aangesteld)", List.of("Bestuur",
                        "Aangesteld", "Lopend", "Uitgevallen", "Afgerond of overgedragen", "Uitval (%)"), bestuurRows),
                new Table("zij-instromers-per-financiering", "Zij-instromers per financieringsstroom",
                        List.of("Financieringsstroom", "Aangesteld"), streamRows),
                new Table("behoud", "Behoud na 1, 3 en 5 jaar", List.of("Moment", "Bevraagd", "Nog in het onderwijs",
                        "Niet meer in het onderwijs", "Behoud (%)"), retentionRows));
        return new Result(filter, rows, cohort.candidates, cohort.dropouts, cohort.avoidable, cohort.unavoidable,
                cohort.handovers, totalPct, totalPctValue != null && totalPctValue > norm, norm, min, tables);
    }

    /** Dropout per stage per cohort quarter (of the selected year, or all), from the same suppressed grid. */
    private static Table trend(CohortGrid grid, Integer year, int min) {
        List<String> headers = new ArrayList<>(List.of("Cohort (kwartaal van aanmelding)"));
        for (Stage stage : Stage.values()) {
            headers.add(stage.label() + ": binnengekomen");
            headers.add(stage.label() + ": uitgevallen");
            headers.add(stage.label() + ": uitval (%)");
        }
        List<List<String>> rows = new ArrayList<>();
        grid.quarters(year).forEach((key, cells) -> {
            List<String> row = new ArrayList<>(List.of(CohortGrid.label(key)));
            for (Cell[] c : cells.stages) {
                row.add(c[FunnelCounts.IN].display(min));
                row.add(c[FunnelCounts.DROPPED_OUT].display(min));
                row.add(Cell.percentage(c[FunnelCounts.DROPPED_OUT], c[FunnelCounts.IN]));
            }
            rows.add(row);
        });
        return new Table("uitval-per-kwartaal", "Uitval per fase per cohortkwartaal", headers, rows);
    }

    /**
     * The cells of the filter's regions and characteristics: without characteristic filters the region totals
     * (few cells), otherwise the cells per characteristic that match. Sets the parameter "scope".
     */
    private String where(ReportFilter filter, Set<String> allowedRegions, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (filter.sector() != null) {
            conditions.add("sector = :sector");
            params.addValue("sector", filter.sector());
        }
        if (filter.route() != null) {
            conditions.add("route = :route");
            params.addValue("route", filter.route());
        }
        if (filter.bestuur() != null) {
            conditions.add("bestuur_code = :bestuur");
            params.addValue("bestuur", filter.bestuur());
        }
        if (filter.wijk() != null) {
            List<String> schools = organisations.schools().stream().filter(s -> filter.wijk().equals(s.getWijk()))
                    .map(School::getCode).collect(Collectors.toList());
            if (schools.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("school_code in (:wijkScholen)");
                params.addValue("wijkScholen", schools);
            }
        }
        if (filter.doelgroep() != null) {
            conditions.add("buitenlands_diploma = :statushouder");
            params.addValue("statushouder", String.valueOf(filter.doelgroep().equals("statushouder")));
        }
        if (filter.tekortvak() != null) {
            conditions.add((filter.tekortvak() ? "" : "not ") + "lower(vak) in (:tekortvakken)");
            params.addValue("tekortvakken", settings.tekortvakken());
        }
        params.addValue("scope", (conditions.isEmpty() ? Scope.REGION : Scope.DETAIL).name());
        params.addValue("regions", filter.regions(allowedRegions));
        conditions.add(0, "scope = :scope and region_code in (:regions)");
        return String.join(" and ", conditions);
    }

    private static String days(double value) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%.1f", value);
    }

    static String streamLabel(String stream) {
        return switch (stream) {
            case "SUBSIDIE_ZIJINSTROOM" -> "Subsidieregeling zij-instroom";
            case "CONVENANT" -> "Convenant (extra plaatsen)";
            case "BESTUUR" -> "Eigen middelen bestuur";
            default -> "Onbekend";
        };
    }
}
