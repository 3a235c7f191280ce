package nl.onderwijsregio.ketenregie.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The funnel cells of every cohort quarter in the data, of every year and of all cohorts together, suppressed as
 * one publication. A year's cell is the sum of its quarters' cells and "all cohorts" the sum of the years, and
 * those sums are registered like any other, so a reader who subtracts the report of one cohort filter from
 * another (a year minus three of its quarters, all cohorts minus the other years) finds no hidden cell: every
 * cohort's page shows exactly the cells of this one suppressed grid (docs/adr/0008). Cohort quarters are keyed
 * {@code year * 4 + quarter - 1}.
 */
final class CohortGrid {

    private final SortedMap<Integer, FunnelCells> quarters = new TreeMap<>();
    private final SortedMap<Integer, FunnelCells> years = new TreeMap<>();
    private final FunnelCells all;
    private final FunnelCells selected;

    /** Builds and protects the grid; {@code year}/{@code quarter} (both optional) name the cohort the page shows. */
    CohortGrid(Map<Integer, FunnelCounts> perQuarter, Integer year, Integer quarter, SmallCells cells) {
        TreeSet<String> besturen = new TreeSet<>();
        perQuarter.values().forEach(c -> besturen.addAll(c.besturen.keySet()));
        SortedMap<Integer, FunnelCounts> perYear = new TreeMap<>();
        FunnelCounts total = new FunnelCounts();
        new TreeMap<>(perQuarter).forEach((key, counts) -> {
            quarters.put(key, new FunnelCells(counts, besturen, cells));
            perYear.computeIfAbsent(Math.floorDiv(key, 4), y -> new FunnelCounts()).add(counts);
            total.add(counts);
        });
        // A year of one quarter shows the same cells as that quarter (and "all" of one year those of the year):
        // one set of cells, so that hiding one hides both.
        perYear.forEach((y, counts) -> {
            SortedMap<Integer, FunnelCells> ofYear = quarters.subMap(y * 4, y * 4 + 4);
            years.put(y, ofYear.size() == 1 ? ofYear.get(ofYear.firstKey()) : addUp(counts, ofYear.values(), besturen, cells));
        });
        all = years.size() == 1 ? years.get(years.firstKey()) : addUp(total, years.values(), besturen, cells);
        FunnelCells found = year == null ? all : quarter == null ? years.get(year) : quarters.get(key(year, quarter));
        // A cohort without registrations is all zeros: nothing to protect, not part of any sum.
        selected = found != null ? found : new FunnelCells(new FunnelCounts(), List.of(), cells);
        cells.protect();
    }

    static int key(int year, int quarter) {
        return year * 4 + quarter - 1;
    }

    static String label(int key) {
        return Math.floorDiv(key, 4) + " K" + (Math.floorMod(key, 4) + 1);
    }

    /** The cohort the page asked for. */
    FunnelCells selected() {
        return selected;
    }

    /** The quarters of the given year, or all quarters; in time order. */
    SortedMap<Integer, FunnelCells> quarters(Integer year) {
        return year == null ? quarters : quarters.subMap(year * 4, year * 4 + 4);
    }

    /** Cells for the sum of the given cohorts, registered as the sum of their cells. */
    private static FunnelCells addUp(FunnelCounts counts, Collection<FunnelCells> parts, Set<String> besturen,
            SmallCells cells) {
        FunnelCells total = new FunnelCells(counts, besturen, cells);
        List<Cell> totals = total.all();
        for (int i = 0; i < totals.size(); i++) {
            List<Cell> summands = new ArrayList<>();
            for (FunnelCells part : parts) {
                summands.add(part.all().get(i));
            }
            cells.sum(totals.get(i), summands);
        }
        return total;
    }
}
