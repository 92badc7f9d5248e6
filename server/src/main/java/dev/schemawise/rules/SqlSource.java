package dev.schemawise.rules;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.QualifiedName;
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

    // ------------------------------------------------------------------ identifiers as written

    /**
     * One place an identifier is written: {@code start..end} is the token with its quotes, {@code nameStart..nameEnd}
     * the name inside them (the same for a bare identifier).
     */
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
}
