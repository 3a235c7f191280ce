package nl.onderwijsregio.ketenregie.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The small-cell property (ADR 0008), checked by brute force on generated tables: given every published
 * number, that "&lt;5" means 1 to 4 and "x" any count, and every row and column equation including the
 * totals, no hidden cell may have only one possible value.
 */
class SuppressionPropertyTest {

    private static final int MINIMUM = 5;

    /** A table of counts with a total per row, per column and overall, as the funnel report publishes them. */
    private record Table(Cell[][] inner, Cell[] rowTotals, Cell[] columnTotals, Cell grandTotal, List<Equation> equations,
            List<Cell> cells) {
    }

    private record Equation(Cell total, List<Cell> parts) {
    }

    @Test
    void theRowFromThePenetrationTestNoLongerRevealsItsSmallCell() {
        // Orientatie: in 6 = moved on 5 + dropped out 0 + handed over 1 + still running 0.
        Cell in = Cell.count(6, MINIMUM);
        List<Cell> parts = List.of(Cell.count(5, MINIMUM), Cell.count(0, MINIMUM), Cell.count(1, MINIMUM),
                Cell.count(0, MINIMUM));
        Cell.Sums sums = new Cell.Sums();
        sums.add(in, parts);
        sums.protect();

        assertThat(parts.get(2).display(MINIMUM)).isEqualTo("<5");
        Table table = new Table(null, null, null, in, List.of(new Equation(in, parts)),
                List.of(in, parts.get(0), parts.get(1), parts.get(2), parts.get(3)));
        assertEveryHiddenCellHasTwoValues(table, "orientatie");
    }

    @Test
    void noHiddenCellOfAGeneratedTableCanBeComputedBack() {
        Random random = new Random(20_250_909L);
        int tablesWithHiddenCells = 0;
        for (int run = 0; run < 300; run++) {
            Table table = generate(random, 2 + random.nextInt(2), 2 + random.nextInt(2));
            if (table.cells().stream().anyMatch(Cell::hidden)) {
                tablesWithHiddenCells++;
            }
            assertEveryHiddenCellHasTwoValues(table, "run " + run);
        }
        assertThat(tablesWithHiddenCells).as("the generator must exercise suppression").isGreaterThan(150);
    }

    private static Table generate(Random random, int rows, int columns) {
        long[][] values = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                // Mostly small counts, some zeros, now and then a larger one: where suppression matters.
                int kind = random.nextInt(10);
                values[r][c] = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(4);
            }
        }
        Cell[][] inner = new Cell[rows][columns];
        Cell[] rowTotals = new Cell[rows];
        Cell[] columnTotals = new Cell[columns];
        List<Cell> cells = new ArrayList<>();
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            long sum = 0;
            for (int c = 0; c < columns; c++) {
                inner[r][c] = Cell.count(values[r][c], MINIMUM);
                cells.add(inner[r][c]);
                sum += values[r][c];
            }
            rowTotals[r] = Cell.count(sum, MINIMUM);
            cells.add(rowTotals[r]);
            grand += sum;
        }
        for (int c = 0; c < columns; c++) {
            long sum = 0;
            for (int r = 0; r < rows; r++) {
                sum += values[r][c];
            }
            columnTotals[c] = Cell.count(sum, MINIMUM);
            cells.add(columnTotals[c]);
        }
        Cell grandTotal = Cell.count(grand, MINIMUM);
        cells.add(grandTotal);

        List<Equation> equations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            equations.add(new Equation(rowTotals[r], List.of(inner[r])));
        }
        for (int c = 0; c < columns; c++) {
            List<Cell> column = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                column.add(inner[r][c]);
            }
            equations.add(new Equation(columnTotals[c], column));
        }
        equations.add(new Equation(grandTotal, List.of(rowTotals)));
        equations.add(new Equation(grandTotal, List.of(columnTotals)));

        Cell.Sums sums = new Cell.Sums();
        equations.forEach(equation -> sums.add(equation.total(), equation.parts()));
        sums.protect();
        return new Table(inner, rowTotals, columnTotals, grandTotal, equations, cells);
    }

    private static void assertEveryHiddenCellHasTwoValues(Table table, String label) {
        List<Cell> hidden = table.cells().stream().filter(Cell::hidden).toList();
        // An "x" could be any count; a bound just above the largest true sum keeps the search small and can only
        // hide alternatives, never invent them.
        long bound = table.cells().stream().mapToLong(cell -> cell.value).max().orElse(0) + 1;
        for (Cell cell : hidden) {
            boolean alternative = new Search(table.equations(), hidden, bound, cell).findsAlternative();
            assertThat(alternative).as("%s: hidden cell %d (%s) has one possible value; table %s", label, cell.value,
                    cell.display(MINIMUM), describe(table)).isTrue();
        }
    }

    private static String describe(Table table) {
        StringBuilder text = new StringBuilder();
        for (Equation equation : table.equations()) {
            text.append(equation.total().display(MINIMUM)).append('=');
            equation.parts().forEach(part -> text.append(part.display(MINIMUM)).append('+'));
            text.setLength(text.length() - 1);
            text.append("; ");
        }
        return text.toString();
    }

    /** Backtracking over the hidden cells' possible values, looking for a solution where one cell differs. */
    private static final class Search {

        private final List<Equation> equations;
        private final List<Cell> hidden;
        private final long bound;
        private final Cell target;
        private final java.util.IdentityHashMap<Cell, Long> assigned = new java.util.IdentityHashMap<>();

        Search(List<Equation> equations, List<Cell> hidden, long bound, Cell target) {
            this.equations = equations;
            this.hidden = hidden;
            this.bound = bound;
            this.target = target;
        }

        boolean findsAlternative() {
            long high = Math.min(target.high(), bound);
            for (long value = target.low(); value <= high; value++) {
                if (value != target.value) {
                    assigned.put(target, value);
                    if (assign(0)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Assigns the other hidden cells, trying each one's true value first: usually a solution is near it. */
        private boolean assign(int index) {
            if (!consistent()) {
                return false;
            }
            if (index == hidden.size()) {
                return true;
            }
            Cell cell = hidden.get(index);
            if (cell == target) {
                return assign(index + 1);
            }
            List<Long> values = new ArrayList<>();
            values.add(cell.value);
            for (long value = cell.low(); value <= Math.min(cell.high(), bound); value++) {
                if (value != cell.value) {
                    values.add(value);
                }
            }
            for (long value : values) {
                assigned.put(cell, value);
                if (assign(index + 1)) {
                    return true;
                }
            }
            assigned.remove(cell);
            return false;
        }

        /** Every equation still satisfiable: exact when complete, within bounds when partly assigned. */
        private boolean consistent() {
            for (Equation equation : equations) {
                long low = 0;
                long high = 0;
                for (Cell part : equation.parts()) {
                    low += lowOf(part);
                    high += highOf(part);
                }
                if (highOf(equation.total()) < low || lowOf(equation.total()) > high) {
                    return false;
                }
            }
            return true;
        }

        private long lowOf(Cell cell) {
            Long value = cell.hidden() ? assigned.get(cell) : Long.valueOf(cell.value);
            return value != null ? value : cell.low();
        }

        private long highOf(Cell cell) {
            Long value = cell.hidden() ? assigned.get(cell) : Long.valueOf(cell.value);
            return value != null ? value : Math.min(cell.high(), bound);
        }
    }
}
