package dev.schemawise.text;

import java.util.Arrays;

/**
 * Converts between UTF-16 offsets and (line, column) positions of one text. Lines end at \n, \r\n or \r,
 * as in the LSP specification. Built once per text; lookups are binary searches.
 */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[Math.max(16, text.length() / 32)];
        int count = 0;
        starts[count++] = 0;
        if (text.indexOf('\r') < 0) {
            // Line breaks found by String.indexOf, which is compiled (and vectorised) long before a loop of charAt
            // here would be: a language server indexes a 100,000-line file in its first second, mostly interpreted.
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        } else {
            for (int i = 0; i < text.length(); i++) {
                if (endsLine(text, i)) {
                    if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                    starts[count++] = i + 1;
                }
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    private LineIndex(String text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }

    /**
     * The index of a new version of this index's text that shares its first {@code prefix} and last {@code suffix}
     * characters with it (an editor's change replaced what lies between): only the changed part is scanned for line
     * breaks, the line starts before it are kept and those after it moved. The result equals {@code new LineIndex(newText)}.
     */
    public LineIndex edited(String newText, int prefix, int suffix) {
        int oldLength = text.length();
        int newLength = newText.length();
        if (prefix < 0 || suffix < 0 || prefix + suffix > Math.min(oldLength, newLength)) return new LineIndex(newText);
        int delta = newLength - oldLength;
        // One character of margin on each side: a '\r' just before the change may have lost or gained its '\n'.
        int from = Math.max(0, prefix - 1);
        int to = Math.min(newLength, newLength - suffix + 1);
        int keepBefore = upperBound(from); // old starts <= from
        int keepAfter = upperBound(to - delta); // old starts > to - delta move by delta
        int[] starts = new int[keepBefore + (to - from) + (lineStarts.length - keepAfter)];
        System.arraycopy(lineStarts, 0, starts, 0, keepBefore);
        int count = keepBefore;
        for (int i = from; i < to; i++) {
            if (endsLine(newText, i)) starts[count++] = i + 1;
        }
        for (int k = keepAfter; k < lineStarts.length; k++) starts[count++] = lineStarts[k] + delta;
        return new LineIndex(newText, count == starts.length ? starts : Arrays.copyOf(starts, count));
    }

    /** Whether the character at {@code i} ends a line: a \n, or a \r not followed by \n. */
    private static boolean endsLine(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
    }

    /** How many line starts are at or before an offset. */
    private int upperBound(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 0-based line holding an offset (offsets past the end clamp to the last line). */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return i >= 0 ? i : -i - 2;
    }

    public int column(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[line(clamped)];
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** The offset where a line's content ends (before its line break). */
    public int lineEnd(int line) {
        if (line + 1 >= lineStarts.length) return text.length();
        int end = lineStarts[line + 1];
        if (end > 0 && text.charAt(end - 1) == '\n') end--;
        if (end > lineStarts[line] && text.charAt(end - 1) == '\r') end--;
        return end;
    }

    /** The offset of an LSP position; positions past a line's end or the text's end clamp. */
    public int offset(int line, int column) {
        if (line < 0) return 0;
        if (line >= lineStarts.length) return text.length();
        int start = lineStarts[line];
        // Clamp the column before adding it: start + Integer.MAX_VALUE would overflow to a negative offset.
        return start + Math.min(Math.max(0, column), lineEnd(line) - start);
    }

    public Span span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int startLine = line(s);
        int endLine = line(e);
        return new Span(s, e, startLine, s - lineStarts[startLine], endLine, e - lineStarts[endLine]);
    }

    /** The first 0-based line where two texts differ, line endings aside; -1 when they are the same. */
    public static int firstDifferentLine(String a, String b) {
        String[] x = a.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String[] y = b.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!x[i].equals(y[i])) return i;
        }
        return x.length == y.length ? -1 : n;
    }
}
