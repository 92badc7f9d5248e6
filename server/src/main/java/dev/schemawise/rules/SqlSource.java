package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Table;
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

    /**
     * Edits adding column definitions after the last column of a table's CREATE TABLE: before its table constraints
     * (SQLite refuses columns after them), on their own lines when the columns are on lines of their own, keeping a
     * trailing line comment with the column it belongs to. Empty when the statement has no column list to extend
     * (CREATE TABLE ... AS, PARTITION OF) or its layout is not understood.
     */
    public static List<TextEdit> addColumns(RuleContext ctx, Table table, List<String> definitions) {
        String file = table.source().file();
        String text = ctx.text(file);
        Span statement = table.source().range();
        Column last = null;
        for (Column c : table.columns()) {
            Span r = c.source().range();
            if (!c.source().file().equals(file) || !statement.encloses(r)) continue;
            if (last == null || r.end() > last.source().range().end()) last = c;
        }
        if (last == null || statement.end() > text.length()) return List.of();
        LineIndex lines = ctx.lines(file);
        int end = last.source().range().end();
        boolean ownLines = lines.line(last.source().range().start()) != lines.line(statement.start());
        String indent = Edits.indentation(lines, last.source().range().start());
        String separator = ownLines ? ",\n" + indent : ", ";
        String joined = String.join(separator, definitions);
        boolean hashComments = ctx.dialect() == Dialect.MYSQL;
        int next = skipSpaceAndComments(text, end, statement.end(), hashComments);
        if (next >= statement.end()) return List.of();
        int lineEnd = Edits.endOfLine(lines, end);
        if (text.charAt(next) == ',') {
            int after = next + 1;
            while (after < lineEnd && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) after++;
            boolean restIsComment = after == lineEnd || text.startsWith("--", after) || (hashComments && text.charAt(after) == '#');
            if (ownLines && restIsComment && lines.line(next) == lines.line(end)) {
                return List.of(Edits.insert(ctx, file, lineEnd, "\n" + indent + joined + ","));
            }
            return List.of(Edits.insert(ctx, file, after, joined + ", "));
        }
        if (text.charAt(next) != ')') return List.of();
        String between = text.substring(end, next);
        boolean lineComment = between.contains("--") || (hashComments && between.contains("#"));
        if (ownLines && lineComment) {
            return List.of(Edits.insert(ctx, file, end, ","), Edits.insert(ctx, file, lineEnd, "\n" + indent + joined));
        }
        // After a block comment that belongs to the last column ("percent int /* 1..100 */"), not before it.
        int at = next;
        while (at > end && Character.isWhitespace(text.charAt(at - 1))) at--;
        return List.of(Edits.insert(ctx, file, at, separator + joined));
    }

    /** The offset of the first character at or after {@code from} that is neither white space nor inside a comment. */
    private static int skipSpaceAndComments(String text, int from, int limit, boolean hashComments) {
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("--", i) || (hashComments && c == '#')) {
                while (i < limit && text.charAt(i) != '\n') i++;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? limit : close + 2;
            } else {
                return i;
            }
        }
        return limit;
    }

    /**
     * An edit deleting a whole statement; with its line when nothing else is on it, so no blank line is left.
     * {@code statement} includes its terminating semicolon.
     */
    public static TextEdit removeStatement(RuleContext ctx, String file, Span statement) {
        LineIndex lines = ctx.lines(file);
        String text = ctx.text(file);
        int start = statement.start();
        int end = statement.end();
        int lineStart = lines.lineStart(lines.line(start));
        int lineEnd = Edits.endOfLine(lines, Math.max(start, end - 1));
        boolean aloneBefore = text.substring(lineStart, start).isBlank();
        boolean aloneAfter = text.substring(end, lineEnd).isBlank();
        if (aloneBefore && aloneAfter) return Edits.replace(ctx, file, lineStart, afterLineBreak(text, lineEnd), "");
        if (aloneAfter) {
            // The last statement of a shared line: take the space before it, so the line does not end in blanks.
            while (start > lineStart && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) start--;
            return Edits.replace(ctx, file, start, lineEnd, "");
        }
        while (end < lineEnd && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) end++;
        return Edits.replace(ctx, file, start, end, "");
    }

    /**
     * Edits deleting one element of a CREATE TABLE (a MySQL KEY, a constraint) with the comma that separates it
     * from its neighbours, and with its line when it stands alone on it. Empty when the element list cannot be read.
     */
    public static List<TextEdit> removeTableElement(RuleContext ctx, Table table, Span element) {
        String file = table.source().file();
        String text = ctx.text(file);
        LineIndex lines = ctx.lines(file);
        List<Integer> commas = topLevelCommas(text, table, ctx.dialect() == Dialect.MYSQL);
        if (commas == null) return List.of();
        Integer before = null;
        Integer after = null;
        for (int comma : commas) {
            if (comma < element.start()) before = comma;
            if (comma >= element.end() && after == null) after = comma;
        }
        int lineStart = lines.lineStart(lines.line(element.start()));
        boolean aloneBefore = text.substring(lineStart, element.start()).isBlank();
        if (after != null) {
            int end = after + 1;
            int lineEnd = Edits.endOfLine(lines, after);
            if (aloneBefore && text.substring(end, lineEnd).isBlank() && lines.line(after) == lines.line(element.start())) {
                return List.of(Edits.replace(ctx, file, lineStart, afterLineBreak(text, lineEnd), ""));
            }
            while (end < lineEnd && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) end++;
            return List.of(Edits.replace(ctx, file, element.start(), end, ""));
        }
        if (before == null) return List.of();
        int lineEnd = Edits.endOfLine(lines, Math.max(element.start(), element.end() - 1));
        if (aloneBefore && text.substring(element.end(), lineEnd).isBlank() && lines.line(before) < lines.line(element.start())) {
            // Keep a comment after the previous element's comma: delete only the comma and the element's own line.
            return List.of(Edits.replace(ctx, file, before, before + 1, ""),
                    Edits.replace(ctx, file, lineStart, afterLineBreak(text, lineEnd), ""));
        }
        return List.of(Edits.replace(ctx, file, before, element.end(), ""));
    }

    /** The offset after the line break that ends at {@code lineEnd} (or the text's end). */
    private static int afterLineBreak(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') lineEnd++;
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') lineEnd++;
        return lineEnd;
    }

    /**
     * The offsets of the commas separating the elements of a CREATE TABLE, skipping strings, quoted names,
     * comments and nested parentheses; null when there is no element list after the table name.
     */
    private static List<Integer> topLevelCommas(String text, Table table, boolean hashComments) {
        Span statement = table.source().range();
        int limit = Math.min(statement.end(), text.length());
        int i = skipSpaceAndComments(text, table.source().nameRange().end(), limit, hashComments);
        // IF NOT EXISTS comes before the name; anything else before "(" (AS, PARTITION OF, LIKE) means no element list.
        if (i >= limit || text.charAt(i) != '(') return null;
        List<Integer> commas = new ArrayList<>();
        int depth = 0;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int close = i + 1;
                while (close < limit && !(text.charAt(close) == c && (close + 1 >= limit || text.charAt(close + 1) != c))) {
                    close += text.charAt(close) == c || (c == '\'' && hashComments && text.charAt(close) == '\\') ? 2 : 1;
                }
                i = close + 1;
                continue;
            }
            int next = skipSpaceAndComments(text, i, limit, hashComments);
            if (next != i) {
                i = next;
                continue;
            }
            if (c == '(') depth++;
            if (c == ')' && --depth == 0) return commas;
            if (c == ',' && depth == 1) commas.add(i);
            i++;
        }
        return null;
    }
}
