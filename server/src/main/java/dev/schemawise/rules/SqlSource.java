package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Table;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        if (bare(name, dialect) && !ReservedWords.isReserved(name, dialect)) return name;
        return dialect == Dialect.MYSQL ? "`" + name.replace("`", "``") + "`" : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * Whether a name can be written without quotes (reserved words aside): MySQL {@code [A-Za-z_$][A-Za-z0-9_$]*},
     * SQLite {@code [A-Za-z_][A-Za-z0-9_]*}, PostgreSQL {@code [a-z_][a-z0-9_$]*} (upper case would be folded).
     */
    private static boolean bare(String name, Dialect dialect) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c == '_' || c >= 'a' && c <= 'z' || dialect != Dialect.POSTGRESQL && c >= 'A' && c <= 'Z';
            boolean ok = letter || i > 0 && c >= '0' && c <= '9' || c == '$' && (dialect == Dialect.MYSQL || dialect != Dialect.SQLITE && i > 0);
            if (!ok) return false;
        }
        return true;
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
    static int skipSpaceAndComments(String text, int from, int limit, boolean hashComments) {
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
    // ------------------------------------------------------------------ identifiers as written

    /**
     * One place an identifier is written: {@code start..end} is the token with its quotes, {@code nameStart..nameEnd}
     * the name inside them (the same for a bare identifier).
     */
    }

    public record Occurrence(int start, int end, int nameStart, int nameEnd) {}

    /**
     * Every place between {@code from} and {@code to} where {@code name} (a database name: unquoted, already folded) is
     * written as an identifier, bare or quoted ("x", `x`, [x]). PostgreSQL folds bare identifiers to lower case, so a bare
     * match is case-insensitive only for a lower-case name and a quoted one must match exactly; MySQL and SQLite compare
     * identifiers case-insensitively.
     */
    public static List<Occurrence> occurrences(String text, int from, int to, String name, Dialect dialect) {
        List<Occurrence> out = new ArrayList<>();
        if (name.isEmpty()) return out;
        boolean insensitive = dialect != Dialect.POSTGRESQL;
        boolean bareMatches = dialect != Dialect.POSTGRESQL || name.equals(name.toLowerCase(Locale.ROOT));
        int flags = insensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        String quoted = Pattern.quote(name);
        Pattern p = Pattern.compile(
                "\"(" + quoted + ")\"|`(" + quoted + ")`|\\[(" + quoted + ")]"
                        + (bareMatches ? "|(?<![\\w$\"`\\[])((?i:" + quoted + "))(?![\\w$\"`\\]])" : ""), flags);
        Matcher m = p.matcher(text).region(Math.max(0, from), Math.min(to, text.length())).useTransparentBounds(true);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(new Occurrence(m.start(), m.end(), m.start(g), m.end(g)));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Where an element's database name is written, for a finding on the name: within its name range (the last match,
     * which skips a schema qualifier and the CONSTRAINT keyword of an inline constraint), else within the newest statement
     * of its history that writes it (the ALTER ... RENAME TO of a renamed element), else its name range as recorded.
     */
    public static SourceRef nameAt(RuleContext ctx, SourceRef ref, List<SourceRef> history, String name) {
        List<Occurrence> inName = occurrences(ctx.text(ref.file()), ref.nameRange().start(), ref.nameRange().end(), name, ctx.dialect());
        if (!inName.isEmpty()) return at(ctx, ref.file(), inName.get(inName.size() - 1));
        for (int i = history.size() - 1; i >= 0; i--) {
            SourceRef h = history.get(i);
            List<Occurrence> found = occurrences(ctx.text(h.file()), h.range().start(), h.range().end(), name, ctx.dialect());
            if (!found.isEmpty()) return at(ctx, h.file(), found.get(found.size() - 1));
        }
        return new SourceRef(ref.file(), ref.nameRange(), ref.nameRange());
    }

    private static SourceRef at(RuleContext ctx, String file, Occurrence o) {
        Span span = ctx.span(file, o.start(), o.end());
        return new SourceRef(file, span, span);
    }

    /** Whether a name is longer than the dialect keeps: PostgreSQL counts UTF-8 bytes (63), MySQL characters (64). */
    public static boolean isTooLong(String name, Dialect dialect) {
        return length(name, dialect) > dialect.maxIdentifierLength();
    }

    /** A name's length as the dialect's limit counts it: UTF-8 bytes for PostgreSQL, characters otherwise. */
    public static int length(String name, Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? name.getBytes(StandardCharsets.UTF_8).length : name.codePointCount(0, name.length());
    }

    /** What PostgreSQL keeps of a long name: its first 63 bytes, cut at a character boundary. */
    public static String truncated(String name, Dialect dialect) {
        return prefix(name, dialect.maxIdentifierLength(), dialect);
    }

    /**
     * A name short enough for the dialect that still says which name it came from: the first characters, "_" and six hex
     * digits of a hash of the whole name (the same name always gives the same short name, and two long names sharing their
     * first 56 characters still get different ones).
     */
    public static String shortIdentifier(String name, Dialect dialect) {
        String hash;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            hash = String.format("%02x%02x%02x", digest[0], digest[1], digest[2]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String head = prefix(name, dialect.maxIdentifierLength() - hash.length() - 1, dialect);
        while (head.endsWith("_")) head = head.substring(0, head.length() - 1);
        return head + "_" + hash;
    }

    private static String prefix(String name, int max, Dialect dialect) {
        int end = 0;
        while (end < name.length()) {
            int next = name.offsetByCodePoints(end, 1);
            if (length(name.substring(0, next), dialect) > max) break;
            end = next;
        }
        return name.substring(0, end);
    }

    /**
     * The offset of the parenthesis closing the one at {@code open}, skipping strings, quoted names and comments; -1 when
     * it is not closed before {@code limit}.
     */
    public static int closingParen(String text, int open, int limit) {
        int depth = 0;
        int end = Math.min(limit, text.length());
        for (int i = open; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) return -1;
                i = close;
            } else if (c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
                int eol = text.indexOf('\n', i);
                if (eol < 0) return -1;
                i = eol;
            } else if (c == '/' && i + 1 < end && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                if (close < 0) return -1;
                i = close + 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The offset of the first "(" in {@code from..to} outside strings, quoted names and comments, or -1. */
    public static int openingParen(String text, int from, int to) {
        int end = Math.min(to, text.length());
        for (int i = Math.max(0, from); i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) return -1;
                i = close;
            } else if (c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
                int eol = text.indexOf('\n', i);
                if (eol < 0) return -1;
                i = eol;
            } else if (c == '(') {
                return i;
            }
        }
        return -1;
    }

    private static final String IDENTIFIER = "(?:\"[^\"]*+(?:\"\"[^\"]*+)*+\"|`[^`]*+(?:``[^`]*+)*+`|\\[[^\\]]*]|[\\p{L}_$][\\p{L}\\p{N}_$]*)";
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

    // ------------------------------------------------------------------ where a name is written

    /**
     * Where identifiers are written in one SQL text (case-insensitively; bare words and the inside of "quoted" or
     * `quoted` names), outside comments: the text is scanned once, so asking for many names costs one pass, not one
     * search per name. The index holds a hash of each lower-cased word (no copies of the words); a lookup checks its
     * candidates against the text.
     */
    public static final class Identifiers {
        private final String text;
        private final java.util.Map<Long, int[]> positions;

        private Identifiers(String text, java.util.Map<Long, int[]> positions) {
            this.text = text;
            this.positions = positions;
        }

        /** The keys of the names written in the text ({@link #key}); a name not among them is not written there. */
        java.util.Set<Long> keys() {
            return positions.keySet();
        }

        /** The key under which a name's offsets are kept: names that differ only in case share it. */
        static long key(String name) {
            return hash(name, 0, name.length());
        }

        /** The offsets where a name is written (only names the index was built for, when it was built for some). */
        public int[] offsets(String name) {
            int[] candidates = positions.get(hash(name, 0, name.length()));
            if (candidates == null) return new int[0];
            int[] out = new int[candidates.length];
            int n = 0;
            for (int offset : candidates) {
                if (!text.regionMatches(true, offset, name, 0, name.length())) continue;
                int end = offset + name.length();
                boolean quoted = offset > 0 && (text.charAt(offset - 1) == '"' || text.charAt(offset - 1) == '`');
                if (quoted ? end < text.length() && text.charAt(end) == text.charAt(offset - 1) : end >= text.length() || !wordChar(text.charAt(end))) {
                    out[n++] = offset;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }
    }

    /**
     * Indexes where the given names are written in a text. Only those names are kept: a large dump has hundreds
     * of thousands of words, and the language server scans the edited file again on every edit.
     */
    public static Identifiers identifiers(String text, java.util.Collection<String> names) {
        return names(names).in(text);
    }

    /** A set of names to look for in many texts (the files of a migrations folder), hashed once. */
    public static Names names(java.util.Collection<String> names) {
        long[] wanted = new long[Integer.highestOneBit(Math.max(4, names.size() * 4 - 1)) << 1];
        for (String name : names) {
            long h = hash(name, 0, name.length());
            int slot = slot(h, wanted.length);
            while (wanted[slot] != 0 && wanted[slot] != nonZero(h)) slot = (slot + 1) & (wanted.length - 1);
            wanted[slot] = nonZero(h);
        }
        return new Names(wanted);
    }

    public static final class Names {
        private final long[] wanted;

        private Names(long[] wanted) {
            this.wanted = wanted;
        }

        /** Where these names are written in a text. */
        public Identifiers in(String text) {
            return new Identifiers(text, indexIdentifiers(text, h -> {
                for (int slot = slot(h, wanted.length); wanted[slot] != 0; slot = (slot + 1) & (wanted.length - 1)) {
                    if (wanted[slot] == nonZero(h)) return true;
                }
                return false;
            }));
        }
    }

    private static int slot(long hash, int size) {
        return (int) (hash ^ (hash >>> 29) ^ (hash >>> 47)) & (size - 1);
    }

    private static long nonZero(long hash) {
        return hash == 0 ? 1 : hash;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** A 64-bit hash of text[start, end) lower-cased, with its length mixed in. */
    private static long hash(CharSequence text, int start, int end) {
        long h = 1125899906842597L;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c < 128 ? c : Character.toLowerCase(c));
        }
        return h ^ ((long) (end - start) << 48);
    }

    private static void add(java.util.Map<Long, int[]> positions, long key, int offset) {
        int[] list = positions.get(key);
        if (list == null) {
            positions.put(key, new int[] {1, offset, 0, 0});
            return;
        }
        int size = list[0];
        if (size + 1 == list.length) {
            list = java.util.Arrays.copyOf(list, list.length * 2);
            positions.put(key, list);
        }
        list[size + 1] = offset;
        list[0] = size + 1;
    }

    private static java.util.Map<Long, int[]> indexIdentifiers(String text, java.util.function.LongPredicate keep) {
        java.util.Map<Long, int[]> positions = new java.util.HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                while (i < n && text.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '`') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) end = n;
                long h = hash(text, i + 1, end);
                if (keep.test(h)) add(positions, h, i + 1);
                i = end + 1;
            } else if (wordChar(c)) {
                int start = i;
                while (i < n && wordChar(text.charAt(i))) i++;
                long h = hash(text, start, i);
                if (keep.test(h)) add(positions, h, start);
            } else {
                i++;
            }
        }
        // [size, offsets...] → offsets
        positions.replaceAll((k, list) -> java.util.Arrays.copyOfRange(list, 1, list[0] + 1));
        return positions;
    }
}
