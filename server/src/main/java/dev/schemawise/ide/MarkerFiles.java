package dev.schemawise.ide;

import dev.schemawise.doc.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the files {@link Environment} detects tools from: under a folder given on the command line (three levels
 * deep, not in node_modules or hidden folders), and beside a file given on the command line.
 */
public final class MarkerFiles {
    private MarkerFiles() {}

    private static final Set<String> SKIPPED = Set.of("node_modules", "vendor", "target", "build", "dist");
    private static final long MAX_BYTES = 1 << 20;

    public static Map<String, String> read(List<Path> roots, Path cwd) {
        Map<String, String> out = new TreeMap<>();
        for (Path root : roots) {
            boolean folder = Files.isDirectory(root);
            Path dir = folder ? root : root.getParent();
            if (dir == null) continue;
            try {
                Files.walkFileTree(dir, Set.of(), folder ? 4 : 1, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        String name = d.getFileName() == null ? "" : d.getFileName().toString();
                        boolean skip = !d.equals(dir) && (name.startsWith(".") || SKIPPED.contains(name));
                        // folder conventions: Rails keeps its migrations in db/migrate
                        if (!skip && name.equals("migrate") && d.getParent() != null && d.getParent().getFileName() != null
                                && d.getParent().getFileName().toString().equals("db")) {
                            out.put(cwd.relativize(d.toAbsolutePath().normalize()).toString().replace('\\', '/') + "/", "");
                        }
                        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (!Environment.MARKERS.contains(name) || !attrs.isRegularFile() || attrs.size() > MAX_BYTES) return FileVisitResult.CONTINUE;
                        try {
                            String shown = cwd.relativize(f.toAbsolutePath().normalize()).toString().replace('\\', '/');
                            out.put(shown, Files.readString(f, StandardCharsets.UTF_8));
                        } catch (IOException | RuntimeException e) {
                            // an unreadable marker file only means one tool less in the document
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // nothing to detect there
            }
        }
        return out;
    }
}
