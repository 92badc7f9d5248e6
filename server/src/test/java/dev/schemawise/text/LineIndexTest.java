package dev.schemawise.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void linesEndAtLfCrLfAndLoneCr() {
        LineIndex lines = new LineIndex("a\nb\r\nc\rd");
        assertEquals(4, lines.lineCount());
        assertEquals(2, lines.lineStart(1));
        assertEquals(5, lines.lineStart(2));
        assertEquals(7, lines.lineStart(3));
        assertEquals(3, lines.lineEnd(1));
    }

    /** Positions past a line's end, the text's end, or before its start clamp; a huge column does not overflow. */
    @Test
    void offsetsClamp() {
        LineIndex lines = new LineIndex("ab\r\ncd\n");
        assertEquals(2, lines.offset(0, 99));
        assertEquals(2, lines.offset(0, Integer.MAX_VALUE));
        assertEquals(6, lines.offset(1, Integer.MAX_VALUE));
        assertEquals(4, lines.offset(1, Integer.MIN_VALUE));
        assertEquals(7, lines.offset(Integer.MAX_VALUE, 0));
        assertEquals(0, lines.offset(Integer.MIN_VALUE, 5));
    }

    /** An edited index equals one built from scratch, whatever the edit does to line breaks at its edges. */
    @Test
    void editedEqualsRebuilt() {
        Random random = new Random(42);
        String alphabet = "ab\n\r \r\n";
        for (int round = 0; round < 20_000; round++) {
            String old = randomText(random, alphabet, random.nextInt(30));
            int start = random.nextInt(old.length() + 1);
            int end = start + random.nextInt(old.length() - start + 1);
            String replacement = randomText(random, alphabet, random.nextInt(6));
            String text = old.substring(0, start) + replacement + old.substring(end);
            LineIndex edited = new LineIndex(old).edited(text, start, old.length() - end);
            assertSame(new LineIndex(text), edited, old, text);
        }
    }

    /** Built by String.indexOf when the text has no carriage return, else by a scan: both find every line start a scan does. */
    @Test
    void lineStartsAreWhereAScanFindsThem() {
        Random random = new Random(7);
        for (String alphabet : new String[] {"ab\n ", "ab\n\r \r\n", "\n", "x"}) {
            for (int round = 0; round < 5_000; round++) {
                String text = randomText(random, alphabet, random.nextInt(40));
                LineIndex lines = new LineIndex(text);
                java.util.List<Integer> expected = new java.util.ArrayList<>(java.util.List.of(0));
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) expected.add(i + 1);
                }
                assertEquals(expected.size(), lines.lineCount(), text);
                for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), lines.lineStart(i), text);
            }
        }
    }

    /** Code-point indices map to UTF-16 indices as walking the text by code points does; the identity exactly when it is one. */
    @Test
    void offsetMapWalksCodePoints() {
        Random random = new Random(11);
        String[] pieces = {"a", "é", "\u4e2d", "\ud83d\ude00", "\ud83d", "\ude00", "\n"};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) b.append(pieces[random.nextInt(round % 2 == 0 ? 3 : pieces.length)]);
            String text = b.toString();
            OffsetMap map = OffsetMap.of(text);
            boolean identity = true;
            int u = 0;
            int cp = 0;
            while (u < text.length()) {
                assertEquals(u, map.utf16(cp), text);
                identity &= u == cp;
                u += Character.charCount(text.codePointAt(u));
                cp++;
            }
            assertEquals(text.length(), map.utf16(cp), text);
            identity &= cp == text.length();
            assertEquals(identity, map.isIdentity(), () -> text.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void inconsistentLengthsFallBackToAFullScan() {
        assertSame(new LineIndex("x\ny"), new LineIndex("a").edited("x\ny", 2, 2), "a", "x\ny");
    }

    private static void assertSame(LineIndex expected, LineIndex actual, String old, String text) {
        String what = "edit of " + old.replace("\r", "\\r").replace("\n", "\\n") + " into " + text.replace("\r", "\\r").replace("\n", "\\n");
        assertEquals(expected.lineCount(), actual.lineCount(), what);
        for (int i = 0; i < expected.lineCount(); i++) assertEquals(expected.lineStart(i), actual.lineStart(i), what + " line " + i);
        assertEquals(text, actual.text());
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
