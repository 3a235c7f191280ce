package nl.onderwijsregio.ketenregie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Saved views are read once per user, again after a change on this node or the user's own change anywhere. */
class RememberedViewsTest {

    private final RememberedViews memory = new RememberedViews(Duration.ofMinutes(1));
    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<List<SavedView>> read = () -> {
        reads.incrementAndGet();
        return List.of();
    };

    @Test
    void theViewsOfAUserAreReadOnceUntilAViewChangesOnThisNode() {
        RememberedViews.Key kr = new RememberedViews.Key("kr.utrecht", Set.of("utrecht-stad"), "");

        memory.get(kr, read);
        memory.get(kr, read);
        assertThat(reads).hasValue(1);

        memory.changed();
        memory.get(kr, read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void theUsersOwnChangeOnAnotherNodeIsSeenThroughTheNewStampInTheirSession() {
        memory.get(new RememberedViews.Key("kr.utrecht", Set.of("utrecht-stad"), ""), read);

        memory.get(new RememberedViews.Key("kr.utrecht", Set.of("utrecht-stad"), "changed-on-the-other-node"), read);

        assertThat(reads).hasValue(2);
    }
}
