package nl.onderwijsregio.ketenregie.reporting;

import java.util.Comparator;
import java.util.List;

/**
 * The key of one cell of the funnel aggregate (see V21__funnel_aggregate.sql for what each measure's keys hold).
 * Absent values are '' so that the key is a plain unique constraint. Keys sort in one global order, in which
 * every transaction updates cells, so that two application nodes never wait for each other in a cycle.
 */
record CellKey(Scope scope, String region, int quarter, String sector, String route, String bestuur, String school,
        String diploma, String vak, Measure measure, String key1, String key2, String key3, int amount)
        implements Comparable<CellKey> {

    /** REGION: a region's total per cohort quarter, what a report without characteristic filters reads. */
    enum Scope {
        DETAIL, REGION
    }

    /**
     * What a cell counts. CURRENT is not part of the funnel report: it is the work list's count of dossiers per
     * status and current stage ({@link CurrentStageCounts}).
     */
    enum Measure {
        CANDIDATE, STAGE, REASON, APPOINTED, RETENTION, LEAD_TIME, CURRENT;

        /** The measures the funnel report adds up per cohort quarter (lead times are read apart). */
        static final List<Measure> FUNNEL_COUNTS = List.of(CANDIDATE, STAGE, REASON, APPOINTED, RETENTION);
    }

    /** The lead-time cells of a region's total over all cohorts: what the report without any filter reads. */
    static final int ALL_COHORTS = 0;

    /** The table's key columns, in the order of the record's components. */
    static final List<String> COLUMNS = List.of("scope", "region_code", "cohort_quarter", "sector", "route",
            "bestuur_code", "school_code", "buitenlands_diploma", "vak", "measure", "key1", "key2", "key3", "amount");

    private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::scope)
            .thenComparing(CellKey::region).thenComparingInt(CellKey::quarter).thenComparing(CellKey::sector)
            .thenComparing(CellKey::route).thenComparing(CellKey::bestuur).thenComparing(CellKey::school)
            .thenComparing(CellKey::diploma).thenComparing(CellKey::vak).thenComparing(CellKey::measure)
            .thenComparing(CellKey::key1).thenComparing(CellKey::key2).thenComparing(CellKey::key3)
            .thenComparingInt(CellKey::amount);

    /** The cells a dossier's contribution to this DETAIL cell also counts in: the region's totals. */
    List<CellKey> totals() {
        CellKey region = new CellKey(Scope.REGION, this.region, quarter, "", "", "", "", "", "", measure, key1, key2,
                key3, amount);
        if (measure != Measure.LEAD_TIME) {
            return List.of(region);
        }
        return List.of(region, new CellKey(Scope.REGION, this.region, ALL_COHORTS, "", "", "", "", "", "", measure,
                key1, key2, key3, amount));
    }

    /** The values of {@link #COLUMNS}. */
    Object[] values() {
        return new Object[] { scope.name(), region, quarter, sector, route, bestuur, school, diploma, vak,
            measure.name(), key1, key2, key3, amount };
    }

    @Override
    public int compareTo(CellKey other) {
        return ORDER.compare(this, other);
    }
}
