package dev.schemawise.rules;

import java.lang.ref.WeakReference;
import java.util.function.Supplier;

/**
 * Facts several rules derive from the same schema or file text (the partitions of a schema, the columns triggers
 * assign in a file): computed once per object and question, and reused while the object is among the last few
 * asked about. Objects are compared by identity and held weakly; the language server re-analyses on every key,
 * and a file that did not change keeps its text object, so its facts are not derived again.
 */
final class Memo {
    private Memo() {}

    private record Entry(WeakReference<Object> owner, String question, Object answer) {}

    private static final Entry[] RING = new Entry[128];
    private static int next;

    @SuppressWarnings("unchecked")
    static synchronized <T> T of(Object owner, String question, Supplier<T> compute) {
        for (Entry e : RING) {
            if (e != null && e.owner().get() == owner && e.question().equals(question)) return (T) e.answer();
        }
        T answer = compute.get();
        RING[next] = new Entry(new WeakReference<>(owner), question, answer);
        next = (next + 1) % RING.length;
        return answer;
    }
}
