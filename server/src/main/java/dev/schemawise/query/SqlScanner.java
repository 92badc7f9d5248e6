package dev.schemawise.query;

/**
 * The lexical skeleton of SQL text: where strings, quoted identifiers, comments and dollar-quoted bodies start and
 * end, so that callers can look at the rest (semicolons, parentheses, parameters) without being fooled by what
 * those contain. PostgreSQL's rules, which are a superset for these purposes: '' inside strings, E'' strings with
 * backslash escapes, "" and `` inside quoted identifiers, nested block comments, $tag$ ... $tag$ bodies.
 */
final class SqlScanner {
    private SqlScanner() {}

    /** Returned by {@link #opaqueEnd} for a string, identifier, comment or body that the text never closes. */
    static final int UNTERMINATED = -1;

    /**
     * Where the string, quoted identifier, comment or dollar-quoted body starting at {@code i} ends (exclusive), or
     * {@code i} itself when none starts there, or {@link #UNTERMINATED}. A line comment ends before its newline.
     */
    static int opaqueEnd(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        char next = i + 1 < n ? s.charAt(i + 1) : '\0';
        switch (c) {
            case '\'':
                return quotedEnd(s, i, '\'', isEscapeString(s, i));
            case '"':
            case '`':
                return quotedEnd(s, i, c, false);
            case '-':
                if (next != '-') return i;
                int eol = s.indexOf('\n', i);
                return eol < 0 ? n : eol;
            case '/':
                return next == '*' ? blockCommentEnd(s, i) : i;
            case '$':
                return dollarQuotedEnd(s, i);
            default:
                return i;
        }
    }

    /** Whether {@code s[i..]} starts a comment (a {@code --} or a {@code /*}). */
    static boolean isCommentStart(String s, int i) {
        return i + 1 < s.length() && (s.startsWith("--", i) || s.startsWith("/*", i));
    }

    /** Whether {@code c} can be part of an unquoted identifier (or follow a digit in a number). */
    static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /**
     * The deepest nesting of parentheses outside strings and comments, or -1 when they do not balance or a
     * string, identifier or comment is never closed (text no parser can read).
     */
    static int parenthesisDepth(String s) {
        int depth = 0;
        int max = 0;
        int i = 0;
        while (i < s.length()) {
            int end = opaqueEnd(s, i);
            if (end == UNTERMINATED) return -1;
            if (end > i) {
                i = end;
                continue;
            }
            char c = s.charAt(i);
            if (c == '(') {
                max = Math.max(max, ++depth);
            } else if (c == ')' && --depth < 0) {
                return -1;
            }
            i++;
        }
        return depth == 0 ? max : -1;
    }

    private static boolean isEscapeString(String s, int quote) {
        if (quote == 0) return false;
        char prefix = s.charAt(quote - 1);
        return (prefix == 'E' || prefix == 'e') && (quote < 2 || !isIdentifierPart(s.charAt(quote - 2)));
    }

    private static int quotedEnd(String s, int i, char quote, boolean backslashEscapes) {
        int n = s.length();
        int j = i + 1;
        while (j < n) {
            char c = s.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (j + 1 < n && s.charAt(j + 1) == quote) {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return UNTERMINATED;
    }

    private static int blockCommentEnd(String s, int i) {
        int depth = 0;
        int j = i;
        int n = s.length();
        while (j + 1 < n) {
            if (s.charAt(j) == '/' && s.charAt(j + 1) == '*') {
                depth++;
                j += 2;
            } else if (s.charAt(j) == '*' && s.charAt(j + 1) == '/') {
                j += 2;
                if (--depth == 0) return j;
            } else {
                j++;
            }
        }
        return UNTERMINATED;
    }

    /** A $$ or $tag$ body; {@code $1} (a parameter) and a {@code $} inside an identifier start none. */
    private static int dollarQuotedEnd(String s, int i) {
        if (i > 0 && isIdentifierPart(s.charAt(i - 1))) return i;
        int n = s.length();
        int j = i + 1;
        if (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '_')) {
            while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
        }
        if (j >= n || s.charAt(j) != '$') return i;
        String tag = s.substring(i, j + 1);
        int close = s.indexOf(tag, j + 1);
        return close < 0 ? UNTERMINATED : close + tag.length();
    }
}
