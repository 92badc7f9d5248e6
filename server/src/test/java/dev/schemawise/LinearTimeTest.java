package dev.schemawise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.config.Config;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The analysis takes time linear in the size of its input: the whole pipeline (front end, model, every rule, the
 * query facts) on an input of 1×, 4× and 16× the same blocks takes at most twice the linear share of time
 * (t(4×) < 2·4·t(1×), t(16×) < 2·16·t(1×)). An accidental quadratic step (a rule scanning every table for each
 * table, a text search from the start for each statement) fails it: at 16× it costs 16 times the linear share.
 *
 * <p>Each size is timed as the best of a few runs after a warm-up, so that the JIT and a busy machine do not decide
 * the outcome; the base size is large enough (a few thousand lines) for its time to be well above the timer's noise.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LinearTimeTest {

    private static final int BASE = 40;

    /** One block of a SQL schema, its names numbered: tables with keys, checks, indexes, a view, comments, a query. */
    static String sqlBlock(int k) {
        String p = "b" + k + "_";
        return "CREATE TABLE " + p + "users (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n"
                + "  name text,\n  status text CHECK (status IN ('active', 'blocked')),\n  created_at timestamptz NOT NULL DEFAULT now()\n);\n"
                + "COMMENT ON TABLE " + p + "users IS 'Accounts of block " + k + "';\n"
                + "CREATE TABLE " + p + "orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                + "  user_id bigint NOT NULL REFERENCES " + p + "users (id) ON DELETE CASCADE,\n"
                + "  total numeric(10, 2) CHECK (total >= 0),\n  state varchar(20),\n  price float,\n  created_at timestamp\n);\n"
                + "CREATE TABLE " + p + "items (\n  order_id bigint REFERENCES " + p + "orders (id),\n  sku text,\n  qty int,\n"
                + "  phone1 text, phone2 text, phone3 text\n);\n"
                + "CREATE INDEX " + p + "orders_state_idx ON " + p + "orders (state);\n"
                + "CREATE INDEX " + p + "orders_state_again_idx ON " + p + "orders (state);\n"
                + "ALTER TABLE " + p + "items ADD CONSTRAINT " + p + "items_qty_check CHECK (qty > 0);\n"
                + "CREATE VIEW " + p + "open_orders AS SELECT o.id, u.email, o.total FROM " + p + "orders o JOIN " + p
                + "users u ON u.id = o.user_id WHERE o.state = 'open' AND u.name LIKE 'a%' ORDER BY o.id LIMIT 10 OFFSET 500;\n"
                + "CREATE FUNCTION " + p + "touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created_at := now(); RETURN NEW; END $$;\n";
    }

    /** One block of a Prisma schema: models with relations, an enum, indexes, doc comments. */
    static String prismaBlock(int k) {
        String p = "B" + k;
        return "/// Accounts of block " + k + "\nmodel " + p + "User {\n  id        Int      @id @default(autoincrement())\n"
                + "  email     String   @unique\n  name      String?\n  role      " + p + "Role @default(USER)\n"
                + "  createdAt DateTime @default(now())\n  posts     " + p + "Post[]\n}\n\n"
                + "model " + p + "Post {\n  id       Int     @id @default(autoincrement())\n  title    String  @db.VarChar(200)\n"
                + "  body     String?\n  price    Float\n  author   " + p + "User @relation(fields: [authorId], references: [id])\n"
                + "  authorId Int\n  tags     String[]\n\n  @@index([title])\n}\n\n"
                + "enum " + p + "Role {\n  USER\n  ADMIN\n}\n\n";
    }

    private static List<SourceFile> sqlSchema(int blocks) {
        StringBuilder sql = new StringBuilder();
        for (int k = 0; k < blocks; k++) sql.append(sqlBlock(k));
        return List.of(new SourceFile("schema.sql", Path.of("schema.sql"), sql.toString()));
    }

    private static List<SourceFile> prismaSchema(int blocks) {
        StringBuilder prisma = new StringBuilder("datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n");
        for (int k = 0; k < blocks; k++) prisma.append(prismaBlock(k));
        return List.of(new SourceFile("schema.prisma", Path.of("schema.prisma"), prisma.toString()));
    }

    /** A golang-migrate folder: each block is a migration with its down, and a later one alters its tables. */
    private static List<SourceFile> migrations(int blocks) {
        List<SourceFile> files = new ArrayList<>();
        for (int k = 0; k < blocks; k++) {
            String n = String.format("%06d", 2 * k + 1);
            String m = String.format("%06d", 2 * k + 2);
            files.add(new SourceFile("migrations/" + n + "_block.up.sql", Path.of(n + ".up.sql"), sqlBlock(k)));
            files.add(new SourceFile("migrations/" + n + "_block.down.sql", Path.of(n + ".down.sql"),
                    "DROP VIEW b" + k + "_open_orders;\nDROP TABLE b" + k + "_items;\nDROP TABLE b" + k + "_orders;\nDROP TABLE b" + k + "_users;\n"));
            files.add(new SourceFile("migrations/" + m + "_alter.up.sql", Path.of(m + ".up.sql"),
                    "ALTER TABLE b" + k + "_users ADD COLUMN nickname text;\nCREATE INDEX b" + k + "_users_name_idx ON b" + k + "_users (name);\n"
                            + "UPDATE b" + k + "_users SET nickname = name;\n"));
        }
        return files;
    }

    private static long bestOf(int runs, List<SourceFile> files) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long start = System.nanoTime();
            Workspace w = Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
            Analyzer.Result result = Analyzer.analyze(w, p -> Config.DEFAULT);
            long took = System.nanoTime() - start;
            assertEquals(List.of(), result.internalErrors());
            assertTrue(result.findings().size() > files.size(), "the rules have work to do");
            best = Math.min(best, took);
        }
        return best;
    }

    private static void assertLinear(String what, IntFunction<List<SourceFile>> input) {
        List<SourceFile> one = input.apply(BASE);
        List<SourceFile> four = input.apply(4 * BASE);
        List<SourceFile> sixteen = input.apply(16 * BASE);
        bestOf(3, four); // warm-up: class loading and the JIT
        String figures = "";
        // A machine busy with other work can slow one size and not another; a real quadratic step fails every
        // attempt, so the measurement is taken up to three times and passes when one attempt is linear.
        for (int attempt = 1; attempt <= 3; attempt++) {
            long t1 = bestOf(5, one);
            long t4 = bestOf(3, four);
            long t16 = bestOf(2, sixteen);
            figures = String.format("%s: 1× %.1f ms, 4× %.1f ms (%.1f×), 16× %.1f ms (%.1f×), attempt %d", what,
                    t1 / 1e6, t4 / 1e6, (double) t4 / t1, t16 / 1e6, (double) t16 / t1, attempt);
            System.out.println(figures);
            if (t4 < 2 * 4 * t1 && t16 < 2 * 16 * t1) return;
        }
        throw new AssertionError("not linear: " + figures);
    }

    @Test
    void sqlSchemaAnalysisIsLinear() {
        assertLinear("SQL schema", LinearTimeTest::sqlSchema);
    }

    @Test
    void prismaSchemaAnalysisIsLinear() {
        assertLinear("Prisma schema", LinearTimeTest::prismaSchema);
    }

    @Test
    void migrationsAnalysisIsLinear() {
        assertLinear("migrations", LinearTimeTest::migrations);
    }
}
