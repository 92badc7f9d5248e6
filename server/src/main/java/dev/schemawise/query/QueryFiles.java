package dev.schemawise.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a file of queries (an sqlc query file, a plain .sql file of SELECTs and DML) into its statements. A
 * statement ends at a semicolon outside strings, quoted identifiers, comments and dollar-quoted bodies, or at the
 * end of the file. sqlc's header comment before a statement ({@code -- name: GetUser :one}, or the same in a block
 * comment) names it. Pure; never throws.
 */
public final class QueryFiles {
    private QueryFiles() {}

    /**
     * One statement of a query file.
     *
     * @param text    the statement from its first token to just before its semicolon (trailing whitespace dropped)
     * @param start   the offset of {@code text} in the file: pass it to {@link QueryFacts#analyze} as the base offset
     * @param name    the sqlc query name ({@code GetUser}), or null without a header
     * @param command the sqlc command without its colon ({@code one}, {@code many}, {@code exec}, {@code execrows},
     *                ...), or null without a header
     */
    public record Statement(String text, int start, String name, String command) {

        /** The offset just after the statement's text in the file. */
        public int end() {
            return start + text.length();
        }
    }

    private static final Pattern SQLC_HEADER = Pattern.compile("^\\s*name:\\s*(\\S+)\\s+:(\\w+)");

    /** The statements of {@code fileText} in order; comment-only or empty pieces between semicolons are left out. */
    public static List<Statement> split(String fileText) {
        List<Statement> statements = new ArrayList<>();
        if (fileText == null) return statements;
        String s = fileText;
        int n = s.length();
        int start = -1;
        Matcher header = null;
        int i = 0;
        while (i <= n) {
            if (i == n || s.charAt(i) == ';') {
                if (start >= 0) statements.add(statement(s, start, i, header));
                start = -1;
                header = null;
                i++;
                continue;
            }
            int end = SqlScanner.opaqueEnd(s, i);
            if (end == SqlScanner.UNTERMINATED) end = n;
            if (end > i && SqlScanner.isCommentStart(s, i)) {
                if (start < 0) {
                    Matcher m = SQLC_HEADER.matcher(commentBody(s, i, end));
                    if (m.find()) header = m;
                }
                i = end;
                continue;
            }
            if (start < 0 && !Character.isWhitespace(s.charAt(i))) start = i;
            i = Math.max(end, i + 1);
        }
        return statements;
    }

    private static Statement statement(String s, int start, int end, Matcher header) {
        int e = end;
        while (e > start && Character.isWhitespace(s.charAt(e - 1))) e--;
        return new Statement(s.substring(start, e), start, header == null ? null : header.group(1), header == null ? null : header.group(2));
    }

    /** A comment's text without its delimiters. */
    private static String commentBody(String s, int start, int end) {
        if (s.startsWith("--", start)) return s.substring(start + 2, end);
        int bodyEnd = end >= start + 4 && s.startsWith("*/", end - 2) ? end - 2 : end;
        return s.substring(start + 2, bodyEnd);
    }
}
