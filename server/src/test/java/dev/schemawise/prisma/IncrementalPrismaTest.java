package dev.schemawise.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemawise.TestFiles;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading an edited Prisma schema while reusing unchanged blocks gives exactly what reading it whole gives. */
class IncrementalPrismaTest {

    private static final String[] INSERTS = {"\n", " ", "x", "?", "[]", "@", "@id", "{", "}", "(", ")", "\"", "//", "/// doc\n", "\nmodel A {\n  id Int @id\n}\n",
            "model", "  ", "\t", "é", "/*", "*/", "/", "\r\n", "\r", "\uD83D\uDE00", "\nmodel B {", "\nenum E {\n  A\n}\n", "}\n\nmodel C {\n",
            "\n/// doc of the next block\n", "\"unclosed", "datasource", "\n  "};

    @Test
    void randomEditsOfTheCorpusSchema() {
        String text = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        for (long seed = 0; seed < 12; seed++) {
            Random random = new Random(seed);
            PrismaFrontEnd.Parsed previous = PrismaFrontEnd.parseReusing("s.prisma", text, null);
            String current = text;
            for (int i = 0; i < 80; i++) {
                int at = random.nextInt(current.length() + 1);
                if (random.nextInt(4) == 0) {
                    // near a block header, where reading starts and stops
                    int header = current.indexOf("\nmodel ", at);
                    if (header >= 0) at = Math.min(current.length(), header + random.nextInt(3));
                }
                String next = switch (random.nextInt(3)) {
                    case 0 -> current.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + current.substring(at);
                    case 1 -> current.substring(0, at) + current.substring(Math.min(current.length(), at + 1 + random.nextInt(30)));
                    default -> current.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + current.substring(Math.min(current.length(), at + random.nextInt(4)));
                };
                PrismaFrontEnd.Parsed incremental = PrismaFrontEnd.parseReusing("s.prisma", next, previous.reuse());
                PrismaParseResult whole = PrismaFrontEnd.parse("s.prisma", next);
                String where = "edit " + i + " (seed " + seed + ") at " + at;
                var a = whole.blocks();
                var b = incremental.result().blocks();
                for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
                    assertEquals(a.get(k).toString(), b.get(k).toString(), where + ": block " + k);
                }
                assertEquals(a.size(), b.size(), where + ": blocks");
                assertEquals(whole.errors(), incremental.result().errors(), where + ": errors");
                assertEquals(whole.comments(), incremental.result().comments(), where + ": comments");
                assertEquals(whole.lines().lineCount(), incremental.result().lines().lineCount(), where + ": lines");
                for (int line = 0; line < whole.lines().lineCount(); line++) {
                    assertEquals(whole.lines().lineStart(line), incremental.result().lines().lineStart(line), where + ": line " + line);
                }
                previous = incremental;
                current = next;
            }
        }
    }

    @Test
    void anEditReadsOnlyItsBlockAndKeepsTheOthers() {
        String text = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        PrismaFrontEnd.Parsed first = PrismaFrontEnd.parseReusing("s.prisma", text, null);
        int at = text.indexOf(" String", text.length() / 2) + " String".length();
        PrismaFrontEnd.Parsed edited = PrismaFrontEnd.parseReusing("s.prisma", text.substring(0, at) + "?" + text.substring(at), first.reuse());
        var before = first.result().blocks();
        var after = edited.result().blocks();
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int k = 0; k < before.size(); k++) {
            boolean ahead = before.get(k).range().end() < at;
            if (ahead) org.junit.jupiter.api.Assertions.assertSame(before.get(k), after.get(k), "block " + k + " before the edit is kept as it is");
            else if (before.get(k).range().start() > at) assertEquals(before.get(k).range().start() + 1, after.get(k).range().start(), "block " + k + " moved");
            else changed++;
        }
        assertEquals(1, changed);
    }
}
