package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The CI integration files at the repository root say what the CLI can do: action.yml (GitHub composite action)
 * and .pre-commit-hooks.yaml. Structural checks by line, since no YAML parser is on the classpath.
 */
class CiFilesTest {
    private static final Path REPO = Path.of(System.getProperty("schemawise.repoRoot", "..")).toAbsolutePath().normalize();

    @Test
    void actionIsACompositeThatUploadsSarifAndAnnotates() throws IOException {
        String action = Files.readString(REPO.resolve("action.yml"));
        for (String expected : new String[] {"using: composite", "actions/setup-java@", "github/codeql-action/upload-sarif@",
                "--format sarif --fail-on none", "--format github --fail-on \"$FAIL_ON\"", "-pl server -am package",
                "server/target/schemawise.jar", "inputs.upload-sarif == 'true'"}) {
            assertTrue(action.contains(expected), "action.yml has " + expected);
        }
        for (String input : new String[] {"paths", "config", "fail-on", "upload-sarif", "java-version"}) {
            assertTrue(action.contains("\n  " + input + ":\n"), "action.yml declares input " + input);
        }
        // every format the action uses exists
        for (String format : new String[] {"sarif", "github"}) {
            assertTrue(Arrays.stream(CheckCommand.Format.values()).anyMatch(f -> f.name().equals(format)), format);
        }
        // plain YAML scalars must not contain ": " (a YAML error GitHub reports only when the action runs)
        for (String line : action.split("\n")) {
            String t = line.strip();
            int colon = t.indexOf(": ");
            if (colon < 0 || t.startsWith("#") || t.startsWith("run:") || t.startsWith("-")) continue;
            String value = t.substring(colon + 2);
            if (value.startsWith("\"") || value.startsWith("'") || value.startsWith("${{") || value.equals("|")) continue;
            assertTrue(!value.contains(": "), "unquoted value with ': ' in action.yml: " + line);
        }
    }

    @Test
    void preCommitHookChecksTheRepositoryOnSchemaChanges() throws IOException {
        String hooks = Files.readString(REPO.resolve(".pre-commit-hooks.yaml"));
        assertTrue(hooks.contains("- id: schemawise"));
        assertTrue(hooks.contains("entry: schemawise check"));
        assertTrue(hooks.contains("language: script"));
        assertTrue(hooks.contains("files: \\.(sql|prisma)$"));
        assertTrue(hooks.contains("pass_filenames: false"));
        assertTrue(Files.isExecutable(REPO.resolve("schemawise")), "the hook's entry script is executable");
    }
}
