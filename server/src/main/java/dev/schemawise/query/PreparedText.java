package dev.schemawise.query;

/**
 * A statement as JSqlParser gets it, and the way back to the statement as written. Two things JSqlParser would
 * trip over are taken care of first:
 * <ul>
 *   <li>the literal rows of a long INSERT ... VALUES list after its first row are cut out ({@link ValuesElision}):
 *       JSqlParser is slow on them and they hold no facts;</li>
 *   <li>JSqlParser ends a statement at {@code \n\n\n}, {@code \n/\n} and {@code \ngo\n} as at a semicolon (habits
 *       of SQL*Plus and SQL Server scripts), so a query with two empty lines in it would end early: the first
 *       newline of each such sequence outside strings and comments becomes a space.</li>
 * </ul>
 * Offsets in {@link #text} map to offsets in {@link #original} with {@link #originalOffset}.
 *
 * @param original  the statement as written
 * @param text      what JSqlParser reads
 * @param cutAt     where the cut-out rows were (offset in {@code text}), or -1
 * @param cutLength how many characters were cut out there
 */
record PreparedText(String original, String text, int cutAt, int cutLength) {

    static PreparedText of(String original) {
        int[] cut = ValuesElision.literalRows(original);
        String text = cut == null ? original : original.substring(0, cut[0]) + original.substring(cut[1]);
        return new PreparedText(original, withoutPseudoSeparators(text), cut == null ? -1 : cut[0], cut == null ? 0 : cut[1] - cut[0]);
    }

    /** The same statement with its bind parameters masked ({@link ParameterMask}); this one if it has none. */
    PreparedText masked() {
        String masked = ParameterMask.mask(text);
        return masked.equals(text) ? this : new PreparedText(original, masked, cutAt, cutLength);
    }

    /** The offset in the statement as written of offset {@code offset} of {@link #text}. */
    int originalOffset(int offset) {
        return cutAt >= 0 && offset >= cutAt ? offset + cutLength : offset;
    }

    private static String withoutPseudoSeparators(String s) {
        char[] out = null;
        int i = 0;
        while (i < s.length()) {
            int end = SqlScanner.opaqueEnd(s, i);
            if (end == SqlScanner.UNTERMINATED) break;
            if (end > i) {
                i = end;
                continue;
            }
            // Only earlier characters have changed, so the text as it was tells what follows.
            if (s.charAt(i) == '\n' && startsSeparator(s, i)) {
                if (out == null) out = s.toCharArray();
                out[i] = ' ';
            }
            i++;
        }
        return out == null ? s : new String(out);
    }

    private static boolean startsSeparator(String s, int i) {
        return s.startsWith("\n\n\n", i) || s.startsWith("\n/\n", i) || s.regionMatches(true, i, "\ngo\n", 0, 4);
    }
}
