package nl.onderwijsregio.ketenregie.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A count in a report that may have to be hidden. Primary suppression: a count of 1 to 4 persons (below
 * {@code ketenregie.rapportage.minimum-cel}) is shown as "&lt;5". Secondary suppression: where cells add up
 * to a shown total, a single hidden cell could be computed back from the total, so the smallest other
 * cell of that sum is hidden too (shown as "x"); likewise a hidden total with all its parts shown. The
 * rule is applied until nothing changes; see docs/adr/0008-small-cell-suppression.md.
 */
public final class Cell {

    enum Mark { SHOWN, SMALL, SECONDARY }

    public final long value;
    private Mark mark;

    private Cell(long value, Mark mark) {
        this.value = value;
        this.mark = mark;
    }

    static Cell count(long value, int minimum) {
        return new Cell(value, value > 0 && value < minimum ? Mark.SMALL : Mark.SHOWN);
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

    /** Sums that a reader could use to compute a hidden cell back: total = sum of parts. */
    static final class Sums {

        private final List<Cell> totals = new ArrayList<>();
        private final List<List<Cell>> parts = new ArrayList<>();

        void add(Cell total, List<Cell> summands) {
            totals.add(total);
            parts.add(List.copyOf(summands));
        }

        /** Applies secondary suppression until no sum lets a hidden cell be computed back. */
        void protect() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < totals.size(); i++) {
                    Cell total = totals.get(i);
                    List<Cell> summands = parts.get(i);
                    long hiddenParts = summands.stream().filter(Cell::hidden).count();
                    boolean exposed = total.hidden() ? hiddenParts == 0 && !summands.isEmpty() : hiddenParts == 1;
                    if (exposed) {
                        var candidate = summands.stream().filter(c -> !c.hidden())
                                .min(Comparator.comparingLong(c -> c.value));
                        if (candidate.isPresent()) {
                            candidate.get().mark = Mark.SECONDARY;
                            changed = true;
                        } else if (!total.hidden()) {
                            total.mark = Mark.SECONDARY;
                            changed = true;
                        }
                    }
                }
            }
        }
    }
}
