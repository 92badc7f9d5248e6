package dev.schemawise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.SyntaxError;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.prisma.PrismaFrontEnd;
import dev.schemawise.prisma.PrismaParseResult;
import dev.schemawise.prisma.PrismaSchemaMapper;
import dev.schemawise.sql.DialectGuesser;
import dev.schemawise.sql.SqlFrontEnd;
import dev.schemawise.sql.SqlParseResult;
import dev.schemawise.workspace.Replay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus file, truncated at many points and with random bytes flipped, is read without an exception
 * escaping, and each broken statement is reported at most once (no two syntax errors fall in one statement).
 */
class RobustnessTest {

    private static final int CUTS = 40;
    private static final int MUTANTS = 25;

    @TestFactory
    Stream<DynamicTest> sqlSurvivesTruncationAndMutation() {
        List<Path> files = new ArrayList<>(TestFiles.files(TestFiles.corpus("sql"), ".sql"));
        files.add(TestFiles.repoRoot().resolve("examples/postgres/schema.sql"));
        files.add(TestFiles.repoRoot().resolve("examples/mysql/schema.sql"));
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = TestFiles.read(f);
            if (text.length() > 400_000) text = text.substring(0, 400_000);
            Dialect dialect = DialectGuesser.guess(f.toString(), text);
            Random random = new Random(f.getFileName().toString().hashCode());
            for (int i = 1; i <= CUTS; i++) check(text.substring(0, text.length() * i / CUTS), dialect);
            for (int i = 0; i < MUTANTS; i++) check(mutate(text, random), dialect);
        }));
    }

    @TestFactory
    Stream<DynamicTest> prismaSurvivesTruncationAndMutation() {
        List<Path> files = new ArrayList<>(TestFiles.files(TestFiles.corpus("prisma"), ".prisma"));
        files.add(TestFiles.repoRoot().resolve("examples/prisma/schema.prisma"));
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = TestFiles.read(f);
            Random random = new Random(f.getFileName().toString().hashCode());
            for (int i = 1; i <= CUTS; i++) checkPrisma(text.substring(0, text.length() * i / CUTS));
            for (int i = 0; i < MUTANTS; i++) checkPrisma(mutate(text, random));
        }));
    }

    private static void check(String text, Dialect dialect) {
        SqlParseResult r = SqlFrontEnd.parse("f.sql", text, dialect);
        for (SyntaxError e : r.errors()) {
            assertTrue(e.range().start() >= 0 && e.range().end() <= text.length(), "error range inside the text");
        }
        // at most one error per statement
        int[] perStatement = new int[r.statements().size()];
        for (SyntaxError e : r.errors()) {
            for (int s = 0; s < r.statements().size(); s++) {
                Statement st = r.statements().get(s);
                if (st.range().start() <= e.range().start() && e.range().start() < Math.max(st.range().end(), st.range().start() + 1)) {
                    perStatement[s]++;
                    assertTrue(perStatement[s] <= 1 || nested(r, s), "two errors in one statement: " + r.errors());
                    break;
                }
            }
        }
        Replay replay = new Replay(dialect);
        replay.applyAll(r.statements(), "f.sql");
        replay.snapshot().relations();
    }

    /** DO blocks add the statements of their bodies after themselves; those share the DO's range. */
    private static boolean nested(SqlParseResult r, int s) {
        return s + 1 < r.statements().size() && r.statements().get(s).range().encloses(r.statements().get(s + 1).range());
    }

    private static void checkPrisma(String text) {
        PrismaParseResult r = PrismaFrontEnd.parse("f.prisma", text);
        long lines = r.errors().stream().map(e -> e.range().startLine()).distinct().count();
        assertTrue(lines == r.errors().size(), "at most one error per line: " + r.errors());
        PrismaSchemaMapper.map(List.of(r), null).schema().relations();
    }

    /** Flips a few random characters: to random bytes, quotes, parentheses, semicolons or nothing. */
    static String mutate(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        String specials = "'\"`$();{}[]@\u0000\uffff\n-/*,";
        int flips = 1 + random.nextInt(5);
        for (int i = 0; i < flips && b.length() > 0; i++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.setCharAt(at, (char) random.nextInt(0x3000));
                case 1 -> b.setCharAt(at, specials.charAt(random.nextInt(specials.length())));
                case 2 -> b.deleteCharAt(at);
                default -> b.insert(at, specials.charAt(random.nextInt(specials.length())));
            }
        }
        return b.toString();
    }
}
