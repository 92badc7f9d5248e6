package dev.schemawise.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemawise.TestFiles;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading an edited Prisma schema while reusing unchanged blocks gives exactly what reading it whole gives. */
class IncrementalPrismaTest {

    private static final String[] INSERTS = {"\n", " ", "x", "?", "[]", "@", "@id", "{", "}", "(", ")", "\"", "//", "/// doc\n", "\nmodel A {\n  id Int @id\n}\n",
            "model", "  ", "\t", "é"};

    @Test
    void randomEditsOfTheCorpusSchema() {
        String text = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        for (long seed = 0; seed < 3; seed++) {
            Random random = new Random(seed);
            PrismaFrontEnd.Parsed previous = PrismaFrontEnd.parseReusing("s.prisma", text, null);
            String current = text;
            for (int i = 0; i < 80; i++) {
                int at = random.nextInt(current.length() + 1);
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
                previous = incremental;
                current = next;
            }
        }
    }
}
