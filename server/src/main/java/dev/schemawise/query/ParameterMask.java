package dev.schemawise.query;

/**
 * Replaces bind parameters with same-length stand-ins JSqlParser reads everywhere an expression may stand:
 * sqlc's {@code sqlc.arg(name)}, {@code sqlc.narg(name)} and {@code sqlc.slice(name)}, named parameters
 * {@code @name} and positional ones {@code $1} each become {@code ?} padded with spaces. Offsets stay exact, so
 * positions found in the masked text are positions in the original. Strings, quoted identifiers, comments and
 * dollar-quoted bodies are left alone, and so are PostgreSQL's {@code @}-operators ({@code @>}, {@code <@},
 * {@code @@}).
 */
final class ParameterMask {
    private ParameterMask() {}

    private static final String[] SQLC_PARAMETER_FUNCTIONS = {"sqlc.arg", "sqlc.narg", "sqlc.slice"};

    /** The text with every parameter masked; the text itself when it has none. */
    static String mask(String s) {
        char[] out = null;
        int i = 0;
        int n = s.length();
        while (i < n) {
            int end = SqlScanner.opaqueEnd(s, i);
            if (end == SqlScanner.UNTERMINATED) break;
            if (end > i) {
                i = end;
                continue;
            }
            int parameterEnd = parameterEnd(s, i);
            if (parameterEnd > i) {
                if (out == null) out = s.toCharArray();
                out[i] = '?';
                for (int k = i + 1; k < parameterEnd; k++) out[k] = ' ';
                i = parameterEnd;
            } else if (SqlScanner.isIdentifierPart(s.charAt(i))) {
                while (i < n && SqlScanner.isIdentifierPart(s.charAt(i))) i++;
            } else {
                i++;
            }
        }
        return out == null ? s : new String(out);
    }

    /** Where the parameter starting at {@code i} ends, or {@code i} when none starts there. */
    static int parameterEnd(String s, int i) {
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        if (SqlScanner.isIdentifierPart(prev) || prev == '.') return i;
        char c = s.charAt(i);
        int n = s.length();
        if (c == '$') {
            int j = i + 1;
            while (j < n && Character.isDigit(s.charAt(j))) j++;
            return j > i + 1 && (j == n || !SqlScanner.isIdentifierPart(s.charAt(j))) ? j : i;
        }
        if (c == '@') {
            if (prev == '<' || prev == '@' || prev == '>' || i + 1 >= n) return i;
            char first = s.charAt(i + 1);
            if (!Character.isLetter(first) && first != '_') return i;
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
            return j;
        }
        for (String function : SQLC_PARAMETER_FUNCTIONS) {
            if (s.regionMatches(true, i, function, 0, function.length())) return callEnd(s, i, i + function.length());
        }
        return i;
    }

    /** The end of a call whose name spans [start, nameEnd): just after its closing parenthesis; start if it is no call. */
    private static int callEnd(String s, int start, int nameEnd) {
        int j = nameEnd;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
        if (j >= s.length() || s.charAt(j) != '(') return start;
        int depth = 0;
        while (j < s.length()) {
            int end = SqlScanner.opaqueEnd(s, j);
            if (end == SqlScanner.UNTERMINATED) return start;
            if (end > j) {
                j = end;
                continue;
            }
            char c = s.charAt(j++);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j;
            }
        }
        return start;
    }
}
