package nl.onderwijsregio.ketenregie.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.FundingStream;
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
 * Only counts leave this class, with small cells suppressed ({@link Cell}).
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
        int min = settings.minimumCel();
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, allowedRegions, params);
        Cell.Sums sums = new Cell.Sums();

        // 1. Funnel: one grouped query over the stage history.
        Map<Stage, long[]> counts = new EnumMap<>(Stage.class);
        jdbc.query("select t.stage, t.outcome, t.avoidable, count(distinct t.dossier_id) as n "
                + "from stage_transition t join dossier d on d.id = t.dossier_id where " + where
                + " group by t.stage, t.outcome, t.avoidable", params, rs -> {
                    long[] c = counts.computeIfAbsent(Stage.valueOf(rs.getString("stage")), s -> new long[7]);
                    long n = rs.getLong("n");
                    String outcome = rs.getString("outcome");
                    c[0] += n;
                    if (outcome == null) {
                        c[4] += n;
                    } else {
                        switch (outcome) {
                            case "DOORGESTROOMD", "AFGEROND" -> c[1] += n;
                            case "UITGEVALLEN" -> {
                                c[2] += n;
                                boolean avoidable = rs.getBoolean("avoidable");
                                c[avoidable ? 5 : 6] += n;
                            }
                            case "OVERGEDRAGEN" -> c[3] += n;
                            default -> throw new IllegalStateException("Unknown outcome " + outcome);
                        }
                    }
                });
        long cohort = jdbc.queryForObject("select count(*) from dossier d where " + where, params, Long.class);

        // 2. Reasons per stage.
        Map<Stage, Map<DropoutReason, Long>> reasons = new EnumMap<>(Stage.class);
        jdbc.query("select t.stage, t.reason, count(distinct t.dossier_id) as n from stage_transition t "
                + "join dossier d on d.id = t.dossier_id where " + where + " and t.outcome = 'UITGEVALLEN' "
                + "group by t.stage, t.reason", params, rs -> {
                    String reason = rs.getString("reason");
                    reasons.computeIfAbsent(Stage.valueOf(rs.getString("stage")), s -> new EnumMap<>(DropoutReason.class))
                            .merge(reason == null ? DropoutReason.OVERIG : DropoutReason.valueOf(reason), rs.getLong("n"), Long::sum);
                });

        // 3. Lead time per stage (days) of those who left the stage as planned; percentile_cont (interpolated).
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

        List<StageRow> rows = new ArrayList<>();
        List<Cell> dropouts = new ArrayList<>();
        List<Cell> avoidables = new ArrayList<>();
        List<Cell> unavoidables = new ArrayList<>();
        List<Cell> handovers = new ArrayList<>();
        Map<Stage, List<Cell>> reasonCells = new EnumMap<>(Stage.class);
        long totalDropouts = 0;
        long totalAvoidable = 0;
        long totalUnavoidable = 0;
        long totalHandovers = 0;
        List<Cell[]> cellRows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long[] c = counts.getOrDefault(stage, new long[7]);
            Cell[] cells = new Cell[7];
            for (int i = 0; i < 7; i++) {
                cells[i] = Cell.count(c[i], min);
            }
            cellRows.add(cells);
            sums.add(cells[0], List.of(cells[1], cells[2], cells[3], cells[4]));
            sums.add(cells[2], List.of(cells[5], cells[6]));
            List<Cell> perReason = new ArrayList<>();
            Map<DropoutReason, Long> r = reasons.getOrDefault(stage, Map.of());
            for (DropoutReason reason : DropoutReason.values()) {
                perReason.add(Cell.count(r.getOrDefault(reason, 0L), min));
            }
            reasonCells.put(stage, perReason);
            sums.add(cells[2], perReason);
            dropouts.add(cells[2]);
            avoidables.add(cells[5]);
            unavoidables.add(cells[6]);
            handovers.add(cells[3]);
            totalDropouts += c[2];
            totalAvoidable += c[5];
            totalUnavoidable += c[6];
            totalHandovers += c[3];
        }
        Cell cohortCell = Cell.count(cohort, min);
        Cell dropoutTotal = Cell.count(totalDropouts, min);
        Cell avoidableTotal = Cell.count(totalAvoidable, min);
        Cell unavoidableTotal = Cell.count(totalUnavoidable, min);
        Cell handoverTotal = Cell.count(totalHandovers, min);
        sums.add(dropoutTotal, dropouts);
        sums.add(avoidableTotal, avoidables);
        sums.add(unavoidableTotal, unavoidables);
        sums.add(handoverTotal, handovers);
        sums.add(dropoutTotal, List.of(avoidableTotal, unavoidableTotal));

        // 4. Zij-instromers (appointed: contract start known) per bestuur and per funding stream.
        Map<String, long[]> perBestuur = new LinkedHashMap<>();
        Map<String, Long> perStream = new LinkedHashMap<>();
        jdbc.query("select d.bestuur_code, d.funding_stream, d.status, count(*) as n from dossier d where " + where
                + " and d.contract_start is not null group by d.bestuur_code, d.funding_stream, d.status", params, rs -> {
                    String bestuur = rs.getString("bestuur_code");
                    long n = rs.getLong("n");
                    long[] b = perBestuur.computeIfAbsent(bestuur == null ? "" : bestuur, k -> new long[4]);
                    b[0] += n;
                    switch (rs.getString("status")) {
                        case "LOPEND" -> b[1] += n;
                        case "UITGEVALLEN" -> b[2] += n;
                        default -> b[3] += n;
                    }
                    String stream = rs.getString("funding_stream");
                    perStream.merge(stream == null ? "" : stream, n, Long::sum);
                });

        // 5. Retention after 1, 3 and 5 years.
        Map<Integer, long[]> retention = new LinkedHashMap<>();
        jdbc.query("select f.years, f.still_in_education, count(distinct f.dossier_id) as n from follow_up f "
                + "join dossier d on d.id = f.dossier_id where " + where + " group by f.years, f.still_in_education",
                params, rs -> {
                    long[] r = retention.computeIfAbsent(rs.getInt("years"), y -> new long[3]);
                    long n = rs.getLong("n");
                    r[0] += n;
                    r[rs.getBoolean("still_in_education") ? 1 : 2] += n;
                });

        Map<String, String> bestuurNames = organisations.bestuurNames();
        List<Map.Entry<String, long[]>> besturen = perBestuur.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList();
        List<Cell[]> bestuurCells = new ArrayList<>();
        long[] bestuurTotals = new long[4];
        for (Map.Entry<String, long[]> e : besturen) {
            Cell[] cells = new Cell[4];
            for (int i = 0; i < 4; i++) {
                cells[i] = Cell.count(e.getValue()[i], min);
                bestuurTotals[i] += e.getValue()[i];
            }
            sums.add(cells[0], List.of(cells[1], cells[2], cells[3]));
            bestuurCells.add(cells);
        }
        Cell[] bestuurTotalCells = new Cell[4];
        for (int i = 0; i < 4; i++) {
            bestuurTotalCells[i] = Cell.count(bestuurTotals[i], min);
            final int column = i;
            sums.add(bestuurTotalCells[i], bestuurCells.stream().map(c -> c[column]).toList());
        }
        sums.add(bestuurTotalCells[0], List.of(bestuurTotalCells[1], bestuurTotalCells[2], bestuurTotalCells[3]));

        List<String> streams = new ArrayList<>();
        for (FundingStream s : FundingStream.values()) {
            streams.add(s.name());
        }
        streams.add("");
        Map<String, Cell> streamCells = new LinkedHashMap<>();
        for (String s : streams) {
            streamCells.put(s, Cell.count(perStream.getOrDefault(s, 0L), min));
        }
        Cell streamTotal = Cell.count(perStream.values().stream().mapToLong(Long::longValue).sum(), min);
        sums.add(streamTotal, List.copyOf(streamCells.values()));

        Map<Integer, Cell[]> retentionCells = new LinkedHashMap<>();
        for (int years : List.of(1, 3, 5)) {
            long[] r = retention.getOrDefault(years, new long[3]);
            Cell[] cells = { Cell.count(r[0], min), Cell.count(r[1], min), Cell.count(r[2], min) };
            sums.add(cells[0], List.of(cells[1], cells[2]));
            retentionCells.put(years, cells);
        }

        sums.protect();

        // Build the rows and tables from the protected cells.
        double norm = settings.uitvalnorm() * 100.0;
        List<List<String>> funnelRows = new ArrayList<>();
        List<List<String>> reasonRows = new ArrayList<>();
        List<List<String>> leadRows = new ArrayList<>();
        for (int i = 0; i < Stage.values().length; i++) {
            Stage stage = Stage.values()[i];
            Cell[] c = cellRows.get(i);
            Double pct = Cell.percentageValue(c[2], c[0]);
            StageRow row = new StageRow(stage, c[0], c[1], c[2], c[3], c[4], c[5], c[6], Cell.percentage(c[2], c[0]),
                    pct, pct != null && pct > norm);
            rows.add(row);
            funnelRows.add(List.of(stage.label(), c[0].display(min), c[1].display(min), c[2].display(min),
                    c[3].display(min), c[4].display(min), row.uitvalPercentage(), c[5].display(min), c[6].display(min)));
            List<String> reasonRow = new ArrayList<>();
            reasonRow.add(stage.label());
            reasonRow.add(c[2].display(min));
            reasonCells.get(stage).forEach(cell -> reasonRow.add(cell.display(min)));
            reasonRows.add(reasonRow);
            double[] l = lead.get(stage);
            boolean enough = !c[1].hidden() && l != null;
            leadRows.add(List.of(stage.label(), c[1].display(min), enough ? days(l[0]) : (l == null ? "-" : "x"),
                    enough ? days(l[1]) : (l == null ? "-" : "x")));
        }
        String totalPct = Cell.percentage(dropoutTotal, cohortCell);
        Double totalPctValue = Cell.percentageValue(dropoutTotal, cohortCell);
        funnelRows.add(List.of("Totaal (kandidaten in de selectie)", cohortCell.display(min), "", dropoutTotal.display(min),
                handoverTotal.display(min), "", totalPct, avoidableTotal.display(min), unavoidableTotal.display(min)));

        List<String> reasonHeaders = new ArrayList<>(List.of("Fase", "Uitgevallen"));
        for (DropoutReason reason : DropoutReason.values()) {
            reasonHeaders.add(reason.label());
        }

        List<List<String>> bestuurRows = new ArrayList<>();
        for (int i = 0; i < besturen.size(); i++) {
            String code = besturen.get(i).getKey();
            Cell[] c = bestuurCells.get(i);
            bestuurRows.add(List.of(code.isEmpty() ? "(geen bestuur)" : bestuurNames.getOrDefault(code, code),
                    c[0].display(min), c[1].display(min), c[2].display(min), c[3].display(min), Cell.percentage(c[2], c[0])));
        }
        bestuurRows.add(List.of("Totaal", bestuurTotalCells[0].display(min), bestuurTotalCells[1].display(min),
                bestuurTotalCells[2].display(min), bestuurTotalCells[3].display(min),
                Cell.percentage(bestuurTotalCells[2], bestuurTotalCells[0])));

        List<List<String>> streamRows = new ArrayList<>();
        streamCells.forEach((stream, cell) -> streamRows.add(List.of(streamLabel(stream), cell.display(min))));
        streamRows.add(List.of("Totaal", streamTotal.display(min)));

        List<List<String>> retentionRows = new ArrayList<>();
        retentionCells.forEach((years, c) -> retentionRows.add(List.of(years + " jaar na bevoegdheid", c[0].display(min),
                c[1].display(min), c[2].display(min), Cell.percentage(c[1], c[0]))));

        List<Table> tables = List.of(
                new Table("uitval-per-fase", "Uitval per fase", List.of("Fase", "Binnengekomen",
                        "Doorgestroomd of afgerond", "Uitgevallen", "Overgedragen", "Nog in deze fase", "Uitval (%)",
                        "Onnodige uitval", "Niet te voorkomen uitval"), funnelRows),
                new Table("redenen-per-fase", "Redenen van uitval per fase", reasonHeaders, reasonRows),
                new Table("doorlooptijd-per-fase", "Doorlooptijd per fase (dagen)", List.of("Fase",
                        "Aantal doorgestroomd", "Mediaan (dagen)", "90e percentiel (dagen)"), leadRows),
                new Table("zij-instromers-per-bestuur", "Zij-instromers per bestuur (aangesteld)", List.of("Bestuur",
                        "Aangesteld", "Lopend", "Uitgevallen", "Afgerond of overgedragen", "Uitval (%)"), bestuurRows),
                new Table("zij-instromers-per-financiering", "Zij-instromers per financieringsstroom",
                        List.of("Financieringsstroom", "Aangesteld"), streamRows),
                new Table("behoud", "Behoud na 1, 3 en 5 jaar", List.of("Moment", "Bevraagd", "Nog in het onderwijs",
                        "Niet meer in het onderwijs", "Behoud (%)"), retentionRows));
        return new Result(filter, rows, cohortCell, dropoutTotal, avoidableTotal, unavoidableTotal, handoverTotal,
                totalPct, totalPctValue != null && totalPctValue > norm, norm, min, tables);
    }

    private String where(ReportFilter filter, Set<String> allowedRegions, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("d.region_code in (:regions)");
        params.addValue("regions", filter.regions(allowedRegions));
        if (filter.from() != null) {
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
