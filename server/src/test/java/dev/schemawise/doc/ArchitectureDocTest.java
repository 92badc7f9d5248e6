package dev.schemawise.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.TestFiles;
import dev.schemawise.config.Config;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Relation;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.rules.Finding;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import dev.schemawise.workspace.WorkspaceScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArchitectureDocTest {

    private static Workspace examples() {
        Path root = TestFiles.repoRoot();
        WorkspaceScanner.Result scan = WorkspaceScanner.scan(List.of(root.resolve("examples")), root, WorkspaceScanner.Options.DEFAULT);
        return Workspace.build(scan.files(), Workspace.Settings.DEFAULT, new ParseCache());
    }

    private static Workspace of(String path, String text) {
        return Workspace.build(List.of(new SourceFile(path, Path.of(path), text)), Workspace.Settings.DEFAULT, new ParseCache());
    }

    private static String doc(Workspace w, SchemaUnit unit, List<Finding> findings) {
        return ArchitectureDoc.generate(new ArchitectureDoc.Input(unit, w.units(), findings, List.of(), null, 10));
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf("## " + heading + "\n");
        assertTrue(start >= 0, heading + " missing in\n" + doc);
        int end = doc.indexOf("\n## ", start + 3);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    private static List<String> firstColumn(String table) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(table);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void theExamplesWrittenInSqlPrismaAndMigrationsHaveTheSameRelationshipsAndKeyTables() {
        Workspace w = examples();
        List<Finding> findings = Analyzer.analyze(w);
        Map<String, String> docs = new java.util.TreeMap<>();
        for (SchemaUnit u : w.units()) docs.put(u.id(), doc(w, u, findings));
        assertEquals(4, docs.size(), docs.keySet().toString());
        String prisma = docs.get("examples/prisma/schema.prisma");
        assertNotNull(prisma, docs.keySet().toString());
        for (Map.Entry<String, String> d : docs.entrySet()) {
            assertEquals(section(prisma, "Key Relationships"), section(d.getValue(), "Key Relationships"), d.getKey());
            assertEquals(firstColumn(section(prisma, "Key Tables")), firstColumn(section(d.getValue(), "Key Tables")), d.getKey());
        }
        String relationships = section(prisma, "Key Relationships");
        for (String line : List.of("users hasMany orders", "orders belongsTo users", "orders hasMany order_items",
                "products manyToMany categories (through product_categories)")) {
            assertTrue(relationships.contains(line + "\n"), line + " in\n" + relationships);
        }
        // COMMENT ON TABLE and Prisma's /// say what a table is for.
        assertTrue(section(prisma, "Key Tables").contains("| `users` | Customer accounts; one row per registered shopper. |"), prisma);
        assertTrue(section(docs.get("examples/postgres/schema.sql"), "Key Tables").contains("| `users` | Customer accounts"), docs.get("examples/postgres/schema.sql"));
        // The partial index keeps its predicate; primary keys are not listed.
        String indexes = section(prisma, "Indexes");
        assertTrue(indexes.contains("`created_at` where `status = 'pending'` (orders_pending_created_at_idx)"), indexes);
        assertTrue(indexes.contains("- `users`: unique on `email`"), indexes);
        assertFalse(indexes.contains("pkey"), indexes);
        // A single-tenant schema has no Multi-Tenancy section, as the seed says.
        assertFalse(prisma.contains("## Multi-Tenancy"), prisma);
        assertTrue(section(prisma, "Engine").contains("- Type: PostgreSQL (Prisma provider `postgresql`)"), prisma);
        assertTrue(section(docs.get("examples/mysql/schema.sql"), "Engine").contains("- Type: MySQL"), docs.get("examples/mysql/schema.sql"));
    }

    /** Every foreign key between two drawn tables is one belongsTo line, and one hasMany/hasOne line, on every corpus schema. */
    @Test
    void relationshipsMatchTheForeignKeysOneToOne() {
        Path root = TestFiles.repoRoot();
        List<Path> inputs = new ArrayList<>(TestFiles.files(root.resolve("corpus/sql"), ".sql"));
        inputs.add(root.resolve("corpus/prisma/trigger.dev.schema.prisma"));
        for (Path p : inputs) {
            Workspace w = of(p.getFileName().toString(), TestFiles.read(p));
            SchemaUnit u = w.units().get(0);
            Schema schema = u.schema();
            String relationships = section(doc(w, u, List.of()), "Key Relationships");
            int foreignKeys = 0;
            List<Table> drawn = Erd.drawable(schema);
            for (Table t : drawn) {
                for (ForeignKey fk : t.foreignKeys()) {
                    Table target = schema.table(fk.targetTable());
                    if (target != null && drawn.contains(target)) foreignKeys++;
                }
            }
            long belongsTo = relationships.lines().filter(l -> l.contains(" belongsTo ")).count();
            long hasSide = relationships.lines().filter(l -> l.contains(" hasMany ") || l.contains(" hasOne ")).count();
            assertEquals(foreignKeys, belongsTo, p + "\n" + relationships);
            assertEquals(foreignKeys, hasSide, p.toString());
            long manyToMany = ArchitectureDoc.relations(schema).stream().filter(r -> r.kind() == Relation.Kind.MANY_TO_MANY).count();
            assertEquals(manyToMany, relationships.lines().filter(l -> l.contains(" manyToMany ")).count(), p.toString());
        }
    }

    @Test
    void multiTenancyIsDescribedForATenantSchema() {
        String sql = """
                CREATE TABLE organizations (id bigint PRIMARY KEY, name text NOT NULL);
                CREATE TABLE plans (id bigint PRIMARY KEY, name text NOT NULL);
                CREATE TABLE projects (id bigint PRIMARY KEY, organization_id bigint NOT NULL REFERENCES organizations (id), name text NOT NULL);
                CREATE TABLE tasks (id bigint PRIMARY KEY, organization_id bigint NOT NULL REFERENCES organizations (id), project_id bigint REFERENCES projects (id), title text NOT NULL, done boolean NOT NULL);
                CREATE TABLE comments (id bigint PRIMARY KEY, organization_id bigint NOT NULL REFERENCES organizations (id), task_id bigint REFERENCES tasks (id), body text NOT NULL, author text NOT NULL);
                """;
        Workspace w = of("schema.sql", sql);
        String detected = section(doc(w, w.units().get(0), List.of()), "Multi-Tenancy");
        assertTrue(detected.contains("- Strategy: `organization_id` column (detected (it is on 3 of the 4 tables))"), detected);
        assertTrue(detected.contains("- Tables tenant-scoped: `projects`, `tasks`, `comments`"), detected);
        assertTrue(detected.contains("- Tables shared across tenants: `organizations`, `plans`"), detected);
        String configured = ArchitectureDoc.generate(new ArchitectureDoc.Input(w.units().get(0), w.units(), List.of(), List.of(),
                new Config.MultiTenancy("organization_id", List.of("plans")), 10));
        assertTrue(section(configured, "Multi-Tenancy").contains("(configured)"), configured);
    }

    @Test
    void generalRulesAreTickedFromTheFindings() {
        Workspace w = examples();
        List<Finding> findings = Analyzer.analyze(w);
        SchemaUnit prisma = w.unit("examples/prisma/schema.prisma");
        String rules = section(doc(w, prisma, findings), "General Rules");
        long notNull = findings.stream().filter(f -> f.rule().equals("require-not-null")).count();
        assertTrue(notNull > 0);
        assertTrue(rules.contains("- [ ] Always add `NOT NULL` for required columns — " + notNull + " × `require-not-null`"), rules);
        String clean = section(doc(w, prisma, List.of()), "General Rules");
        assertTrue(clean.contains("- [x] Always add `NOT NULL` for required columns (no findings of `require-not-null`, `adding-required-field`)"), clean);
        assertFalse(clean.contains("- [ ]"), clean);
    }

    @Test
    void theDocumentIsTheSameOnEveryRun() {
        Workspace w = examples();
        List<Finding> findings = Analyzer.analyze(w);
        SchemaUnit u = w.unit("examples/postgres/schema.sql");
        assertEquals(doc(w, u, findings), doc(examples(), examples().unit("examples/postgres/schema.sql"), Analyzer.analyze(examples())));
    }

    @Test
    void migrationConventionsNameTheDetectedTools() {
        Workspace w = examples();
        String doc = ArchitectureDoc.generate(new ArchitectureDoc.Input(w.unit("examples/postgres/schema.sql"), w.units(), List.of(),
                List.of(new Environment.Detected("Sequelize", "package.json")), null, 10));
        String migrations = section(doc, "Migration Conventions");
        assertTrue(migrations.contains("### golang-migrate\n```bash\nmigrate create -ext sql -dir examples/migrations -seq add_column_to_table\n"), migrations);
        assertTrue(migrations.contains("### Sequelize\n```bash\nnpx sequelize-cli migration:generate"), migrations);
        assertTrue(migrations.contains("(`require-concurrent-index-creation`)"), migrations);
        assertTrue(section(doc, "Engine").contains("- ORM/ODM: Sequelize (`package.json`), golang-migrate (`examples/migrations`)"), doc);
    }
}
