package dev.schemawise.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers worked out from a string (a name's words, the column type of a written type) kept across analyses: the
 * language server re-analyses on every key and the same strings come back each time. Bounded: forgotten all at
 * once when it holds more than {@code bound} answers. Thread-safe; the answers must be immutable.
 */
public final class StringMemo<V> {
    private final ConcurrentHashMap<String, V> answers = new ConcurrentHashMap<>();
    private final int bound;

    public StringMemo(int bound) {
        this.bound = bound;
    }

    public V get(String key, Function<String, V> compute) {
        V known = answers.get(key);
        if (known != null) return known;
        V computed = compute.apply(key);
        if (answers.size() > bound) answers.clear();
        answers.put(key, computed);
        return computed;
    }
}
