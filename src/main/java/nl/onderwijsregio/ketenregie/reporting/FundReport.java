package nl.onderwijsregio.ketenregie.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.onderwijsregio.ketenregie.garantiefonds.FundStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The garantiefonds overview of {@code /rapportage}: applications per status, the amounts requested, granted
 * and paid, the ledger per month, and whether guaranteed candidates started their training compared with
 * candidates of the same period who applied for nothing. Only aggregates of the given regions leave this
 * class, with the same small-cell rule as the rest of the report ({@link SmallCells}).
 */
@Service
class FundReport {

    record StatusRow(FundStatus status, Cell aantal) {
    }

    /** Money booked in one month: reserved, released and paid (euro, not persons). */
    record MonthRow(YearMonth maand, BigDecimal gereserveerd, BigDecimal vrijgegeven, BigDecimal uitbetaald) {
    }

    /**
     * Guaranteed candidates (a grant) and how many started their training (application {@code VRIJGEGEVEN}),
     * against candidates who reached sollicitatie since the first application without applying, and how many
     * of them reached begeleiding.
     */
    record Comparison(Instant vanaf, Cell gegarandeerd, Cell gestart, String aandeelGestart, Cell zonderAanvraag,
            Cell begeleiding, String aandeelBegeleiding) {
    }

    /** Amounts are shown only when the applications behind them are not a small cell. */
    record Result(List<StatusRow> statussen, Cell totaal, boolean bedragenZichtbaar, BigDecimal aangevraagd,
            BigDecimal toegekend, BigDecimal uitbetaald, List<MonthRow> perMaand, Comparison vergelijking, int minimum) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingSettings settings;

    FundReport(NamedParameterJdbcTemplate jdbc, ReportingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    Result run(List<String> regions) {
        SmallCells cells = new SmallCells(settings.minimumCel());
        int min = cells.minimum();
        MapSqlParameterSource params = new MapSqlParameterSource("regions", regions);

        Map<FundStatus, Long> perStatus = new EnumMap<>(FundStatus.class);
        jdbc.query("select status, count(*) from fund_application where region_code in (:regions) group by status",
                params, rs -> {
                    perStatus.put(FundStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        List<StatusRow> rows = new ArrayList<>();
        List<Cell> parts = new ArrayList<>();
        long all = 0;
        for (FundStatus status : FundStatus.values()) {
            long count = perStatus.getOrDefault(status, 0L);
            all += count;
            Cell cell = cells.count(count);
            parts.add(cell);
            rows.add(new StatusRow(status, cell));
        }
        Cell total = cells.count(all);
        cells.sum(total, parts);

        BigDecimal[] amounts = jdbc.queryForObject("select coalesce(sum(requested_amount), 0), "
                + "coalesce(sum(case when rejection_reason is null then granted_amount else 0 end), 0) "
                + "from fund_application where region_code in (:regions)", params,
                (rs, row) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2) });
        BigDecimal paid = jdbc.queryForObject("select coalesce(sum(amount), 0) from fund_ledger "
                + "where region_code in (:regions) and kind = 'UITBETALING'", params, BigDecimal.class);

        Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
        jdbc.query("select kind, amount, booked_at from fund_ledger where region_code in (:regions) "
                + "and kind in ('RESERVERING', 'VRIJGAVE', 'UITBETALING')", params, rs -> {
                    YearMonth month = YearMonth.from(rs.getTimestamp(3).toInstant().atZone(ReportFilter.ZONE));
                    BigDecimal[] sum = months.computeIfAbsent(month,
                            m -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
                    int index = switch (rs.getString(1)) {
                        case "RESERVERING" -> 0;
                        case "VRIJGAVE" -> 1;
                        default -> 2;
                    };
                    sum[index] = sum[index].add(rs.getBigDecimal(2));
                });
        List<MonthRow> perMonth = months.entrySet().stream()
                .map(e -> new MonthRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();

        Comparison comparison = compare(params, cells);
        cells.protect();
        return new Result(rows, total, !total.hidden() && total.value >= min, amounts[0], amounts[1], paid, perMonth,
                comparison, min);
    }

    /** Cells of the comparison; the complements (not started, not coached) are not shown but computable. */
    private Comparison compare(MapSqlParameterSource params, SmallCells cells) {
        Timestamp first = jdbc.queryForObject("select min(applied_at) from fund_application where region_code in (:regions)",
                params, Timestamp.class);
        if (first == null) {
            return null;
        }
        long[] guaranteed = jdbc.queryForObject("select count(distinct dossier_id), "
                + "count(distinct case when status = 'VRIJGEGEVEN' then dossier_id end) from fund_application "
                + "where region_code in (:regions) and granted_amount is not null and rejection_reason is null",
                params, (rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) });
        MapSqlParameterSource since = new MapSqlParameterSource("regions", params.getValue("regions"))
                .addValue("since", java.time.OffsetDateTime.ofInstant(first.toInstant(), ZoneOffset.UTC));
        long[] without = jdbc.queryForObject("select count(distinct d.id), count(distinct b.dossier_id) from dossier d "
                + "join stage_transition s on s.dossier_id = d.id and s.stage = 'SOLLICITATIE' and s.entered_at >= :since "
                + "left join stage_transition b on b.dossier_id = d.id and b.stage = 'BEGELEIDING' "
                + "where d.region_code in (:regions) "
                + "and not exists (select 1 from fund_application f where f.dossier_id = d.id)",
                since, (rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) });
        Cell guaranteedCell = cells.count(guaranteed[0]);
        Cell started = cells.count(guaranteed[1]);
        Cell notStarted = cells.unpublished(guaranteed[0] - guaranteed[1]);
        Cell withoutCell = cells.count(without[0]);
        Cell coached = cells.count(without[1]);
        Cell notCoached = cells.unpublished(without[0] - without[1]);
        cells.sum(guaranteedCell, List.of(started, notStarted));
        cells.sum(withoutCell, List.of(coached, notCoached));
        return new Comparison(first.toInstant(), guaranteedCell, started, Cell.percentage(started, guaranteedCell),
                withoutCell, coached, Cell.percentage(coached, withoutCell));
    }
}
