package nl.onderwijsregio.ketenregie.workspace;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.onderwijsregio.ketenregie.web.GenerationMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The saved views each user sees (own ones and those shared in their regions), remembered so that the header of
 * every page does not read them each time. Saved views change only through {@link SavedViews}, which calls
 * {@link #changed()}: on this node a change shows at once, to everyone. Another node does not hear of it, so there
 * a colleague's shared view shows after at most {@code ketenregie.login.gebruiker-onthouden} (30 s), as colleagues
 * do (identity/StaffByRole). The user who saved or deleted a view sees it at once on every node, which matters
 * because the proxy sends their next request to either node: the change gives their session (shared by the nodes)
 * a new stamp, and the stamp is part of what is remembered under, so views remembered before it are not used.
 * A change counts up a generation ({@link GenerationMemory}), so a list read while a view was being saved is never
 * remembered as current.
 */
@Component
class RememberedViews {

    /** Whose views: the user, the regions they see shared views of, the stamp of their own last change. */
    record Key(String userId, Set<String> regions, String stamp) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final GenerationMemory<Key, List<SavedView>> remembered;

    RememberedViews(@Value("${ketenregie.login.gebruiker-onthouden:PT30S}") Duration remember) {
        this.remembered = new GenerationMemory<>(remember, 10_000, generation::get);
    }

    List<SavedView> get(Key key, Supplier<List<SavedView>> read) {
        return remembered.get(key, k -> List.copyOf(read.get()));
    }

    /** A view was saved or deleted on this node: everything remembered before is stale. */
    void changed() {
        generation.incrementAndGet();
    }
}
