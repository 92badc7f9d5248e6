package dev.schemawise.rules;

import dev.schemawise.text.Span;
import java.util.Comparator;
import java.util.List;

/** One problem found: the rule that found it, where (the exact range), what to do, and the fixes on offer. */
public record Finding(String rule, Severity severity, String file, Span range, String message, List<Fix> fixes) {

    public Finding {
        fixes = List.copyOf(fixes);
    }

    /** File, then position, then rule id: the order every presenter uses. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.range().start())
            .thenComparingInt(f -> f.range().end())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);
}
