package dev.schemawise.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every real schema of the corpus parses with zero syntax errors using the whole-file entry rules. */
class CorpusGrammarTest {

    @TestFactory
    Stream<DynamicTest> sqlFilesParseWithoutErrors() throws Exception {
        List<Path> files = new java.util.ArrayList<>(GrammarHarness.files("corpus/sql", ".sql"));
        files.addAll(GrammarHarness.files("corpus/migrations", ".sql"));
        return files.stream().map(f -> DynamicTest.dynamicTest(GrammarHarness.repoRoot().relativize(f).toString(), () -> {
            String name = f.getFileName().toString();
            List<String> errors = GrammarHarness.parseSql(Files.readString(f), name.contains("mysql"), name.contains("sqlite"));
            assertEquals(List.of(), errors.stream().limit(10).toList(), f.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> prismaFilesParseWithoutErrors() throws Exception {
        return GrammarHarness.files("corpus/prisma", ".prisma").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () ->
            assertEquals(List.of(), GrammarHarness.parsePrisma(Files.readString(f)).stream().limit(10).toList(), f.toString())));
    }
}
