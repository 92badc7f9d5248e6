package dev.schemawise.fuzz;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.InRange;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import dev.schemawise.TestFiles;
import dev.schemawise.model.Dialect;
import dev.schemawise.workspace.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the SQL front end and everything after it: {@code text} is split into the files of one of three layouts
 * (a plain schema file; a migration, its down and a second migration; a schema and a file of queries), read in
 * one of the dialects (or guessed), analysed, and the editor features asked at two offsets. The seeds are the
 * bundled examples; in the test command each seed runs once, and a short fuzzing run follows (docs/RELIABILITY.md).
 */
class SqlFuzzTest {

    private static final Dialect[] DIALECTS = {null, Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.SQLITE};

    static Stream<Arguments> sqlWorkspace() {
        Path examples = TestFiles.repoRoot().resolve("examples");
        List<Arguments> seeds = new ArrayList<>();
        seeds.add(arguments(TestFiles.read(examples.resolve("postgres/schema.sql")), 1, 0, 120, 2000));
        seeds.add(arguments(TestFiles.read(examples.resolve("mysql/schema.sql")), 2, 0, 300, 4000));
        StringBuilder migrations = new StringBuilder();
        for (Path p : TestFiles.files(examples.resolve("migrations"), ".up.sql")) migrations.append(TestFiles.read(p));
        seeds.add(arguments(migrations.toString(), 0, 1, 50, 900));
        seeds.add(arguments(TestFiles.read(examples.resolve("postgres/schema.sql"))
                + "\nSELECT * FROM orders WHERE status = 'open' ORDER BY created_at LIMIT 10 OFFSET 5000;\n"
                + "-- name: GetUser :one\nSELECT id, email FROM users WHERE email = $1;\n", 1, 2, 10, 4500));
        seeds.add(arguments("CREATE TABLE t (id integer PRIMARY KEY AUTOINCREMENT, name text NOT NULL);", 3, 0, 14, 40));
        return seeds.stream();
    }

    @MethodSource
    @FuzzTest(maxDuration = "20s")
    void sqlWorkspace(@NotNull @WithUtf8Length(max = 16384) String text, @InRange(min = 0, max = 3) int dialect,
                      @InRange(min = 0, max = 2) int layout, int offset1, int offset2) {
        int cut = text.length() / 2;
        List<SourceFile> files = switch (layout) {
            case 0 -> List.of(FuzzHarness.file("db/schema.sql", text));
            case 1 -> List.of(
                    FuzzHarness.file("migrations/000001_init.up.sql", text.substring(0, cut)),
                    FuzzHarness.file("migrations/000001_init.down.sql", text.substring(cut)),
                    FuzzHarness.file("migrations/000002_next.up.sql", text.substring(cut)));
            default -> List.of(
                    FuzzHarness.file("app/schema.sql", text.substring(0, cut)),
                    FuzzHarness.file("app/queries/query.sql", text.substring(cut)));
        };
        FuzzHarness.run(files, DIALECTS[Math.floorMod(dialect, DIALECTS.length)], new int[] {offset1, offset2});
    }
}
