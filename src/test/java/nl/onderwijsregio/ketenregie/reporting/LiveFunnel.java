package nl.onderwijsregio.ketenregie.reporting;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.ketenregie.dossier.DropoutReason;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import nl.onderwijsregio.ketenregie.organisation.OrganisationService;
import nl.onderwijsregio.ketenregie.organisation.School;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The oracle of {@link FunnelAggregatePropertyTest}: the funnel's counts and lead times computed live from the
 * dossiers, their stage history and follow-ups, with the grouped SQL the report ran before the aggregate
 * (docs/adr/0016). Lead times in whole days, as the report defines them.
 */
final class LiveFunnel {

    private static final String QUARTER = "cast(extract(year from (d.registered_at at time zone 'Europe/Amsterdam')) * 4 "
            + "+ extract(quarter from (d.registered_at at time zone 'Europe/Amsterdam')) - 1 as integer)";

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationService organisations;
    private final ReportingSettings settings;
    private final boolean postgres;

    LiveFunnel(NamedParameterJdbcTemplate jdbc, OrganisationService organisations, ReportingSettings settings,
            boolean postgres) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.settings = settings;
        this.postgres = postgres;
    }

    Map<Integer, FunnelCounts> countsPerQuarter(ReportFilter filter, Set<String> allowedRegions) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, allowedRegions, params, false);
        Map<Integer, FunnelCounts> perQuarter = new HashMap<>();
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
        jdbc.query("select " + QUARTER + " as q, t.stage, t.reason, count(distinct t.dossier_id) as n from stage_transition t "
                + "join dossier d on d.id = t.dossier_id where " + where + " and t.outcome = 'UITGEVALLEN' "
                + "group by q, t.stage, t.reason", params, rs -> {
                    String reason = rs.getString("reason");
                    DropoutReason r = reason == null ? DropoutReason.OVERIG : DropoutReason.valueOf(reason);
                    quarter(perQuarter, rs.getInt("q")).reasons[Stage.valueOf(rs.getString("stage")).ordinal()][r.ordinal()]
                            += rs.getLong("n");
                });
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

    Map<Stage, double[]> leadTimes(ReportFilter filter, Set<String> allowedRegions) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, allowedRegions, params, true);
        String days = postgres ? "floor(extract(epoch from (t.left_at - t.entered_at)) / 86400)"
                : "floor(datediff('SECOND', t.entered_at, t.left_at) / 86400.0)";
        Map<Stage, double[]> lead = new EnumMap<>(Stage.class);
        jdbc.query("select t.stage, percentile_cont(0.5) within group (order by " + days + ") as p50, "
                + "percentile_cont(0.9) within group (order by " + days + ") as p90 "
                + "from stage_transition t join dossier d on d.id = t.dossier_id where " + where
                + " and t.outcome in ('DOORGESTROOMD', 'AFGEROND') and t.left_at is not null group by t.stage", params, rs -> {
                    lead.put(Stage.valueOf(rs.getString("stage")), new double[] { rs.getDouble("p50"),
                            rs.getDouble("p90") });
                });
        return lead;
    }

    private static FunnelCounts quarter(Map<Integer, FunnelCounts> perQuarter, int key) {
        return perQuarter.computeIfAbsent(key, k -> new FunnelCounts());
    }

    private String where(ReportFilter filter, Set<String> allowedRegions, MapSqlParameterSource params,
            boolean withCohort) {
        List<String> conditions = new ArrayList<>();
        conditions.add("d.region_code in (:regions)");
        params.addValue("regions", filter.regions(allowedRegions));
        if (withCohort && filter.from() != null) {
            conditions.add("d.registered_at >= :van and d.registered_at < :tot");
            params.addValue("van", Timestamp.from(filter.from()));
            params.addValue("tot", Timestamp.from(filter.until()));
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
                    .map(School::getCode).toList();
            conditions.add(schools.isEmpty() ? "1 = 0" : "d.school_code in (:wijkScholen)");
            params.addValue("wijkScholen", schools);
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
}
