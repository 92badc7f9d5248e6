package dev.schemawise.text;

/**
 * Maps code-point indices (what ANTLR's CharStreams count) to UTF-16 indices (what Java strings and the
 * LSP count). The identity for texts without supplementary characters, which is nearly every schema.
 */
public final class OffsetMap {
    private final int[] utf16ByCodePoint; // null when the mapping is the identity
    private final int length;

    private OffsetMap(int[] utf16ByCodePoint, int length) {
        this.utf16ByCodePoint = utf16ByCodePoint;
        this.length = length;
    }

    /** The identity map of a text of this length known to have no surrogates. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(null, length);
    }

    public static OffsetMap of(String text) {
        // As many code points as UTF-16 units: no surrogate pair, and a lone surrogate counts as one of each. Asked of
        // String, which answers at once for a text of Latin-1 characters only (nearly every schema) instead of a scan.
        int count = text.codePointCount(0, text.length());
        if (count == text.length()) return new OffsetMap(null, text.length());
        int[] map = new int[count + 1];
        int u = 0;
        for (int cp = 0; cp < count; cp++) {
            map[cp] = u;
            u += Character.charCount(text.codePointAt(u));
        }
        map[count] = u;
        return new OffsetMap(map, text.length());
    }

    /** True when code-point indices are UTF-16 indices (the text has no surrogates). */
    public boolean isIdentity() {
        return utf16ByCodePoint == null;
    }

    /** The UTF-16 index of a code-point index (indices past the end clamp to the text's length). */
    public int utf16(int codePointIndex) {
        if (utf16ByCodePoint == null) return Math.max(0, Math.min(codePointIndex, length));
        if (codePointIndex <= 0) return 0;
        return codePointIndex >= utf16ByCodePoint.length ? length : utf16ByCodePoint[codePointIndex];
    }
}
