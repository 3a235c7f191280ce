package nl.onderwijsregio.ketenregie.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Answers remembered for a period and forgotten at once when their source changes on this node: every change of the
 * source counts up a generation, and an answer of an older generation is read again. A change on another node
 * applies after the period. The generation is taken before reading, so an answer read during a change is never
 * remembered as current.
 */
public class GenerationMemory<K, V> {

    private record Remembered<V>(long generation, V value) {
    }

    private final Cache<K, Remembered<V>> answers;
    private final LongSupplier generation;

    public GenerationMemory(Duration remember, long maximumSize, LongSupplier generation) {
        this.answers = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(maximumSize).build();
        this.generation = generation;
    }

    /** The answer for one key: remembered, or read now and remembered. */
    public V get(K key, Function<K, V> read) {
        long current = generation.getAsLong();
        V known = recall(key, current);
        if (known != null) {
            return known;
        }
        V value = read.apply(key);
        answers.put(key, new Remembered<>(current, value));
        return value;
    }

    /** The answers for several keys; those not remembered are read together. A key the read leaves out is left out. */
    public Map<K, V> getAll(Set<K> keys, Function<Set<K>, Map<K, V>> read) {
        long current = generation.getAsLong();
        Map<K, V> result = new HashMap<>();
        Set<K> unknown = new HashSet<>();
        for (K key : keys) {
            V known = recall(key, current);
            if (known != null) {
                result.put(key, known);
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            read.apply(unknown).forEach((key, value) -> {
                result.put(key, value);
                answers.put(key, new Remembered<>(current, value));
            });
        }
        return result;
    }

    private V recall(K key, long current) {
        Remembered<V> remembered = answers.getIfPresent(key);
        return remembered != null && remembered.generation() == current ? remembered.value() : null;
    }
}
