package nl.onderwijsregio.ketenregie.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small-cell suppression for everything one report publishes (docs/adr/0008). A table registers its counts
 * ({@link #count}) and every sum a reader knows holds between them ({@link #sum}: a stage's "in" is the sum of
 * its outcomes, a total row the sum of its column, a cohort year the sum of its quarters); {@link #protect}
 * then hides as few further cells as it can so that no hidden cell can be computed back.
 *
 * <p>The reader knows: shown cells exactly, "&lt;5" as 1 to minimum - 1, "x" as 0 or more, and every registered
 * sum. A hidden cell is protected when another value of it is consistent with all of that. The proof is a
 * perturbation: a change of +1 or -1 to some hidden cells (moving one person between cells, or adding one) that
 * keeps every sum and every mark's range. Both the true values and the perturbed ones are then possible, so
 * every cell the perturbation changes has at least two feasible values. When no perturbation is found within a
 * search budget, one more cell is hidden as "x" ({@link #secondary}: the smallest cell of the sums the search got
 * stuck on that lets the exposed cell move), and the search repeats.
 * The search may miss a perturbation (then it hides one cell too many), but a perturbation it finds is always
 * valid, so the rule errs on the side of hiding. {@code SuppressionPropertyTest} checks the outcome by brute force.
 *
 * <p>The whole protection has a budget of search steps ({@link #WORK_BUDGET}), counted, not timed, so the outcome
 * never depends on how busy the machine is. A grid that needs more steps is published with every non-zero cell
 * hidden ({@link #hideEveryPerson}), which is protected without a search. Equal grids get equal marks, so a
 * {@link ProtectionMemory} can hand out the marks of a grid it protected before (docs/adr/0021).
 */
final class SmallCells {

    private static final Logger LOG = LoggerFactory.getLogger(SmallCells.class);

    /** Nodes per search: enough for the report's tables, small enough to bound the time of a page. */
    private static final int SEARCH_BUDGET = 1_000;

    /** Candidates tried when choosing the next cell to hide. */
    private static final int MAX_TRIALS = 48;

    /**
     * Search steps for one whole protection. The demo's all-cohort grid, the largest report we know, takes about
     * a tenth of this (docs/benchmarks.md); beyond it a report would hold a core for seconds.
     */
    static final long WORK_BUDGET = 2_000_000;

    /** A sum a reader knows: total = sum of parts. */
    static final class Sum {

        private final int id;
        private final Cell total;
        private final List<Cell> parts;

        private Sum(int id, Cell total, List<Cell> parts) {
            this.id = id;
            this.total = total;
            this.parts = parts;
        }

        Cell total() {
            return total;
        }

        List<Cell> parts() {
            return parts;
        }
    }

    private final int minimum;
    private final long workBudget;
    private final ProtectionMemory memory;
    private final List<Cell> cells = new ArrayList<>();
    private final List<Sum> sums = new ArrayList<>();
    /** Per cell id, the sums it is in (null: none). */
    private List<Sum>[] sumsOfCell = newSumLists(0);
    // State of one search: the change per cell id, and per sum id how far it is out of balance (change of the
    // total minus change of the parts); the sums out of balance.
    private int[] delta;
    private long[] residual;
    private final Set<Sum> open = new LinkedHashSet<>();
    private final List<Cell> moved = new ArrayList<>();
    private int budget;
    /** Search steps of this protection so far, against {@link #workBudget}. */
    private long work;
    /** Sums a failed search could not balance, with the step their parts needed; where to hide the next cell. */
    private final Map<Sum, Integer> deadEnds = new LinkedHashMap<>();

    SmallCells(int minimum) {
        this(minimum, WORK_BUDGET, null);
    }

    /** With a memory of earlier protections (null: none) and a budget of search steps. */
    SmallCells(int minimum, long workBudget, ProtectionMemory memory) {
        if (minimum < 3) {
            // With a minimum of 2 the mark "<2" alone reveals the value 1.
            throw new IllegalArgumentException("ketenregie.rapportage.minimum-cel must be at least 3");
        }
        this.minimum = minimum;
        this.workBudget = workBudget;
        this.memory = memory;
    }

    int minimum() {
        return minimum;
    }

    /** A published count: shown, or "&lt;5" when it counts 1 to minimum - 1 persons. Zero is shown: it describes nobody. */
    Cell count(long value) {
        return add(value, value > 0 && value < minimum ? Cell.Mark.SMALL : Cell.Mark.SHOWN);
    }

    /** A count the report never shows but a reader can compute from shown ones; protected when it is small. */
    Cell unpublished(long value) {
        return add(value, Cell.Mark.UNPUBLISHED);
    }

    /** Registers that a reader knows total = sum of parts. */
    void sum(Cell total, List<Cell> parts) {
        Sum sum = new Sum(sums.size(), total, List.copyOf(parts));
        sums.add(sum);
        if (sumsOfCell.length < cells.size()) {
            sumsOfCell = Arrays.copyOf(sumsOfCell, Math.max(cells.size(), 2 * sumsOfCell.length));
        }
        inSum(total, sum);
        for (Cell part : parts) {
            inSum(part, sum);
        }
    }

    private void inSum(Cell cell, Sum sum) {
        if (sumsOfCell[cell.id] == null) {
            sumsOfCell[cell.id] = new ArrayList<>();
        }
        sumsOfCell[cell.id].add(sum);
    }

    @SuppressWarnings("unchecked")
    private static List<Sum>[] newSumLists(int size) {
        return new List[size];
    }

    List<Cell> cells() {
        return List.copyOf(cells);
    }

    List<Sum> sums() {
        return List.copyOf(sums);
    }

    /** Hides further cells ("x") until every hidden cell has a second feasible value. */
    void protect() {
        if (memory == null) {
            search();
        } else {
            apply(memory.marks(problem(), () -> {
                search();
                return marks();
            }));
        }
    }

    /**
     * Everything {@link #search} decides from: the minimum, the budget, each cell's value and mark, and the sums.
     * The search is deterministic, so an equal problem gets equal marks.
     */
    ProtectionMemory.Problem problem() {
        int size = 4 + 2 * cells.size();
        for (Sum sum : sums) {
            size += 2 + sum.parts.size();
        }
        long[] description = new long[size];
        int i = 0;
        description[i++] = minimum;
        description[i++] = workBudget;
        description[i++] = cells.size();
        for (Cell cell : cells) {
            description[i++] = cell.value;
            description[i++] = cell.mark.ordinal();
        }
        description[i++] = sums.size();
        for (Sum sum : sums) {
            description[i++] = sum.total.id;
            description[i++] = sum.parts.size();
            for (Cell part : sum.parts) {
                description[i++] = part.id;
            }
        }
        return new ProtectionMemory.Problem(description);
    }

    private Cell.Mark[] marks() {
        return cells.stream().map(c -> c.mark).toArray(Cell.Mark[]::new);
    }

    private void apply(Cell.Mark[] marks) {
        for (Cell cell : cells) {
            cell.mark = marks[cell.id];
        }
    }

    /** Whether the last protection ran out of search steps and hid every person instead. */
    boolean exhausted() {
        return work > workBudget;
    }

    private void search() {
        work = 0;
        Set<Cell> safe = new HashSet<>();
        delta = new int[cells.size()];
        residual = new long[sums.size()];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Cell cell : cells) {
                if (!needsProtection(cell) || safe.contains(cell)) {
                    continue;
                }
                List<Cell> perturbation = perturbation(cell);
                if (exhausted()) {
                    hideEveryPerson();
                    return;
                }
                if (perturbation != null) {
                    // Hiding more cells later only widens what a reader must allow, so this stays valid.
                    safe.addAll(perturbation);
                    continue;
                }
                Cell extra = secondary(cell);
                if (extra == null || exhausted()) {
                    // No cell left to hide (not expected), or out of steps: publish no person rather than something
                    // that might be computed back.
                    hideEveryPerson();
                    return;
                }
                extra.mark = Cell.Mark.SECONDARY;
                changed = true;
            }
        }
    }

    /**
     * Hides every cell that counts someone, as "x", and shows the zeros. Protected without a search: the sums are
     * "total = sum of parts", so twice the true values are consistent with them too, and every hidden cell (a
     * count of 1 or more) then has two feasible values. Zeros describe nobody and double to themselves.
     */
    private void hideEveryPerson() {
        LOG.warn("Report with {} cells not protected cell by cell within {} search steps; published with every count "
                + "hidden", cells.size(), workBudget);
        for (Cell cell : cells) {
            if (cell.mark != Cell.Mark.UNPUBLISHED) {
                cell.mark = cell.value > 0 ? Cell.Mark.SECONDARY : Cell.Mark.SHOWN;
            }
        }
    }

    private Cell add(long value, Cell.Mark mark) {
        Cell cell = new Cell(cells.size(), value, mark);
        cells.add(cell);
        return cell;
    }

    private boolean needsProtection(Cell cell) {
        return switch (cell.mark) {
            case SHOWN -> false;
            case SMALL, SECONDARY -> true;
            case UNPUBLISHED -> cell.value > 0 && cell.value < minimum;
        };
    }

    /** The cells a valid perturbation changes, the given one among them; null when none was found. */
    private List<Cell> perturbation(Cell cell) {
        deadEnds.clear();
        for (int step : new int[] { -1, 1 }) {
            if (movable(cell, step)) {
                budget = SEARCH_BUDGET;
                move(cell, step);
                boolean found = balance();
                List<Cell> result = List.copyOf(moved);
                while (!moved.isEmpty()) {
                    undo(moved.get(moved.size() - 1));
                }
                if (found) {
                    return result;
                }
            }
        }
        return null;
    }

    private void move(Cell cell, int step) {
        delta[cell.id] = step;
        moved.add(cell);
        for (Sum sum : sumsOf(cell)) {
            residual[sum.id] += sum.total == cell ? step : -step;
            if (residual[sum.id] == 0) {
                open.remove(sum);
            } else {
                open.add(sum);
            }
        }
    }

    private void undo(Cell cell) {
        int step = delta[cell.id];
        delta[cell.id] = 0;
        moved.remove(moved.size() - 1);
        for (Sum sum : sumsOf(cell)) {
            residual[sum.id] -= sum.total == cell ? step : -step;
            if (residual[sum.id] == 0) {
                open.remove(sum);
            } else {
                open.add(sum);
            }
        }
    }

    /**
     * Depth-first: of the sums the perturbation has put out of balance, balance the one with the fewest ways to do
     * so (none: dead end at once; one: forced) by moving one more hidden cell. The ways are only counted for every
     * open sum and listed for the chosen one: this runs for every step of the search.
     */
    private boolean balance() {
        if (open.isEmpty()) {
            return true;
        }
        if (--budget < 0 || ++work > workBudget) {
            return false;
        }
        Sum chosen = null;
        int chosenStep = 0;
        int fewest = Integer.MAX_VALUE;
        for (Sum sum : open) {
            // residual > 0: a part must go up or the total down; residual < 0: the other way round.
            int partStep = residual[sum.id] > 0 ? 1 : -1;
            int options = countMoves(sum, partStep);
            if (options < fewest) {
                chosen = sum;
                chosenStep = partStep;
                fewest = options;
                if (options == 0) {
                    break;
                }
            }
        }
        if (fewest == 0) {
            deadEnds.putIfAbsent(chosen, chosenStep);
            return false;
        }
        for (Cell cell : moves(chosen, chosenStep)) {
            move(cell, cell == chosen.total ? -chosenStep : chosenStep);
            if (balance()) {
                return true;
            }
            undo(cell);
        }
        return false;
    }

    /** How many cells {@link #moves} would list. */
    private int countMoves(Sum sum, int partStep) {
        int count = 0;
        for (Cell part : sum.parts) {
            if (canMove(part, partStep)) {
                count++;
            }
        }
        return canMove(sum.total, -partStep) ? count + 1 : count;
    }

    /** The unmoved hidden cells of a sum that can move the way the sum needs; those in fewer sums first. */
    private List<Cell> moves(Sum sum, int partStep) {
        List<Cell> moves = new ArrayList<>();
        for (Cell part : sum.parts) {
            if (canMove(part, partStep)) {
                moves.add(part);
            }
        }
        if (canMove(sum.total, -partStep)) {
            moves.add(sum.total);
        }
        moves.sort(Comparator.comparingInt((Cell c) -> sumsOf(c).size()).thenComparingInt(c -> c.id));
        return moves;
    }

    /** Hidden, not moved yet in this perturbation, and the step keeps it in its range. */
    private boolean canMove(Cell cell, int step) {
        return cell.hidden() && delta[cell.id] == 0 && movable(cell, step);
    }

    private List<Sum> sumsOf(Cell cell) {
        List<Sum> of = cell.id < sumsOfCell.length ? sumsOfCell[cell.id] : null;
        return of == null ? List.of() : of;
    }

    private boolean movable(Cell cell, int step) {
        long next = cell.value + step;
        return next >= cell.lowest() && next <= cell.highest(minimum);
    }

    /**
     * The cell to hide next (as "x"). Candidates are the cells of the sums the search could not balance that
     * would then be able to move: shown cells, and "&lt;5" cells whose range 1..4 was the obstacle (a reader who
     * knows that four small cells add up to at most 4 knows each is 1). The smallest candidate that lets the
     * exposed cell move is taken; failing that, the smallest candidate, or the smallest widenable cell in the
     * nearest sum around the exposed cell.
     */
    private Cell secondary(Cell exposed) {
        Comparator<Cell> smallest = Comparator.comparingLong((Cell c) -> c.value).thenComparingInt(c -> c.id);
        Set<Cell> candidates = new java.util.TreeSet<>(smallest);
        deadEnds.forEach((sum, step) -> {
            for (Cell part : sum.parts) {
                if (part != exposed && widens(part) && part.value + step >= 0) {
                    candidates.add(part);
                }
            }
            if (sum.total != exposed && widens(sum.total) && sum.total.value - step >= 0) {
                candidates.add(sum.total);
            }
        });
        int trials = 0;
        for (Cell candidate : candidates) {
            if (trials++ == MAX_TRIALS) {
                break;
            }
            Cell.Mark before = candidate.mark;
            candidate.mark = Cell.Mark.SECONDARY;
            boolean enough = perturbation(exposed) != null;
            candidate.mark = before;
            if (enough) {
                return candidate;
            }
        }
        if (!candidates.isEmpty()) {
            return candidates.iterator().next();
        }
        Set<Cell> seen = new HashSet<>(List.of(exposed));
        List<Cell> level = List.of(exposed);
        while (!level.isEmpty()) {
            List<Cell> nearest = new ArrayList<>();
            List<Cell> next = new ArrayList<>();
            for (Cell cell : level) {
                for (Sum sum : sumsOf(cell)) {
                    List<Cell> members = new ArrayList<>(sum.parts);
                    members.add(sum.total);
                    for (Cell member : members) {
                        if (seen.add(member)) {
                            next.add(member);
                            if (widens(member)) {
                                nearest.add(member);
                            }
                        }
                    }
                }
            }
            if (!nearest.isEmpty()) {
                return nearest.stream().min(smallest).orElseThrow();
            }
            level = next;
        }
        return null;
    }

    /** Whether marking the cell "x" tells a reader less than its mark does now. */
    private static boolean widens(Cell cell) {
        return cell.mark == Cell.Mark.SHOWN || cell.mark == Cell.Mark.SMALL;
    }
}
