package dev.schemawise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers one-directional: the model and text layers import nothing but the JDK; only the front
 * ends (sql, prisma) see ANTLR; only the lsp package sees LSP4J; the core never touches the file system; query
 * facts stand on JSqlParser and the JDK alone.
 */
class ArchitectureTest {

    private static final Path SOURCES = TestFiles.repoRoot().resolve("server/src/main/java/dev/schemawise");

    /** package → import prefixes it must not use. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "text", List.of("org.", "com.", "picocli", "dev.schemawise.model", "dev.schemawise.sql", "dev.schemawise.workspace", "java.nio.file", "java.io.File"),
            "model", List.of("org.", "com.", "picocli", "dev.schemawise.sql", "dev.schemawise.prisma", "dev.schemawise.workspace", "dev.schemawise.rules",
                    "java.nio.file", "java.io.File"),
            "sql", List.of("org.eclipse", "picocli", "com.google", "dev.schemawise.workspace", "dev.schemawise.rules", "java.nio.file", "java.io.File"),
            "prisma", List.of("org.eclipse", "picocli", "com.google", "dev.schemawise.workspace", "dev.schemawise.rules", "java.nio.file", "java.io.File"),
            "rules", List.of("org.antlr", "org.eclipse", "picocli", "java.nio.file", "java.io.File"),
            "config", List.of("org.antlr", "org.eclipse", "picocli", "java.nio.file", "java.io.File"),
            "ide", List.of("org.antlr", "org.eclipse", "picocli", "com.google"),
            "lsp", List.of("org.antlr", "picocli", "dev.schemawise.sql", "dev.schemawise.prisma", "dev.schemawise.model"),
            "cli", List.of("org.antlr", "org.eclipse"),
            "query", List.of("org.", "com.", "picocli", "dev.schemawise.model", "dev.schemawise.text", "dev.schemawise.sql",
                    "dev.schemawise.prisma", "dev.schemawise.workspace", "dev.schemawise.rules", "dev.schemawise.config",
                    "dev.schemawise.ide", "dev.schemawise.lsp", "dev.schemawise.cli", "java.io", "java.nio", "java.net"));

    @Test
    void layersImportOnlyWhatTheyMay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
            Path dir = SOURCES.resolve(rule.getKey());
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        if (!line.startsWith("import ")) continue;
                        String imported = line.substring(7).replace("static ", "").trim();
                        for (String prefix : rule.getValue()) {
                            if (imported.startsWith(prefix)) violations.add(SOURCES.relativize(f) + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void workspaceDoesFileIoOnlyInTheScanner() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("workspace"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString();
                if (name.equals("WorkspaceScanner.java") || name.equals("GitIgnore.java") || name.equals("SourceFile.java")) continue;
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import java.nio.file.Files") || line.startsWith("import java.io.File")) violations.add(name + ": " + line);
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
