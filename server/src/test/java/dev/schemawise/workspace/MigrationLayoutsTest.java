package dev.schemawise.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MigrationLayoutsTest {

    private static Map<String, String> files(String... paths) {
        Map<String, String> m = new TreeMap<>();
        for (String p : paths) m.put(p, "SELECT 1;");
        return m;
    }

    private static List<String> order(MigrationLayouts.Folder f) {
        return f.migrations().stream().map(Migration::upFile).toList();
    }

    @Test
    void prismaMigrationsFolder() {
        var folders = MigrationLayouts.detect(files("prisma/migrations/20240102000000_b/migration.sql",
                "prisma/migrations/20240101000000_a/migration.sql", "prisma/seed.sql"), Map.of());
        assertEquals(1, folders.size());
        assertEquals("prisma/migrations", folders.get(0).root());
        assertEquals(MigrationTool.PRISMA, folders.get(0).tool());
        assertEquals(List.of("prisma/migrations/20240101000000_a/migration.sql", "prisma/migrations/20240102000000_b/migration.sql"), order(folders.get(0)));
        assertEquals("a", folders.get(0).migrations().get(0).name());
    }

    @Test
    void golangMigrateOrdersNumericallyAndPairsDowns() {
        var folders = MigrationLayouts.detect(files("db/10_c.up.sql", "db/2_b.up.sql", "db/2_b.down.sql", "db/1_a.up.sql"), Map.of());
        assertEquals(MigrationTool.GOLANG_MIGRATE, folders.get(0).tool());
        assertEquals(List.of("db/1_a.up.sql", "db/2_b.up.sql", "db/10_c.up.sql"), order(folders.get(0)));
        assertEquals("db/2_b.down.sql", folders.get(0).migrations().get(1).downFile());
        assertEquals(null, folders.get(0).migrations().get(0).downFile());
    }

    @Test
    void flywayVersionedUndoAndRepeatable() {
        var folders = MigrationLayouts.detect(files("sql/V1_10__x.sql", "sql/V1_2__y.sql", "sql/U1_2__y.sql", "sql/R__views.sql", "sql/V2__z.sql"), Map.of());
        var f = folders.get(0);
        assertEquals(MigrationTool.FLYWAY, f.tool());
        assertEquals(List.of("sql/V1_2__y.sql", "sql/V1_10__x.sql", "sql/V2__z.sql", "sql/R__views.sql"), order(f));
        assertEquals("sql/U1_2__y.sql", f.migrations().get(0).downFile());
    }

    @Test
    void dbmateSections() {
        Map<String, String> m = new TreeMap<>();
        m.put("db/migrations/20200101_create.sql", "-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n");
        var f = MigrationLayouts.detect(m, Map.of()).get(0);
        assertEquals(MigrationTool.DBMATE, f.tool());
        assertEquals("db/migrations/20200101_create.sql", f.migrations().get(0).downFile());
        String text = m.get("db/migrations/20200101_create.sql");
        assertEquals(text.indexOf("-- migrate:down"), MigrationLayouts.dbmateDownStart(text));
    }

    @Test
    void drizzleUsesItsJournalOrder() {
        Map<String, String> journal = Map.of("drizzle/meta/_journal.json",
                "{\"entries\":[{\"idx\":0,\"tag\":\"0000_zeta\"},{\"idx\":1,\"tag\":\"0001_alpha\"}]}");
        var f = MigrationLayouts.detect(files("drizzle/0001_alpha.sql", "drizzle/0000_zeta.sql"), journal).get(0);
        assertEquals(MigrationTool.DRIZZLE, f.tool());
        assertEquals(List.of("drizzle/0000_zeta.sql", "drizzle/0001_alpha.sql"), order(f));
    }

    @Test
    void numberedFilesInAMigrationsFolderAndPlainSchemasElsewhere() {
        var folders = MigrationLayouts.detect(files("supabase/migrations/20230101_a.sql", "supabase/migrations/20220101_b.sql", "schema/001_tables.sql"), Map.of());
        assertEquals(1, folders.size());
        assertEquals(MigrationTool.SUPABASE, folders.get(0).tool());
        assertEquals("supabase/migrations/20220101_b.sql", order(folders.get(0)).get(0));
    }

    @Test
    void versionComparison() {
        assertTrue(MigrationLayouts.compareVersions("2", "10") < 0);
        assertTrue(MigrationLayouts.compareVersions("1.2", "1.10") < 0);
        assertTrue(MigrationLayouts.compareVersions("0001", "2") < 0);
        assertEquals(0, MigrationLayouts.compareVersions("001", "1"));
    }
}
