package dev.schemawise.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedTest {

    /** The comparison without remembered edits: every character from both ends. */
    private static Shared plain(String before, String after) {
        int m = before.length();
        int n = after.length();
        int limit = Math.min(m, n);
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < limit - prefix && before.charAt(m - 1 - suffix) == after.charAt(n - 1 - suffix)) suffix++;
        return new Shared(prefix, suffix);
    }

    /** Applies an edit as the language server's documents do, remembering it. */
    private static String edit(String text, int start, int end, String replacement) {
        String after = text.substring(0, start) + replacement + text.substring(end);
        Shared.edited(text, after, start, text.length() - end);
        return after;
    }

    @Test
    void rememberedEditsGiveWhatAFullComparisonGives() {
        Random random = new Random(7);
        String[] alphabet = {"a", "b", ";", "\n", "ab", ""};
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) b.append(alphabet[random.nextInt(alphabet.length)]);
            String first = b.toString();
            List<String> versions = new ArrayList<>(List.of(first));
            String text = first;
            for (int k = random.nextInt(5); k >= 0; k--) {
                int start = random.nextInt(text.length() + 1);
                int end = start + random.nextInt(text.length() - start + 1);
                // edits that put back what was there, or insert what is already beside them, share more than they say
                text = edit(text, start, end, alphabet[random.nextInt(alphabet.length)]);
                versions.add(text);
            }
            for (String before : versions) {
                for (String after : versions) {
                    assertEquals(plain(before, after), Shared.of(before, after), before + " -> " + after);
                }
            }
        }
    }

    @Test
    void aChainOfEditsSharesWhatEachOfThemShares() {
        String v1 = "create table a (id int);\ncreate table b (id int);\n";
        String v2 = edit(v1, 20, 20, " not null");
        String v3 = edit(v2, 40, 41, "");
        Shared known = Shared.remembered(v1, v3);
        assertEquals(new Shared(20, Math.min(v1.length() - 20, v2.length() - 41)), known);
        assertEquals(plain(v1, v3), Shared.of(v1, v3));
        // no remembered edit leads from a later version back to an earlier one
        assertNull(Shared.remembered(v3, v1));
        assertEquals(plain(v3, v1), Shared.of(v3, v1));
    }

    /** Ranges of two versions are the same text exactly when a comparison says so, whatever was remembered. */
    @Test
    void sameTextIsWhatAComparisonSays() {
        Random random = new Random(9);
        String[] alphabet = {"a", "b", ";", "\n", "ab", ""};
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) b.append(alphabet[random.nextInt(alphabet.length)]);
            String before = b.toString();
            String after = before;
            for (int k = random.nextInt(3); k >= 0; k--) {
                int start = random.nextInt(after.length() + 1);
                after = edit(after, start, start + random.nextInt(after.length() - start + 1), alphabet[random.nextInt(alphabet.length)]);
            }
            Shared known = random.nextBoolean() ? Shared.remembered(before, after) : null;
            for (int k = 0; k < 20; k++) {
                int length = random.nextInt(6);
                int a = random.nextInt(before.length() + 2);
                // often the same place, or the same distance from the end, where what is shared decides without comparing
                int c = switch (random.nextInt(3)) {
                    case 0 -> a;
                    case 1 -> a + after.length() - before.length();
                    default -> random.nextInt(after.length() + 2);
                };
                boolean compared = a >= 0 && c >= 0 && a + length <= before.length() && c + length <= after.length()
                        && before.substring(a, a + length).equals(after.substring(c, c + length));
                assertEquals(compared, Shared.sameText(known, before, a, after, c, length), before + " [" + a + "] -> " + after + " [" + c + "], " + length);
            }
        }
    }

    @Test
    void unrelatedTextsAreComparedWhole() {
        assertNull(Shared.remembered(new String("abc"), new String("abd")));
        assertEquals(new Shared(2, 0), Shared.of("abc", "abd"));
        assertEquals(new Shared(0, 2), Shared.of("xbc", "ybc"));
        assertEquals(new Shared(3, 0), Shared.of("abc", "abc"));
    }
}
