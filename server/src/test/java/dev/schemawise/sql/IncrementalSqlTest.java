package dev.schemawise.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemawise.TestFiles;
import dev.schemawise.model.Dialect;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading an edited file partially gives exactly what reading it whole gives: statements, errors, comments and
 * name occurrences, positions included. Edits are random and include the characters that change lexing
 * (semicolons, quotes, comment starts, dollar quotes, newlines).
 */
class IncrementalSqlTest {

    private static final String[] INSERTS = {";", "'", "\"", "--", "/*", "*/", "$$", "\n", " ", "x", "(", ")", ",", "\n;\n", "CREATE TABLE t (a int);\n",
            "ALTER TABLE", "é", "NOT NULL", "\nDO $$ BEGIN CREATE TYPE e AS ENUM ('a'); END $$;\n"};

    private static void check(String file, String text, Dialect dialect, long seed, int edits) {
        Random random = new Random(seed);
        SqlParseResult previous = SqlFrontEnd.parse(file, text, dialect);
        String current = text;
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(current.length() + 1);
            String next;
            switch (random.nextInt(3)) {
                case 0 -> next = current.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + current.substring(at);
                case 1 -> {
                    int end = Math.min(current.length(), at + 1 + random.nextInt(20));
                    next = current.substring(0, at) + current.substring(end);
                }
                default -> {
                    int end = Math.min(current.length(), at + random.nextInt(5));
                    next = current.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + current.substring(end);
                }
            }
            SqlParseResult incremental = SqlFrontEnd.reparse(previous, current, file, next, dialect);
            SqlParseResult whole = SqlFrontEnd.parse(file, next, dialect);
            String where = file + " edit " + i + " (seed " + seed + ") at " + at;
            if (!whole.statements().equals(incremental.statements())) {
                assertEquals(summary(whole.statements()), summary(incremental.statements()), where + ": statements\nOLD:\n" + current + "\nNEW:\n" + next);
                assertEquals(whole.statements(), incremental.statements(), where + ": statements");
            }
            assertEquals(whole.errors(), incremental.errors(), where + ": errors");
            assertEquals(whole.comments(), incremental.comments(), where + ": comments");
            assertEquals(whole.occurrences(), incremental.occurrences(), where + ": occurrences");
            previous = incremental;
            current = next;
        }
    }

    private static String summary(List<? extends dev.schemawise.model.ddl.Statement> statements) {
        StringBuilder b = new StringBuilder();
        for (var st : statements) b.append(st.getClass().getSimpleName()).append(' ').append(st.range()).append(" [").append(st.range().start()).append("]\n");
        return b.toString();
    }

    @Test
    void randomEditsOfCorpusDumps() {
        for (String name : List.of("sql/pagila-schema.sql", "sql/chinook-postgres.sql", "sql/northwind-postgres.sql", "sql/chinook-sqlite.sql")) {
            String text = TestFiles.read(TestFiles.corpus(name));
            Dialect dialect = name.contains("sqlite") ? Dialect.SQLITE : Dialect.POSTGRESQL;
            check(name, text, dialect, 11, 60);
        }
    }

    @Test
    void randomEditsOfMySqlWithoutDelimiters() {
        check("chinook-mysql.sql", TestFiles.read(TestFiles.corpus("sql/chinook-mysql.sql")), Dialect.MYSQL, 5, 60);
    }

    @Test
    void smallFilesManySeeds() {
        String text = """
                -- users
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
                /* orders */ CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id)); CREATE INDEX o_u ON orders (user_id);
                DO $$ BEGIN CREATE TYPE status AS ENUM ('a', 'b'); EXCEPTION WHEN duplicate_object THEN null; END $$;
                ALTER TABLE orders ADD COLUMN status status NOT NULL DEFAULT 'a';
                CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN NEW.x := 1; RETURN NEW; END $body$ LANGUAGE plpgsql;
                COMMENT ON TABLE users IS 'people; who -- buy';
                """;
        for (long seed = 0; seed < 40; seed++) check("small.sql", text, Dialect.POSTGRESQL, seed, 25);
    }

    /** An error at the very start of what is read again (end of input after "DROP ") is not kept when that text changes. */
    @Test
    void anEmptyErrorWhereReadingRestartsIsReadAgain() {
        SqlParseResult previous = SqlFrontEnd.parse("f.sql", "DROP ", Dialect.POSTGRESQL);
        SqlParseResult incremental = SqlFrontEnd.reparse(previous, "DROP ", "f.sql", "DR", Dialect.POSTGRESQL);
        assertEquals(SqlFrontEnd.parse("f.sql", "DR", Dialect.POSTGRESQL).errors(), incremental.errors());
        previous = SqlFrontEnd.parse("f.sql", "CREATE TABLE a (id int);\nDROP ", Dialect.POSTGRESQL);
        incremental = SqlFrontEnd.reparse(previous, "CREATE TABLE a (id int);\nDROP ", "f.sql", "CREATE TABLE a (id int);\nDR", Dialect.POSTGRESQL);
        assertEquals(SqlFrontEnd.parse("f.sql", "CREATE TABLE a (id int);\nDR", Dialect.POSTGRESQL).errors(), incremental.errors());
    }
}
