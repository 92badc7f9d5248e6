package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.SourceRef;
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

    /**
     * {@code sql} in upper case when {@code written} (the type or clause the author wrote) is upper case, so a fix
     * reads like the file around it: {@code DOUBLE} becomes {@code NUMERIC(12, 2)}, {@code real} becomes {@code numeric(12, 2)}.
     */
    public static String matchCase(String written, String sql) {
        boolean upper = false;
        for (int i = 0; i < written.length(); i++) {
            char ch = written.charAt(i);
            if (Character.isLowerCase(ch)) return sql;
            if (Character.isUpperCase(ch)) upper = true;
        }
        return upper ? sql.toUpperCase(Locale.ROOT) : sql;
    }

    private static final Pattern ARRAY_KEYWORD = Pattern.compile("(?i)\\s*\\barray\\b");

    /** Where the array suffix of a type as written ({@code []}, {@code [3]}, {@code ARRAY}) begins; its length when it has none. */
    public static int arraySuffixStart(String type) {
        int bracket = type.indexOf('[');
        Matcher m = ARRAY_KEYWORD.matcher(type);
        int keyword = m.find() ? m.start() : type.length();
        return Math.min(bracket < 0 ? type.length() : bracket, keyword);
    }

    /** The current type of a column as written, without its array suffix ({@code timestamp(6) without time zone}, {@code json}). */
    public static String baseType(Column column) {
        String written = column.type().raw();
        return written.substring(0, arraySuffixStart(written));
    }

    /**
     * An edit replacing the type of a column (its array suffix kept) with {@code newType}, or null when the type cannot
     * be found or a later statement reshaped the column (the definition is then not the only place to change).
     */
    public static TextEdit replaceType(RuleContext ctx, Column column, String newType) {
        if (column.history().size() > 1) return null;
        String base = baseType(column);
        String text = ctx.text(column.source().file());
        Span type = column.typeRange();
        if (base.isBlank() || type == null || type.end() > text.length() || !text.startsWith(base, type.start())) return null;
        return Edits.replace(ctx, column.source().file(), type.start(), type.start() + base.length(), newType);
    }

    /**
     * An edit appending a clause ({@code DEFAULT false}, {@code CHECK (qty >= 0)}) at the end of a column definition, where
     * every dialect accepts column options in any order; null when a later statement reshaped the column.
     */
    public static TextEdit appendToColumn(RuleContext ctx, Column column, String clause) {
        if (column.history().size() > 1) return null;
        int end = column.source().range().end();
        if (end <= 0 || end > ctx.text(column.source().file()).length()) return null;
        return Edits.insert(ctx, column.source().file(), end, " " + clause);
    }

    /** A string literal: {@code it's} becomes {@code 'it''s'}. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Where a column's current type is written: its definition, or the later statement (ALTER COLUMN ... TYPE, MODIFY)
     * that changed it, so a finding about the type points at the text that says it; the column's name as a last resort.
     */
    public static SourceRef typeSpan(RuleContext ctx, Column column) {
        String raw = column.type().raw();
        String text = ctx.text(column.source().file());
        Span declared = column.typeRange();
        if (declared != null && declared.end() <= text.length() && text.substring(declared.start(), declared.end()).equals(raw)) {
            return SourceRef.of(column.source().file(), declared);
        }
        for (int i = column.history().size() - 1; i >= 0 && !raw.isEmpty(); i--) {
            SourceRef statement = column.history().get(i);
            String statementText = ctx.text(statement.file());
            Span range = statement.range();
            if (range.end() > statementText.length()) continue;
            // ALTER COLUMN c [SET DATA] TYPE t: the type after the keyword, not a cast in its USING clause.
            Matcher m = Pattern.compile("(?i)\\btype\\s+(" + Pattern.quote(raw) + ")(?![\\w$])").matcher(statementText.substring(range.start(), range.end()));
            int at = -1;
            while (m.find()) at = m.start(1);
            if (at >= 0) return SourceRef.of(statement.file(), ctx.span(statement.file(), range.start() + at, range.start() + at + raw.length()));
        }
        return SourceRef.of(column.source().file(), column.source().nameRange());
    }
}
