package nl.onderwijsregio.ketenregie.reporting;

import java.util.Locale;

/**
 * A count of persons in a published table, as a reader sees it: the number, "&lt;5" (a small cell, 1 to 4
 * persons) or "x" (hidden so that a small cell cannot be computed back). Which cells are hidden is decided by
 * {@link SmallCells}; see docs/adr/0008-reporting-aggregates-and-small-cells.md.
 */
public final class Cell {

    enum Mark {
        SHOWN,
        /** Primary suppression: 1 to minimum - 1 persons, shown as "&lt;5"; a reader knows that range. */
        SMALL,
        /** Secondary suppression, shown as "x"; a reader knows only that it is 0 or more. */
        SECONDARY,
        /** Never shown (e.g. "not started" = guaranteed - started), but a reader can compute it, so it is protected. */
        UNPUBLISHED
    }

    public final long value;
    final int id;
    Mark mark;

    Cell(int id, long value, Mark mark) {
        this.id = id;
        this.value = value;
        this.mark = mark;
    }

    public boolean hidden() {
        return mark != Mark.SHOWN;
    }

    /** What a reader sees: the number, "&lt;5" or "x". */
    public String display(int minimum) {
        return switch (mark) {
            case SHOWN -> Long.toString(value);
            case SMALL -> "<" + minimum;
            case SECONDARY, UNPUBLISHED -> "x";
        };
    }

    /** For JSON: the number when shown, otherwise the same text as on screen. */
    public Object json(int minimum) {
        return mark == Mark.SHOWN ? (Object) value : display(minimum);
    }

    /** The lowest value a reader can rule in from the mark alone. */
    long lowest() {
        return switch (mark) {
            case SHOWN -> value;
            case SMALL -> 1;
            case SECONDARY, UNPUBLISHED -> 0;
        };
    }

    /** The highest value a reader can rule in from the mark alone. */
    long highest(int minimum) {
        return switch (mark) {
            case SHOWN -> value;
            case SMALL -> minimum - 1L;
            case SECONDARY, UNPUBLISHED -> Long.MAX_VALUE;
        };
    }

    /** A percentage of two cells, hidden when either is hidden (it would reveal the hidden count). */
    static String percentage(Cell part, Cell whole) {
        if (part.hidden() || whole.hidden()) {
            return "x";
        }
        if (whole.value == 0) {
            return "-";
        }
        return String.format(Locale.forLanguageTag("nl-NL"), "%.1f%%", 100.0 * part.value / whole.value);
    }

    static Double percentageValue(Cell part, Cell whole) {
        return part.hidden() || whole.hidden() || whole.value == 0 ? null : 100.0 * part.value / whole.value;
    }

    @Override
    public String toString() {
        return "#" + id + "=" + value + "/" + mark;
    }
}
