package nl.onderwijsregio.ketenregie.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import org.junit.jupiter.api.Test;

/**
 * The small-cell property of issue 9 (finding 7), checked by brute force on generated reports: for every hidden
 * cell, a value other than the true one is consistent with everything a reader sees (shown cells, the range of
 * "&lt;5" and "x") and every sum the report registers, including the sums between cohort quarters, years and
 * all cohorts (two filters that differ by a quarter). The checker ({@link Feasibility}) is independent of
 * {@link SmallCells}: it searches assignments with interval propagation, not perturbations.
 */
class SuppressionPropertyTest {

    private static final int MINIMUM = 5;

    @Test
    void theExampleOfTheFindingCannotBeSolvedAnyMore() {
        // Oriëntatie;6;5;x;<5;0 hid a dropped-out 0 as x next to a handed-over 1: 6 = 5 + x + y + 0, y >= 1.
        SmallCells cells = new SmallCells(MINIMUM);
        Cell in = cells.count(6);
        Cell movedOn = cells.count(5);
        Cell droppedOut = cells.count(0);
        Cell handedOver = cells.count(1);
        Cell running = cells.count(0);
        cells.sum(in, List.of(movedOn, droppedOut, handedOver, running));
        cells.protect();

        assertThat(handedOver.display(MINIMUM)).isEqualTo("<5");
        assertEveryHiddenCellHasTwoFeasibleValues(cells);
        assertThat(List.of(in, movedOn, droppedOut, handedOver, running).stream().filter(Cell::hidden).count())
                .as("one partner for the small cell is enough: 5 moved on can take the person").isEqualTo(2);
    }

    @Test
    void aSmallCellInNoSumStaysASmallCell() {
        // The number of candidates of a selection is in no sum: its range 1..4 alone leaves four values.
        SmallCells cells = new SmallCells(MINIMUM);
        Cell candidates = cells.count(3);
        cells.protect();
        assertThat(candidates.display(MINIMUM)).isEqualTo("<5");
        assertEveryHiddenCellHasTwoFeasibleValues(cells);
    }

    @Test
    void randomSmallFunnelsOverCohortQuartersLeaveEveryHiddenCellTwoFeasibleValues() {
        Random random = new Random(20261130L);
        int hiddenSeen = 0;
        int shownSmallTotals = 0;
        for (int iteration = 0; iteration < 300; iteration++) {
            Map<Integer, FunnelCounts> perQuarter = grid(random);
            SmallCells cells = new SmallCells(MINIMUM);
            new CohortGrid(perQuarter, null, null, cells);
            assertEveryHiddenCellHasTwoFeasibleValues(cells);
            assertThat(cells.exhausted()).as("small grids stay well within the search budget").isFalse();
            hiddenSeen += (int) cells.cells().stream().filter(Cell::hidden).count();
            shownSmallTotals += (int) cells.cells().stream().filter(c -> !c.hidden() && c.value >= MINIMUM).count();
        }
        assertThat(hiddenSeen).as("the generator makes small cells").isGreaterThan(1000);
        assertThat(shownSmallTotals).as("and the rule still shows most large ones").isGreaterThan(1000);
    }

