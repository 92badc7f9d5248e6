package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text search the rules' keyword scans share gives what a compare at every position gives. */
class SchemaFactsTextTest {

    @Test
    void indexOfIgnoreCaseMatchesANaiveSearch() {
        Random random = new Random(7);
        String alphabet = "likeLIKE _;\n";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            String word = random.nextBoolean() ? "like" : "ke";
            int from = random.nextInt(length + 2) - 1;
            int to = random.nextInt(length + 3);
            assertEquals(naive(text, word, from, to), SchemaFacts.indexOfIgnoreCase(text, word, from, to), text + " / " + word + " " + from + ".." + to);
        }
    }

    private static int naive(String text, String word, int from, int to) {
        for (int i = Math.max(0, from); i + word.length() <= Math.min(text.length(), to); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) return i;
        }
        return -1;
    }
}
