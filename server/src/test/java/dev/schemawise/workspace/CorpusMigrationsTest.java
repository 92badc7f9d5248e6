package dev.schemawise.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.TestFiles;
import dev.schemawise.model.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus migrations folders are recognised, read without syntax errors and replayed into one schema. */
class CorpusMigrationsTest {

    private static Workspace load(String folder) {
        Path root = TestFiles.repoRoot();
        List<SourceFile> files = new ArrayList<>();
        for (Path p : TestFiles.files(TestFiles.corpus("migrations/" + folder), ".sql")) {
            files.add(new SourceFile(root.relativize(p).toString().replace('\\', '/'), p, TestFiles.read(p)));
        }
        return Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
    }

    @Test
    void prismaMigrationsOfTriggerDev() {
        Workspace w = load("trigger.dev-prisma");
        assertEquals(1, w.units().size());
        SchemaUnit u = w.units().get(0);
        assertEquals(MigrationTool.PRISMA, u.tool());
        assertTrue(u.migrations().size() > 800, "migrations: " + u.migrations().size());
        for (FileReport f : w.files()) assertEquals(List.of(), f.syntaxErrors(), f.path());
        assertEquals(List.of(), u.problems());
        Table taskRun = u.schema().table("TaskRun");
        assertTrue(taskRun != null && taskRun.history().size() > 20, "TaskRun was shaped by many migrations");
    }

    @Test
    void golangMigrateFolderOfSupabaseAuth() {
        Workspace w = load("supabase-auth");
        SchemaUnit u = w.units().get(0);
        assertEquals(MigrationTool.GOLANG_MIGRATE, u.tool());
        for (FileReport f : w.files()) assertEquals(List.of(), f.syntaxErrors(), f.path());
        assertTrue(u.schema().table("users") != null);
        assertTrue(u.schema().tables().size() > 10, "tables: " + u.schema().tables().size());
    }
}
