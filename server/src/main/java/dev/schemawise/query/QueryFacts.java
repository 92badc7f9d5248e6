package dev.schemawise.query;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.TokenMgrException;

/**
 * Reads one query statement (a SELECT, UPDATE, DELETE, INSERT ... SELECT, or a view's query) with JSqlParser and
 * returns the facts lint rules need about it: see {@link QueryInfo}. Pure: no I/O, no threads, no state between
 * calls; safe to call from any number of threads at once. Never throws.
 *
 * <p>JSqlParser reads most of PostgreSQL's and MySQL's query syntax, but not all of it. A statement it cannot read
 * gives no facts ({@link Optional#empty()}), and so does one it would take too long over. JSqlParser's lookahead
 * is exponential in the nesting depth of some constructs and slow on long statements, so:
 * <ul>
 *   <li>statements nested deeper than {@value #MAX_DEPTH} parentheses, or with unbalanced ones, are not tried;</li>
 *   <li>rows of literals in an INSERT ... VALUES list after the first (seed data) are cut out before parsing
 *       (they hold no facts; see {@link PreparedText}), and statements still longer than {@value #MAX_LENGTH}
 *       non-blank characters are not tried;</li>
 *   <li>every parse attempt stops after {@value #BUDGET_MILLIS} ms of CPU time, plus
 *       {@value #BUDGET_NANOS_PER_CHAR} ns per non-blank character.</li>
 * </ul>
 * Typical statements take well under a millisecond.
 *
 * <p>Bind parameters ({@code $1}, {@code ?}, {@code :name}, {@code @name}, sqlc's {@code sqlc.arg(name)}) are
 * values. When JSqlParser refuses a statement that has some, it is read again with the parameters replaced by
 * same-length placeholders, so that offsets stay exact.
 */
public final class QueryFacts {
    private QueryFacts() {}

    /** Longest text looked at, blanks included (characters). */
    static final int MAX_TEXT_LENGTH = 4 * 1024 * 1024;
    /** Most non-blank characters tried: longer statements are data rather than queries, and slow to parse. */
    static final int MAX_LENGTH = 64 * 1024;
    /** Deepest nesting of parentheses tried; real queries stay far below, and JSqlParser recurses per level. */
    static final int MAX_DEPTH = 40;
    /** Deepest nesting for which JSqlParser's complex mode (exponential in depth) is tried after the simple one failed. */
    static final int MAX_COMPLEX_DEPTH = 3;
    /** CPU time one parse attempt may take, plus {@link #BUDGET_NANOS_PER_CHAR} per non-blank character. */
    static final long BUDGET_MILLIS = 250;
    /**
     * Long statements get time in proportion: JSqlParser reads a few hundred characters per millisecond, but
     * pg_dump's view bodies (every condition in double parentheses) at times only some 50.
     */
    static final long BUDGET_NANOS_PER_CHAR = 50_000;

    /**
     * Whether a statement has a WHERE keyword outside parentheses, strings, quoted names and comments: then an UPDATE or
     * DELETE has its own WHERE clause, which a rule may know without starting JSqlParser. False says nothing.
     */
    public static boolean hasTopLevelWhere(String sql) {
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            int end = SqlScanner.opaqueEnd(sql, i);
            if (end == SqlScanner.UNTERMINATED) return false;
            if (end > i) {
                i = end;
                continue;
            }
            char c = sql.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0 && (c == 'w' || c == 'W') && sql.regionMatches(true, i, "where", 0, 5)
                    && (i == 0 || !SqlScanner.isIdentifierPart(sql.charAt(i - 1))) && (i + 5 >= n || !SqlScanner.isIdentifierPart(sql.charAt(i + 5)))) {
                return true;
            }
            i++;
        }
        return false;
    }

    /**
     * The facts of one statement, or empty when JSqlParser cannot read it.
     *
     * @param statementText the statement, without anything before or after it but whitespace, comments and one
     *                      trailing semicolon
     * @param baseOffset    where the statement starts in its file; added to every range
     */
    public static Optional<QueryInfo> analyze(String statementText, int baseOffset) {
        return analyze(statementText, baseOffset, TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS), BUDGET_NANOS_PER_CHAR);
    }

    /** {@link #analyze(String, int)} with another time budget per parse attempt (tests). */
    static Optional<QueryInfo> analyze(String statementText, int baseOffset, long budgetNanos, long budgetNanosPerChar) {
        try {
            if (statementText == null || baseOffset < 0 || statementText.length() > MAX_TEXT_LENGTH) return Optional.empty();
            int depth = SqlScanner.parenthesisDepth(statementText);
            if (depth < 0 || depth > MAX_DEPTH) return Optional.empty();
            PreparedText text = PreparedText.of(statementText);
            int length = nonBlankLength(text.text());
            if (length == 0 || length > MAX_LENGTH) return Optional.empty();
            Attempts attempts = new Attempts(baseOffset, depth, budgetNanos + length * budgetNanosPerChar);
            BoundedParser.Parsed parsed = attempts.parse(text);
            if (parsed == null) {
                PreparedText masked = text.masked();
                if (masked != text) parsed = attempts.parse(masked);
            }
            return parsed == null ? Optional.empty() : Optional.of(new FactCollector(parsed.tokens()).collect(parsed.statement()));
        } catch (Throwable t) {
            // JSqlParser throws ParseException, TokenMgrException, and on odd input anything from NullPointerException
            // to StackOverflowError. None of it may escape: no facts is the answer.
            return Optional.empty();
        }
    }

    private static int nonBlankLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) n++;
        }
        return n;
    }

    /** Parse attempts for one statement: simple mode first (fast), complex mode only when that fails on shallow nesting. */
    private record Attempts(int base, int depth, long budgetNanos) {

        BoundedParser.Parsed parse(PreparedText text) {
            BoundedParser.Parsed parsed = attempt(text, false);
            if (parsed == null && depth <= MAX_COMPLEX_DEPTH) parsed = attempt(text, true);
            return parsed;
        }

        private BoundedParser.Parsed attempt(PreparedText text, boolean complex) {
            try {
                return BoundedParser.parse(text, base, budgetNanos, complex);
            } catch (ParseException | TokenMgrException e) {
                return null;
            }
        }
    }
}
