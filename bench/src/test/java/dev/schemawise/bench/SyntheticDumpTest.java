package dev.schemawise.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.sql.SqlFrontEnd;
import dev.schemawise.sql.SqlParseResult;
import dev.schemawise.workspace.Replay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticDumpTest {

    private static final int LINES = 100_000;

    private static String danbooru;
    private static SyntheticDump.Dump dump;
    private static Schema original;
    private static SqlParseResult parsed;
    private static Replay replay;
    private static Schema schema;

    @BeforeAll
    static void build() throws IOException {
        danbooru = Files.readString(corpus(), StandardCharsets.UTF_8);
        original = replay("danbooru.structure.sql", danbooru).snapshot();
        dump = SyntheticDump.generate(danbooru, LINES);
        parsed = SqlFrontEnd.parse("synthetic.sql", dump.text(), Dialect.POSTGRESQL);
        replay = new Replay(Dialect.POSTGRESQL);
        replay.applyAll(parsed.statements(), "synthetic.sql");
        schema = replay.snapshot();
    }

    private static Path corpus() {
        String root = System.getProperty("schemawise.repoRoot");
        Path base = root != null ? Path.of(root) : Path.of("");
        return SyntheticDump.resolveSource(base.resolve(SyntheticDump.DEFAULT_SOURCE).toString());
    }

    private static Replay replay(String file, String text) {
        SqlParseResult result = SqlFrontEnd.parse(file, text, Dialect.POSTGRESQL);
        assertEquals(List.of(), result.errors(), "syntax errors in " + file);
        Replay r = new Replay(Dialect.POSTGRESQL);
        r.applyAll(result.statements(), file);
        return r;
    }

    @Test
    void hasAtLeastTheRequestedLines() {
        assertTrue(dump.lines() >= LINES, "lines: " + dump.lines());
        assertEquals(SyntheticDump.lineCount(dump.text()), dump.lines());
        assertEquals(dump.lines(), dump.text().split("\n", -1).length - (dump.text().endsWith("\n") ? 1 : 0));
        assertTrue(dump.copies() >= 2, "copies: " + dump.copies());
        assertEquals(dump.text(), SyntheticDump.build(danbooru, LINES), "build is deterministic");
    }

    @Test
    void headerIsWrittenOnce() {
        String text = dump.text();
        assertEquals(1, occurrences(text, "SELECT pg_catalog.set_config('search_path', '', false);"));
        assertEquals(1, occurrences(text, "CREATE EXTENSION IF NOT EXISTS pg_trgm"));
        assertEquals(1, occurrences(text, "COMMENT ON EXTENSION pg_trgm"));
        assertEquals(1, occurrences(text, "CREATE OPERATOR "), "operators cannot be renamed: copy 1 only");
        assertEquals(dump.copies(), occurrences(text, "CREATE FUNCTION public.lower"));
        assertTrue(text.contains("CREATE TABLE public.posts (\n"));
        assertTrue(text.contains("CREATE TABLE public.posts_c2 (\n"));
        assertTrue(text.contains("CREATE TABLE public.posts_c" + dump.copies() + " (\n"));
        // The user function public.lower(text[]) is renamed where qualified; the built-in lower(text) is not.
        assertTrue(text.contains("public.lower_c2((ARRAY["));
        assertTrue(text.contains("USING btree (lower(name));"));
        assertTrue(!text.contains("lower_c2(name)") && !text.contains("lower_c2((name)"));
    }

    @Test
    void parsesWithoutSyntaxErrors() {
        assertEquals(List.of(), parsed.errors().stream().limit(20).toList());
    }

    @Test
    void replaysWithoutProblems() {
        assertEquals(List.of(), replay.problems().stream().limit(20).toList());
    }

    @Test
    void everyCopyDeclaresTheSameObjects() {
        int copies = dump.copies();
        assertTrue(original.tables().size() > 50, "danbooru tables: " + original.tables().size());
        assertEquals(copies * original.tables().size(), schema.tables().size(), "tables");
        assertEquals(copies * original.foreignKeyCount(), schema.foreignKeyCount(), "foreign keys");
        assertEquals(copies * original.indexCount(), schema.indexCount(), "indexes");
        assertEquals(copies * original.columnCount(), schema.columnCount(), "columns");
        assertEquals(copies * original.views().size(), schema.views().size(), "views");
        assertEquals(copies * original.sequences().size(), schema.sequences().size(), "sequences");
    }

    @Test
    void namesAreUniqueAndWithinTheIdentifierLimit() {
        Set<String> tables = new HashSet<>();
        Set<String> relations = new HashSet<>(); // indexes share the namespace of tables, sequences, views
        int max = Dialect.POSTGRESQL.maxIdentifierLength();
        for (Table t : schema.tables()) {
            String name = t.name().name().toLowerCase(Locale.ROOT);
            assertTrue(tables.add(name), "table declared twice: " + name);
            assertTrue(relations.add(name), "name declared twice: " + name);
            assertTrue(name.length() <= max, "too long: " + name);
            for (var index : t.indexes()) {
                if (index.name() == null) continue;
                String in = index.name().toLowerCase(Locale.ROOT);
                assertTrue(relations.add(in), "index name declared twice: " + in);
                assertTrue(in.length() <= max, "too long: " + in);
            }
        }
    }

    @Test
    void everyForeignKeyTargetsATableOfItsOwnCopy() {
        int checked = 0;
        for (Table t : schema.tables()) {
            String suffix = copySuffix(t.name().name());
            for (ForeignKey fk : t.foreignKeys()) {
                Table target = schema.table(fk.targetTable());
                assertNotNull(target, t.name() + " -> " + fk.targetTable());
                assertEquals(suffix, copySuffix(target.name().name()), t.name() + " -> " + fk.targetTable());
                checked++;
            }
        }
        assertEquals(schema.foreignKeyCount(), checked);
        assertTrue(checked > 0);
    }

    /** Tables of copy k ≥ 2 end with _ck; danbooru's own table names end with none of those. */
    private String copySuffix(String tableName) {
        Set<String> originals = original.tables().stream().map(t -> t.name().name()).collect(Collectors.toSet());
        if (originals.contains(tableName)) return "";
        int i = tableName.lastIndexOf("_c");
        assertTrue(i > 0, tableName);
        return tableName.substring(i);
    }

    private static int occurrences(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) n++;
        return n;
    }
}
