package nl.onderwijsregio.ketenregie.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A count in a report that may have to be hidden. Primary suppression: a count of 1 to 4 persons (below
 * {@code ketenregie.rapportage.minimum-cel}) is shown as "&lt;5". Secondary suppression: where cells add up
 * to a total, a reader knows every shown number, that "&lt;5" means 1 to 4 and that "x" is some count; the
 * equation must still leave every hidden cell of it at least two possible values. Where it does not, the
 * smallest shown non-zero cell of that sum is hidden too (shown as "x"), until every sum has enough slack;
 * see docs/adr/0008-reporting-aggregates-and-small-cells.md.
 */
public final class Cell {

    enum Mark { SHOWN, SMALL, SECONDARY }

    /** Stands for "no upper bound" in the range arithmetic; far above any count. */
    private static final long UNBOUNDED = Long.MAX_VALUE / 4;
    /** A safeguard: narrowing by whole counts converges long before this many passes over the sums. */
    private static final int MAX_ROUNDS = 10_000;

    public final long value;
    private final int minimum;
    private Mark mark;

    private Cell(long value, int minimum, Mark mark) {
        this.value = value;
        this.minimum = minimum;
        this.mark = mark;
    }

    static Cell count(long value, int minimum) {
        return new Cell(value, minimum, value > 0 && value < minimum ? Mark.SMALL : Mark.SHOWN);
    }

    public boolean hidden() {
        return mark != Mark.SHOWN;
    }

    /** What a reader sees: the number, "&lt;5" or "x". */
    public String display(int minimum) {
        return switch (mark) {
            case SHOWN -> Long.toString(value);
            case SMALL -> "<" + minimum;
            case SECONDARY -> "x";
        };
    }

    /** For JSON: the number when shown, otherwise the same text as on screen. */
    public Object json(int minimum) {
        return mark == Mark.SHOWN ? (Object) value : display(minimum);
    }

    /** A percentage of two cells, hidden when either is hidden (it would reveal the hidden count). */
    static String percentage(Cell part, Cell whole) {
        if (part.hidden() || whole.hidden()) {
            return "x";
        }
        if (whole.value == 0) {
            return "-";
        }
        return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%.1f%%", 100.0 * part.value / whole.value);
    }

    static Double percentageValue(Cell part, Cell whole) {
        return part.hidden() || whole.hidden() || whole.value == 0 ? null : 100.0 * part.value / whole.value;
    }

    /** The smallest value a reader must allow for this cell. */
    long low() {
        return switch (mark) {
            case SHOWN -> value;
            case SMALL -> 1;
            case SECONDARY -> 0;
        };
    }

    /** The largest value a reader must allow for this cell. */
    long high() {
        return switch (mark) {
            case SHOWN -> value;
            case SMALL -> minimum - 1;
            case SECONDARY -> UNBOUNDED;
        };
    }

    /** Sums that a reader could use to compute a hidden cell back: total = sum of parts. */
    static final class Sums {

        private final List<Cell> totals = new ArrayList<>();
        private final List<List<Cell>> parts = new ArrayList<>();

        void add(Cell total, List<Cell> summands) {
            totals.add(total);
            parts.add(List.copyOf(summands));
        }

        /**
         * Applies secondary suppression until no hidden cell is pinned to one value by the published numbers:
         * the reader's bounds of every hidden cell are narrowed through all sums together, and while one
         * comes out exact, one more cell of a sum it is in is hidden.
         */
        void protect() {
            while (true) {
                Map<Cell, long[]> bounds = narrowedBounds();
                Cell pinned = pinned(bounds);
                if (pinned == null || !widen(pinned)) {
                    return;
                }
            }
        }

        /** A hidden cell that the published numbers allow only one value, or null. */
        private Cell pinned(Map<Cell, long[]> bounds) {
            return bounds.entrySet().stream()
                    .filter(entry -> entry.getKey().hidden() && entry.getValue()[0] == entry.getValue()[1])
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }

