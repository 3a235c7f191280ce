package nl.onderwijsregio.ketenregie.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.onderwijsregio.ketenregie.dossier.Stage;
import org.junit.jupiter.api.Test;

/**
 * A grid protected before gets its remembered marks, which are the marks a new search gives; a grid with one
 * count changed (a dossier moved on) is searched again.
 */
class ProtectionMemoryTest {

    private final ProtectionMemory memory = new ProtectionMemory();

    @Test
    void anEqualGridIsSearchedOnceAndAChangedOneAgain() {
        Random random = new Random(20261203L);
        for (int iteration = 0; iteration < 30; iteration++) {
            Map<Integer, FunnelCounts> perQuarter = SuppressionPropertyTest.grid(random);
            long searches = memory.searches();

            List<Cell.Mark> first = marks(perQuarter, memory);
            List<Cell.Mark> again = marks(perQuarter, memory);
            assertThat(again).isEqualTo(first).isEqualTo(marks(perQuarter, null));
            assertThat(memory.searches()).isEqualTo(searches + 1);

            // One more person of the first quarter moves on from Oriëntatie instead of still being there.
            long[] orientation = perQuarter.values().iterator().next().stages[Stage.ORIENTATIE.ordinal()];
            orientation[FunnelCounts.IN]++;
            orientation[FunnelCounts.MOVED_ON]++;
            List<Cell.Mark> changed = marks(perQuarter, memory);
            assertThat(memory.searches()).as("a changed count is another grid").isEqualTo(searches + 2);
            assertThat(changed).isEqualTo(marks(perQuarter, null));
        }
    }

    @Test
    void aSearchThatFailsIsNotRemembered() {
        SmallCells cells = new SmallCells(5, SmallCells.WORK_BUDGET, memory);
        cells.count(3);
        ProtectionMemory.Problem problem = cells.problem();
        try {
            memory.marks(problem, () -> {
                throw new IllegalStateException("stopped");
            });
        } catch (IllegalStateException expected) {
            // the next request searches again
        }
        cells.protect();
        assertThat(memory.searches()).isEqualTo(2);
        assertThat(cells.cells().get(0).display(5)).isEqualTo("<5");
    }

    private static List<Cell.Mark> marks(Map<Integer, FunnelCounts> perQuarter, ProtectionMemory memory) {
        SmallCells cells = new SmallCells(5, SmallCells.WORK_BUDGET, memory);
        new CohortGrid(perQuarter, null, null, cells);
        SuppressionPropertyTest.assertEveryHiddenCellHasTwoFeasibleValues(cells);
        return cells.cells().stream().map(cell -> cell.mark).toList();
    }
}
