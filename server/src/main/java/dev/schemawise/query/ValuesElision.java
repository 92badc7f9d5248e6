package dev.schemawise.query;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the rows of a long {@code INSERT ... VALUES} list that hold nothing but literals, after the first row.
 * Seed data in migrations comes as INSERTs of thousands of rows, which JSqlParser reads at a few dozen characters
 * per millisecond (whitespace and comments included), while no row of literals holds a column, table or star. So
 * {@link PreparedText} cuts them out before parsing and maps offsets after the cut back; the facts of what is left
 * (the target, its column list, ON CONFLICT, RETURNING) stay exact.
 */
final class ValuesElision {
    private ValuesElision() {}

    /** Words a row of literals may hold besides numbers and strings. */
    private static final Set<String> LITERAL_WORDS = Set.of("null", "true", "false", "default");

    /**
     * The range {@code [start, end)} to cut from {@code s}: from the end of the first row of its outermost VALUES list
     * through the last of the literal rows that follow it (with the commas between); null when there is none.
     */
    static int[] literalRows(String s) {
        int values = valuesKeyword(s);
        if (values < 0) return null;
        int firstRowEnd = -1;
        int cutEnd = -1;
        int i = skipBlank(s, values + "VALUES".length());
        while (i < s.length() && s.charAt(i) == '(') {
            int close = closingParenthesis(s, i);
            if (close < 0 || (firstRowEnd >= 0 && !isLiteralRow(s, i + 1, close))) break;
            if (firstRowEnd < 0) {
                firstRowEnd = close + 1;
            } else {
                cutEnd = close + 1;
            }
            int next = skipBlank(s, close + 1);
            if (next >= s.length() || s.charAt(next) != ',') break;
            i = skipBlank(s, next + 1);
        }
        return cutEnd < 0 ? null : new int[] {firstRowEnd, cutEnd};
    }

    /** The offset of the first VALUES keyword outside parentheses, strings and comments, or -1. */
    private static int valuesKeyword(String s) {
        int depth = 0;
        int i = 0;
        while (i < s.length()) {
            int end = SqlScanner.opaqueEnd(s, i);
            if (end == SqlScanner.UNTERMINATED) return -1;
            if (end > i) {
                i = end;
                continue;
            }
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (SqlScanner.isIdentifierPart(c)) {
                int wordEnd = i;
                while (wordEnd < s.length() && SqlScanner.isIdentifierPart(s.charAt(wordEnd))) wordEnd++;
                if (depth == 0 && s.regionMatches(true, i, "VALUES", 0, wordEnd - i) && wordEnd - i == 6) return i;
                i = wordEnd;
                continue;
            }
            i++;
        }
        return -1;
    }

    /** Past whitespace and comments from {@code i}. */
    private static int skipBlank(String s, int i) {
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
            } else if (SqlScanner.isCommentStart(s, i)) {
                int end = SqlScanner.opaqueEnd(s, i);
                if (end == SqlScanner.UNTERMINATED) return s.length();
                i = end;
            } else {
                break;
            }
        }
        return i;
    }

    /** The offset of the parenthesis closing the one at {@code open}, or -1. */
    private static int closingParenthesis(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            int end = SqlScanner.opaqueEnd(s, i);
            if (end == SqlScanner.UNTERMINATED) return -1;
            if (end > i) {
                i = end;
                continue;
            }
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /**
     * Whether {@code s[from, to)} holds only literals: strings (also N'', E'', X'', B''), numbers, signs, commas,
     * NULL, TRUE, FALSE, DEFAULT, comments, and casts to a plain type name ({@code '2020-01-01'::date}).
     */
    private static boolean isLiteralRow(String s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\'' || SqlScanner.isCommentStart(s, i)) {
                int end = SqlScanner.opaqueEnd(s, i);
                if (end == SqlScanner.UNTERMINATED || end > to) return false;
                i = end;
            } else if (Character.isWhitespace(c) || Character.isDigit(c) || c == ',' || c == '.' || c == '-' || c == '+') {
                i++;
            } else if (c == ':' && i + 1 < to && s.charAt(i + 1) == ':') {
                i = skipBlank(s, i + 2);
                int wordEnd = i;
                while (wordEnd < to && (Character.isLetterOrDigit(s.charAt(wordEnd)) || s.charAt(wordEnd) == '_')) wordEnd++;
                if (wordEnd == i) return false;
                i = wordEnd;
            } else if (Character.isLetter(c)) {
                int wordEnd = i;
                while (wordEnd < to && Character.isLetterOrDigit(s.charAt(wordEnd))) wordEnd++;
                String word = s.substring(i, wordEnd);
                boolean stringPrefix = word.length() == 1 && wordEnd < to && s.charAt(wordEnd) == '\'' && "NnEeXxBb".indexOf(word.charAt(0)) >= 0;
                boolean exponent = (word.charAt(0) == 'e' || word.charAt(0) == 'E') && i > from && Character.isDigit(s.charAt(i - 1));
                if (!stringPrefix && !exponent && !LITERAL_WORDS.contains(word.toLowerCase(Locale.ROOT))) return false;
                i = wordEnd;
            } else {
                return false;
            }
        }
        return true;
    }
}
