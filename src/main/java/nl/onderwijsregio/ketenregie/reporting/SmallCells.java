package nl.onderwijsregio.ketenregie.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 */
final class SmallCells {

    /** Nodes per search: enough for the report's tables, small enough to bound the time of a page. */
    private static final int SEARCH_BUDGET = 1_000;

    /** Candidates tried when choosing the next cell to hide. */
    private static final int MAX_TRIALS = 48;

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
    private final List<Cell> cells = new ArrayList<>();
    private final List<Sum> sums = new ArrayList<>();
    private final Map<Cell, List<Sum>> sumsOf = new LinkedHashMap<>();
    // State of one search: the change per cell id, and per sum id how far it is out of balance (change of the
    // total minus change of the parts); the sums out of balance.
    private int[] delta;
    private long[] residual;
    private final Set<Sum> open = new LinkedHashSet<>();
    private final List<Cell> moved = new ArrayList<>();
    private int budget;
    /** Sums a failed search could not balance, with the step their parts needed; where to hide the next cell. */
    private final Map<Sum, Integer> deadEnds = new LinkedHashMap<>();

    SmallCells(int minimum) {
        if (minimum < 3) {
            // With a minimum of 2 the mark "<2" alone reveals the value 1.
            throw new IllegalArgumentException("ketenregie.rapportage.minimum-cel must be at least 3");
        }
        this.minimum = minimum;
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
        sumsOf.computeIfAbsent(total, c -> new ArrayList<>()).add(sum);
        for (Cell part : parts) {
            sumsOf.computeIfAbsent(part, c -> new ArrayList<>()).add(sum);
        }
    }

    List<Cell> cells() {
        return List.copyOf(cells);
    }

    List<Sum> sums() {
        return List.copyOf(sums);
    }

    /** Hides further cells ("x") until every hidden cell has a second feasible value. */
    void protect() {
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
                if (perturbation != null) {
                    // Hiding more cells later only widens what a reader must allow, so this stays valid.
                    safe.addAll(perturbation);
                    continue;
                }
                Cell extra = secondary(cell);
                if (extra == null) {
                    // Not expected (with every cell "x", adding one person is always possible), but if the search
                    // ever gives up, publish nothing rather than something that can be computed back.
                    cells.forEach(c -> c.mark = Cell.Mark.SECONDARY);
                    return;
                }
                extra.mark = Cell.Mark.SECONDARY;
                changed = true;
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
        for (Sum sum : sumsOf.getOrDefault(cell, List.of())) {
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
        for (Sum sum : sumsOf.getOrDefault(cell, List.of())) {
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
     * so (none: dead end at once; one: forced) by moving one more hidden cell.
     */
    private boolean balance() {
        if (open.isEmpty()) {
            return true;
        }
        if (--budget < 0) {
            return false;
        }
        Sum chosen = null;
        int chosenStep = 0;
        List<Cell> moves = null;
        for (Sum sum : open) {
            // residual > 0: a part must go up or the total down; residual < 0: the other way round.
            int partStep = residual[sum.id] > 0 ? 1 : -1;
            List<Cell> options = moves(sum, partStep);
            if (moves == null || options.size() < moves.size()) {
                chosen = sum;
                chosenStep = partStep;
                moves = options;
                if (options.isEmpty()) {
                    break;
                }
            }
        }
        for (Cell cell : moves) {
            move(cell, cell == chosen.total ? -chosenStep : chosenStep);
            if (balance()) {
                return true;
            }
            undo(cell);
        }
        if (moves.isEmpty()) {
            deadEnds.putIfAbsent(chosen, chosenStep);
        }
        return false;
    }

    /** The unmoved hidden cells of a sum that can move the way the sum needs; those in fewer sums first. */
    private List<Cell> moves(Sum sum, int partStep) {
        List<Cell> moves = new ArrayList<>();
        for (Cell part : sum.parts) {
            if (part.hidden() && delta[part.id] == 0 && movable(part, partStep)) {
                moves.add(part);
            }
        }
        if (sum.total.hidden() && delta[sum.total.id] == 0 && movable(sum.total, -partStep)) {
            moves.add(sum.total);
        }
        moves.sort(Comparator.comparingInt((Cell c) -> sumsOf.getOrDefault(c, List.of()).size()).thenComparingInt(c -> c.id));
        return moves;
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
                for (Sum sum : sumsOf.getOrDefault(cell, List.of())) {
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
