package dev.schemawise.cli;

import dev.schemawise.rules.Finding;
import dev.schemawise.rules.Severity;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Human-readable output: what was read (one line per schema), then one line per finding as
 * {@code path:line:col: severity [rule-id] message} (1-based), then a summary line.
 */
final class TextReporter implements Reporter {
    private final boolean color;
    private final boolean quiet;

    TextReporter(boolean color, boolean quiet) {
        this.color = color;
        this.quiet = quiet;
    }

    @Override
    public void write(Workspace workspace, List<Finding> findings, Summary summary, PrintWriter out) {
        if (!quiet) {
            List<String[]> rows = new ArrayList<>();
            for (SchemaUnit u : workspace.units()) rows.add(new String[] {u.id(), describe(u)});
            int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
            out.println("Read " + plural(workspace.units().size(), "schema") + " from " + plural(summary.files(), "file") + ":");
            for (String[] r : rows) out.println("  " + pad(r[0], width) + "  " + r[1]);
            if (!findings.isEmpty()) out.println();
        }
        for (Finding f : findings) {
            out.println(bold(f.file() + ":" + (f.range().startLine() + 1) + ":" + (f.range().startColumn() + 1) + ":") + " "
                    + severity(f.severity()) + " [" + f.rule() + "] " + f.message());
        }
        if (!quiet) {
            out.println();
            out.println(plural(summary.files(), "file") + ", " + plural(summary.tables(), "table") + ", " + plural(summary.columns(), "column") + ", "
                    + plural(summary.foreignKeys(), "foreign key") + ", " + plural(summary.indexes(), "index") + " · "
                    + plural(summary.errors(), "error") + ", " + plural(summary.warnings(), "warning") + ", " + plural(summary.infos(), "info"));
        }
    }

    static String describe(SchemaUnit u) {
        String counts = plural(u.schema().tables().size(), "table") + ", " + plural(u.schema().columnCount(), "column") + ", "
                + plural(u.schema().foreignKeyCount(), "foreign key") + ", " + plural(u.schema().indexCount(), "index");
        if (!u.schema().views().isEmpty()) counts += ", " + plural(u.schema().views().size(), "view");
        if (!u.schema().enums().isEmpty()) counts += ", " + plural(u.schema().enums().size(), "enum");
        return switch (u.kind()) {
            case MIGRATIONS -> u.tool().displayName() + " migrations (" + u.dialect() + "): " + plural(u.migrations().size(), "migration") + " → " + counts;
            case PRISMA_SCHEMA -> "Prisma schema (" + (u.prismaProvider() != null ? u.prismaProvider() : u.dialect()) + "): " + counts;
            default -> u.dialect() + " schema" + (u.files().size() > 1 ? " in " + plural(u.files().size(), "file") : "") + ": " + counts;
        };
    }

    private String severity(Severity s) {
        String word = s.id();
        if (!color) return word;
        String code = switch (s) {
            case ERROR -> "31";
            case WARNING -> "33";
            default -> "36";
        };
        return "\u001b[" + code + "m" + word + "\u001b[0m";
    }

    private String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    static String plural(int n, String word) {
        if (n == 1) return "1 " + word;
        String plural = word.endsWith("x") ? word + "es" : word + "s";
        return String.format(Locale.ROOT, "%,d", n) + " " + plural;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
