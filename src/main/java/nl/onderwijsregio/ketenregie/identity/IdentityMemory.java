package nl.onderwijsregio.ketenregie.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers read from the identity store, remembered for {@code ketenregie.login.gebruiker-onthouden} and forgotten
 * at once when the store changes on this node ({@link IdentityChanges}); a change on another node applies after
 * that period (docs/adr/0017). The generation is taken before reading, so an answer read during a change is
 * never remembered as current.
 */
public final class IdentityMemory<K, V> {

    private record Remembered<V>(long generation, V value) {
    }

    private final Cache<K, Remembered<V>> answers;

    public IdentityMemory(Duration remember, long maximumSize) {
        this.answers = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(maximumSize).build();
    }

    /** The answer for one key: remembered, or read now and remembered. */
    public V get(K key, Function<K, V> read) {
        long generation = IdentityChanges.generation();
        V known = recall(key, generation);
        if (known != null) {
            return known;
        }
        V value = read.apply(key);
        answers.put(key, new Remembered<>(generation, value));
        return value;
    }

    /** The answers for several keys; those not remembered are read together. A key the read leaves out is left out. */
    public Map<K, V> getAll(Set<K> keys, Function<Set<K>, Map<K, V>> read) {
        long generation = IdentityChanges.generation();
        Map<K, V> result = new HashMap<>();
        Set<K> unknown = new HashSet<>();
        for (K key : keys) {
            V known = recall(key, generation);
            if (known != null) {
                result.put(key, known);
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            read.apply(unknown).forEach((key, value) -> {
                result.put(key, value);
                answers.put(key, new Remembered<>(generation, value));
            });
        }
        return result;
    }

    private V recall(K key, long generation) {
        Remembered<V> remembered = answers.getIfPresent(key);
        return remembered != null && remembered.generation() == generation ? remembered.value() : null;
    }
}
