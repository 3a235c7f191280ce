package nl.onderwijsregio.ketenregie.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.School;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregated figures over the case tables for management and ketenregisseurs: dropout per stage (the
 * funnel), reasons, lead times, zij-instromers per bestuur and per funding stream, retention. Read-only
 * SQL aggregates over the dossier feature's tables (see docs/adr/0008): a fixed number of grouped queries
 * per report, whatever the number of dossiers, each starting from indexed dossier columns.
 * Counts are taken per cohort quarter and suppressed as one grid ({@link CohortGrid}, {@link SmallCells}); only
 * the shown cells of the selected cohort leave this class.
 */
@Service
@Transactional(readOnly = true)
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

    /** The cohort quarter of a dossier, Dutch time: year * 4 + quarter - 1 (see {@link CohortGrid}). */
    private static final String QUARTER = "cast(extract(year from (d.registered_at at time zone 'Europe/Amsterdam')) * 4 "
            + "+ extract(quarter from (d.registered_at at time zone 'Europe/Amsterdam')) - 1 as integer)";

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationService organisations;
    private final ReportingSettings settings;
    private final boolean postgres;

    FunnelReport(NamedParameterJdbcTemplate jdbc, OrganisationService organisations, ReportingSettings settings,
            DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.settings = settings;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    Result run(ReportFilter filter, Set<String> allowedRegions) {
        SmallCells cells = new SmallCells(settings.minimumCel());
        CohortGrid grid = new CohortGrid(countsPerQuarter(filter, allowedRegions), filter.jaar(), filter.kwartaal(), cells);
        return present(filter, grid, leadTimes(filter, allowedRegions), cells.minimum());
    }

    /**
     * The counts of every cohort quarter under the filter's other conditions: the cohort itself is chosen from the
     * grid afterwards, so that every cohort page is a slice of one suppressed grid ({@link CohortGrid}).
     */
    private Map<Integer, FunnelCounts> countsPerQuarter(ReportFilter filter, Set<String> allowedRegions) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, allowedRegions, params, false);
        Map<Integer, FunnelCounts> perQuarter = new HashMap<>();

        // 1. Funnel: one grouped query over the stage history.
        jdbc.query("select " + QUARTER + " as q, t.stage, t.outcome, t.avoidable, count(distinct t.dossier_id) as n "
                + "from stage_transition t join dossier d on d.id = t.dossier_id where " + where
                + " group by q, t.stage, t.outcome, t.avoidable", params, rs -> {
                    long[] c = quarter(perQuarter, rs.getInt("q")).stages[Stage.valueOf(rs.getString("stage")).ordinal()];
                    long n = rs.getLong("n");
                    String outcome = rs.getString("outcome");
                    c[FunnelCounts.IN] += n;
                    if (outcome == null) {
                        c[FunnelCounts.RUNNING] += n;
                    } else {
                        switch (outcome) {
                            case "DOORGESTROOMD", "AFGEROND" -> c[FunnelCounts.MOVED_ON] += n;
                            case "UITGEVALLEN" -> {
                                c[FunnelCounts.DROPPED_OUT] += n;
                                c[rs.getBoolean("avoidable") ? FunnelCounts.AVOIDABLE : FunnelCounts.UNAVOIDABLE] += n;
                            }
                            case "OVERGEDRAGEN" -> c[FunnelCounts.HANDED_OVER] += n;
                            default -> throw new IllegalStateException("Unknown outcome " + outcome);
                        }
                    }
                });
        jdbc.query("select " + QUARTER + " as q, count(*) as n from dossier d where " + where + " group by q", params,
                rs -> {
                    quarter(perQuarter, rs.getInt("q")).candidates += rs.getLong("n");
                });

        // 2. Reasons per stage.
        jdbc.query("select " + QUARTER + " as q, t.stage, t.reason, count(distinct t.dossier_id) as n from stage_transition t "
                + "join dossier d on d.id = t.dossier_id where " + where + " and t.outcome = 'UITGEVALLEN' "
                + "group by q, t.stage, t.reason", params, rs -> {
                    String reason = rs.getString("reason");
                    DropoutReason r = reason == null ? DropoutReason.OVERIG : DropoutReason.valueOf(reason);
                    quarter(perQuarter, rs.getInt("q")).reasons[Stage.valueOf(rs.getString("stage")).ordinal()][r.ordinal()]
                            += rs.getLong("n");
                });

        // 3. Zij-instromers (appointed: contract start known) per bestuur and per funding stream.
        jdbc.query("select " + QUARTER + " as q, d.bestuur_code, d.funding_stream, d.status, count(*) as n from dossier d "
                + "where " + where + " and d.contract_start is not null "
                + "group by q, d.bestuur_code, d.funding_stream, d.status", params, rs -> {
                    FunnelCounts counts = quarter(perQuarter, rs.getInt("q"));
                    String bestuur = rs.getString("bestuur_code");
                    long n = rs.getLong("n");
                    long[] b = counts.bestuur(bestuur == null ? "" : bestuur);
                    b[0] += n;
                    switch (rs.getString("status")) {
                        case "LOPEND" -> b[1] += n;
                        case "UITGEVALLEN" -> b[2] += n;
                        default -> b[3] += n;
                    }
                    String stream = rs.getString("funding_stream");
                    counts.streams.merge(stream == null ? "" : stream, n, Long::sum);
                });

        // 4. Retention after 1, 3 and 5 years.
        jdbc.query("select " + QUARTER + " as q, f.years, f.still_in_education, count(distinct f.dossier_id) as n "
                + "from follow_up f join dossier d on d.id = f.dossier_id where " + where
                + " group by q, f.years, f.still_in_education", params, rs -> {
                    long[] r = quarter(perQuarter, rs.getInt("q")).retention.get(rs.getInt("years"));
                    if (r != null) {
                        long n = rs.getLong("n");
                        r[0] += n;
                        r[rs.getBoolean("still_in_education") ? 1 : 2] += n;
                    }
                });
        return perQuarter;
    }

    private static FunnelCounts quarter(Map<Integer, FunnelCounts> perQuarter, int key) {
        return perQuarter.computeIfAbsent(key, k -> new FunnelCounts());
    }

    /** Lead time per stage (days) of those who left the stage as planned in the selected cohort; percentile_cont. */
    private Map<Stage, double[]> leadTimes(ReportFilter filter, Set<String> allowedRegions) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, allowedRegions, params, true);
        String seconds = postgres ? "extract(epoch from (t.left_at - t.entered_at))"
                : "datediff('SECOND', t.entered_at, t.left_at)";
        Map<Stage, double[]> lead = new EnumMap<>(Stage.class);
        jdbc.query("select t.stage, percentile_cont(0.5) within group (order by " + seconds + ") as p50, "
                + "percentile_cont(0.9) within group (order by " + seconds + ") as p90 "
                + "from stage_transition t join dossier d on d.id = t.dossier_id where " + where
                + " and t.outcome in ('DOORGESTROOMD', 'AFGEROND') group by t.stage", params, rs -> {
                    lead.put(Stage.valueOf(rs.getString("stage")), new double[] { rs.getDouble("p50") / 86400.0,
                            rs.getDouble("p90") / 86400.0 });
                });
        return lead;
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

    private String where(ReportFilter filter, Set<String> allowedRegions, MapSqlParameterSource params,
            boolean withCohort) {
        List<String> conditions = new ArrayList<>();
        conditions.add("d.region_code in (:regions)");
        params.addValue("regions", filter.regions(allowedRegions));
        if (withCohort && filter.from() != null) {
            conditions.add("d.registered_at >= :van and d.registered_at < :tot");
            params.addValue("van", java.sql.Timestamp.from(filter.from()));
            params.addValue("tot", java.sql.Timestamp.from(filter.until()));
        }
        if (filter.sector() != null) {
            conditions.add("d.sector = :sector");
            params.addValue("sector", filter.sector());
        }
        if (filter.route() != null) {
            conditions.add("d.route = :route");
            params.addValue("route", filter.route());
        }
        if (filter.bestuur() != null) {
            conditions.add("d.bestuur_code = :bestuur");
            params.addValue("bestuur", filter.bestuur());
        }
        if (filter.wijk() != null) {
            List<String> schools = organisations.schools().stream().filter(s -> filter.wijk().equals(s.getWijk()))
                    .map(School::getCode).collect(Collectors.toList());
            if (schools.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("d.school_code in (:wijkScholen)");
                params.addValue("wijkScholen", schools);
            }
        }
        if (filter.doelgroep() != null) {
            conditions.add("d.buitenlands_diploma = :statushouder");
            params.addValue("statushouder", filter.doelgroep().equals("statushouder"));
        }
        if (filter.tekortvak() != null) {
            conditions.add((filter.tekortvak() ? "" : "not ") + "coalesce(lower(d.vak), '') in (:tekortvakken)");
            params.addValue("tekortvakken", settings.tekortvakken());
        }
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
