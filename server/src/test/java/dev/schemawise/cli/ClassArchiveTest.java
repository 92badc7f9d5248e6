package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassArchiveTest {

    private static boolean recording(String... args) {
        return ClassArchive.recording(String.join("\0", args).concat("\0").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aJvmRecordsWhenItsOptionsSaySo() {
        assertTrue(recording("java", "-XX:+UseSerialGC", "-XX:ArchiveClassesAtExit=/tmp/x.jsa", "-jar", "schemawise.jar", "lsp"));
        assertFalse(recording("java", "-XX:SharedArchiveFile=/tmp/x.jsa", "-jar", "schemawise.jar", "lsp"));
        assertFalse(recording("java", "-jar", "schemawise.jar", "check", "-XX:ArchiveClassesAtExit=x"), "a program argument is no JVM option");
        assertFalse(recording());
    }

    @Test
    void withoutAJarNothingIsLoaded() {
        // Tests run from target/classes: there is no jar to list, and nothing is loaded.
        assertTrue(ClassArchive.loadAll() == 0);
    }
}
