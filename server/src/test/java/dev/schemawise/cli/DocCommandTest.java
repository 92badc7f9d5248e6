package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    @AfterEach
    void reset() {
        System.clearProperty("schemawise.workingDirectory");
    }

    private static Run run(Path cwd, String... args) {
        System.setProperty("schemawise.workingDirectory", cwd.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** docs/DATABASE.md is the document of the bundled examples, and stays in step with them (CI runs this too). */
    @Test
    void theCommittedDatabaseDocumentIsUpToDate() {
        Run r = run(TestFiles.repoRoot(), "doc", "examples", "--check", "docs/DATABASE.md");
        assertEquals(0, r.code(), r.err() + "\nregenerate with: ./schemawise doc examples -o docs/DATABASE.md");
    }

    @Test
    void writesChecksAndKeepsTheChangelog() throws IOException {
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("db/schema.sql"), """
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));
                """);
        Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"knex\": \"3.1.0\"}}");
        Run printed = run(dir, "doc", "db");
        assertEquals(0, printed.code(), printed.err());
        assertTrue(printed.out().contains("orders belongsTo users\n"), printed.out());

        Run missing = run(dir, "doc", "db", "--check", "DATABASE.md");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("DATABASE.md does not exist"), missing.err());

        Run wrote = run(dir, "doc", ".", "-o", "DATABASE.md");
        assertEquals(0, wrote.code(), wrote.err());
        String doc = Files.readString(dir.resolve("DATABASE.md"));
        assertTrue(doc.contains("- ORM/ODM: Knex (`package.json`)"), doc);
        Files.writeString(dir.resolve("DATABASE.md"), doc + "- [DB-1] orders.user_id\n");
        assertEquals(0, run(dir, "doc", ".", "--check", "DATABASE.md").code());

        Files.writeString(dir.resolve("db/schema.sql"), "CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));\n", java.nio.file.StandardOpenOption.APPEND);
        Run stale = run(dir, "doc", ".", "--check", "DATABASE.md");
        assertEquals(1, stale.code());
        assertTrue(stale.err().contains("DATABASE.md is out of date (first difference at line "), stale.err());
        assertEquals(0, run(dir, "doc", ".", "-o", "DATABASE.md").code());
        String again = Files.readString(dir.resolve("DATABASE.md"));
        assertTrue(again.contains("refunds belongsTo orders") && again.endsWith("- [DB-1] orders.user_id\n"), again);
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("schemawise-tmp")), "no temporary file left");
        }
    }

    @Test
    void erdDrawsAllOrSomeTablesAndNamesAnUnknownOne() throws IOException {
        Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE users (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
                CREATE TABLE audit (id bigint PRIMARY KEY);
                """);
        Run all = run(dir, "erd", "schema.sql");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().startsWith("erDiagram\n") && all.out().contains("    audit {") && all.out().contains("    users |o--o{ orders : \"user_id\"\n"), all.out());
        Run some = run(dir, "erd", "schema.sql", "--tables", "users,orders", "--format", "dot");
        assertEquals(0, some.code(), some.err());
        assertTrue(some.out().startsWith("digraph schema {") && !some.out().contains("audit") && some.out().contains("\"orders\" -> \"users\""), some.out());
        Run unknown = run(dir, "erd", "schema.sql", "--tables", "ordrs");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no table ordrs in schema.sql; did you mean orders?"), unknown.err());
        Run badSchema = run(dir, "doc", "schema.sql", "--schema", "nope.sql");
        assertEquals(2, badSchema.code());
        assertTrue(badSchema.err().contains("no schema nope.sql here; the schemas are: schema.sql"), badSchema.err());
    }
}
