package nl.onderwijsregio.ketenregie.identity;

import java.time.Duration;
import nl.onderwijsregio.ketenregie.web.GenerationMemory;

/**
 * Answers read from the identity store, remembered for {@code ketenregie.login.gebruiker-onthouden} and forgotten
 * at once when the store changes on this node ({@link IdentityChanges}); a change on another node applies after
 * that period (docs/adr/0017).
 */
public final class IdentityMemory<K, V> extends GenerationMemory<K, V> {

    public IdentityMemory(Duration remember, long maximumSize) {
        super(remember, maximumSize, IdentityChanges::generation);
    }
}
