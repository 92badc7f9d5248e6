package dev.schemawise.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Identity;
import dev.schemawise.model.ReferentialAction;
import dev.schemawise.model.Schema;
import dev.schemawise.model.SyntaxError;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.model.ddl.CreateTable;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.workspace.Replay;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlFrontEndTest {

    static SqlParseResult parse(String sql, Dialect dialect) {
        return SqlFrontEnd.parse("test.sql", sql, dialect);
    }

    static Schema schema(String sql, Dialect dialect) {
        SqlParseResult r = parse(sql, dialect);
        Replay replay = new Replay(dialect);
        replay.applyAll(r.statements(), "test.sql");
        return replay.snapshot();
    }

    static String at(String text, SyntaxError e) {
        return text.substring(e.range().start(), e.range().end());
    }

    @Test
    void oneBrokenStatementGivesOneErrorAndTheRestIsRead() {
        String sql = """
                CREATE TABLE a (id int PRIMARY KEY);
                CREATE TABLE b (id int,, name text, x int,, y int);
                CREATE TABLE c (id int PRIMARY KEY);
                """;
        SqlParseResult r = parse(sql, Dialect.POSTGRESQL);
        assertEquals(1, r.errors().size(), r.errors().toString());
        SyntaxError e = r.errors().get(0);
        assertEquals(",", at(sql, e));
        assertEquals(1, e.range().startLine());
        assertEquals(23, e.range().startColumn());
        assertTrue(e.message().contains("unexpected ','"), e.message());
        assertEquals(3, r.statements().size());
        Schema s = schema(sql, Dialect.POSTGRESQL);
        assertNotNull(s.table("a"));
        assertNotNull(s.table("c"));
        assertNotNull(s.table("b"), "the broken table is still in the model with what could be read");
    }

    @Test
    void halfTypedStatementNeverThrowsAndKeepsWhatItCanRead() {
        String sql = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, org_id bigint REFERENCES orgs (id), name";
        SqlParseResult r = parse(sql, Dialect.POSTGRESQL);
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).message().contains("end of input"), r.errors().get(0).message());
        Table users = schema(sql, Dialect.POSTGRESQL).table("users");
        assertNotNull(users);
        assertNotNull(users.column("email"));
        assertEquals(1, users.foreignKeys().size());
        for (int cut = 0; cut <= sql.length(); cut++) parse(sql.substring(0, cut), Dialect.POSTGRESQL);
    }

    @Test
    void errorMessageListsWhatWasExpected() {
        String sql = "CREATE TABLE t (id int REFERENCES u (id) ON DELETE EXPLODE);";
        SyntaxError e = parse(sql, Dialect.POSTGRESQL).errors().get(0);
        assertEquals("EXPLODE", at(sql, e));
        assertEquals("unexpected 'EXPLODE' in REFERENCES clause; expected CASCADE, NO, RESTRICT or SET", e.message());
    }

    @Test
    void nearMissesOfKeywordsGetASuggestion() {
        String sql = "CREATE TABLE t (id int REFERENCES u (id) ON DELETE RESTRIC);";
        assertEquals("unexpected 'RESTRIC' in REFERENCES clause; expected CASCADE, NO, RESTRICT or SET; did you mean RESTRICT?",
                parse(sql, Dialect.POSTGRESQL).errors().get(0).message());
    }

    @Test
    void typosInStatementHeadsAreReported() {
        String sql = "CREAT TABLE x (id int);\nCREATE TABEL y (id int);\nCREATE FUNCTION f() RETURNS int AS $$ select 1; $$ LANGUAGE sql;";
        SqlParseResult r = parse(sql, Dialect.POSTGRESQL);
        assertEquals(2, r.errors().size(), r.errors().toString());
        assertEquals("unknown statement 'CREAT'", r.errors().get(0).message());
        assertEquals("CREAT", at(sql, r.errors().get(0)));
        assertEquals("unknown statement 'CREATE TABEL'", r.errors().get(1).message());
        assertEquals("TABEL", at(sql, r.errors().get(1)));
    }

    @Test
    void unterminatedStringIsReportedAtItsQuote() {
        String sql = "CREATE TABLE a (id int);\nCREATE TABLE b (s text DEFAULT 'oops);\nCREATE TABLE c (id int);";
        SqlParseResult r = parse(sql, Dialect.POSTGRESQL);
        assertEquals(1, r.errors().size());
        assertEquals("'", at(sql, r.errors().get(0)));
        assertTrue(r.errors().get(0).message().startsWith("unterminated string"));
    }

    @Test
    void positionsCountUtf16UnitsAfterAnEmoji() {
        String sql = "-- 😀 note\nCREATE TABLE \"😀t\" (a int,, b int);";
        SqlParseResult r = parse(sql, Dialect.POSTGRESQL);
        SyntaxError e = r.errors().get(0);
        assertEquals(",", at(sql, e));
        assertEquals(1, e.range().startLine());
        assertEquals(sql.indexOf(",,") + 1 - sql.indexOf('\n') - 1, e.range().startColumn());
        CreateTable t = assertInstanceOf(CreateTable.class, r.statements().get(0));
        assertEquals("😀t", t.name().name());
        assertEquals("\"😀t\"", sql.substring(t.source().nameRange().start(), t.source().nameRange().end()));
    }

    @Test
    void opaqueStatementsOfRealDumpsAreReadWithoutErrors() {
        String sql = """
                SET statement_timeout = 0;
                SELECT pg_catalog.set_config('search_path', '', false);
                \\connect shop
                \\restrict abc123
                CREATE FUNCTION f(a int) RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN a; END; $body$;
                DO $$ BEGIN PERFORM 1; END $$;
                CREATE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION f();
                CREATE POLICY p ON users USING (true);
                GRANT SELECT ON users TO reader;
                COPY public.users (id, name) FROM stdin;
                1	alice; with semicolon
                2	bob
                \\.
                CREATE TABLE users (id int);
                --> statement-breakpoint
                CREATE INDEX users_id ON users (id);
                """;
        SqlParseResult r = parse(sql, Dialect.POSTGRESQL);
        assertEquals(List.of(), r.errors());
        List<String> kinds = r.statements().stream().map(s -> s instanceof Opaque o ? o.kind() : s.getClass().getSimpleName()).toList();
        assertEquals(List.of("SET", "SELECT", "\\connect", "\\restrict", "CREATE FUNCTION", "DO", "CREATE TRIGGER", "CREATE POLICY", "GRANT",
                "COPY", "CreateTable", "CreateIndex"), kinds);
    }

    @Test
    void mysqlBackticksRightAfterOperatorCharacters() {
        // mysqldump writes every view with DEFINER=`root`@`localhost`: = and @ must not swallow the backtick.
        String sql = """
                CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `user_emails` AS select `u`.`id` AS `id` from `users` `u`;
                UPDATE `t` SET `a`=`b` WHERE `id`=1;
                CREATE TABLE `t` (`id` int PRIMARY KEY, `a` int, `b` int);
                """;
        SqlParseResult r = parse(sql, Dialect.MYSQL);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of("user_emails"), schema(sql, Dialect.MYSQL).views().stream().map(v -> v.name().name()).toList());
        assertEquals("select `u`.`id` AS `id` from `users` `u`", schema(sql, Dialect.MYSQL).views().get(0).query());
    }

    @Test
    void mysqlDelimiterBlocksHashCommentsBackticksAndInlineKeys() {
        String sql = """
                # a MySQL comment
                CREATE TABLE `orders` (
                  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                  `user_id` INT UNSIGNED NOT NULL,
                  `note` VARCHAR(20) DEFAULT 'it\\'s' COMMENT "a \\"note\\"",
                  PRIMARY KEY (`id`),
                  KEY `idx_user` (`user_id`),
                  UNIQUE KEY `uq_note` (`note`(10)),
                  CONSTRAINT `fk_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Orders';
                DELIMITER $$
                CREATE TRIGGER trg BEFORE INSERT ON orders FOR EACH ROW BEGIN
                  SET NEW.note = 'x';
                END$$
                DELIMITER ;
                CREATE INDEX idx_note ON orders (note);
                """;
        SqlParseResult r = parse(sql, Dialect.MYSQL);
        assertEquals(List.of(), r.errors());
        Table orders = schema(sql, Dialect.MYSQL).table("orders");
        assertEquals(Identity.AUTO_INCREMENT, orders.column("id").identity());
        assertEquals("'it\\'s'", orders.column("note").defaultValue());
        assertEquals("a \"note\"", orders.column("note").comment());
        assertEquals("Orders", orders.documentation());
        assertEquals(2, orders.indexes().size());
        assertEquals(List.of("note"), orders.uniques().get(0).columns());
        assertEquals("uq_note", orders.uniques().get(0).name());
        ForeignKey fk = orders.foreignKeys().get(0);
        assertEquals("fk_user", fk.name());
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertEquals("InnoDB", orders.options().get("ENGINE"));
        assertTrue(r.statements().stream().anyMatch(s -> s instanceof Opaque o && o.kind().equals("CREATE TRIGGER")));
    }

    @Test
    void mysqlAlterTableAddIndexIsAnIndexNotAColumnNamedIndex() {
        String sql = "CREATE TABLE users (id int, email varchar(255), name varchar(100));"
                + " ALTER TABLE users ADD INDEX users_email_idx (email), ADD KEY users_name_idx (name), ADD COLUMN `index` int;";
        assertEquals(List.of(), parse(sql, Dialect.MYSQL).errors());
        Table users = schema(sql, Dialect.MYSQL).table("users");
        assertEquals(List.of("id", "email", "name", "index"), users.columns().stream().map(c -> c.name()).toList());
        assertEquals(List.of("users_email_idx", "users_name_idx"), users.indexes().stream().map(i -> i.name()).toList());
    }

    @Test
    void sqliteBracketsAutoincrementAndWithoutRowid() {
        String sql = "CREATE TABLE [Album] ([AlbumId] INTEGER PRIMARY KEY AUTOINCREMENT, [Title] NVARCHAR(160) NOT NULL) WITHOUT ROWID, STRICT;";
        assertEquals(List.of(), parse(sql, Dialect.SQLITE).errors());
        Table album = schema(sql, Dialect.SQLITE).table("album");
        assertNotNull(album);
        assertEquals(Identity.AUTO_INCREMENT, album.column("AlbumId").identity());
        assertEquals(TypeFamily.VARCHAR, album.column("Title").type().family());
        assertEquals("true", album.options().get("WITHOUT ROWID"));
        assertEquals("true", album.options().get("STRICT"));
    }

    @Test
    void postgresColumnsTypesAndConstraints() {
        String sql = """
                CREATE TYPE order_status AS ENUM ('new', 'paid');
                CREATE TABLE public."Orders" (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  user_id bigint NOT NULL CONSTRAINT orders_user_fk REFERENCES users (id) ON DELETE RESTRICT,
                  status order_status NOT NULL DEFAULT 'new',
                  total numeric(10, 2) CHECK (total >= 0),
                  placed_at timestamp with time zone DEFAULT now(),
                  tags text[] DEFAULT '{}'::text[],
                  serial_no serial,
                  CONSTRAINT orders_total_check CHECK (total < 1000000 AND status IS NOT NULL)
                ) PARTITION BY RANGE (placed_at);
                CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_user_idx ON ONLY public."Orders" USING btree (user_id, lower(status::text) DESC NULLS LAST) INCLUDE (total) WHERE (status <> 'paid');
                """;
        assertEquals(List.of(), parse(sql, Dialect.POSTGRESQL).errors());
        Schema s = schema(sql, Dialect.POSTGRESQL);
        Table t = s.table("Orders");
        assertNotNull(t);
        assertEquals(Identity.ALWAYS, t.column("id").identity());
        assertEquals(List.of("id"), t.primaryKey().columns());
        Column status = t.column("status");
        assertEquals(TypeFamily.ENUM, status.type().family());
        assertEquals("'new'", status.defaultValue());
        assertEquals(TypeFamily.NUMERIC, t.column("total").type().family());
        assertEquals(List.of("10", "2"), t.column("total").type().arguments());
        assertEquals(TypeFamily.TIMESTAMPTZ, t.column("placed_at").type().family());
        assertEquals(1, t.column("tags").type().arrayDimensions());
        assertEquals(Identity.SERIAL, t.column("serial_no").identity());
        assertEquals(false, t.column("serial_no").nullable());
        assertEquals("RANGE (placed_at)", t.partitionBy());
        assertEquals(2, t.checks().size());
        assertEquals(List.of("total", "status"), t.checks().get(1).columns());
        assertEquals("orders_user_fk", t.foreignKeys().get(0).name());
        var index = t.indexes().get(0);
        assertTrue(index.unique());
        assertEquals("btree", index.method());
        assertEquals("user_id", index.keys().get(0).column());
        assertEquals("lower(status::text)", index.keys().get(1).expression());
        assertTrue(index.keys().get(1).descending());
        assertEquals(List.of("total"), index.include());
        assertEquals("(status <> 'paid')", index.where());
    }

    @Test
    void templatePlaceholdersActAsSchemaNames() {
        String sql = "CREATE TABLE IF NOT EXISTS {{ index .Options \"Namespace\" }}.users (id uuid PRIMARY KEY);\n"
                + "CREATE INDEX IF NOT EXISTS users_idx ON \"{{ index .Options \"Namespace\" }}\".users USING btree (id);";
        assertEquals(List.of(), parse(sql, Dialect.POSTGRESQL).errors());
        assertEquals(1, schema(sql, Dialect.POSTGRESQL).table("users").indexes().size());
    }

    @Test
    void commentsAreKeptWithTheirRanges() {
        String sql = "-- schemawise-disable-next-line require-primary-key\nCREATE TABLE t (a int); /* block */";
        SqlParseResult r = parse(sql, Dialect.POSTGRESQL);
        assertEquals(2, r.comments().size());
        assertEquals("-- schemawise-disable-next-line require-primary-key", r.comments().get(0).text());
        assertEquals(0, r.comments().get(0).range().startLine());
        Statement only = r.statements().get(0);
        assertEquals(1, only.range().startLine());
    }

    @Test
    void checkConstraintsMentionQuotedColumns() {
        Schema pg = schema("CREATE TABLE \"Invoice\" (\"total\" numeric, \"End\" int, CHECK (\"total\" >= 0 AND \"End\" > 0 AND true));", Dialect.POSTGRESQL);
        assertEquals(List.of("total", "End"), pg.table("Invoice").checks().get(0).columns());
        Schema mysql = schema("CREATE TABLE `t` (`price` decimal(10,2), `key` int, CHECK (`price` >= 0 AND `key` > 0));", Dialect.MYSQL);
        assertEquals(List.of("price", "key"), mysql.table("t").checks().get(0).columns());
    }

    /** A file read in parts on several cores gives exactly what reading it in one go gives (every corpus file, in 2-4 parts). */
    @org.junit.jupiter.api.Test
    void readingInPartsEqualsReadingInOneGo() {
        java.util.List<java.nio.file.Path> files = new java.util.ArrayList<>(dev.schemawise.TestFiles.files(dev.schemawise.TestFiles.corpus("sql"), ".sql"));
        files.add(dev.schemawise.TestFiles.repoRoot().resolve("examples/mysql/schema.sql"));
        String psql = "CREATE TABLE a (id int);\n\\connect other\nCREATE TABLE b (id int REFERENCES a);\nDO $$ BEGIN CREATE TABLE c (x int); END $$;\n"
                + "CREATE TABLE broken (id int,, x int);\nSELECT 1;\n";
        for (java.nio.file.Path p : files) {
            String text = dev.schemawise.TestFiles.read(p);
            Dialect dialect = DialectGuesser.guess(p.toString(), text);
            SqlParseResult whole = SqlFrontEnd.parse("f.sql", text, dialect, Integer.MAX_VALUE);
            SqlParseResult parts = SqlFrontEnd.parse("f.sql", text, dialect, 1);
            assertEquals(whole.statements(), parts.statements(), p.toString());
            assertEquals(whole.errors(), parts.errors(), p.toString());
            assertEquals(whole.comments(), parts.comments(), p.toString());
            assertEquals(whole.occurrences(), parts.occurrences(), p.toString());
        }
        SqlParseResult whole = SqlFrontEnd.parse("f.sql", psql, Dialect.POSTGRESQL, Integer.MAX_VALUE);
        SqlParseResult parts = SqlFrontEnd.parse("f.sql", psql, Dialect.POSTGRESQL, 1);
        assertEquals(whole.statements(), parts.statements());
        assertEquals(whole.errors(), parts.errors());
        assertEquals(whole.occurrences(), parts.occurrences());
    }
}
