package dev.schemawise.text;

/**
 * A range of source text: UTF-16 offsets (Java string indices, end exclusive) plus the same range as
 * 0-based line and UTF-16 column, the way the Language Server Protocol counts.
 */
public record Span(int start, int end, int startLine, int startColumn, int endLine, int endColumn) {

    public static final Span NONE = new Span(0, 0, 0, 0, 0, 0);

    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    // equals and hashCode are written out as a record's would be (RecordMethodsTest): a record's own are bootstrapped
    // on first use, which spins method-handle classes in a language server's first analysis (docs/PERFORMANCE.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && start == s.start && end == s.end && startLine == s.startLine && startColumn == s.startColumn
                && endLine == s.endLine && endColumn == s.endColumn;
    }

    @Override
    public int hashCode() {
        return ((((start * 31 + end) * 31 + startLine) * 31 + startColumn) * 31 + endLine) * 31 + endColumn;
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }

    public boolean encloses(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        Span first = other.start < start ? other : this;
        Span last = other.end > end ? other : this;
        return new Span(first.start, last.end, first.startLine, first.startColumn, last.endLine, last.endColumn);
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
