package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStatementsTest {

    private static Workspace workspace(Map<String, String> files) {
        List<SourceFile> sources = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) sources.add(new SourceFile(e.getKey(), Path.of("/w").resolve(e.getKey()), e.getValue()));
        return Workspace.build(sources, Workspace.Settings.DEFAULT, new ParseCache());
    }

    private static List<String> described(List<QueryStatements.Query> queries) {
        return queries.stream().map(q -> q.origin() + " " + q.describe()).toList();
    }

    @Test
    void viewsQueriesAndDataStatementsWithTheirOrigins() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("db/schema.sql", """
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
                CREATE VIEW emails AS SELECT email FROM users WITH CHECK OPTION;
                -- name: GetUser :one
                SELECT id FROM users WHERE id = $1;
                /* name: CreateUser :exec */
                INSERT INTO users (id, email) VALUES ($1, $2);
                INSERT INTO users (id, email) VALUES (1, 'seed@example.com'), (2, 'who?');
                """);
        files.put("db/migrations/001_init.sql", "CREATE TABLE t (id int PRIMARY KEY, n int);\n");
        files.put("db/migrations/002_fill.sql", "UPDATE t SET n = 0;\nINSERT INTO t VALUES (1, 1);\nCREATE VIEW v AS SELECT id FROM t;\n");
        Workspace w = workspace(files);
        QueryStatements q = QueryStatements.of(w);
        assertEquals(List.of("VIEW view emails", "QUERY query GetUser", "QUERY query CreateUser"), described(q.inFile("db/schema.sql")));
        assertEquals(List.of("MIGRATION this data statement", "MIGRATION this data statement", "VIEW view v"), described(q.inFile("db/migrations/002_fill.sql")));
        assertEquals(0, q.skipped());
        assertSame(q, QueryStatements.of(w), "once per workspace");

        QueryStatements.Query update = q.inFile("db/migrations/002_fill.sql").get(0);
        assertSame(update, q.at("db/migrations/002_fill.sql", update.statement().start()));
        assertNull(q.at("db/migrations/002_fill.sql", update.statement().start() + 1));
    }

    @Test
    void onlyTheCurrentDefinitionOfAViewBelongsToItsSchema() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("migrations/001_init.sql", "CREATE TABLE t (id int PRIMARY KEY);\nCREATE VIEW v AS SELECT * FROM t;\nCREATE VIEW gone AS SELECT id FROM t;\n");
        files.put("migrations/002_replace.sql", "CREATE OR REPLACE VIEW v AS SELECT id FROM t WHERE id > 0;\nDROP VIEW gone;\n");
        Workspace w = workspace(files);
        SchemaUnit unit = w.units().get(0);
        List<QueryStatements.Query> mine = QueryStatements.of(w).of(unit);
        assertEquals(1, mine.size());
        assertEquals("migrations/002_replace.sql", mine.get(0).file());
    }

    @Test
    void unreadableStatementsAreCountedAndSkipped() {
        Workspace w = workspace(Map.of("q.sql", "SELECT id FROM t WHERE a >>> 2;\nSELECT 1;\n"));
        QueryStatements q = QueryStatements.of(w);
        assertEquals(1, q.skipped());
        assertEquals(1, q.inFile("q.sql").size());
    }

    @Test
    void aTextIsReadOnceWhateverItsWorkspace() {
        String text = "CREATE TABLE t (id int PRIMARY KEY);\nSELECT id FROM t WHERE id = 1;\n";
        QueryStatements.Query first = QueryStatements.of(workspace(Map.of("a/q.sql", text))).inFile("a/q.sql").get(0);
        QueryStatements.Query again = QueryStatements.of(workspace(Map.of("a/q.sql", text))).inFile("a/q.sql").get(0);
        QueryStatements.Query elsewhere = QueryStatements.of(workspace(Map.of("b/q.sql", text))).inFile("b/q.sql").get(0);
        assertSame(first.info(), again.info());
        assertSame(first.info(), elsewhere.info());
        assertEquals("b/q.sql", elsewhere.file());
    }

    @Test
    void readingAheadIsTheReadingTheRulesGet() throws Exception {
        Workspace w = workspace(Map.of("q.sql", "CREATE TABLE t (id int PRIMARY KEY);\nSELECT id FROM t WHERE id = 1;\n"));
        QueryStatements.readAhead(w);
        // The reading starts without any rule asking.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!QueryStatements.known(w) && System.nanoTime() < deadline) Thread.sleep(5);
        assertTrue(QueryStatements.known(w));
        QueryStatements q = QueryStatements.of(w);
        assertSame(q, QueryStatements.of(w));
        assertEquals(1, q.inFile("q.sql").size());
        // Only SQL has query statements: a Prisma workspace starts no reading (and asking still answers).
        Workspace prisma = workspace(Map.of("schema.prisma", "model User {\n  id Int @id\n}\n"));
        QueryStatements.readAhead(prisma);
        Thread.sleep(50);
        assertTrue(!QueryStatements.known(prisma));
        assertTrue(QueryStatements.of(prisma).inFile("schema.prisma").isEmpty());
    }

    @Test
    void tablesCreatedWhereTheModelDoesNotLook() {
        Workspace w = workspace(Map.of("s.sql", """
                CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TEMP TABLE IF NOT EXISTS scratch (id int); END $$;
                CREATE FOREIGN TABLE remote.events (id int) SERVER other;
                """));
        QueryStatements q = QueryStatements.of(w);
        assertTrue(q.createdElsewhere("scratch"));
        assertTrue(q.createdElsewhere("Events"));
        assertTrue(!q.createdElsewhere("f"));
    }

    @Test
    void seedDataIsNoQuery() {
        String seed = "INSERT INTO t VALUES (1, 'a?b', ':x', '$1'), (2, 'it''s')";
        assertTrue(QueryStatements.isSeedData(seed, 0, seed.length()));
        String select = "INSERT INTO t SELECT * FROM u";
        assertTrue(!QueryStatements.isSeedData(select, 0, select.length()));
        for (String p : List.of("INSERT INTO t VALUES ($1)", "INSERT INTO t VALUES (?)", "INSERT INTO t VALUES (:name)", "INSERT INTO t VALUES (@name)",
                "INSERT INTO t VALUES (sqlc.arg(name))")) {
            assertTrue(!QueryStatements.isSeedData(p, 0, p.length()), p);
        }
        String cast = "INSERT INTO t VALUES (1::int)";
        assertTrue(QueryStatements.isSeedData(cast, 0, cast.length()));
        assertNotNull(QueryStatements.of(workspace(Map.of("x.sql", "SELECT 1;"))));
    }
}
