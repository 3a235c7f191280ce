package nl.onderwijsregio.ketenregie.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsregio.ketenregie.dossier.DossierQueries.WorkListFilter;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.dossier.StageCounts;
import nl.onderwijsregio.ketenregie.reporting.CellKey.Measure;
import nl.onderwijsregio.ketenregie.reporting.CellKey.Scope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The work list's counts per stage from the funnel aggregate's CURRENT cells (one per dossier: its status and current
 * stage, under its region, cohort quarter and characteristics), which change in the same transaction as the dossier
 * (docs/adr/0016, 0022). Without characteristic filters the region's totals are read: a few rows per cohort quarter,
 * however many dossiers the region has. A text search or a deadline filter is not in the cells.
 */
@Component
class CurrentStageCounts implements StageCounts {

    private final NamedParameterJdbcTemplate jdbc;

    CurrentStageCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Map<Stage, Long>> perStage(Collection<String> regions, WorkListFilter filter) {
        if (filter.text() != null && !filter.text().isBlank() || filter.dueBefore() != null) {
            return Optional.empty();
        }
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        if (regions.isEmpty() || filter.schoolCodes() != null && filter.schoolCodes().isEmpty()) {
            return Optional.of(counts);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("regions", List.copyOf(regions))
                .addValue("measure", Measure.CURRENT.name());
        List<String> conditions = new ArrayList<>();
        condition(conditions, params, "sector", filter.sector());
        condition(conditions, params, "route", filter.route());
        condition(conditions, params, "bestuur_code", filter.bestuurCode());
        condition(conditions, params, "school_code", filter.schoolCode());
        condition(conditions, params, "buitenlands_diploma", filter.statushouder());
        if (filter.schoolCodes() != null) {
            conditions.add("school_code in (:schools)");
            params.addValue("schools", List.copyOf(filter.schoolCodes()));
        }
        params.addValue("scope", (conditions.isEmpty() ? Scope.REGION : Scope.DETAIL).name());
        condition(conditions, params, "key1", filter.status());
        StringBuilder where = new StringBuilder("scope = :scope and region_code in (:regions) and measure = :measure");
        conditions.forEach(c -> where.append(" and ").append(c));
        jdbc.query("select key2, sum(n) as n from report_cell where " + where + " group by key2", params,
                rs -> {
                    counts.merge(Stage.valueOf(rs.getString("key2")), rs.getLong("n"), Long::sum);
                });
        return Optional.of(counts);
    }

    /** A condition on a cell column: the cells hold a characteristic as text, '' for none. */
    private static void condition(List<String> conditions, MapSqlParameterSource params, String column, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            params.addValue(column, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
