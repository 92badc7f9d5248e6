package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writing SQL for fixes: quoting names the way each dialect needs, index names, and where statements go. */
public final class SqlSource {
    private SqlSource() {}

    /** A name as it must be written: bare when the dialect allows it, else quoted (" or `). */
    public static String quote(String name, Dialect dialect) {
        boolean bare = switch (dialect) {
            case MYSQL -> name.matches("[A-Za-z_$][A-Za-z0-9_$]*");
            case SQLITE -> name.matches("[A-Za-z_][A-Za-z0-9_]*");
            default -> name.matches("[a-z_][a-z0-9_$]*");
        };
        if (bare && !ReservedWords.isReserved(name, dialect)) return name;
        return dialect == Dialect.MYSQL ? "`" + name.replace("`", "``") + "`" : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    public static String quote(QualifiedName name, Dialect dialect) {
        return name.schema() == null || name.schema().startsWith("{{") ? quote(name.name(), dialect)
                : quote(name.schema(), dialect) + "." + quote(name.name(), dialect);
    }

    public static String columnList(List<String> columns, Dialect dialect) {
        List<String> quoted = new ArrayList<>();
        for (String c : columns) quoted.add(quote(c, dialect));
        return String.join(", ", quoted);
    }

    /** {@code <table>_<col>_<col>_<suffix>}, cut to the dialect's identifier limit. */
    public static String indexName(QualifiedName table, List<String> columns, String suffix, Dialect dialect) {
        String base = (table.name() + "_" + String.join("_", columns)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        int max = Math.min(63, dialect.maxIdentifierLength()) - suffix.length() - 1;
        if (base.length() > max) base = base.substring(0, max);
        return base + "_" + suffix;
    }

    public static String createIndex(Dialect dialect, QualifiedName table, String indexName, List<String> columns, boolean unique) {
        return "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + quote(indexName, dialect) + " ON " + quote(table, dialect)
                + " (" + columnList(columns, dialect) + ");";
    }

    /** An edit adding a statement on its own line after the statement occupying {@code statement}. */
    public static TextEdit afterStatement(RuleContext ctx, String file, Span statement, String sql) {
        LineIndex lines = ctx.lines(file);
        int at = Edits.endOfLine(lines, Math.max(statement.start(), statement.end() - 1));
        return Edits.insert(ctx, file, at, "\n" + sql);
    }

    private static final String IDENTIFIER = "(?:\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\\[[^\\]]*]|[\\p{L}_$][\\p{L}\\p{N}_$]*)";
    private static final Pattern REFERENCES = Pattern.compile("(?i)\\bREFERENCES\\s+(" + IDENTIFIER + "(?:\\s*\\.\\s*" + IDENTIFIER + ")*)(?:\\s*(\\([^)]*\\)))?");
    private static final Pattern UNSIGNED = Pattern.compile("(?i)^(?:\\s+ZEROFILL)?\\s+UNSIGNED\\b");

    /** Where the referenced table's name is written in a foreign key's REFERENCES clause, or null. */
    public static Span referencedTableRange(RuleContext ctx, ForeignKey fk) {
        Matcher m = references(ctx, fk);
        return m == null ? null : ctx.span(fk.source().file(), m.start(1), m.end(1));
    }

    /** Where the referenced column list, parentheses included, is written in a REFERENCES clause, or null when there is none. */
    public static Span referencedColumnsRange(RuleContext ctx, ForeignKey fk) {
        Matcher m = references(ctx, fk);
        return m == null || m.group(2) == null ? null : ctx.span(fk.source().file(), m.start(2), m.end(2));
    }

    private static Matcher references(RuleContext ctx, ForeignKey fk) {
        if (fk.actionsRange() == null) return null;
        String text = ctx.text(fk.source().file());
        if (fk.actionsRange().end() > text.length()) return null;
        Matcher m = REFERENCES.matcher(text).region(fk.actionsRange().start(), fk.actionsRange().end());
        return m.find() ? m : null;
    }

    /**
     * The first place within {@code range} of a file where {@code name} is written as an identifier (bare, or
     * quoted with ", ` or []), or null. {@code skip} occurrences are passed over first.
     */
    public static Span nameIn(RuleContext ctx, String file, Span range, String name, int skip) {
        String text = ctx.text(file);
        if (range == null || range.end() > text.length()) return null;
        String quoted = Pattern.quote(name);
        Pattern p = Pattern.compile("(?i)(?<![\\p{L}\\p{N}_$\"`\\[])(?:\"" + quoted + "\"|`" + quoted + "`|\\[" + quoted + "]|" + quoted + ")(?![\\p{L}\\p{N}_$\"`\\]])");
        Matcher m = p.matcher(text).region(range.start(), range.end());
        int seen = 0;
        while (m.find()) {
            if (seen++ >= skip) return ctx.span(file, m.start(), m.end());
        }
        return null;
    }

    /** True for a MySQL integer column declared UNSIGNED (in SQL the word after the type; in Prisma an @db.Unsigned... type). */
    public static boolean unsigned(RuleContext ctx, Column column) {
        if (column.type().raw().contains("@db.Unsigned")) return true;
        if (ctx.dialect() != Dialect.MYSQL || ctx.prisma()) return false;
        return unsignedRange(ctx, column) != null;
    }

    /** The " UNSIGNED" (with ZEROFILL before it, if written so) right after a MySQL column's type, or null. */
    public static Span unsignedRange(RuleContext ctx, Column column) {
        String text = ctx.text(column.source().file());
        int from = column.typeRange().end();
        int to = Math.min(column.source().range().end(), text.length());
        if (from > to) return null;
        Matcher m = UNSIGNED.matcher(text).region(from, to);
        return m.find() ? ctx.span(column.source().file(), m.start(), m.end()) : null;
    }
}
