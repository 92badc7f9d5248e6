package dev.schemawise.query;

/**
 * A range of a file's text as UTF-16 offsets (Java string indices), start inclusive and end exclusive. Ranges in
 * query facts are absolute: the statement's base offset is already added, so {@code file.substring(start, end)}
 * is the text the range names.
 */
public record Range(int start, int end) {

    public Range {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }

    // Written out as a record's would be (RecordMethodsTest): a record's own are bootstrapped on first use.
    @Override
    public boolean equals(Object o) {
        return o instanceof Range r && start == r.start && end == r.end;
    }

    @Override
    public int hashCode() {
        return start * 31 + end;
    }

    public int length() {
        return end - start;
    }

    /** The text of this range in {@code fileText}, the text the offsets count in. */
    public String textIn(String fileText) {
        return fileText.substring(start, end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