    @Test
    void aGridBeyondTheSearchBudgetHidesEveryPersonAndStaysProtected() {
        Random random = new Random(20261201L);
        int exhausted = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            Map<Integer, FunnelCounts> perQuarter = grid(random);
            SmallCells cells = new SmallCells(MINIMUM, 3, null);
            new CohortGrid(perQuarter, null, null, cells);
            assertEveryHiddenCellHasTwoFeasibleValues(cells);
            if (cells.exhausted()) {
                exhausted++;
                assertThat(cells.cells()).allSatisfy(cell -> assertThat(cell.hidden())
                        .as("every count of a person hidden, zeros shown: %s", cell).isEqualTo(cell.value > 0));
            }
        }
        assertThat(exhausted).as("three steps are too few for most grids").isGreaterThan(50);
    }

    @Test
    void theBudgetCountsStepsSoTheOutcomeDoesNotDependOnTheMachine() {
        Random random = new Random(20261202L);
        for (int iteration = 0; iteration < 50; iteration++) {
            Map<Integer, FunnelCounts> perQuarter = grid(random);
            for (long budget : new long[] { 3, 40, SmallCells.WORK_BUDGET }) {
                SmallCells once = new SmallCells(MINIMUM, budget, null);
                new CohortGrid(perQuarter, null, null, once);
                SmallCells twice = new SmallCells(MINIMUM, budget, null);
                new CohortGrid(perQuarter, null, null, twice);
                assertThat(twice.cells()).extracting(cell -> cell.mark).as("budget %s", budget)
                        .isEqualTo(once.cells().stream().map(cell -> cell.mark).toList());
            }
        }
    }

    @Test
    void randomTablesWithAnUnpublishedComplementProtectTheComplement() {
        // The garantiefonds comparison: guaranteed and started are shown, "not started" is computable.
        Random random = new Random(7L);
        for (int iteration = 0; iteration < 500; iteration++) {
            SmallCells cells = new SmallCells(MINIMUM);
            int statuses = 2 + random.nextInt(6);
            List<Cell> parts = new ArrayList<>();
            long total = 0;
            for (int s = 0; s < statuses; s++) {
                long n = small(random);
                total += n;
                parts.add(cells.count(n));
            }
            cells.sum(cells.count(total), parts);
            long guaranteed = small(random) + small(random);
            long started = random.nextInt((int) guaranteed + 1);
            Cell startedCell = cells.count(started);
            Cell guaranteedCell = cells.count(guaranteed);
            cells.sum(guaranteedCell, List.of(startedCell, cells.unpublished(guaranteed - started)));
            cells.protect();
            assertEveryHiddenCellHasTwoFeasibleValues(cells);
            if (!guaranteedCell.hidden() && guaranteed - started > 0 && guaranteed - started < MINIMUM) {
                assertThat(startedCell.hidden()).as("started would reveal the few who did not start").isTrue();
            }
        }
    }

    /** One to three cohort quarters of small funnels. */
    static Map<Integer, FunnelCounts> grid(Random random) {
        Map<Integer, FunnelCounts> perQuarter = new HashMap<>();
        int quarters = 1 + random.nextInt(3);
        for (int q = 0; q < quarters; q++) {
            perQuarter.put(CohortGrid.key(2025 + random.nextInt(2), 1 + random.nextInt(4)), funnel(random));
        }
        return perQuarter;
    }

    /** A funnel of a few persons in two or three stages: many cells of 1 to 4, some of 5 or more. */
    private static FunnelCounts funnel(Random random) {
        FunnelCounts counts = new FunnelCounts();
        int stages = Stage.values().length;
        for (int k = 0; k < 2 + random.nextInt(2); k++) {
            int stage = random.nextInt(stages);
            long[] c = counts.stages[stage];
            long movedOn = small(random);
            long handedOver = random.nextInt(3);
            long running = small(random);
            long avoidable = random.nextInt(4);
            long unavoidable = random.nextInt(3);
            c[FunnelCounts.MOVED_ON] += movedOn;
            c[FunnelCounts.HANDED_OVER] += handedOver;
            c[FunnelCounts.RUNNING] += running;
            c[FunnelCounts.AVOIDABLE] += avoidable;
            c[FunnelCounts.UNAVOIDABLE] += unavoidable;
            c[FunnelCounts.DROPPED_OUT] += avoidable + unavoidable;
            c[FunnelCounts.IN] += movedOn + handedOver + running + avoidable + unavoidable;
            for (long p = 0; p < avoidable + unavoidable; p++) {
                counts.reasons[stage][random.nextInt(3)]++;
            }
            counts.candidates += c[FunnelCounts.IN];
        }
        for (int b = 0; b < random.nextInt(3); b++) {
            long[] bestuur = counts.bestuur("bestuur-" + random.nextInt(3));
            for (int i = 1; i < 4; i++) {
                long n = random.nextInt(4);
                bestuur[i] += n;
                bestuur[0] += n;
                counts.streams.merge(random.nextBoolean() ? "CONVENANT" : "", n, Long::sum);
            }
        }
        long[] retention = counts.retention.get(1);
        long stayed = small(random);
        long left = random.nextInt(3);
        retention[0] += stayed + left;
        retention[1] += stayed;
        retention[2] += left;
        return counts;
    }

    /** 0 to 9, mostly below 5. */
    private static long small(Random random) {
        return random.nextInt(10) < 7 ? random.nextInt(5) : 5 + random.nextInt(5);
    }

    static void assertEveryHiddenCellHasTwoFeasibleValues(SmallCells cells) {
        Feasibility reader = new Feasibility(cells);
        for (Cell cell : cells.cells()) {
            boolean mustBeProtected = switch (cell.mark) {
                case SHOWN -> false;
                case SMALL, SECONDARY -> true;
                case UNPUBLISHED -> cell.value > 0 && cell.value < MINIMUM;
            };
            if (mustBeProtected) {
                assertThat(reader.otherValuePossible(cell)).as("a second feasible value for %s", cell).isTrue();
            }
        }
    }

    /**
     * What a reader can work out: every hidden cell is a variable with the range its mark allows ("&lt;5" 1..4,
     * "x" 0..cap), shown cells are constants, and every registered sum is an equation. Feasibility by interval
     * propagation and branching, exhaustive over the (small) ranges.
     */
    static final class Feasibility {

        /** Per equation: variable indexes, their signs (+1 total, -1 part), and the constant they must add up to. */
        private final List<int[]> vars = new ArrayList<>();
        private final List<int[]> signs = new ArrayList<>();
        private final List<Long> constants = new ArrayList<>();
        private final Map<Cell, Integer> index = new HashMap<>();
        private final long[] low;
        private final long[] high;
        private final long[] truth;
        private final List<List<Integer>> equationsOf = new ArrayList<>();

        Feasibility(SmallCells smallCells) {
            List<Cell> cells = smallCells.cells();
            long cap = 1 + cells.stream().mapToLong(c -> c.value).max().orElse(0) * 2;
            List<Cell> hidden = cells.stream().filter(Cell::hidden).toList();
            low = new long[hidden.size()];
            high = new long[hidden.size()];
            truth = new long[hidden.size()];
            for (Cell cell : hidden) {
                int i = index.size();
                index.put(cell, i);
                low[i] = cell.lowest();
                truth[i] = cell.value;
                equationsOf.add(new ArrayList<>());
                high[i] = Math.min(cell.highest(MINIMUM), cap);
            }
            for (SmallCells.Sum sum : smallCells.sums()) {
                List<Integer> v = new ArrayList<>();
                List<Integer> sign = new ArrayList<>();
                long constant = 0; // total - sum of parts = 0, shown cells moved to the right-hand side
                for (int k = 0; k <= sum.parts().size(); k++) {
                    Cell cell = k == 0 ? sum.total() : sum.parts().get(k - 1);
                    int s = k == 0 ? 1 : -1;
                    if (cell.hidden()) {
                        v.add(index.get(cell));
                        sign.add(s);
                    } else {
                        constant -= s * cell.value;
                    }
                }
                if (!v.isEmpty()) {
                    for (int x : v) {
                        equationsOf.get(x).add(vars.size());
                    }
                    vars.add(v.stream().mapToInt(Integer::intValue).toArray());
                    signs.add(sign.stream().mapToInt(Integer::intValue).toArray());
                    constants.add(constant);
                }
            }
            List<Integer> everyEquation = new ArrayList<>();
            for (int e = 0; e < vars.size(); e++) {
                everyEquation.add(e);
            }
            if (!propagate(low, high, everyEquation)) {
                throw new AssertionError("the true values break a registered sum");
            }
        }

        private long nodes;

        /**
         * Whether a value below or above the true one is feasible. Both directions are searched with a growing
         * node budget, because proving one of them infeasible can take long while the other has a quick answer.
         */
        boolean otherValuePossible(Cell cell) {
            int i = index.get(cell);
            boolean belowOpen = cell.value > low[i];
            boolean aboveOpen = cell.value < high[i];
            for (long budget = 1_000; belowOpen || aboveOpen; budget *= 4) {
                for (boolean below : new boolean[] { true, false }) {
                    if (below ? !belowOpen : !aboveOpen) {
                        continue;
                    }
                    long[] lo = low.clone();
                    long[] hi = high.clone();
                    if (below) {
                        hi[i] = cell.value - 1;
                    } else {
                        lo[i] = cell.value + 1;
                    }
                    nodes = budget;
                    Boolean found = solvable(lo, hi, i);
                    if (Boolean.TRUE.equals(found)) {
                        return true;
                    }
                    if (Boolean.FALSE.equals(found)) {
                        if (below) {
                            belowOpen = false;
                        } else {
                            aboveOpen = false;
                        }
                    }
                }
            }
            return false;
        }

        /** TRUE or FALSE, or null when the node budget ran out first. */
        private Boolean solvable(long[] lo, long[] hi, int narrowed) {
            if (--nodes < 0) {
                return null;
            }
            if (!propagate(lo, hi, equationsOf.get(narrowed))) {
                return false;
            }
            int branch = -1;
            for (int i = 0; i < lo.length; i++) {
                if (lo[i] < hi[i] && (branch < 0 || hi[i] - lo[i] < hi[branch] - lo[branch])) {
                    branch = i;
                }
            }
            if (branch < 0) {
                return true; // every variable fixed and propagation found every equation consistent
            }
            // Values nearest the true one first: a second solution is usually close to the first.
            List<Long> values = new ArrayList<>();
            for (long v = lo[branch]; v <= hi[branch]; v++) {
                values.add(v);
            }
            long near = truth[branch];
            values.sort(java.util.Comparator.comparingLong(v -> Math.abs(v - near)));
            boolean complete = true;
            for (long v : values) {
                long[] l = lo.clone();
                long[] h = hi.clone();
                l[branch] = v;
                h[branch] = v;
                Boolean found = solvable(l, h, branch);
                if (Boolean.TRUE.equals(found)) {
                    return true;
                }
                complete &= found != null;
            }
            return complete ? false : null;
        }

        /** Bounds consistency on the equations, revisiting those of a variable whose range shrank; false when empty. */
        private boolean propagate(long[] lo, long[] hi, List<Integer> start) {
            java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
            boolean[] queued = new boolean[vars.size()];
            for (int e : start) {
                work.add(e);
                queued[e] = true;
            }
            while (!work.isEmpty()) {
                int e = work.poll();
                queued[e] = false;
                int[] v = vars.get(e);
                int[] sign = signs.get(e);
                long c = constants.get(e);
                // the sum of sign * x lies in [min, max]
                long min = 0;
                long max = 0;
                for (int k = 0; k < v.length; k++) {
                    min += sign[k] > 0 ? lo[v[k]] : -hi[v[k]];
                    max += sign[k] > 0 ? hi[v[k]] : -lo[v[k]];
                }
                if (c < min || c > max) {
                    return false;
                }
                for (int k = 0; k < v.length; k++) {
                    int x = v[k];
                    long ownMin = sign[k] > 0 ? lo[x] : -hi[x];
                    long ownMax = sign[k] > 0 ? hi[x] : -lo[x];
                    // sign * x = c - rest, with rest in [min - ownMin, max - ownMax]
                    long termLo = c - (max - ownMax);
                    long termHi = c - (min - ownMin);
                    long newLo = Math.max(lo[x], sign[k] > 0 ? termLo : -termHi);
                    long newHi = Math.min(hi[x], sign[k] > 0 ? termHi : -termLo);
                    if (newLo > newHi) {
                        return false;
                    }
                    if (newLo != lo[x] || newHi != hi[x]) {
                        min += (sign[k] > 0 ? newLo : -newHi) - ownMin;
                        max += (sign[k] > 0 ? newHi : -newLo) - ownMax;
                        lo[x] = newLo;
                        hi[x] = newHi;
                        for (int other : equationsOf.get(x)) {
                            if (!queued[other]) {
                                queued[other] = true;
                                work.add(other);
                            }
                        }
                    }
                }
            }
            return true;
        }
    }
}
