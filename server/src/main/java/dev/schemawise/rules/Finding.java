package dev.schemawise.rules;

import dev.schemawise.text.Span;
import java.util.Comparator;
import java.util.List;

/** One problem found: the rule that found it, where (the exact range), what to do, and the fixes on offer. */
public record Finding(String rule, Severity severity, String file, Span range, String message, List<Fix> fixes) {

    public Finding {
        // Fixes a rule works out on demand stay on demand (see LazyFixes); any other list is copied.
        if (!(fixes instanceof LazyFixes)) fixes = List.copyOf(fixes);
    }

    /** Why this finding's fixes could not be worked out (a rule's bug), or null; null too before they are asked for. */
    public String fixFailure() {
        return fixes instanceof LazyFixes lazy ? lazy.failure() : null;
    }

    /** Whether the fixes are at hand (false for fixes a rule works out on demand that nobody asked for yet). */
    public boolean fixesKnown() {
        return !(fixes instanceof LazyFixes lazy) || lazy.known();
    }

    /** File, then position, then rule id: the order every presenter uses. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.range().start())
            .thenComparingInt(f -> f.range().end())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);
}
