package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.TestFiles;
import dev.schemawise.config.Config;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** schema-drift beyond its fixtures: where configuration targets resolve, and trigger.dev's real schema and migrations. */
class SchemaDriftTest {

    private static List<Finding> drift(Map<String, String> texts, Config config) {
        List<SourceFile> files = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) files.add(new SourceFile(e.getKey(), Path.of("/w").resolve(e.getKey()), e.getValue()));
        Workspace w = Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
        Config only = Fixtures.only(config, SchemaDrift.INFO.id());
        Analyzer.Result result = Analyzer.analyze(w, f -> only);
        assertEquals(List.of(), result.internalErrors());
        return result.findings().stream().filter(f -> f.rule().equals(SchemaDrift.INFO.id())).toList();
    }

    private static Config config(String json, String source) throws Exception {
        return Config.parse(json, source);
    }

    @Test
    void pathsOfTargetsAndConfigurationFiles() {
        assertEquals("", SchemaDrift.configDirectory(".schemawise.json"));
        assertEquals("services/api", SchemaDrift.configDirectory("services/api/.schemawise.json"));
        assertNull(SchemaDrift.configDirectory("/home/me/.schemawise.json"));
        assertNull(SchemaDrift.configDirectory("configuration"));
        assertEquals("db/schema.sql", SchemaDrift.normalize("./db/../db//schema.sql"));
        assertNull(SchemaDrift.normalize("../schema.sql"));
    }

    @Test
    void aTargetIsRelativeToItsConfigurationFileAndPairsWithTheNearestMigrationsFolderUnderIt() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("services/api/db/schema.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        texts.put("services/api/db/migrations/000001_init.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        texts.put("services/api/tools/migrations/000001_other.up.sql", "CREATE TABLE other (id bigint PRIMARY KEY);\n");
        texts.put("services/web/db/migrations/000001_init.up.sql", "CREATE TABLE pages (id bigint PRIMARY KEY);\n");
        List<Finding> found = drift(texts, config("{\"migrations\": {\"target\": \"db/schema.sql\"}}", "services/api/.schemawise.json"));
        assertEquals(List.of("column users.email is missing from the database the migrations in services/api/db/migrations build"),
                found.stream().map(Finding::message).toList());
        assertEquals("services/api/db/schema.sql", found.get(0).file());
        // Two folders equally near the target: no guess.
        texts.remove("services/api/db/migrations/000001_init.up.sql");
        texts.put("services/api/db/a/000001_init.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        texts.put("services/api/db/b/000001_init.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        assertEquals(List.of(), drift(texts, config("{\"migrations\": {\"target\": \"db/schema.sql\"}}", "services/api/.schemawise.json")));
        // A target that names no schema of the workspace: nothing to compare.
        assertEquals(List.of(), drift(texts, config("{\"migrations\": {\"target\": \"missing.sql\"}}", ".schemawise.json")));
    }

    /** trigger.dev's schema.prisma and migrations folder, laid out as Prisma Migrate lays them out. */
    private static Map<String, String> triggerDev(String schema) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("prisma/schema.prisma", schema);
        Path folder = TestFiles.corpus("migrations/trigger.dev-prisma");
        for (Path p : TestFiles.files(folder, ".sql")) {
            texts.put("prisma/migrations/" + folder.relativize(p).toString().replace('\\', '/'), TestFiles.read(p));
        }
        texts.put("prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n");
        return texts;
    }

    @Test
    void triggerDevHasDriftedOnlyWhereItSaysSo() {
        String schema = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        List<Finding> found = drift(triggerDev(schema), Config.DEFAULT);
        // Read by hand: foreign keys dropped by hand-written migrations (run-ops split, TaskRun's foreign keys) that the
        // schema still declares, two @updatedAt columns the migrations gave a default, and the @@index whose real index is
        // partial (the schema's own comment says migrate dev reports drift there).
        long relations = found.stream().filter(f -> f.message().startsWith("relation ") || f.message().startsWith("foreign key ")).count();
        long defaults = found.stream().filter(f -> f.message().contains(".updatedAt has no @default but DEFAULT CURRENT_TIMESTAMP")).count();
        long indexes = found.stream().filter(f -> f.message().startsWith("@@index([environmentId, type, dedupeKey]) of model BulkActionGroup")).count();
        assertEquals(List.of(30L, 2L, 1L, 33L), List.of(relations, defaults, indexes, (long) found.size()), String.join("\n", found.stream().map(Finding::message).toList()));
    }

    @Test
    void aTruncatedSchemaStillComparesWithoutFailing() {
        String schema = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        for (int i = 1; i < 8; i++) drift(triggerDev(schema.substring(0, schema.length() * i / 8)), Config.DEFAULT);
    }
}
