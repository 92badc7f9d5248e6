package dev.schemawise.lsp;

import dev.schemawise.text.LineIndex;
import dev.schemawise.text.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between schemawise's positions (UTF-16 offsets and columns) and LSP positions in the negotiated
 * encoding: UTF-16 (the default) or UTF-8, where a column counts bytes. Positions past the end of a line or of
 * the text are clamped, never an error.
 */
final class Positions {
    private final boolean utf8;

    Positions(boolean utf8) {
        this.utf8 = utf8;
    }

    boolean utf8() {
        return utf8;
    }

    Range range(LineIndex lines, Span span) {
        return new Range(position(lines, span.startLine(), span.startColumn()), position(lines, span.endLine(), span.endColumn()));
    }

    Position position(LineIndex lines, int line, int utf16Column) {
        if (!utf8) return new Position(line, utf16Column);
        int start = lines.lineStart(line);
        int end = Math.min(start + utf16Column, lines.text().length());
        int bytes = 0;
        for (int i = start; i < end; i++) {
            char c = lines.text().charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return new Position(line, bytes);
    }

    /** The UTF-16 offset of an LSP position in a text. */
    int offset(LineIndex lines, Position p) {
        if (p == null) return 0;
        int line = Math.max(0, p.getLine());
        if (line >= lines.lineCount()) return lines.text().length();
        int character = Math.max(0, p.getCharacter());
        if (!utf8) return lines.offset(line, character);
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line);
        int bytes = 0;
        int i = start;
        while (i < end && bytes < character) {
            char c = lines.text().charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else bytes += 3;
            i++;
        }
        return Math.min(i, end);
    }
}
