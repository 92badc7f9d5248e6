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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
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
        return Math.min(lineStarts[line] + Math.max(0, column), lineEnd(line));
    }

    public Span span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int startLine = line(s);
        int endLine = line(e);
        return new Span(s, e, startLine, s - lineStarts[startLine], endLine, e - lineStarts[endLine]);
    }
}
