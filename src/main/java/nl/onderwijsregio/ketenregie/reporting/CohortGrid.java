package nl.onderwijsregio.ketenregie.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        perYear.forEach((y, counts) -> {
            FunnelCells cellsOfYear = new FunnelCells(counts, besturen, cells);
            years.put(y, cellsOfYear);
            addUp(cellsOfYear, quarters.subMap(y * 4, y * 4 + 4).values(), cells);
        });
        all = new FunnelCells(total, besturen, cells);
        if (!years.isEmpty()) {
            addUp(all, years.values(), cells);
        }
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

    private static void addUp(FunnelCells total, java.util.Collection<FunnelCells> parts, SmallCells cells) {
        List<Cell> totals = total.all();
        for (int i = 0; i < totals.size(); i++) {
            List<Cell> summands = new ArrayList<>();
            for (FunnelCells part : parts) {
                summands.add(part.all().get(i));
            }
            cells.sum(totals.get(i), summands);
        }
    }
}
