package dev.schemawise.sql;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.LineIndex;
import java.util.Locale;

/**
 * Where an edited SQL file can be read again partially: the unchanged text before and after the edit, the last
 * statement end before it (where lexing restarts in its default state), and the statement ends after it where
 * the old results can take over again.
 */
final class Incremental {
    private Incremental() {}

    /**
     * @param cut    offset (in both texts) after the last whole top-level statement before the edit; lexing restarts here
     * @param prefix length of the unchanged text at the start of both versions
     * @param suffix length of the unchanged text at the end of both versions (prefix + suffix fit in both)
     * @param delta  new length minus old length
     * @param oldEnds offsets (old text) just after each top-level statement's semicolon, sorted
     */
    record Plan(int cut, int prefix, int suffix, int delta, int newLength, int[] oldEnds) {
        // unchangedFrom - delta = oldLength - suffix: where the unchanged tail starts in the old text
        /**
         * Whether the old results can be reused after a semicolon ending at {@code end} (new text): it lies in the
         * unchanged tail, the old text had a statement end there, and its line starts in the unchanged tail too
         * (so the columns of what follows are unchanged).
         */
        boolean canResumeAt(int end, LineIndex newLines, LineIndex oldLines) {
            int unchangedFrom = newLength - suffix;
            if (end - 1 < unchangedFrom) return false;
            int oldEnd = end - delta;
            if (java.util.Arrays.binarySearch(oldEnds, oldEnd) < 0) return false;
            // The line holding the resume point starts in the unchanged tail in both versions: same columns after it.
            return newLines.lineStart(newLines.line(end)) >= unchangedFrom && oldLines.lineStart(oldLines.line(oldEnd)) >= unchangedFrom - delta;
        }
    }

    /** Files where a partial read is exact: no supplementary characters (offsets are code points) and no MySQL DELIMITER. */
    static boolean applies(String oldText, String text, Dialect dialect) {
        if (oldText == null || !surrogateFree(oldText, 0, oldText.length())) return false;
        // What the new text shares with the old one at its start and end (as the editor's edits say) has none either.
        dev.schemawise.text.Shared known = dev.schemawise.text.Shared.remembered(oldText, text);
        if (!(known == null ? surrogateFree(text, 0, text.length()) : surrogateFree(text, known.prefix(), text.length() - known.suffix()))) return false;
        return dialect != Dialect.MYSQL || !text.toLowerCase(Locale.ROOT).contains("delimiter") && !oldText.toLowerCase(Locale.ROOT).contains("delimiter");
    }

    /** Texts found to have no surrogate characters (held weakly): each version is read once, as the new text. */
    @SuppressWarnings("unchecked")
    private static final java.lang.ref.WeakReference<String>[] CLEAN = new java.lang.ref.WeakReference[16];
    private static int nextClean;

    /**
     * Whether a text has no surrogate characters, reading only {@code [start, end)}: the caller knows the rest has none.
     * A text found free once is not read again.
     */
    private static boolean surrogateFree(String s, int start, int end) {
        synchronized (CLEAN) {
            for (var r : CLEAN) {
                if (r != null && r.get() == s) return true;
            }
        }
        for (int i = start; i < end; i++) {
            if (Character.isSurrogate(s.charAt(i))) return false;
        }
        synchronized (CLEAN) {
            CLEAN[nextClean] = new java.lang.ref.WeakReference<>(s);
            nextClean = (nextClean + 1) % CLEAN.length;
        }
        return true;
    }

    static Plan plan(SqlParseResult old, String oldText, String text) {
        // An unterminated string or comment made the lexer look to the end of the old text: what it decided before
        // the edit may change with it (an edit that closes a nested comment). Read such a file whole.
        for (var e : old.errors()) {
            if (e.message().startsWith("unterminated")) return null;
        }
        int n = text.length();
        int m = oldText.length();
        dev.schemawise.text.Shared shared = dev.schemawise.text.Shared.of(oldText, text);
        int prefix = shared.prefix();
        int suffix = shared.suffix();
        // Top-level statements: not inside an earlier one (the statements of a DO body are).
        int cut = 0;
        int maxEnd = 0;
        int[] ends = new int[old.statements().size()];
        int count = 0;
        for (Statement st : old.statements()) {
            int start = st.range().start();
            int end = st.range().end();
            boolean topLevel = start >= maxEnd;
            maxEnd = Math.max(maxEnd, end);
            if (!topLevel || end == 0 || end > m || oldText.charAt(end - 1) != ';') continue;
            ends[count++] = end;
            // The statement and the character after it are unchanged: an edit right after ';' cannot extend its token.
            if (end < prefix) cut = end;
        }
        int[] oldEnds = java.util.Arrays.copyOf(ends, count);
        java.util.Arrays.sort(oldEnds);
        return new Plan(cut, prefix, suffix, n - m, n, oldEnds);
    }
}
