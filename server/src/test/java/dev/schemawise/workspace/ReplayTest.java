package dev.schemawise.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.Identity;
import dev.schemawise.model.Relation;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.sql.SqlFrontEnd;
import dev.schemawise.sql.SqlParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTest {

    private static Replay replay(Dialect dialect, String... files) {
        Replay r = new Replay(dialect);
        for (int i = 0; i < files.length; i++) {
            SqlParseResult p = SqlFrontEnd.parse("m" + i + ".sql", files[i], dialect);
            assertEquals(List.of(), p.errors(), files[i]);
            r.applyAll(p.statements(), "m" + i + ".sql");
        }
        return r;
    }

    @Test
    void aTableCreatedThenAlteredInLaterMigrationsIsOneTableWithItsHistory() {
        Replay r = replay(Dialect.POSTGRESQL,
                "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
                "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));",
                "ALTER TABLE users ALTER COLUMN email SET NOT NULL, ADD COLUMN name text;",
                "ALTER TABLE users RENAME COLUMN name TO full_name; ALTER TABLE users RENAME TO accounts;",
                "CREATE INDEX orders_user_id_idx ON orders (user_id);");
        assertEquals(List.of(), r.problems());
        Schema s = r.snapshot();
        Table accounts = s.table("accounts");
        assertNotNull(accounts);
        assertNull(s.table("users"));
        assertFalse(accounts.column("email").nullable());
        assertNotNull(accounts.column("full_name"));
        assertEquals(List.of("m0.sql", "m2.sql", "m3.sql", "m3.sql"), accounts.history().stream().map(h -> h.file()).toList());
        assertEquals(List.of("m0.sql", "m2.sql"), accounts.column("email").history().stream().map(h -> h.file()).toList());
        assertEquals("accounts", s.table("orders").foreignKeys().get(0).targetTable().name(), "foreign keys follow a renamed table");
        assertEquals(1, s.table("orders").indexes().size());
    }

    @Test
    void droppingAColumnDropsItsIndexesAndConstraints() {
        Schema s = replay(Dialect.POSTGRESQL,
                "CREATE TABLE t (a int, b int, c int REFERENCES u (id), UNIQUE (a, b), CHECK (b > 0));",
                "CREATE INDEX t_b ON t (b); CREATE INDEX t_a ON t (a);",
                "ALTER TABLE t DROP COLUMN b; ALTER TABLE t DROP COLUMN c;").snapshot();
        Table t = s.table("t");
        assertEquals(List.of("a"), t.columns().stream().map(c -> c.name()).toList());
        assertEquals(List.of("t_a"), t.indexes().stream().map(i -> i.name()).toList());
        assertTrue(t.uniques().isEmpty());
        assertTrue(t.checks().isEmpty());
        assertTrue(t.foreignKeys().isEmpty());
    }

    @Test
    void pgDumpStyleKeysSequencesAndConstraintsUsingIndexes() {
        Schema s = replay(Dialect.POSTGRESQL, """
                CREATE TABLE public.posts (id integer NOT NULL, slug text, author_id integer);
                CREATE SEQUENCE public.posts_id_seq AS integer START WITH 1;
                ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;
                ALTER TABLE public.posts_id_seq OWNER TO app;
                ALTER TABLE ONLY public.posts ALTER COLUMN id SET DEFAULT nextval('public.posts_id_seq'::regclass);
                ALTER TABLE ONLY public.posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
                CREATE UNIQUE INDEX posts_slug_idx ON public.posts USING btree (slug);
                ALTER TABLE public.posts ADD CONSTRAINT posts_slug_key UNIQUE USING INDEX posts_slug_idx;
                ALTER TABLE ONLY public.posts ADD CONSTRAINT fk_author FOREIGN KEY (author_id) REFERENCES public.users(id) NOT VALID;
                ALTER TABLE public.posts VALIDATE CONSTRAINT fk_author;
                """).snapshot();
        Table posts = s.table("posts");
        assertEquals(Identity.SERIAL, posts.column("id").identity());
        assertEquals(List.of("id"), posts.primaryKey().columns());
        assertEquals(List.of("slug"), posts.uniques().get(0).columns());
        assertTrue(posts.indexes().isEmpty(), "the index became the constraint's");
        assertFalse(posts.foreignKeys().get(0).notValid());
        assertEquals("posts", s.sequences().get(0).ownedByTable().name());
    }

    @Test
    void mysqlModifyChangeAndDropKeys() {
        Schema s = replay(Dialect.MYSQL,
                "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, Name VARCHAR(10), PRIMARY KEY (id), KEY idx_name (Name));",
                "ALTER TABLE t MODIFY name VARCHAR(100) NOT NULL, CHANGE COLUMN name full_name TEXT;",
                "ALTER TABLE t DROP INDEX idx_name, DROP PRIMARY KEY;").snapshot();
        Table t = s.table("T");
        assertNotNull(t, "MySQL names compare case-insensitively");
        assertEquals(TypeFamily.TEXT, t.column("full_name").type().family());
        assertTrue(t.indexes().isEmpty());
        assertNull(t.primaryKey());
    }

    @Test
    void unknownTablesAreProblemsNotCrashes() {
        Replay r = replay(Dialect.POSTGRESQL, "ALTER TABLE ghost ADD COLUMN x int; CREATE INDEX i ON ghost (x); DROP TABLE IF EXISTS ghost; DROP TABLE ghost2;");
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).message().contains("ghost"));
    }

    @Test
    void ddlInsideDoBlocksShapesTheSchema() {
        Replay r = replay(Dialect.POSTGRESQL,
                "CREATE TABLE t (id int);",
                "DO $$ BEGIN CREATE TYPE \"status\" AS ENUM ('a', 'b'); EXCEPTION WHEN duplicate_object THEN null; END $$;",
                "DO $body$ DECLARE x text[] := ARRAY['a;b']; BEGIN ALTER TABLE t ADD COLUMN c text; UPDATE t SET c = 'x'; "
                        + "IF NOT EXISTS (SELECT 1) THEN CREATE INDEX t_c ON t (c); END IF; EXECUTE 'DROP TABLE t'; END $body$;");
        assertEquals(List.of(), r.problems());
        Schema s = r.snapshot();
        assertEquals(List.of("a", "b"), s.enums().get(0).values().stream().map(v -> v.name()).toList());
        assertNotNull(s.table("t").column("c"));
        assertEquals(1, s.table("t").indexes().size());
    }

    @Test
    void relationsAreDerivedFromForeignKeys() {
        Schema s = replay(Dialect.POSTGRESQL, """
                CREATE TABLE users (id bigint PRIMARY KEY);
                CREATE TABLE profiles (id bigint PRIMARY KEY, user_id bigint UNIQUE REFERENCES users (id));
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
                CREATE TABLE tags (id bigint PRIMARY KEY);
                CREATE TABLE order_tags (order_id bigint REFERENCES orders (id), tag_id bigint REFERENCES tags (id), PRIMARY KEY (order_id, tag_id));
                """).snapshot();
        List<String> described = s.relations().stream().map(Relation::describe).toList();
        assertTrue(described.contains("users hasOne profiles"), described.toString());
        assertTrue(described.contains("profiles belongsTo users"), described.toString());
        assertTrue(described.contains("users hasMany orders"), described.toString());
        assertTrue(described.contains("orders manyToMany tags (through order_tags)"), described.toString());
        assertTrue(described.contains("tags manyToMany orders (through order_tags)"), described.toString());
    }

    @Test
    void aReplayStartingFromASnapshotGivesTheSameStateAsReplayingEverything() {
        String first = "CREATE TYPE s AS ENUM ('a'); CREATE TABLE u (id int PRIMARY KEY, e text UNIQUE, CHECK (id > 0));"
                + " CREATE TABLE t (u_id int REFERENCES u (id)); CREATE INDEX t_u ON t (u_id); CREATE SEQUENCE q; CREATE VIEW v AS SELECT 1;";
        String second = "ALTER TABLE t ADD COLUMN x s; DROP INDEX t_u; ALTER TABLE u RENAME COLUMN e TO email; ALTER TYPE s ADD VALUE 'b';";
        Schema all = replay(Dialect.POSTGRESQL, first, second).snapshot();
        Replay continued = Replay.from(replay(Dialect.POSTGRESQL, first).snapshot());
        SqlParseResult p = SqlFrontEnd.parse("m1.sql", second, Dialect.POSTGRESQL);
        continued.applyAll(p.statements(), "m1.sql");
        assertEquals(List.of(), continued.problems());
        assertEquals(List.of(), dev.schemawise.model.SchemaDiff.compare(all, continued.snapshot()));
        assertEquals(TypeFamily.ENUM, continued.snapshot().table("t").column("x").type().family());
    }

    @Test
    void aSequenceOwnedByAColumnGoesWithItsTableOrColumn() {
        Schema s = replay(Dialect.POSTGRESQL,
                "CREATE TABLE t (id int, n int); CREATE SEQUENCE t_id_seq; ALTER SEQUENCE t_id_seq OWNED BY t.id;"
                        + " CREATE SEQUENCE t_n_seq; ALTER SEQUENCE t_n_seq OWNED BY t.n; CREATE SEQUENCE free_seq;",
                "ALTER TABLE t DROP COLUMN n;").snapshot();
        assertEquals(List.of("t_id_seq", "free_seq"), s.sequences().stream().map(q -> q.name().name()).toList());
        Schema dropped = replay(Dialect.POSTGRESQL, "CREATE TABLE t (id int); CREATE SEQUENCE t_id_seq; ALTER SEQUENCE t_id_seq OWNED BY t.id;",
                "DROP TABLE t;").snapshot();
        assertEquals(List.of(), dropped.sequences());
    }

    @Test
    void columnsFollowARenamedEnumType() {
        Schema s = replay(Dialect.POSTGRESQL,
                "CREATE TYPE \"Status\" AS ENUM ('A', 'B'); CREATE TABLE t (s \"Status\", ss \"Status\"[]);",
                "CREATE TYPE \"Status_new\" AS ENUM ('A');"
                        + " ALTER TABLE t ALTER COLUMN s TYPE \"Status_new\" USING (s::text::\"Status_new\"),"
                        + " ALTER COLUMN ss TYPE \"Status_new\"[] USING (ss::text::\"Status_new\"[]);"
                        + " ALTER TYPE \"Status\" RENAME TO \"Status_old\"; ALTER TYPE \"Status_new\" RENAME TO \"Status\"; DROP TYPE \"Status_old\";")
                .snapshot();
        assertEquals("status", s.table("t").column("s").type().name());
        assertEquals(1, s.table("t").column("ss").type().arrayDimensions());
        assertEquals(List.of("A"), s.enums().get(0).values().stream().map(v -> v.name()).toList());
    }
}
