package dev.schemawise.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.TestFiles;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Environment detection, kept sections, and the diagrams (checked with mermaid's own parser when tools/oracles is installed). */
class SupportTest {

    @Test
    void detectsOrmsAndToolsFromTheirFiles() {
        List<Environment.Detected> found = Environment.detect(Map.of(
                "package.json", "{\"dependencies\": {\"@prisma/client\": \"5\", \"express\": \"4\"}, \"devDependencies\": {\"knex\": \"3\"}}",
                "api/go.mod", "module x\nrequire github.com/golang-migrate/migrate/v4 v4.17.0\n",
                "Gemfile", "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n",
                "node_modules/typeorm/package.json", "{\"dependencies\": {\"typeorm\": \"1\"}}",
                "broken/package.json", "{ not json",
                "drizzle.config.ts", "export default {}"));
        assertEquals(List.of("Active Record", "golang-migrate", "Drizzle", "Prisma", "Knex"), found.stream().map(Environment.Detected::name).toList());
        assertEquals("package.json", found.get(3).evidence());
        assertEquals(List.of(new Environment.Detected("Active Record", "api/db/migrate/")), Environment.detect(Map.of("api/db/migrate/", "")));
    }

    @Test
    void regeneratingKeepsTheChangelogAndKeptBlocks() {
        String generated = "# Database Architecture\n\n## Engine\n- Type: PostgreSQL\n\n## Indexes\n- `users`: unique on `email`\n\n";
        String first = KeptSections.merge(generated, null);
        assertTrue(first.endsWith("## Changelog\n<!-- [PROJ-123] Added indexes for orders table -->\n"), first);
        String edited = first.replace("- Type: PostgreSQL\n", "- Type: PostgreSQL\n<!-- schemawise:keep hosting -->\nHosted on RDS, db.r6g.large.\n<!-- /schemawise:keep -->\n")
                + "- [DB-7] Added users.email index\n";
        String again = KeptSections.merge(generated.replace("unique on `email`", "unique on `email`; `name`"), edited);
        assertTrue(again.contains("## Engine\n- Type: PostgreSQL\n\n<!-- schemawise:keep hosting -->\nHosted on RDS, db.r6g.large.\n<!-- /schemawise:keep -->\n\n## Indexes"), again);
        assertTrue(again.contains("unique on `email`; `name`"), again);
        assertTrue(again.endsWith("- [DB-7] Added users.email index\n"), again);
        assertEquals(again, KeptSections.merge(generated.replace("unique on `email`", "unique on `email`; `name`"), again), "stable");
    }

    @Test
    void mermaidNamesAndTypesAreWordsAndEveryForeignKeyIsALine() {
        String sql = """
                CREATE SCHEMA billing;
                CREATE TABLE "Order Lines" (id bigint PRIMARY KEY, "2fa" text, amount numeric(10,2), at timestamp with time zone);
                CREATE TABLE billing.invoices (id bigint PRIMARY KEY, line_id bigint UNIQUE REFERENCES "Order Lines" (id), parent_id bigint NOT NULL REFERENCES billing.invoices (id));
                """;
        Workspace w = Workspace.build(List.of(new SourceFile("s.sql", Path.of("s.sql"), sql)), Workspace.Settings.DEFAULT, new ParseCache());
        var schema = w.units().get(0).schema();
        String mermaid = Erd.mermaid(schema, Erd.drawable(schema));
        assertTrue(mermaid.contains("    Order_Lines {\n        bigint id PK\n        text _2fa\n        numeric(10_2) amount\n        timestamp_with_time_zone at\n    }\n"), mermaid);
        assertTrue(mermaid.contains("    Order_Lines |o--o| billing_invoices : \"line_id\"\n"), mermaid);
        assertTrue(mermaid.contains("    billing_invoices ||--o{ billing_invoices : \"parent_id\"\n"), mermaid);
        String dot = Erd.dot(schema, Erd.drawable(schema));
        assertTrue(dot.contains("\"billing.invoices\" -> \"Order Lines\" [label=\"line_id\"];"), dot);
    }

    /** Live check with mermaid's parser (tools/oracles, installed by CI) on the examples and every corpus schema. */
    @Test
    void mermaidParsesEveryDiagram() throws Exception {
        Path oracle = TestFiles.repoRoot().resolve("tools/oracles");
        Assumptions.assumeTrue(Files.isDirectory(oracle.resolve("node_modules/mermaid")), "tools/oracles not installed (npm ci)");
        List<Path> inputs = new ArrayList<>(TestFiles.files(TestFiles.repoRoot().resolve("corpus/sql"), ".sql"));
        inputs.add(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        inputs.add(TestFiles.repoRoot().resolve("examples/prisma/schema.prisma"));
        List<String> command = new ArrayList<>(List.of("node", oracle.resolve("mermaid-check.mjs").toString()));
        Path dir = Files.createTempDirectory("schemawise-erd");
        for (Path p : inputs) {
            Workspace w = Workspace.build(List.of(new SourceFile(p.getFileName().toString(), p, TestFiles.read(p))), Workspace.Settings.DEFAULT, new ParseCache());
            var schema = w.units().get(0).schema();
            Path out = dir.resolve(p.getFileName() + ".mmd");
            Files.writeString(out, Erd.mermaid(schema, Erd.drawable(schema)));
            command.add(out.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertEquals(inputs.size(), output.lines().filter(l -> l.contains("\"ok\":true") && l.contains("\"type\":\"er\"")).count(), output);
    }
}
