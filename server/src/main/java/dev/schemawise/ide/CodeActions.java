package dev.schemawise.ide;

import dev.schemawise.ide.IdeTypes.Action;
import dev.schemawise.rules.Finding;
import dev.schemawise.rules.Fix;
import dev.schemawise.rules.FixApplier;
import dev.schemawise.rules.TextEdit;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Code actions: one quick fix per fix of each finding in range, "suppress on this line" and "suppress in this
 * file", and fix-all (every safe fix of the document, non-overlapping, resolved lazily).
 */
final class CodeActions {
    private CodeActions() {}

    static final String FIX_ALL_KIND = "source.fixAll.schemawise";

    static List<Action> actions(Snapshot snapshot, String file, Span range, boolean onlyFixAll) {
        List<Action> out = new ArrayList<>();
        FileReport report = snapshot.workspace().file(file);
        if (report == null) return out;
        List<Finding> inRange = new ArrayList<>();
        for (Finding f : snapshot.findings(file)) {
            if (f.range().start() <= range.end() && range.start() <= f.range().end()) inRange.add(f);
        }
        if (!onlyFixAll) {
            for (Finding f : inRange) {
                boolean first = true;
                for (Fix fix : f.fixes()) {
                    out.add(new Action(fix.title() + " (" + f.rule() + ")", "quickfix", fix.edits(), f, first && fix.safe()));
                    first = false;
                }
            }
            for (Finding f : inRange) {
                if (f.rule().equals("syntax")) continue;
                out.add(new Action("Suppress " + f.rule() + " on this line", "quickfix", List.of(suppressLine(report, f)), f, false));
                out.add(new Action("Suppress " + f.rule() + " in this file", "quickfix", List.of(suppressFile(report, f)), f, false));
            }
        }
        // Fixes at hand are asked first: those a rule works out on demand may each cost a scan of the file.
        List<Finding> all = snapshot.findings(file);
        if (all.stream().filter(Finding::fixesKnown).anyMatch(CodeActions::hasSafeFix) || all.stream().anyMatch(CodeActions::hasSafeFix)) {
            out.add(new Action("Fix all safe problems in this file (schemawise)", FIX_ALL_KIND, null, null, false));
        }
        return out;
    }

    private static boolean hasSafeFix(Finding f) {
        return f.fixes().stream().anyMatch(Fix::safe);
    }

    /** Every safe fix of the document that does not overlap another, as one set of edits. */
    static List<TextEdit> fixAll(Snapshot snapshot, String file) {
        FileReport report = snapshot.workspace().file(file);
        if (report == null || !report.syntaxErrors().isEmpty()) return List.of();
        List<Fix> safe = new ArrayList<>();
        for (Fix fix : FixApplier.safeFixes(snapshot.findings(file))) {
            if (fix.edits().stream().allMatch(e -> e.file().equals(file))) safe.add(fix);
        }
        FixApplier.Applied applied = FixApplier.apply(Map.of(file, report.text()), safe);
        List<TextEdit> edits = new ArrayList<>();
        for (Fix fix : applied.fixes()) edits.addAll(fix.edits());
        return edits;
    }

    private static String prefix(FileReport report) {
        return report.prisma() != null ? "//" : "--";
    }

    private static LineIndex lines(FileReport report) {
        return report.lines();
    }

    /** Adds the rule to a directive on the line above, or inserts one with the line's indentation. */
    static TextEdit suppressLine(FileReport report, Finding f) {
        LineIndex lines = lines(report);
        String text = report.text();
        int line = f.range().startLine();
        if (line > 0) {
            String above = text.substring(lines.lineStart(line - 1), lines.lineEnd(line - 1));
            String marker = "schemawise-disable-next-line ";
            int at = above.indexOf(marker);
            if (at >= 0 && above.strip().startsWith(prefix(report))) {
                int idsStart = at + marker.length();
                int reason = above.indexOf(" --", idsStart);
                int insertAt = lines.lineStart(line - 1) + (reason >= 0 ? reason : above.length());
                return new TextEdit(report.path(), lines.span(insertAt, insertAt), ", " + f.rule());
            }
        }
        int start = lines.lineStart(line);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        String indent = text.substring(start, i);
        return new TextEdit(report.path(), lines.span(start, start), indent + prefix(report) + " schemawise-disable-next-line " + f.rule() + "\n");
    }

    static TextEdit suppressFile(FileReport report, Finding f) {
        LineIndex lines = lines(report);
        return new TextEdit(report.path(), lines.span(0, 0), prefix(report) + " schemawise-disable " + f.rule() + "\n");
    }
}
