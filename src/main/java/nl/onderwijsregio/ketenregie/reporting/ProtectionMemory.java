package nl.onderwijsregio.ketenregie.reporting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The marks of grids protected before, keyed by the whole grid: every count, mark and sum ({@link Problem}).
 * The protection is a deterministic function of the grid, so a remembered answer is the answer a new search
 * would give; a changed count is another key, so nothing needs to be invalidated when a dossier changes, on
 * this node or another (docs/adr/0021). Reports of the same filter and data (the dashboard's default, every
 * cohort page of one filter) search once; concurrent requests for one grid wait for the same search.
 */
@Component
class ProtectionMemory {

    /**
     * Grids remembered, weighed by their description's length in longs: the demo's largest grid is about 15,000
     * (120 KB), so some thirty of those, 4 MB of a 512 MB heap.
     */
    private static final long MAX_WEIGHT = 500_000;

    /** A grid as {@link SmallCells#problem} describes it. */
    static final class Problem {

        private final long[] description;
        private final int hash;

        Problem(long[] description) {
            this.description = description;
            this.hash = Arrays.hashCode(description);
        }

        int size() {
            return description.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Problem that && hash == that.hash && Arrays.equals(description, that.description);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Cache<Problem, CompletableFuture<Cell.Mark[]>> protections = Caffeine.newBuilder()
            .maximumWeight(MAX_WEIGHT).weigher((Problem problem, CompletableFuture<Cell.Mark[]> marks) -> problem.size())
            .build();
    private final AtomicLong searches = new AtomicLong();

    /** The marks of this grid (to be read, not changed): remembered, or from {@code search}, which protects it. */
    Cell.Mark[] marks(Problem problem, Supplier<Cell.Mark[]> search) {
        CompletableFuture<Cell.Mark[]> mine = new CompletableFuture<>();
        CompletableFuture<Cell.Mark[]> earlier = protections.asMap().putIfAbsent(problem, mine);
        if (earlier != null) {
            try {
                return earlier.join();
            } catch (CompletionException failed) {
                // The first search failed and was forgotten; this request searches again.
                return marks(problem, search);
            }
        }
        try {
            searches.incrementAndGet();
            Cell.Mark[] marks = search.get();
            mine.complete(marks);
            return marks;
        } catch (RuntimeException | Error failed) {
            protections.asMap().remove(problem, mine);
            mine.completeExceptionally(failed);
            throw failed;
        }
    }

    /** How many grids were searched rather than remembered. */
    long searches() {
        return searches.get();
    }
}
