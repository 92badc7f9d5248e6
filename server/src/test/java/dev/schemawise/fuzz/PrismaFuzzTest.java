package dev.schemawise.fuzz;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import dev.schemawise.TestFiles;
import dev.schemawise.ide.SchemaLanguageService;
import dev.schemawise.workspace.SourceFile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Prisma front end, the formatter and everything after them: {@code text} is a schema, alone or beside
 * a migrations folder with Prisma's lock file; it is formatted, analysed, and the editor features are asked at two
 * offsets. The seeds are the bundled example and a few half-typed schemas; in the test command each seed runs
 * once, and a short fuzzing run follows (docs/RELIABILITY.md).
 */
class PrismaFuzzTest {

    static Stream<Arguments> prismaWorkspace() {
        String example = TestFiles.read(TestFiles.repoRoot().resolve("examples/prisma/schema.prisma"));
        return Stream.of(
                arguments(example, false, 200, 3000),
                arguments(example, true, 40, 1000),
                arguments("model User {\n  id Int @id @default(autoincrement())\n  posts Post[]\n}\n"
                        + "model Post {\n  id Int @id\n  author User @relation(fields: [authorId], references: [id], onDelete: Cascade)\n"
                        + "  authorId Int\n  @@index([authorId])\n}\n", false, 30, 120),
                arguments("datasource db {\n  provider = \"mysql\"\n  url = env(\"DATABASE_URL\")\n}\n"
                        + "enum Role { USER ADMIN }\ntype Address { street String }\nmodel A { id String @id @db.VarChar(36)\n role Role @def", true, 70, 150));
    }

    @MethodSource
    @FuzzTest(maxDuration = "20s")
    void prismaWorkspace(@NotNull @WithUtf8Length(max = 16384) String text, boolean migrations, int offset1, int offset2) {
        SchemaLanguageService.formatPrisma(text);
        List<SourceFile> files = migrations
                ? List.of(FuzzHarness.file("prisma/schema.prisma", text),
                        FuzzHarness.file("prisma/migrations/20240101000000_init/migration.sql", "CREATE TABLE \"User\" (\"id\" SERIAL PRIMARY KEY);"),
                        FuzzHarness.file("prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n"))
                : List.of(FuzzHarness.file("schema.prisma", text));
        FuzzHarness.run(files, null, new int[] {offset1, offset2});
    }
}
