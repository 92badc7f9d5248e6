package dev.schemawise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository's corpus/ and examples/ folders from the test's working directory. */
public final class TestFiles {
    private TestFiles() {}

    public static Path repoRoot() {
        String configured = System.getProperty("schemawise.repoRoot");
        if (configured != null) return Path.of(configured).toAbsolutePath().normalize();
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("corpus/SOURCES.md"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("corpus/ not found");
        return p;
    }

    public static Path corpus(String relative) {
        return repoRoot().resolve("corpus").resolve(relative);
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
