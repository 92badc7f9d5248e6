package dev.schemawise.rules;

import java.util.List;

/**
 * A way to resolve a finding, as text edits in the file's own language. A safe fix may be applied in bulk
 * ({@code check --fix}, "fix all"); a choice between behaviours (CASCADE or RESTRICT) is never safe.
 */
public record Fix(String title, boolean safe, List<TextEdit> edits) {
    public Fix {
        edits = List.copyOf(edits);
    }
}
