package dev.schemawise.rules;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A finding's fixes, worked out when first asked for. Some fixes cost a scan of the file (is an index's name
 * written elsewhere?), and the language server publishes thousands of findings after every edit while the user
 * asks for the fixes of one; the command line asks for them only with --fix or an output format that lists them.
 * A rule's fix that throws leaves the finding with no fix and the failure in {@link #failure()} (the analyzer's
 * guard around the rule has returned by then).
 */
final class LazyFixes extends AbstractList<Fix> implements RandomAccess {
    private Supplier<List<Fix>> compute;
    private volatile List<Fix> value;
    private volatile String failure;

    LazyFixes(Supplier<List<Fix>> compute) {
        this.compute = compute;
    }

    private List<Fix> value() {
        List<Fix> v = value;
        if (v != null) return v;
        synchronized (this) {
            if (value == null) {
                List<Fix> kept = new ArrayList<>();
                try {
                    List<Fix> raw = compute.get();
                    if (raw != null) {
                        for (Fix f : raw) {
                            if (f != null) kept.add(f);
                        }
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    kept.clear();
                    failure = e.toString();
                }
                compute = null; // the rule's context (a whole workspace) is no longer held once the fixes exist
                value = List.copyOf(kept);
            }
            return value;
        }
    }

    /** Why the fixes could not be worked out, or null (also while nobody has asked for them). */
    String failure() {
        return failure;
    }

    /** Whether the fixes have been worked out already. */
    boolean known() {
        return value != null;
    }

    @Override
    public Fix get(int index) {
        return value().get(index);
    }

    @Override
    public int size() {
        return value().size();
    }
}
