package dev.schemawise.rules;

import java.lang.ref.WeakReference;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Facts several rules derive from the same schema or file text (the partitions of a schema, the columns triggers
 * assign in a file): computed once per object and question, and reused while the object is among the last few
 * asked about. Objects are compared by identity and held weakly; the language server re-analyses on every key,
 * and a file that did not change keeps its text object, so its facts are not derived again. A schema keeps its
 * answers itself ({@link dev.schemawise.model.Schema#derived()}), so they go when it does.
 *
 * <p>Rules run in parallel: the lock only guards the lookup. The first rule to ask computes the answer outside it,
 * and a rule asking the same question meanwhile waits for that answer instead of blocking every other question.
 */
final class Memo {
    private Memo() {}

    private record Entry(WeakReference<Object> owner, String question, CompletableFuture<Object> answer) {}

    private static final Entry[] RING = new Entry[128];
    private static int next;

    @SuppressWarnings("unchecked")
    static <T> T of(Object owner, String question, Supplier<T> compute) {
        if (owner instanceof dev.schemawise.model.Schema schema) return ofSchema(schema, question, compute);
        CompletableFuture<Object> mine;
        synchronized (Memo.class) {
            for (int i = 0; i < RING.length; i++) {
                Entry e = RING[i];
                if (e == null) continue;
                Object o = e.owner().get();
                // An answer outlives its owner only until the next question: a lower-cased copy of a large file
                // held for a text the editor replaced long ago would keep megabytes alive.
                if (o == null) RING[i] = null;
                else if (o == owner && e.question().equals(question)) return (T) join(e.answer());
            }
            mine = new CompletableFuture<>();
            RING[next] = new Entry(new WeakReference<>(owner), question, mine);
            next = (next + 1) % RING.length;
        }
        return answer(mine, compute, () -> forget(mine));
    }

    /**
     * A schema keeps its own answers: they often refer to its tables, and held here they would keep every table of a
     * superseded schema alive until its weak reference was found cleared (a full collection later, in the editor).
     */
    @SuppressWarnings("unchecked")
    private static <T> T ofSchema(dev.schemawise.model.Schema schema, String question, Supplier<T> compute) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        Object known = schema.derived().putIfAbsent(question, mine);
        if (known != null) return (T) join((CompletableFuture<Object>) known);
        return answer(mine, compute, () -> schema.derived().remove(question, mine));
    }

    /** Works out an answer for those waiting on {@code mine}; a failure is passed on to them and forgotten, to be asked again. */
    private static <T> T answer(CompletableFuture<Object> mine, Supplier<T> compute, Runnable forget) {
        try {
            T answer = compute.get();
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            forget.run();
            throw e;
        }
    }

    private static synchronized void forget(CompletableFuture<Object> answer) {
        for (int i = 0; i < RING.length; i++) {
            if (RING[i] != null && RING[i].answer() == answer) RING[i] = null;
        }
    }

    private static Object join(CompletableFuture<Object> answer) {
        try {
            return answer.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
