package dev.schemawise.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScannerTest {

    @TempDir
    Path tmp;

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private WorkspaceScanner.Result scan(String... roots) {
        return scan(WorkspaceScanner.Options.DEFAULT, roots);
    }

    private WorkspaceScanner.Result scan(WorkspaceScanner.Options options, String... roots) {
        List<Path> paths = List.of(roots).stream().map(Path::of).collect(Collectors.toList());
        return WorkspaceScanner.scan(paths, tmp, options);
    }

    private static List<String> paths(WorkspaceScanner.Result r) {
        return r.files().stream().map(SourceFile::path).collect(Collectors.toList());
    }

    private static List<String> problems(WorkspaceScanner.Result r) {
        return r.problems().stream().map(p -> p.path() + ": " + p.message() + (p.fatal() ? " [fatal]" : ""))
                .collect(Collectors.toList());
    }

    private void link(String relative, String target) {
        try {
            Path l = tmp.resolve(relative);
            Files.createDirectories(l.getParent());
            Files.createSymbolicLink(l, Path.of(target));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Assumptions.abort("symbolic links cannot be created here: " + e);
        }
    }

    @Test
    void walksForSchemaFilesAndMigrationMarkers() throws IOException {
        write("db/schema.sql", "create table a (id int);");
        write("db/UPPER.SQL", "select 1;");
        write("prisma/schema.Prisma", "model A { id Int @id }");
        write("prisma/migrations/migration_lock.toml", "provider = \"postgresql\"");
        write("drizzle/meta/_journal.json", "{}");
        write("README.md", "# not a schema");
        write("db/data.sqlite", "x");
        write("db/other.json", "{}");

        WorkspaceScanner.Result r = scan(".");

        assertEquals(List.of("db/UPPER.SQL", "db/schema.sql", "drizzle/meta/_journal.json",
                "prisma/migrations/migration_lock.toml", "prisma/schema.Prisma"), paths(r));
        assertEquals(List.of(), r.problems());
        SourceFile schema = r.files().get(1);
        assertEquals("create table a (id int);", schema.text());
        assertEquals(tmp.resolve("db/schema.sql").toAbsolutePath().normalize(), schema.location());
    }

    @Test
    void aFileRootIsReadWhateverItsExtension() throws IOException {
        write("notes/ddl.txt", "create table t (x int);");
        write("notes/skipped.txt", "not read by a walk");

        WorkspaceScanner.Result r = scan("notes/ddl.txt", "notes");

        assertEquals(List.of("notes/ddl.txt"), paths(r));
    }

    @Test
    void skipsToolAndBuildDirectories() throws IOException {
        for (String d : List.of(".git", "node_modules", "target", "build", "dist", "vendor")) {
            write(d + "/x.sql", "select 1;");
            write("app/" + d + "/y.sql", "select 1;");
        }
        write("app/keep.sql", "select 1;");
        write("builds/keep.sql", "select 1;");

        assertEquals(List.of("app/keep.sql", "builds/keep.sql"), paths(scan(".")));
    }

    @Test
    void nestedGitIgnoreWithNegation() throws IOException {
        write(".gitignore", "*.gen.sql\nscratch/\n");
        write("a.gen.sql", "x");
        write("scratch/s.sql", "x");
        write("db/.gitignore", "!keep.gen.sql\nlocal.sql\n");
        write("db/keep.gen.sql", "x");
        write("db/drop.gen.sql", "x");
        write("db/local.sql", "x");
        write("db/schema.sql", "x");
        write("other/local.sql", "x");
        // The deeper file's negation cannot re-include what its parent's rules ignore by directory.
        write("db/scratch/.gitignore", "!*.sql\n");
        write("db/scratch/t.sql", "x");

        assertEquals(List.of("db/keep.gen.sql", "db/schema.sql", "other/local.sql"), paths(scan(".")));
    }

    @Test
    void ancestorGitIgnoresUpToTheRepositoryTopApply() throws IOException {
        write("outside/.gitignore", "*.sql\n");
        Files.createDirectories(tmp.resolve("outside/repo/.git/info"));
        write("outside/repo/.git/info/exclude", "excluded.sql\n");
        write("outside/repo/.gitignore", "*.tmp.sql\n/app/db/anchored.sql\n");
        write("outside/repo/app/.gitignore", "db/generated/\n");
        write("outside/repo/app/db/schema.sql", "x");
        write("outside/repo/app/db/a.tmp.sql", "x");
        write("outside/repo/app/db/excluded.sql", "x");
        write("outside/repo/app/db/anchored.sql", "x");
        write("outside/repo/app/db/generated/g.sql", "x");

        // The repository's top is outside/repo, so outside/.gitignore (which ignores every .sql) does not apply.
        WorkspaceScanner.Result r = scan("outside/repo/app/db");

        assertEquals(List.of("outside/repo/app/db/schema.sql"), paths(r));
    }

    @Test
    void withoutARepositoryOnlyGitIgnoresInsideTheRootApply() throws IOException {
        write(".gitignore", "*.sql\n");
        write("sub/schema.sql", "x");

        assertEquals(List.of("sub/schema.sql"), paths(scan("sub")));
    }

    @Test
    void directoryOnlyPatternIgnoresDirectoriesNotFiles() throws IOException {
        write(".gitignore", "old.sql/\n");
        write("old.sql", "kept: a file");
        write("archive/old.sql/inner.sql", "ignored: inside a directory named old.sql");

        assertEquals(List.of("old.sql"), paths(scan(".")));
    }

    @Test
    void ignoreGlobsAreRelativeToTheWorkingDirectoryAndWin() throws IOException {
        write(".gitignore", "!*.sql\n");
        write("db/seed/data.sql", "x");
        write("db/schema.sql", "x");
        write("db/legacy.sql", "x");
        write("other/legacy.sql", "x");
        WorkspaceScanner.Options options = new WorkspaceScanner.Options(1024, List.of("db/seed/", "/db/legacy.sql"));

        assertEquals(List.of("db/schema.sql", "other/legacy.sql"), paths(scan(options, ".")));
    }

    @Test
    void symbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
        write("db/schema.sql", "x");
        link("db/nested/up", "../..");
        link("self.sql", "self.sql");

        WorkspaceScanner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> scan("."));

        assertEquals(List.of("db/schema.sql"), paths(r));
        assertEquals(List.of("db/nested/up: symbolic link loop; skipped", "self.sql: symbolic link loop; skipped"), problems(r));
    }

    @Test
    void danglingLinkIsANonFatalProblem() throws IOException {
        write("db/schema.sql", "x");
        link("db/gone.sql", "missing.sql");
        link("db/unrelated", "missing-dir");

        WorkspaceScanner.Result r = scan(".");

        assertEquals(List.of("db/schema.sql"), paths(r));
        assertEquals(List.of("db/gone.sql: broken symbolic link (its target does not exist); skipped"), problems(r));
    }

    @Test
    void aFileReachedTwiceIsReturnedOnceUnderItsDirectPath() throws IOException {
        write("real/schema.sql", "x");
        link("alias", "real");
        link("a-link.sql", "real/schema.sql");

        WorkspaceScanner.Result r = scan(".", "real", "real/schema.sql", "alias/schema.sql");

        assertEquals(List.of("real/schema.sql"), paths(r));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void linkedDirectoryOutsideTheTreeIsFollowed() throws IOException {
        write("elsewhere/shared.sql", "x");
        write("work/.keep", "");
        link("work/shared", "../elsewhere");

        WorkspaceScanner.Result r = scan("work");

        assertEquals(List.of("work/shared/shared.sql"), paths(r));
    }

    @Test
    void binaryFileIsSkipped() throws IOException {
        write("dump.sql", new byte[] {'S', 'Q', 'L', 0, 1, 2});

        WorkspaceScanner.Result r = scan(".");

        assertEquals(List.of(), r.files());
        assertEquals(List.of("dump.sql: binary file (contains NUL bytes); skipped"), problems(r));
    }

    @Test
    void invalidUtf8IsSkippedWithTheOffsetOfTheFirstBadByte() throws IOException {
        byte[] bytes = "select 'caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        bad[bytes.length + 1] = '\'';
        bad[bytes.length + 2] = ';';
        write("latin1.sql", bad);
        write("truncated.sql", new byte[] {'a', (byte) 0xE2, (byte) 0x82});

        WorkspaceScanner.Result r = scan(".");

        assertEquals(List.of(), r.files());
        assertEquals(List.of("latin1.sql: not valid UTF-8 (invalid byte 0xC3 at offset 11); skipped",
                "truncated.sql: not valid UTF-8 (invalid byte 0xE2 at offset 1); skipped"), problems(r));
    }

    @Test
    void utf16IsNamedAsSuchNotAsBinary() throws IOException {
        write("ssms.sql", "\uFEFFcreate table t (x int);".getBytes(StandardCharsets.UTF_16LE));
        write("big-endian.sql", "\uFEFFcreate table t (x int);".getBytes(StandardCharsets.UTF_16BE));

        WorkspaceScanner.Result r = scan(".");

        assertEquals(List.of(), r.files());
        assertEquals(List.of("big-endian.sql: UTF-16 text (only UTF-8 is read); skipped", "ssms.sql: UTF-16 text (only UTF-8 is read); skipped"), problems(r));
    }

    @Test
    void fifoNamedLikeASchemaIsSkippedWithoutBlocking() throws Exception {
        write("db/schema.sql", "x");
        Path fifo = tmp.resolve("db/pipe.sql");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e);
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");

        WorkspaceScanner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> scan("db"));

        assertEquals(List.of("db/schema.sql"), paths(r));
        assertEquals(List.of("db/pipe.sql: not a regular file; skipped"), problems(r));
    }

    @Test
    void byteOrderMarkIsKeptAndMultibyteTextDecodes() throws IOException {
        write("bom.sql", "\uFEFFcreate table café (x int); -- \uD83D\uDE00");

        WorkspaceScanner.Result r = scan(".");

        assertEquals("\uFEFFcreate table café (x int); -- \uD83D\uDE00", r.files().get(0).text());
    }

    @Test
    void oversizedFileIsSkippedBeforeReading() throws IOException {
        write("big.sql", "x".repeat(2_000));
        write("small.sql", "x".repeat(100));
        WorkspaceScanner.Options options = new WorkspaceScanner.Options(1_000, List.of());

        WorkspaceScanner.Result r = scan(options, ".");

        assertEquals(List.of("small.sql"), paths(r));
        assertEquals(List.of("big.sql: file too large (2 KB, the limit is 1000 bytes); skipped"), problems(r));
        assertEquals("104.9 MB", WorkspaceScanner.formatSize(110_000_000L));
        assertEquals("20 MB", WorkspaceScanner.formatSize(WorkspaceScanner.Options.DEFAULT.maxFileBytes()));
    }

    @Test
    void unreadableFileIsAProblem() throws IOException {
        Path walked = write("db/locked.sql", "x");
        Path named = write("locked.txt", "x");
        try {
            Files.setPosixFilePermissions(walked, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(named, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(walked), "running with privileges that read anything");

        WorkspaceScanner.Result r = scan("db", "locked.txt");

        assertEquals(List.of(), r.files());
        assertEquals(List.of("db/locked.sql: permission denied; skipped", "locked.txt: permission denied [fatal]"), problems(r));
    }

    @Test
    void missingRootIsFatal() throws IOException {
        write("db/schema.sql", "x");

        WorkspaceScanner.Result r = scan("db", "nope", "db/missing.sql");

        assertEquals(List.of("db/schema.sql"), paths(r));
        assertEquals(List.of("db/missing.sql: no such file or directory [fatal]", "nope: no such file or directory [fatal]"), problems(r));
        assertTrue(r.hasFatalProblem());
    }

    @Test
    void danglingLinkRootIsFatal() throws IOException {
        link("broken.sql", "nowhere.sql");

        WorkspaceScanner.Result r = scan("broken.sql");

        assertEquals(List.of("broken.sql: broken symbolic link (its target does not exist) [fatal]"), problems(r));
    }

    @Test
    void pathsAreRelativeWithSlashesUnderTheWorkingDirectoryElseAbsolute(@TempDir Path outside) throws IOException {
        write("a/b/c/deep.sql", "x");
        Path elsewhere = Files.writeString(outside.resolve("far.prisma"), "x");

        WorkspaceScanner.Result r = WorkspaceScanner.scan(
                List.of(Path.of("a").resolve("b"), tmp.resolve("a/b/../b/c/deep.sql"), elsewhere),
                tmp, WorkspaceScanner.Options.DEFAULT);

        String far = elsewhere.toAbsolutePath().normalize().toString().replace('\\', '/');
        List<String> expected = far.compareTo("a/b/c/deep.sql") < 0 ? List.of(far, "a/b/c/deep.sql") : List.of("a/b/c/deep.sql", far);
        assertEquals(expected, paths(r));
        assertFalse(paths(r).get(0).contains("\\"));
    }

    @Test
    void resultIsSortedAndIndependentOfRootOrder() throws IOException {
        write("z/1.sql", "x");
        write("a/2.sql", "x");
        write("m/3.prisma", "x");
        write("a/b/4.sql", "x");

        WorkspaceScanner.Result one = scan("z", "a", "m", "a/b");
        WorkspaceScanner.Result two = scan("a/b", "m", "a", "z");

        assertEquals(List.of("a/2.sql", "a/b/4.sql", "m/3.prisma", "z/1.sql"), paths(one));
        assertEquals(one, two);
    }
}
