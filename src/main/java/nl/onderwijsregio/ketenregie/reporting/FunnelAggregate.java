package nl.onderwijsregio.ketenregie.reporting;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.onderwijsregio.ketenregie.reporting.CellKey.Measure;
import nl.onderwijsregio.ketenregie.reporting.CellKey.Scope;
import nl.onderwijsregio.ketenregie.reporting.DossierContribution.DossierRow;
import nl.onderwijsregio.ketenregie.reporting.DossierContribution.FollowUpRow;
import nl.onderwijsregio.ketenregie.reporting.DossierContribution.StageRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the funnel aggregate ({@code report_cell}) equal to what the dossiers' rows, stage histories and follow-ups
 * say (docs/adr/0016). A refresh locks the dossier rows, computes their contributions anew, and applies the
 * difference with what each dossier counted before ({@code report_dossier_cell}) to the cells, in the caller's
 * transaction: a report sees a dossier's change exactly when it commits. Dossiers not yet counted (a database from
 * before the aggregate, rows written with SQL) are added on start and by {@link #fillMissing()}.
 */
@Component
public class FunnelAggregate implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FunnelAggregate.class);
    private static final int BATCH = 500;
    private static final List<String> DOSSIER_COLUMNS = CellKey.COLUMNS.subList(1, CellKey.COLUMNS.size());

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String addToCell;
    private final String insertContribution;

    FunnelAggregate(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager, DataSource dataSource)
            throws SQLException {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            this.addToCell = postgres ? upsert() : merge();
        }
        this.insertContribution = "insert into report_dossier_cell (dossier_id, " + String.join(", ", DOSSIER_COLUMNS)
                + ", n) values (" + "?, ".repeat(DOSSIER_COLUMNS.size() + 1) + "?)";
    }

    /** On start: a database that had dossiers before the aggregate existed gets them counted before use. */
    @Override
    public void afterSingletonsInstantiated() {
        int added = fillMissing();
        if (added > 0) {
            log.info("Funnel aggregate: {} dossiers added from their history", added);
        }
    }

    /**
     * Adds the dossiers the aggregate does not count yet, in transactions of {@value #BATCH}. Every dossier counts at
     * least as a candidate, so a dossier without contribution is one the aggregate has not seen.
     *
     * @return the number of dossiers added
     */
    public int fillMissing() {
        int added = 0;
        int batch;
        do {
            batch = Objects.requireNonNull(transactions.execute(status -> {
                List<UUID> ids = jdbc.getJdbcTemplate().queryForList("select d.id from dossier d where not exists "
                        + "(select 1 from report_dossier_cell r where r.dossier_id = d.id) order by d.id "
                        + "fetch first " + BATCH + " rows only", UUID.class);
                refresh(ids);
                return ids.size();
            }));
            added += batch;
        } while (batch == BATCH);
        return added;
    }

    /**
     * Brings the aggregate up to date with these dossiers as this transaction sees them. Also for rows written with
     * SQL rather than through the dossier service (tests, benchmarks, repairs).
     */
    @Transactional
    public void refresh(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return;
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", List.copyOf(dossierIds));
        // The lock makes two transactions that change one dossier take turns, so neither subtracts a stale count.
        List<DossierRow> dossiers = jdbc.query("select id, region_code, registered_at, sector, route, bestuur_code, "
                + "school_code, buitenlands_diploma, vak, contract_start, funding_stream, status, current_stage from dossier "
                + "where id in (:ids) order by id for update", ids, (rs, row) -> new DossierRow(uuid(rs, "id"),
                        rs.getString("region_code"), rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                        rs.getString("sector"), rs.getString("route"), rs.getString("bestuur_code"),
                        rs.getString("school_code"), rs.getBoolean("buitenlands_diploma"), rs.getString("vak"),
                        rs.getObject("contract_start") != null, rs.getString("funding_stream"), rs.getString("status"),
                        rs.getString("current_stage")));
        Map<UUID, List<StageRow>> stages = jdbc.query("select dossier_id, stage, entered_at, left_at, outcome, reason, "
                + "avoidable from stage_transition where dossier_id in (:ids)", ids, (rs, row) -> new StageRow(
                        uuid(rs, "dossier_id"), rs.getString("stage"), instant(rs, "entered_at"), instant(rs, "left_at"),
                        rs.getString("outcome"), rs.getString("reason"), rs.getObject("avoidable", Boolean.class)))
                .stream().collect(Collectors.groupingBy(StageRow::dossierId));
        Map<UUID, List<FollowUpRow>> followUps = jdbc.query("select dossier_id, years, still_in_education from follow_up "
                + "where dossier_id in (:ids)", ids, (rs, row) -> new FollowUpRow(uuid(rs, "dossier_id"),
                        rs.getInt("years"), rs.getBoolean("still_in_education")))
                .stream().collect(Collectors.groupingBy(FollowUpRow::dossierId));
        Map<UUID, Map<CellKey, Long>> before = counted(ids);

        Map<CellKey, Long> delta = new TreeMap<>();
        List<Object[]> contributions = new ArrayList<>();
        List<UUID> changed = new ArrayList<>();
        for (DossierRow dossier : dossiers) {
            Map<CellKey, Long> now = DossierContribution.of(dossier, stages.getOrDefault(dossier.id(), List.of()),
                    followUps.getOrDefault(dossier.id(), List.of()));
            Map<CellKey, Long> was = before.getOrDefault(dossier.id(), Map.of());
            if (now.equals(was)) {
                continue;
            }
            changed.add(dossier.id());
            now.forEach((key, n) -> add(delta, key, n));
            was.forEach((key, n) -> add(delta, key, -n));
            now.forEach((key, n) -> contributions.add(Stream.concat(Stream.of(dossier.id()),
                    Stream.concat(Stream.of(key.values()).skip(1), Stream.of(n))).toArray()));
        }
        if (changed.isEmpty()) {
            return;
        }
        // In the keys' global order (TreeMap): concurrent refreshes lock cells in the same order.
        List<Object[]> additions = delta.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> Stream.concat(Stream.of(e.getKey().values()), Stream.of(e.getValue())).toArray()).toList();
        jdbc.getJdbcTemplate().batchUpdate(addToCell, additions);
        jdbc.update("delete from report_dossier_cell where dossier_id in (:ids)", new MapSqlParameterSource("ids", changed));
        jdbc.getJdbcTemplate().batchUpdate(insertContribution, contributions);
    }

    /** What the dossiers count in the aggregate now, per dossier. */
    private Map<UUID, Map<CellKey, Long>> counted(MapSqlParameterSource ids) {
        Map<UUID, Map<CellKey, Long>> counted = new HashMap<>();
        jdbc.query("select dossier_id, " + String.join(", ", DOSSIER_COLUMNS) + ", n from report_dossier_cell "
                + "where dossier_id in (:ids)", ids, rs -> {
                    CellKey key = new CellKey(Scope.DETAIL, rs.getString("region_code"), rs.getInt("cohort_quarter"),
                            rs.getString("sector"), rs.getString("route"), rs.getString("bestuur_code"),
                            rs.getString("school_code"), rs.getString("buitenlands_diploma"), rs.getString("vak"),
                            Measure.valueOf(rs.getString("measure")), rs.getString("key1"), rs.getString("key2"),
                            rs.getString("key3"), rs.getInt("amount"));
                    counted.computeIfAbsent(uuid(rs, "dossier_id"), id -> new HashMap<>()).put(key, rs.getLong("n"));
                });
        return counted;
    }

    /** A DETAIL cell's change, and the same change to the region totals it is part of. */
    private static void add(Map<CellKey, Long> delta, CellKey key, long n) {
        delta.merge(key, n, Long::sum);
        key.totals().forEach(total -> delta.merge(total, n, Long::sum));
    }

    /** PostgreSQL: one statement that creates the cell or adds to it, also when another node creates it at once. */
    private static String upsert() {
        String columns = String.join(", ", CellKey.COLUMNS);
        return "insert into report_cell (" + columns + ", n) values (" + "?, ".repeat(CellKey.COLUMNS.size()) + "?) "
                + "on conflict (" + columns + ") do update set n = report_cell.n + excluded.n";
    }

    /** H2 (the single-node embedded default, docs/adr/0003) has no ON CONFLICT: the standard MERGE. */
    private static String merge() {
        String source = CellKey.COLUMNS.stream()
                .map(c -> "cast(? as " + (c.equals("cohort_quarter") || c.equals("amount") ? "integer" : "varchar(100)")
                        + ") as " + c)
                .collect(Collectors.joining(", "));
        String on = CellKey.COLUMNS.stream().map(c -> "c." + c + " = s." + c).collect(Collectors.joining(" and "));
        return "merge into report_cell c using (select " + source + ", cast(? as bigint) as n) s on (" + on + ") "
                + "when matched then update set n = c.n + s.n when not matched then insert ("
                + String.join(", ", CellKey.COLUMNS) + ", n) values ("
                + CellKey.COLUMNS.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ", s.n)";
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