        /**
         * Hides one more cell of a sum the pinned cell is in (of any sum, if those are all hidden): the first,
         * smallest first, that frees it on its own (a zero often does, as "x" may be any count); failing that,
         * the smallest non-zero shown cell, else any, and a "&lt;5" becomes "x" when nothing is shown. False if
         * nothing is left to widen.
         */
        private boolean widen(Cell pinned) {
            List<Cell> candidates = new ArrayList<>();
            for (int i = 0; i < totals.size(); i++) {
                List<Cell> cells = new ArrayList<>(parts.get(i));
                cells.add(totals.get(i));
                if (cells.contains(pinned)) {
                    cells.stream().filter(c -> c.mark != Mark.SECONDARY && c != pinned && !candidates.contains(c))
                            .forEach(candidates::add);
                }
            }
            if (candidates.isEmpty()) {
                // Every cell of its own sums is hidden already: it is pinned through a chain of other sums.
                for (int i = 0; i < totals.size(); i++) {
                    List<Cell> cells = new ArrayList<>(parts.get(i));
                    cells.add(totals.get(i));
                    cells.stream().filter(c -> c.mark != Mark.SECONDARY && !candidates.contains(c)).forEach(candidates::add);
                }
            }
            candidates.sort(Comparator.comparing((Cell c) -> c.hidden()).thenComparingLong(c -> c.value));
            for (Cell candidate : candidates) {
                Mark before = candidate.mark;
                candidate.mark = Mark.SECONDARY;
                long[] freed = narrowedBounds().get(pinned);
                if (freed[0] != freed[1]) {
                    return true;
                }
                candidate.mark = before;
            }
            Cell fallback = candidates.stream().filter(c -> !c.hidden() && c.value > 0).findFirst()
                    .or(() -> candidates.stream().findFirst())
                    .orElse(pinned.mark == Mark.SMALL ? pinned : null);
            if (fallback == null) {
                return false;
            }
            fallback.mark = Mark.SECONDARY;
            return true;
        }

        /**
         * What a reader can know of each hidden cell: start from "&lt;5" = 1..4 and "x" = 0 or more, then narrow
         * with every sum (a part lies between the total minus the others' maxima and the total minus their
         * minima; a total between the sums of its parts' minima and maxima) until nothing narrows further.
         */
        private Map<Cell, long[]> narrowedBounds() {
            Map<Cell, long[]> bounds = new IdentityHashMap<>();
            for (int i = 0; i < totals.size(); i++) {
                bounds.computeIfAbsent(totals.get(i), c -> new long[] { c.low(), c.high() });
                parts.get(i).forEach(part -> bounds.computeIfAbsent(part, c -> new long[] { c.low(), c.high() }));
            }
            boolean narrowed = true;
            for (int round = 0; narrowed && round < MAX_ROUNDS; round++) {
                narrowed = false;
                for (int i = 0; i < totals.size(); i++) {
                    narrowed |= narrow(totals.get(i), parts.get(i), bounds);
                }
            }
            return bounds;
        }

        private static boolean narrow(Cell total, List<Cell> summands, Map<Cell, long[]> bounds) {
            long[] totalBounds = bounds.get(total);
            boolean narrowed = tighten(totalBounds, sum(summands, null, bounds, 0), sum(summands, null, bounds, 1));
            for (Cell part : summands) {
                // Sums over the other parts directly: subtracting from a capped sum would lose the cap.
                long othersLow = sum(summands, part, bounds, 0);
                long othersHigh = sum(summands, part, bounds, 1);
                narrowed |= tighten(bounds.get(part), saturate(totalBounds[0] - othersHigh),
                        saturate(totalBounds[1] - othersLow));
            }
            return narrowed;
        }

        /** The sum of the lower (side 0) or upper (side 1) bounds of the parts, leaving out one. */
        private static long sum(List<Cell> summands, Cell without, Map<Cell, long[]> bounds, int side) {
            long sum = 0;
            for (Cell part : summands) {
                if (part != without) {
                    sum = saturate(sum + bounds.get(part)[side]);
                }
            }
            return sum;
        }

        private static boolean tighten(long[] bounds, long low, long high) {
            boolean narrowed = false;
            if (low > bounds[0] && low <= bounds[1]) {
                bounds[0] = low;
                narrowed = true;
            }
            if (high < bounds[1] && high >= bounds[0]) {
                bounds[1] = high;
                narrowed = true;
            }
            return narrowed;
        }

        private static long saturate(long value) {
            return Math.max(-UNBOUNDED, Math.min(UNBOUNDED, value));
        }
    }
}
