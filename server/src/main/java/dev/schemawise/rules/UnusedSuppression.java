package dev.schemawise.rules;

import dev.schemawise.workspace.FileReport;
import java.util.List;


/**
 * {@code unused-suppression}: a suppression comment that suppresses nothing, names an unknown rule, or is
 * malformed. The engine applies suppressions, so it reports these itself; this class holds the metadata and
 * builds the finding with its fix.
 */
public final class UnusedSuppression implements Rule {
    public static final RuleInfo INFO = new RuleInfo("unused-suppression", "housekeeping", Severity.INFO, true, RuleInfo.ALL,
            RuleInfo.Scope.FILES,
            "A suppression comment suppresses nothing, names an unknown rule, or is malformed.",
            """
            Suppressions that no longer suppress anything hide nothing today but will silently hide the next real \
            problem on that line. schemawise reports each rule id of a suppression that matched no finding, an \
            unknown rule id (with the closest known one), a directive without rule ids, and text after the ids \
            that is not a "-- reason". The fix removes the unused id, or the whole comment when it was the only one.

            Bad (the table has a primary key, so nothing is suppressed):

                -- schemawise-disable-next-line require-primary-key
                CREATE TABLE users (id bigint PRIMARY KEY);

            Good:

                -- schemawise-disable-next-line require-timestamps -- audit columns live in the history table
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
            """, RuleInfo.Fixes.SAFE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Applied by the {@link Analyzer}, which knows which suppressions were used. */
    @Override
    public void check(RuleContext context) {
    }

    static Finding finding(FileReport file, Suppressions.Entry entry, Severity severity) {
        String text = file.text();
        TextEdit edit;
        if (entry.onlyIdOfComment) {
            // the whole comment, and its line when nothing else is on it
            int start = entry.commentRange.start();
            int end = entry.commentRange.end();
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = text.indexOf('\n', end);
            boolean alone = text.substring(lineStart, start).isBlank() && (lineEnd < 0 ? text.substring(end) : text.substring(end, lineEnd)).isBlank();
            if (alone) {
                start = lineStart;
                end = lineEnd < 0 ? text.length() : lineEnd + 1;
            }
            edit = new TextEdit(file.path(), span(file, start, end), "");
        } else {
            int start = entry.idRange.start();
            int end = entry.idRange.end();
            // remove the id with its separating comma and space
            int after = end;
            while (after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == ' ')) after++;
            if (after < text.length() && text.charAt(after) != '-' && text.charAt(after) != '\n' && after > end) {
                end = after;
            } else {
                int before = start;
                while (before > 0 && (text.charAt(before - 1) == ',' || text.charAt(before - 1) == ' ')) before--;
                start = before;
            }
            edit = new TextEdit(file.path(), span(file, start, end), "");
        }
        return new Finding(INFO.id(), severity, file.path(), entry.idRange,
                "suppression of " + entry.rule + " suppresses nothing here; remove it",
                List.of(new Fix("Remove the unused suppression of " + entry.rule, true, List.of(edit))));
    }

    private static dev.schemawise.text.Span span(FileReport file, int start, int end) {
        var lines = file.lines();
        return lines.span(start, end);
    }

}
