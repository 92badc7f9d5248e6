package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --fix} never loses data: it writes only the files it was given and checked, never one with a syntax
 * error, never over an edit made since it read the file, and a write that fails costs only that file.
 * CliTest covers the basic rewrite and idempotence; AtomicFilesTest the replacement step by step.
 */
class FixSafetyTest {

    @TempDir
    Path dir;

    /** Two safe fixes: NOT NULL on the boolean, an index on the foreign key. */
    private static final String FIXABLE = "CREATE TABLE %1$s_users (id bigint PRIMARY KEY);\n"
            + "CREATE TABLE %1$s_posts (id bigint PRIMARY KEY, published boolean, user_id bigint NOT NULL REFERENCES %1$s_users (id) ON DELETE CASCADE);\n";

    private static String fixable(String prefix) {
        return String.format(FIXABLE, prefix);
    }

    record Run(int code, String out, String err) {}

    @BeforeEach
    void workingDirectory() {
        System.setProperty("schemawise.workingDirectory", dir.toString());
    }

    @AfterEach
    void reset() {
        System.clearProperty("schemawise.workingDirectory");
        AtomicFiles.hook = AtomicFiles.NO_HOOK;
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    /** Every entry under the folder, not following links: bytes and modification time of files, targets of links. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                String key = dir.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(key, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, Arrays.hashCode(Files.readAllBytes(p)) + " bytes " + Files.size(p) + " at "
                            + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis());
                } else {
                    out.put(key, "folder at " + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis());
                }
            }
        }
        return out;
    }

    @Test
    void nothingOutsideTheGivenPathsIsWrittenAndNoTemporaryFileIsLeft() throws IOException {
        write("project/db/schema.sql", fixable("a"));
        write("project/db/sub/more.sql", fixable("b"));
        write("project/db/broken.sql", fixable("c").replace("PRIMARY KEY)", "PRIMARY KEY,, x int)"));
        write("project/db/notes.txt", "not a schema\n");
        write("project/db/migrations/0001_init.up.sql", fixable("m"));
        write("project/db/migrations/0001_init.down.sql", "DROP TABLE m_posts;\nDROP TABLE m_users;\n");
        write("project/other/shared.sql", fixable("s"));
        write("project/db2/beside.sql", fixable("d"));
        write("project/top.sql", fixable("t"));
        try {
            Files.createSymbolicLink(dir.resolve("project/db/linked.sql"), Path.of("../other/shared.sql"));
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("symbolic links cannot be created here: " + e);
        }
        // An old time on everything, so that any write shows even within the file system's time resolution.
        FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                if (!Files.isSymbolicLink(p)) Files.setLastModifiedTime(p, past);
            }
        }
        Map<String, String> before = snapshot();

        Run r = run("check", "--fix", "project/db");

        Map<String, String> after = snapshot();
        List<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
        List<String> added = after.keySet().stream().filter(k -> !before.containsKey(k)).toList();
        assertEquals(List.of("project/db", "project/db/schema.sql", "project/db/sub", "project/db/sub/more.sql"), changed,
                "only the fixable files checked, and the folders they are in (a rename updates its folder's time)\n" + r.err());
        assertEquals(List.of(), added, "no temporary or other file left behind");
        assertTrue(r.err().contains("fixed project/db/schema.sql: 2 fixes"), r.err());
        assertTrue(r.err().contains("fixed project/db/sub/more.sql: 2 fixes"), r.err());
        assertTrue(r.err().contains("schemawise: warning: not fixing project/db/broken.sql: it has 1 syntax error; correct it and run --fix again"), r.err());
        assertTrue(r.err().contains("schemawise: warning: not fixing project/db/linked.sql: it is a link to project/other/shared.sql, outside the paths given"), r.err());
        assertEquals(1, r.code(), "findings are left (the syntax error, the migration's): " + r.err());
    }

    @Test
    void aFileWithASyntaxErrorIsReportedAndNeverRewritten() throws IOException {
        String broken = fixable("a") + "CREATE TABLE oops (id bigint PRIMARY KEY, flag boolean,, x int);\n";
        Path file = write("db/schema.sql", broken);

        Run r = run("check", "--fix", "db");

        assertEquals(broken, Files.readString(file));
        assertTrue(r.err().contains("schemawise: warning: not fixing db/schema.sql: it has 1 syntax error; correct it and run --fix again"), r.err());
        assertFalse(r.err().contains("fixed db/schema.sql"), r.err());
        assertTrue(r.out().contains("error [syntax]"), "the syntax error itself is reported: " + r.out());
        assertEquals(1, r.code());
    }

    @Test
    void aFileEditedBetweenReadAndWriteIsNotOverwritten() throws IOException {
        Path a = write("db/a.sql", fixable("a"));
        Path b = write("db/b.sql", fixable("b"));
        Path c = write("db/c.sql", fixable("c"));
        String editedA = fixable("a") + "-- saved in an editor while --fix ran\n";
        String editedB = fixable("b") + "-- saved in an editor while the temporary file was written\n";
        AtomicFiles.hook = (step, target, temp) -> {
            // a.sql: edited after the scan read it, before the write began; b.sql: while its new text was being written.
            if (step == AtomicFiles.Step.STARTED && target.endsWith("a.sql")) Files.writeString(target, editedA);
            if (step == AtomicFiles.Step.TEMP_WRITTEN && target.endsWith("b.sql")) Files.writeString(target, editedB);
        };

        Run r = run("check", "--fix", "db");

        assertEquals(editedA, Files.readString(a));
        assertEquals(editedB, Files.readString(b));
        assertTrue(Files.readString(c).contains("CREATE INDEX c_posts_user_id_idx"), "the other files are still fixed");
        assertTrue(r.err().contains("schemawise: not writing db/a.sql: it changed on disk since it was read"), r.err());
        assertTrue(r.err().contains("schemawise: not writing db/b.sql: it changed on disk since it was read"), r.err());
        assertTrue(r.err().contains("fixed db/c.sql: 2 fixes"), r.err());
        assertEquals(2, r.code(), "a fix that could not be written is an I/O error");
        try (Stream<Path> files = Files.list(dir.resolve("db"))) {
            assertEquals(List.of("a.sql", "b.sql", "c.sql"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aWriteThatFailsCostsOnlyThatFile() throws IOException {
        Path a = write("db/a.sql", fixable("a"));
        Path b = write("db/b.sql", fixable("b"));
        AtomicFiles.hook = (step, target, temp) -> {
            if (step == AtomicFiles.Step.TEMP_HALF_WRITTEN && target.endsWith("a.sql")) throw new IOException("No space left on device");
        };

        Run r = run("check", "--fix", "db");

        assertEquals(fixable("a"), Files.readString(a));
        assertTrue(Files.readString(b).contains("CREATE INDEX b_posts_user_id_idx"), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.equals("schemawise: not writing db/a.sql: No space left on device")), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals(2, r.code());
        try (Stream<Path> files = Files.list(dir.resolve("db"))) {
            assertEquals(List.of("a.sql", "b.sql"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
