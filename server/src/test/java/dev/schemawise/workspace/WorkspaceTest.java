package dev.schemawise.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.TestFiles;
import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Relation;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WorkspaceTest {

    private static SourceFile file(String path, String text) {
        return new SourceFile(path, Path.of("/ws").resolve(path), text);
    }

    private static Workspace examples() {
        Path root = TestFiles.repoRoot();
        List<SourceFile> files = new ArrayList<>();
        for (String ext : new String[] {".sql", ".prisma"}) {
            for (Path p : TestFiles.files(root.resolve("examples"), ext)) {
                files.add(new SourceFile(root.relativize(p).toString().replace('\\', '/'), p, TestFiles.read(p)));
            }
        }
        return Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
    }

    /** A comparable description of a schema: tables with their columns, keys, foreign keys and relations. */
    private static Map<String, String> shape(Schema s) {
        Map<String, String> out = new TreeMap<>();
        for (Table t : s.tables()) {
            StringBuilder b = new StringBuilder();
            b.append("columns=").append(new TreeSet<>(t.columns().stream().map(c -> c.name() + (c.nullable() ? "?" : "")).toList()));
            b.append(" pk=").append(t.primaryKey() == null ? null : t.primaryKey().columns());
            b.append(" fks=").append(new TreeSet<>(t.foreignKeys().stream().map(f -> f.columns() + "->" + f.targetTable().name() + f.targetColumns()
                    + " " + f.onDelete()).toList()));
            b.append(" indexes=").append(t.indexes().size());
            out.put(t.name().name(), b.toString());
        }
        out.put("relations", new TreeSet<>(s.relations().stream().map(Relation::describe).toList()).toString());
        return out;
    }

    @Test
    void theFourExampleSchemasAreTheSameApplication() {
        Workspace w = examples();
        assertEquals(List.of("examples/migrations", "examples/mysql/schema.sql", "examples/postgres/schema.sql", "examples/prisma/schema.prisma"),
                w.units().stream().map(SchemaUnit::id).toList());
        for (FileReport f : w.files()) assertEquals(List.of(), f.syntaxErrors(), f.path());
        assertEquals(List.of(), w.problems());
        Map<String, String> postgres = shape(w.unit("examples/postgres/schema.sql").schema());
        assertEquals(postgres, shape(w.unit("examples/migrations").schema()), "migrations replay to the schema file");
        assertEquals(postgres, shape(w.unit("examples/prisma/schema.prisma").schema()), "Prisma maps to the same tables, keys and relations");
        assertEquals(postgres, shape(w.unit("examples/mysql/schema.sql").schema()), "MySQL declares the same tables, keys and relations");
        assertEquals(Dialect.MYSQL, w.unit("examples/mysql/schema.sql").dialect());
        assertEquals(MigrationTool.GOLANG_MIGRATE, w.unit("examples/migrations").tool());
    }

    @Test
    void aMultiFilePrismaSchemaIsOneSchema() {
        List<SourceFile> files = List.of(
                file("prisma/schema/schema.prisma", "datasource db {\n  provider = \"mysql\"\n}\n"),
                file("prisma/schema/user.prisma", "model User {\n  id    Int    @id\n  posts Post[]\n}\n"),
                file("prisma/schema/blog/post.prisma", "model Post {\n  id       Int  @id\n  author   User @relation(fields: [authorId], references: [id])\n  authorId Int\n}\n"));
        Workspace w = Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
        assertEquals(1, w.units().size());
        SchemaUnit u = w.units().get(0);
        assertEquals("prisma/schema", u.id());
        assertEquals(Dialect.MYSQL, u.dialect());
        ForeignKey fk = u.schema().table("Post").foreignKeys().get(0);
        assertNotNull(u.schema().table(fk.targetTable()));
    }

    @Test
    void sqlFilesOfAFolderFormOneSchemaAcrossFiles() {
        List<SourceFile> files = List.of(
                file("db/01_tables.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);"),
                file("db/02_keys.sql", "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);"));
        Workspace w = Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
        assertEquals(1, w.units().size());
        assertEquals(1, w.units().get(0).schema().table("orders").foreignKeys().size());
        assertEquals(List.of(), w.problems());
    }

    @Test
    void rebuildingReparsesOnlyChangedFiles() {
        ParseCache cache = new ParseCache();
        SourceFile a = file("db/a.sql", "CREATE TABLE a (id int);");
        SourceFile b = file("db/b.sql", "CREATE TABLE b (id int);");
        Workspace first = Workspace.build(List.of(a, b), Workspace.Settings.DEFAULT, cache);
        Workspace second = Workspace.build(List.of(a, file("db/b.sql", "CREATE TABLE b (id int, x int);")), Workspace.Settings.DEFAULT, cache);
        assertSame(first.file("db/a.sql").sql(), second.file("db/a.sql").sql());
        Column x = second.schemaOf("db/b.sql").table("b").column("x");
        assertNotNull(x);
        assertTrue(second.file("db/b.sql").sql() != first.file("db/b.sql").sql());
    }

    /** Whether each migration, and each statement of it, runs in a transaction, as the tool and the file decide. */
    @Test
    void whichMigrationsRunInATransaction() {
        List<SourceFile> files = List.of(
                file("prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n"),
                file("prisma/migrations/20240101000000_init/migration.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"),
                file("prisma/migrations/20240202000000_index/migration.sql", "CREATE INDEX CONCURRENTLY a_id_idx ON a (id);\n"),
                file("go/migrations/1_init.up.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"),
                file("go/migrations/2_index.up.sql", "CREATE INDEX CONCURRENTLY a_id_idx ON a (id);\n"),
                file("dbmate/db/migrations/20240101000000_init.sql", "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n"),
                file("dbmate/db/migrations/20240202000000_index.sql",
                        "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY a_id_idx ON a (id);\n-- migrate:down\nDROP INDEX a_id_idx;\n"),
                file("flyway/V1__init.sql", "CREATE TABLE a (id int);\n"),
                file("flyway/V2__index.sql", "CREATE INDEX CONCURRENTLY a_id_idx ON a (id);\nDROP INDEX CONCURRENTLY a_old_idx;\n"),
                file("drizzle/meta/_journal.json", "{\"entries\":[{\"idx\":0,\"tag\":\"0000_init\"}]}"),
                file("drizzle/0000_init.sql", "CREATE INDEX CONCURRENTLY a_id_idx ON a (id);\n"),
                file("numbered/migrations/001_init.sql", "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nCREATE INDEX CONCURRENTLY a_id_idx ON a (id);\n"));
        Workspace w = Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
        for (String unit : List.of("prisma/migrations", "go/migrations", "dbmate/db/migrations", "flyway")) {
            List<MigrationStep> steps = w.unit(unit).steps();
            assertTrue(steps.get(0).transactional(), unit + ": several statements, or a tool that wraps each migration");
            assertTrue(!steps.get(1).transactional(), unit + ": one statement sent alone, dbmate's transaction:false, only CONCURRENTLY for Flyway");
        }
        assertTrue(!w.unit("prisma/migrations").steps().get(0).addingStatementStartsTransaction());
        assertTrue(w.unit("prisma/migrations").steps().get(1).addingStatementStartsTransaction());
        assertTrue(!w.unit("dbmate/db/migrations").steps().get(1).addingStatementStartsTransaction());

        assertTrue(w.unit("drizzle").steps().get(0).transactional(), "Drizzle's migrator runs every pending migration in one transaction");

        MigrationStep numbered = w.unit("numbered/migrations").steps().get(0);
        assertTrue(numbered.transactional(), "the file opens a transaction");
        assertTrue(numbered.inTransaction(numbered.up().get(1)), "between BEGIN and COMMIT");
        assertSame(numbered.up().get(0), numbered.openedBy(numbered.up().get(1)));
        assertTrue(!numbered.inTransaction(numbered.up().get(3)), "after COMMIT");
    }
}
