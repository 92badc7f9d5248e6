package dev.schemawise.rules;

import dev.schemawise.text.LineIndex;
import dev.schemawise.text.Span;

/** Small builders of text edits and fixes, shared by rules and the engine. */
public final class Edits {
    private Edits() {}

    public static TextEdit insert(RuleContext ctx, String file, int offset, String text) {
        return new TextEdit(file, ctx.span(file, offset, offset), text);
    }

    public static TextEdit replace(RuleContext ctx, String file, int start, int end, String text) {
        return new TextEdit(file, ctx.span(file, start, end), text);
    }

    public static TextEdit replace(String file, Span range, String text) {
        return new TextEdit(file, range, text);
    }

    public static Fix safe(String title, TextEdit... edits) {
        return new Fix(title, true, java.util.List.of(edits));
    }

    public static Fix choice(String title, TextEdit... edits) {
        return new Fix(title, false, java.util.List.of(edits));
    }

    /** The offset at the end of the line holding {@code offset} (before its line break). */
    public static int endOfLine(LineIndex lines, int offset) {
        return lines.lineEnd(lines.line(offset));
    }

    /**
     * An edit putting {@code line} on a line of its own just before the code at {@code offset}, indented like the
     * line holding that code and ended with the file's own line break (CRLF when its first line ends so).
     */
    public static TextEdit lineBefore(RuleContext ctx, String file, int offset, String line) {
        LineIndex lines = ctx.lines(file);
        String text = lines.text();
        int firstBreak = text.indexOf('\n');
        String eol = firstBreak > 0 && text.charAt(firstBreak - 1) == '\r' ? "\r\n" : "\n";
        String indentation = indentation(lines, offset);
        boolean startsLine = text.substring(lines.lineStart(lines.line(offset)), offset).isBlank();
        return insert(ctx, file, offset, (startsLine ? "" : eol + indentation) + line + eol + indentation);
    }

    /** The indentation (spaces and tabs) of the line holding {@code offset}. */
    public static String indentation(LineIndex lines, int offset) {
        String text = lines.text();
        int start = lines.lineStart(lines.line(offset));
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return text.substring(start, i);
    }
}
