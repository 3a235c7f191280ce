package nl.onderwijsregio.ketenregie.reporting;

import static nl.onderwijsregio.ketenregie.reporting.FunnelCounts.AVOIDABLE;
import static nl.onderwijsregio.ketenregie.reporting.FunnelCounts.DROPPED_OUT;
import static nl.onderwijsregio.ketenregie.reporting.FunnelCounts.HANDED_OVER;
import static nl.onderwijsregio.ketenregie.reporting.FunnelCounts.IN;
import static nl.onderwijsregio.ketenregie.reporting.FunnelCounts.MOVED_ON;
import static nl.onderwijsregio.ketenregie.reporting.FunnelCounts.RUNNING;
import static nl.onderwijsregio.ketenregie.reporting.FunnelCounts.UNAVOIDABLE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of the funnel report for one cohort (a quarter, a year or all), registered with the sums a reader
 * of its tables knows: per stage in = moved on + dropped out + handed over + still running, dropped out =
 * avoidable + unavoidable = the sum of the reasons; every total row the sum of its column; per bestuur
 * appointed = running + dropped out + ended; the funding streams add up to the same appointed total; retention
 * asked = stayed + left. {@link #all()} lists the cells in the same order for every cohort, so that
 * {@link CohortGrid} can add the sums between cohorts.
 */
final class FunnelCells {

    final Cell[][] stages;
    final Cell[][] reasons;
    final Cell candidates;
    final Cell dropouts;
    final Cell avoidable;
    final Cell unavoidable;
    final Cell handovers;
    final Map<String, Cell[]> besturen = new LinkedHashMap<>();
    final Cell[] bestuurTotals = new Cell[FunnelCounts.BESTUUR_COLUMNS];
    final Map<String, Cell> streams = new LinkedHashMap<>();
    final Cell streamTotal;
    final Map<Integer, Cell[]> retention = new LinkedHashMap<>();
    private final List<Cell> all = new ArrayList<>();

    /** @param bestuurCodes the besturen of every cohort in the grid, so that all cohorts have the same cells */
    FunnelCells(FunnelCounts counts, Collection<String> bestuurCodes, SmallCells cells) {
        stages = new Cell[counts.stages.length][];
        reasons = new Cell[counts.stages.length][];
        for (int s = 0; s < stages.length; s++) {
            stages[s] = counts(counts.stages[s], cells);
            reasons[s] = counts(counts.reasons[s], cells);
            Cell[] c = stages[s];
            cells.sum(c[IN], List.of(c[MOVED_ON], c[DROPPED_OUT], c[HANDED_OVER], c[RUNNING]));
            cells.sum(c[DROPPED_OUT], List.of(c[AVOIDABLE], c[UNAVOIDABLE]));
            cells.sum(c[DROPPED_OUT], List.of(reasons[s]));
        }
        candidates = count(counts.candidates, cells);
        dropouts = columnTotal(DROPPED_OUT, cells);
        avoidable = columnTotal(AVOIDABLE, cells);
        unavoidable = columnTotal(UNAVOIDABLE, cells);
        handovers = columnTotal(HANDED_OVER, cells);
        cells.sum(dropouts, List.of(avoidable, unavoidable));

        for (String code : bestuurCodes) {
            Cell[] c = counts(counts.besturen.getOrDefault(code, new long[FunnelCounts.BESTUUR_COLUMNS]), cells);
            cells.sum(c[0], List.of(c[1], c[2], c[3]));
            besturen.put(code, c);
        }
        for (int i = 0; i < bestuurTotals.length; i++) {
            long total = 0;
            for (String code : bestuurCodes) {
                total += counts.besturen.getOrDefault(code, new long[FunnelCounts.BESTUUR_COLUMNS])[i];
            }
            bestuurTotals[i] = count(total, cells);
            final int column = i;
            cells.sum(bestuurTotals[i], besturen.values().stream().map(c -> c[column]).toList());
        }
        cells.sum(bestuurTotals[0], List.of(bestuurTotals[1], bestuurTotals[2], bestuurTotals[3]));

        counts.streams.forEach((stream, n) -> streams.put(stream, count(n, cells)));
        // Both tables count the appointed zij-instromers of the selection: one cell, shown (or hidden) in both.
        streamTotal = bestuurTotals[0];
        cells.sum(streamTotal, List.copyOf(streams.values()));

        counts.retention.forEach((years, r) -> {
            Cell[] c = counts(r, cells);
            cells.sum(c[0], List.of(c[1], c[2]));
            retention.put(years, c);
        });
    }

    /** Every cell, in an order that is the same for every cohort of a grid. */
    List<Cell> all() {
        return all;
    }

    private Cell columnTotal(int column, SmallCells cells) {
        long total = 0;
        List<Cell> parts = new ArrayList<>();
        for (Cell[] stage : stages) {
            total += stage[column].value;
            parts.add(stage[column]);
        }
        Cell cell = count(total, cells);
        cells.sum(cell, parts);
        return cell;
    }

    private Cell[] counts(long[] values, SmallCells cells) {
        Cell[] result = new Cell[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = count(values[i], cells);
        }
        return result;
    }

    private Cell count(long value, SmallCells cells) {
        Cell cell = cells.count(value);
        all.add(cell);
        return cell;
    }
}
