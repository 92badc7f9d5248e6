package dev.schemawise.sql;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * ANTLR's character stream over a String as it is, for a text without surrogates (where code points and UTF-16
 * indices are the same). {@code CharStreams.fromString} copies the text into a buffer of its own: 4 MB for a large
 * dump, once per lexer, and a file of thousands of statements is lexed in parts on every core, each with its own
 * stream. Behaves as ANTLR's {@code CodePointCharStream} does.
 */
public final class StringCharStream implements CharStream {
    private final String text;
    private int position;

    public StringCharStream(String text) {
        this.text = text;
    }

    @Override
    public void consume() {
        if (position >= text.length()) throw new IllegalStateException("cannot consume EOF");
        position++;
    }

    @Override
    public int LA(int i) {
        if (i > 0) {
            int at = position + i - 1;
            return at >= text.length() ? IntStream.EOF : text.charAt(at);
        }
        if (i < 0) {
            int at = position + i;
            return at < 0 ? IntStream.EOF : text.charAt(at);
        }
        return 0;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // nothing is buffered
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = index;
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.min(interval.a, text.length());
        int length = Math.min(interval.b - interval.a + 1, text.length() - start);
        return length <= 0 ? "" : text.substring(start, start + length);
    }

    @Override
    public String toString() {
        return text;
    }
}
