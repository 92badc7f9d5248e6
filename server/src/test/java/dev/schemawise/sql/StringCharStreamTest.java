package dev.schemawise.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;

/** The stream over a String answers as ANTLR's own stream over a copy of it does. */
class StringCharStreamTest {

    @Test
    void answersAsAntlrsStreamDoes() {
        Random random = new Random(11);
        String alphabet = "ab;' \n\té→\u0000";
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            CharStream theirs = CharStreams.fromString(text);
            CharStream ours = new StringCharStream(text);
            assertEquals(theirs.size(), ours.size());
            for (int step = 0; step < 60; step++) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        if (theirs.LA(1) == CharStream.EOF) {
                            assertThrows(IllegalStateException.class, ours::consume);
                        } else {
                            theirs.consume();
                            ours.consume();
                        }
                    }
                    case 1 -> {
                        int at = random.nextInt(n + 1);
                        theirs.seek(at);
                        ours.seek(at);
                    }
                    case 2 -> {
                        int a = random.nextInt(n + 3) - 1;
                        int z = random.nextInt(n + 3) - 1;
                        if (a >= 0 && z >= a - 1) assertEquals(theirs.getText(Interval.of(a, z)), ours.getText(Interval.of(a, z)), text + " " + a + ".." + z);
                    }
                    default -> {
                        for (int i = -3; i <= 3; i++) assertEquals(theirs.LA(i), ours.LA(i), "LA(" + i + ") at " + theirs.index() + " of " + text);
                    }
                }
                assertEquals(theirs.index(), ours.index());
            }
        }
    }
}
