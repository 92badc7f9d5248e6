package dev.schemawise.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.query.QueryFiles.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryFilesTest {

    /** Each statement's text must be the file's text at its offsets. */
    private static List<Statement> split(String file) {
        List<Statement> statements = QueryFiles.split(file);
        for (Statement s : statements) assertEquals(s.text(), file.substring(s.start(), s.end()));
        return statements;
    }

    private static List<String> texts(List<Statement> statements) {
        return statements.stream().map(Statement::text).toList();
    }

    @Test
    void splitsAtSemicolonsAndKeepsOffsets() {
        String file = "SELECT 1;\n  SELECT 2 ;\n\nUPDATE t SET a = 1\n";
        List<Statement> s = split(file);
        assertEquals(List.of("SELECT 1", "SELECT 2", "UPDATE t SET a = 1"), texts(s));
        assertEquals(List.of(0, 12, 24), s.stream().map(Statement::start).toList());
        assertNull(s.get(0).name());
        assertNull(s.get(0).command());
    }

    @Test
    void semicolonsInStringsIdentifiersCommentsAndDollarQuotesDoNotSplit() {
        String file = """
                SELECT 'a;b', E'c\\';d', "e;f", `g;h` FROM t; -- one; still a comment
                SELECT $$ x; y $$, $tag$ ; $$ ; $tag$ /* block; /* nested; */ still */ FROM u;
                SELECT a$b$c FROM v WHERE w = $1;
                """;
        List<Statement> s = split(file);
        assertEquals(3, s.size());
        assertTrue(s.get(0).text().endsWith("FROM t"));
        assertTrue(s.get(1).text().startsWith("SELECT $$"));
        assertTrue(s.get(1).text().endsWith("FROM u"));
        assertEquals("SELECT a$b$c FROM v WHERE w = $1", s.get(2).text());
    }

    @Test
    void commentOnlyAndEmptyPiecesAreNoStatements() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(";;  ;\n-- nothing here\n/* nor here */;"));
        assertEquals(List.of("SELECT 1 -- trailing"), texts(split("-- leading comment\nSELECT 1 -- trailing\n;")));
    }

    @Test
    void theLastStatementNeedsNoSemicolon() {
        List<Statement> s = split("SELECT 1;\nSELECT 2\n\n");
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(s));
    }

    @Test
    void anUnterminatedStringRunsToTheEnd() {
        assertEquals(List.of("SELECT 1", "SELECT 'open; SELECT 3;"), texts(split("SELECT 1; SELECT 'open; SELECT 3;")));
    }

    @Test
    void sqlcHeadersNameTheirStatements() {
        String file = """
                -- name: GetAuthor :one
                SELECT * FROM authors
                WHERE id = $1 LIMIT 1;

                -- name: ListAuthors :many
                -- Lists them all; sorted by name.
                SELECT * FROM authors
                ORDER BY name;

                /* name: DeleteAuthor :exec */
                DELETE FROM authors
                WHERE id = @id;

                -- a plain comment
                SELECT 1;
                """;
        List<Statement> s = split(file);
        assertEquals(4, s.size());
        assertEquals("GetAuthor", s.get(0).name());
        assertEquals("one", s.get(0).command());
        assertEquals("SELECT * FROM authors\nWHERE id = $1 LIMIT 1", s.get(0).text());
        assertEquals(file.indexOf("SELECT * FROM authors"), s.get(0).start());
        assertEquals("ListAuthors", s.get(1).name());
        assertEquals("many", s.get(1).command());
        assertEquals("DeleteAuthor", s.get(2).name());
        assertEquals("exec", s.get(2).command());
        assertNull(s.get(3).name(), "a header names only the statement right after it");
        assertNull(s.get(3).command());
    }

    @Test
    void aHeaderInsideAStatementIsNoHeader() {
        List<Statement> s = split("SELECT 1\n-- name: Inner :one\nFROM t;");
        assertEquals(1, s.size());
        assertNull(s.get(0).name());
    }

    @Test
    void sqlcStatementsAnalyzeAtTheirOffsets() {
        String file = """
                -- name: GetUser :one
                SELECT id, email FROM users WHERE id = sqlc.arg(user_id);

                -- name: ListPage :many
                SELECT sqlc.embed(users), t.name FROM users JOIN teams t ON t.id = users.team_id
                WHERE users.org = @org ORDER BY users.id LIMIT sqlc.arg(page_size) OFFSET sqlc.arg(skip);

                -- name: Purge :exec
                DELETE FROM users;
                """;
        List<Statement> statements = split(file);
        assertEquals(3, statements.size());
        for (Statement s : statements) {
            QueryInfo info = QueryFacts.analyze(s.text(), s.start()).orElseThrow(() -> new AssertionError(s.text()));
            for (ColumnUse u : info.columnUses()) assertEquals(u.column(), u.range().textIn(file));
            for (TableRef t : info.tables()) assertEquals(t.name(), t.range().textIn(file));
        }
        QueryInfo page = QueryFacts.analyze(statements.get(1).text(), statements.get(1).start()).orElseThrow();
        assertEquals("OFFSET sqlc.arg(skip)", page.offset().range().textIn(file));
        assertTrue(page.offset().parameter());
        assertEquals("sqlc.embed(users)", page.selectStars().get(0).range().textIn(file));
        QueryInfo purge = QueryFacts.analyze(statements.get(2).text(), statements.get(2).start()).orElseThrow();
        assertEquals("DELETE", purge.keyword().textIn(file));
        assertTrue(!purge.hasWhere());
    }

    @Test
    void crlfFiles() {
        String file = "-- name: A :one\r\nSELECT 1;\r\n-- name: B :many\r\nSELECT 2;\r\n";
        List<Statement> s = split(file);
        assertEquals(List.of("A", "B"), s.stream().map(Statement::name).toList());
        assertEquals(List.of("one", "many"), s.stream().map(Statement::command).toList());
    }

    @Test
    void nullIsAnEmptyFile() {
        assertEquals(List.of(), QueryFiles.split(null));
    }
}
