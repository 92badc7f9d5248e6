package dev.schemawise.rules;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
}
