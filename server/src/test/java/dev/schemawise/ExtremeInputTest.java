package dev.schemawise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.config.Config;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs at the extremes go through the whole analysis (front end, model, every rule) without an exception escaping
 * and without a rule failing: deeply nested parentheses, a table of 100,000 columns, a Prisma model of 20,000
 * fields. The timeout only guards against a hang; speed is measured by the benchmarks.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ExtremeInputTest {

    private static Analyzer.Result analyze(String path, String text) {
        Workspace w = Workspace.build(List.of(new SourceFile(path, Path.of(path), text)), Workspace.Settings.DEFAULT, new ParseCache());
        Analyzer.Result result = Analyzer.analyze(w, p -> Config.DEFAULT);
        assertEquals(List.of(), result.internalErrors(), "no rule fails");
        return result;
    }

    @Test
    void deeplyNestedParentheses() {
        String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
        String sql = "CREATE TABLE t (id bigint PRIMARY KEY, n int CHECK " + deep + ", d int DEFAULT " + deep + ");\n"
                + "CREATE VIEW v AS SELECT " + deep + " AS x FROM t WHERE id = " + deep + ";\n"
                + "CREATE INDEX t_n_idx ON t ((" + deep + "));\n"
                + "SELECT * FROM t WHERE n IN " + "(SELECT n FROM t WHERE n IN ".repeat(3_000) + "(1)" + ")".repeat(3_000) + ";\n"
                + "CREATE TABLE after_the_deep_ones (id bigint PRIMARY KEY);\n";
        Analyzer.Result r = analyze("deep.sql", sql);
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("syntax") && f.message().contains("nests parentheses 20002 levels deep")),
                r.findings().toString());
        Workspace w = Workspace.build(List.of(new SourceFile("deep.sql", Path.of("deep.sql"), sql)), Workspace.Settings.DEFAULT, new ParseCache());
        assertTrue(w.units().get(0).schema().table("after_the_deep_ones") != null, "the statements after it are read");
        // Deep, but within what is read: 400 levels of an arithmetic expression in a CHECK and a view.
        String nested = "(1 + ".repeat(400) + "n" + ")".repeat(400);
        Analyzer.Result ok = analyze("nested.sql", "CREATE TABLE t (id bigint PRIMARY KEY, n int CHECK (" + nested + " > 0));\n"
                + "CREATE VIEW v AS SELECT " + nested + " AS x FROM t;\n");
        assertFalse(ok.findings().stream().anyMatch(f -> f.rule().equals("syntax")), ok.findings().toString());
        String unbalanced = "CREATE TABLE u (id int CHECK " + "(".repeat(50_000) + ");\nCREATE TABLE w (id bigint PRIMARY KEY);\n";
        assertTrue(analyze("unbalanced.sql", unbalanced).findings().stream().anyMatch(f -> f.rule().equals("syntax")));
    }

    /**
     * Quoted names and strings that run on for 100,000 characters, or are made of 50,000 doubled quotes: the regular
     * expressions that find them in the text (REFERENCES targets, literals, lock_timeout settings) read them without
     * recursion. Fuzzing found a StackOverflowError in unknown-reference on a name opened by a quote never closed.
     */
    @Test
    void quotedNamesAndStringsThatNeverEnd() {
        String run = "x".repeat(100_000);
        String doubled = "\"\"".repeat(50_000);
        for (String tail : List.of(run, doubled, "''".repeat(50_000))) {
            String sql = "CREATE TABLE a (id bigint PRIMARY KEY);\n"
                    + "CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES \"" + tail + "\n);\n"
                    + "CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES `" + tail + "\n);\n"
                    + "CREATE TABLE d (id bigint PRIMARY KEY, s text DEFAULT '" + tail + "');\n"
                    + "SELECT set_config('lock_timeout', '" + tail + "', false);\n";
            analyze("quotes.sql", sql);
            analyze("migrations/000001_quotes.up.sql", sql);
        }
    }

    @Test
    void aTableOfOneHundredThousandColumns() {
        StringBuilder sql = new StringBuilder("CREATE TABLE wide (id bigint PRIMARY KEY");
        for (int i = 0; i < 100_000; i++) sql.append(",\n  c").append(i).append(i % 3 == 0 ? " text" : i % 3 == 1 ? " int NOT NULL" : " boolean DEFAULT false");
        sql.append(");\nCREATE INDEX wide_c1_idx ON wide (c1);\n");
        Analyzer.Result r = analyze("wide.sql", sql.toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.file().equals("wide.sql")));
    }

    @Test
    void aPrismaModelOfTwentyThousandFields() {
        StringBuilder prisma = new StringBuilder("datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Wide {\n  id BigInt @id\n");
        for (int i = 0; i < 20_000; i++) prisma.append("  f").append(i).append(i % 2 == 0 ? " String?\n" : " Int @default(0)\n");
        prisma.append("  @@index([f1, f3])\n}\n");
        analyze("schema.prisma", prisma.toString());
    }

    @Test
    void deeplyNestedPrismaArguments() {
        String prisma = "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id BigInt @id\n  x Int @default(" + "f(".repeat(20_000) + ")".repeat(20_000)
                + ")\n  y String[] @default(" + "[".repeat(20_000) + "]".repeat(20_000) + ")\n}\n\nmodel B {\n  id BigInt @id\n}\n";
        Workspace w = Workspace.build(List.of(new SourceFile("schema.prisma", Path.of("schema.prisma"), prisma)), Workspace.Settings.DEFAULT, new ParseCache());
        assertTrue(w.units().get(0).schema().table("B") != null, "the models after it are read");
        analyze("schema.prisma", prisma);
    }
}
