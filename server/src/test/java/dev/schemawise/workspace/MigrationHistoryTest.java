package dev.schemawise.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.schemawise.workspace.MigrationHistory.FileState;
import dev.schemawise.workspace.MigrationHistory.FileState.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs against real temporary git repositories; skipped where git is not installed. */
class MigrationHistoryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    private Path repo;
    private Path migrations;

    @BeforeAll
    static void gitIsInstalled() {
        assumeTrue(Git.run(Path.of("").toAbsolutePath(), TIMEOUT, "--version").ok(), "git is not installed");
    }

    /** A repository on branch main with db/migrations/001_init.sql and 002_users.sql committed. */
    @BeforeEach
    void repositoryWithTwoMigrations() throws IOException {
        repo = Files.createDirectories(tmp.resolve("repo"));
        migrations = Files.createDirectories(repo.resolve("db/migrations"));
        git(repo, "init", "-q");
        git(repo, "symbolic-ref", "HEAD", "refs/heads/main");
        write(migrations.resolve("001_init.sql"), "CREATE TABLE a (id bigint PRIMARY KEY);\n");
        write(migrations.resolve("002_users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        commitAll("two migrations");
    }

    /**
     * git with a fixed identity and no signing, so that machines without a global git configuration (CI) can commit.
     */
    private static String git(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("-c", "user.name=schemawise test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "core.hooksPath=/dev/null", "-c", "protocol.file.allow=always"));
        all.addAll(List.of(args));
        Git.Result r = Git.run(dir, TIMEOUT, all.toArray(String[]::new));
        assertTrue(r.ok(), () -> "git " + String.join(" ", args) + ": " + r.message(args[0]));
        return r.text().strip();
    }

    private void commitAll(String message) {
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", message);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Status status(MigrationHistory history, Path file) {
        return history.states(List.of(file)).get(file).status();
    }

    @Test
    void editedFilesAreModifiedWithTheirBaseTextAddedOnesNewAndTheRestUnchanged() throws IOException {
        Path init = migrations.resolve("001_init.sql");
        Path users = write(migrations.resolve("002_users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n");
        Path added = write(migrations.resolve("003_orders.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
        Path outside = write(tmp.resolve("elsewhere/004.sql"), "SELECT 1;\n");
        Path missing = migrations.resolve("005_gone.sql");

        MigrationHistory history = MigrationHistory.open(repo, null);
        assertNotNull(history);
        assertEquals("HEAD", history.baseRef());
        assertEquals(git(repo, "rev-parse", "HEAD"), history.baseCommit());

        Map<Path, FileState> states = history.states(List.of(users, init, added, outside, missing, users));
        assertEquals(List.of(users, init, added, outside, missing), List.copyOf(states.keySet()), "given order, duplicates once");
        assertEquals(new FileState(Status.MODIFIED, "CREATE TABLE users (id bigint PRIMARY KEY);\n"), states.get(users));
        assertEquals(FileState.UNCHANGED, states.get(init));
        assertEquals(FileState.NEW, states.get(added));
        assertEquals(FileState.UNKNOWN, states.get(outside));
        assertEquals(FileState.UNKNOWN, states.get(missing));
        assertEquals(Map.of(), history.states(List.of()));
    }

    @Test
    void opensFromAnyFolderOrFileInsideTheWorkTree() throws IOException {
        Path users = write(migrations.resolve("002_users.sql"), "-- edited\n");
        for (Path from : List.of(migrations, migrations.resolve("001_init.sql"), repo.resolve("db/../db"))) {
            MigrationHistory history = MigrationHistory.open(from, null);
            assertNotNull(history, from.toString());
            assertEquals(repo.toRealPath(), history.topLevel());
            assertEquals(Status.MODIFIED, status(history, users));
        }
        // relative paths are resolved against the working directory, as usual, so they are UNKNOWN here
        assertEquals(Status.UNKNOWN, status(MigrationHistory.open(repo, null), Path.of("db/migrations/002_users.sql")));
    }

    @Test
    void outsideAGitRepositoryThereIsNoHistory() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assumeFalse(Git.run(plain, TIMEOUT, "rev-parse", "--git-dir").ok(), "the temporary folder is itself inside a git repository");
        assertNull(MigrationHistory.open(plain, null));
        assertNull(MigrationHistory.open(plain.resolve("no/such/file.sql"), null));
    }

    @Test
    void aRepositoryWithoutCommitsHasNoBase() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        git(empty, "init", "-q");
        assertNull(MigrationHistory.open(empty, null));
    }

    @Test
    void aConfiguredBaseMustResolve() throws IOException {
        git(repo, "tag", "v1");
        write(migrations.resolve("003_orders.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
        write(migrations.resolve("001_init.sql"), "CREATE TABLE a (id bigint PRIMARY KEY, b int);\n");
        commitAll("more");

        assertNull(MigrationHistory.open(repo, "no-such-ref"));
        assertNull(MigrationHistory.open(repo, "--output=x"), "a ref that looks like an option is refused");
        MigrationHistory v1 = MigrationHistory.open(repo, " v1 ");
        assertNotNull(v1);
        assertEquals("v1", v1.baseRef());
        assertEquals(git(repo, "rev-parse", "v1^{commit}"), v1.baseCommit());
        assertEquals(Status.NEW, status(v1, migrations.resolve("003_orders.sql")));
        assertEquals(Status.MODIFIED, status(v1, migrations.resolve("001_init.sql")));
        assertEquals(Status.UNCHANGED, status(MigrationHistory.open(repo, "  "), migrations.resolve("001_init.sql")), "blank is the default: HEAD");
    }

    /**
     * The upstream is the base when there is one: a migration committed locally but not pushed is NEW there, and a
     * pushed migration edited in a local commit is MODIFIED even though the working tree matches HEAD.
     */
    @Test
    void theUpstreamIsTheBaseWhenThereIsOne() throws IOException {
        Path origin = tmp.resolve("origin.git");
        git(tmp, "init", "-q", "--bare", origin.toString());
        git(repo, "remote", "add", "origin", origin.toString());
        git(repo, "push", "-q", "-u", "origin", "main");
        String pushed = git(repo, "rev-parse", "HEAD");

        Path local = write(migrations.resolve("003_local.sql"), "CREATE TABLE l (id bigint PRIMARY KEY);\n");
        Path init = write(migrations.resolve("001_init.sql"), "CREATE TABLE a (id bigint PRIMARY KEY, edited int);\n");
        commitAll("local only");
        assertNotEquals(pushed, git(repo, "rev-parse", "HEAD"));

        MigrationHistory history = MigrationHistory.open(repo, null);
        assertNotNull(history);
        assertEquals("origin/main", history.baseRef());
        assertEquals(pushed, history.baseCommit());
        Map<Path, FileState> states = history.states(List.of(local, init, migrations.resolve("002_users.sql")));
        assertEquals(FileState.NEW, states.get(local));
        assertEquals(new FileState(Status.MODIFIED, "CREATE TABLE a (id bigint PRIMARY KEY);\n"), states.get(init));
        assertEquals(FileState.UNCHANGED, states.get(migrations.resolve("002_users.sql")));

        MigrationHistory head = MigrationHistory.open(repo, "HEAD");
        assertEquals("HEAD", head.baseRef());
        assertEquals(Status.UNCHANGED, status(head, init), "a configured base wins over the upstream");

        git(repo, "checkout", "-q", "--detach");
        assertEquals("HEAD", MigrationHistory.open(repo, null).baseRef(), "a detached HEAD has no upstream");
    }

    @Test
    void namesWithSpacesUnicodeQuotesAndLineBreaks() throws IOException {
        List<String> names = new ArrayList<>(List.of("003 add orders.sql", "004_bestellungen_ü.sql", "005_数据.sql", "\"006\" quoted.sql",
                "007 back\\slash.sql", " 008 leading space.sql"));
        if (!System.getProperty("os.name").startsWith("Windows")) names.add("009 line\nbreak.sql");
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            try {
                files.add(write(migrations.resolve(name), "-- " + name + "\n"));
            } catch (IOException | InvalidPathException e) {
                // a file system that cannot store the name; the others still count
            }
        }
        commitAll("awkward names");
        for (Path file : files) write(file, Files.readString(file) + "-- edited\n");
        Path fresh = write(Files.createDirectories(repo.resolve("dir with space/ünïcode")).resolve("n e w.sql"), "x");

        MigrationHistory history = MigrationHistory.open(repo.resolve("dir with space"), null);
        List<Path> all = new ArrayList<>(files);
        all.add(fresh);
        Map<Path, FileState> states = history.states(all);
        for (Path file : files) {
            String name = file.getFileName().toString();
            assertEquals(new FileState(Status.MODIFIED, "-- " + name + "\n"), states.get(file), name);
        }
        assertEquals(FileState.NEW, states.get(fresh));
    }

    @Test
    void lineEndingsAreComparedAsGitWouldCommitThem() throws IOException {
        git(repo, "config", "core.autocrlf", "true");
        Path init = write(migrations.resolve("001_init.sql"), "CREATE TABLE a (id bigint PRIMARY KEY);\r\n");
        Path users = write(migrations.resolve("002_users.sql"), "CREATE TABLE users (id bigint);\r\n");
        Map<Path, FileState> states = MigrationHistory.open(repo, null).states(List.of(init, users));
        assertEquals(FileState.UNCHANGED, states.get(init), "a CRLF checkout of an LF file is unchanged");
        assertEquals(new FileState(Status.MODIFIED, "CREATE TABLE users (id bigint PRIMARY KEY);\n"), states.get(users));
    }

    @Test
    void symbolicLinksAreFollowedToTheFileTheyReach() throws IOException {
        Path linkToRepo = tmp.resolve("link-to-repo");
        Path linkToFile = tmp.resolve("outside-link.sql");
        try {
            Files.createSymbolicLink(linkToRepo, repo);
            Files.createSymbolicLink(linkToFile, migrations.resolve("001_init.sql"));
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "cannot create symbolic links here: " + e);
        }
        write(migrations.resolve("002_users.sql"), "-- edited\n");
        MigrationHistory history = MigrationHistory.open(linkToRepo.resolve("db"), null);
        assertNotNull(history);
        assertEquals(repo.toRealPath(), history.topLevel());
        Path viaLink = linkToRepo.resolve("db/migrations/002_users.sql");
        Map<Path, FileState> states = history.states(List.of(viaLink, linkToFile));
        assertEquals(Status.MODIFIED, states.get(viaLink).status(), "keyed by the path as given");
        assertEquals(FileState.UNCHANGED, states.get(linkToFile), "compared as db/migrations/001_init.sql");
    }

    @Test
    void aFileGitCannotReadIsUnknownWithoutSpoilingTheOthers() throws IOException {
        for (int i = 3; i <= 9; i++) write(migrations.resolve("00" + i + ".sql"), "-- " + i + "\n");
        commitAll("seven more");
        // folders where the base has files: git hashes the files in order and stops at the first folder
        Set<Path> folders = Set.of(migrations.resolve("003.sql"), migrations.resolve("005.sql"), migrations.resolve("006.sql"));
        for (Path folder : folders) {
            Files.delete(folder);
            Files.createDirectories(folder);
        }
        write(migrations.resolve("008.sql"), "-- edited\n");
        List<Path> files = IntStream.rangeClosed(3, 9).mapToObj(i -> migrations.resolve("00" + i + ".sql")).toList();
        Map<Path, FileState> states = MigrationHistory.open(repo, null).states(files);
        for (Path file : files) {
            Status expected = folders.contains(file) ? Status.UNKNOWN : file.endsWith("008.sql") ? Status.MODIFIED : Status.UNCHANGED;
            assertEquals(expected, states.get(file).status(), file.toString());
        }
    }

    @Test
    void filesInASubmoduleOrInsideDotGitAreUnknown() throws IOException {
        Path sub = Files.createDirectories(tmp.resolve("sub"));
        git(sub, "init", "-q");
        write(sub.resolve("db/001.sql"), "SELECT 1;\n");
        git(sub, "add", "-A");
        git(sub, "commit", "-q", "-m", "sub");
        git(repo, "submodule", "add", "-q", sub.toString(), "vendor/sub");
        commitAll("submodule");

        MigrationHistory history = MigrationHistory.open(repo, null);
        Path inSubmodule = repo.resolve("vendor/sub/db/001.sql");
        Path config = repo.resolve(".git/config");
        Map<Path, FileState> states = history.states(List.of(inSubmodule, config, migrations.resolve("001_init.sql")));
        assertEquals(FileState.UNKNOWN, states.get(inSubmodule));
        assertEquals(FileState.UNKNOWN, states.get(config));
        assertEquals(FileState.UNCHANGED, states.get(migrations.resolve("001_init.sql")));
        // opened from inside the submodule, its files belong to the submodule's own history
        assertEquals(Status.UNCHANGED, status(MigrationHistory.open(inSubmodule, null), inSubmodule));
    }

    @Test
    void foldersAreListedOnceEachOrByTheirCommonAncestor() {
        assertEquals(List.of("a", "a-b"), MigrationHistory.pathspecs(Set.of("a", "a-b", "a/b", "a/b/c")));
        assertEquals(List.of(), MigrationHistory.pathspecs(Set.of("", "a")));
        Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i < 100; i++) many.add("prisma/migrations/2024" + i + "_m");
        assertEquals(List.of("prisma/migrations"), MigrationHistory.pathspecs(many));
        many.add("db");
        assertEquals(List.of(), MigrationHistory.pathspecs(many));
    }

    @Test
    void stdinPathsAreQuotedOnlyWhenGitWouldMisreadThem() {
        assertEquals("a b/ü.sql", MigrationHistory.stdinPath("a b/ü.sql"));
        assertEquals("a\"b", MigrationHistory.stdinPath("a\"b"));
        assertEquals("\"\\\"a\\\\b\"", MigrationHistory.stdinPath("\"a\\b"));
        assertEquals("\"a\\nb\\r\"", MigrationHistory.stdinPath("a\nb\r"));
    }

    @Test
    void prismaLockProvider() {
        assertEquals("postgresql", MigrationHistory.lockProvider(
                "# Please do not edit this file manually\n# It should be added in your version-control system (i.e. Git)\nprovider = \"postgresql\""));
        assertEquals("mysql", MigrationHistory.lockProvider("\uFEFF\r\n  provider   =   \"mysql\"   # the database\r\n"));
        assertEquals("sqlite", MigrationHistory.lockProvider("\"provider\" = 'sqlite'\n"));
        assertEquals("a\"b", MigrationHistory.lockProvider("provider = \"a\\\"b\""));
        assertNull(MigrationHistory.lockProvider("# provider = \"postgresql\"\n"));
        assertNull(MigrationHistory.lockProvider("[other]\nprovider = \"postgresql\"\n"));
        assertNull(MigrationHistory.lockProvider("providers = \"postgresql\"\n"));
        assertNull(MigrationHistory.lockProvider("provider = postgresql\n"));
        assertNull(MigrationHistory.lockProvider(""));
        assertNull(MigrationHistory.lockProvider(null));
    }

    /**
     * Hundreds of Prisma-style migrations (more folders than one ls-tree command line takes); prints the time taken,
     * which is not asserted. Kept at 300 so the test command stays quick: 2,000 took 15-25 s, mostly to commit them.
     */
    @Test
    void manyMigrationsTakeAFixedNumberOfGitProcesses() throws IOException {
        int count = 300;
        List<Path> files = new ArrayList<>();
        Path prisma = repo.resolve("prisma/migrations");
        for (int i = 0; i < count; i++) {
            files.add(write(prisma.resolve(String.format("2024%06d_step_%d/migration.sql", i, i)),
                    "-- step " + i + "\nCREATE TABLE t" + i + " (id bigint PRIMARY KEY, name text NOT NULL);\n"));
        }
        commitAll("many");
        for (int i = 0; i < count; i += 15) write(files.get(i), "-- edited " + i + "\n");
        for (int i = 0; i < 20; i++) files.add(write(prisma.resolve("2025_new_" + i + "/migration.sql"), "-- new\n"));

        timeStates(prisma, files, "loose objects");
        git(repo, "gc", "-q");
        timeStates(prisma, files, "packed, as in a clone");
    }

    private static void timeStates(Path folder, List<Path> files, String what) {
        long start = System.nanoTime();
        MigrationHistory history = MigrationHistory.open(folder, null);
        long opened = System.nanoTime();
        Map<Path, FileState> states = history.states(files);
        long done = System.nanoTime();

        Map<Status, Long> counts = new java.util.EnumMap<>(Status.class);
        states.values().forEach(s -> counts.merge(s.status(), 1L, Long::sum));
        assertEquals(Map.of(Status.UNCHANGED, 280L, Status.MODIFIED, 20L, Status.NEW, 20L), counts);
        System.out.printf("MigrationHistory (%s): open %d ms, states of %d files %d ms%n",
                what, (opened - start) / 1_000_000, files.size(), (done - opened) / 1_000_000);
    }

    /**
     * End to end, as a user sees it: commit a migration, edit it, add another, run {@code schemawise check}. The edited
     * one is reported as migration-modified at its first changed line; the new one is not.
     */
    @Test
    void checkReportsAnEditedCommittedMigrationButNotANewOne() throws IOException {
        write(migrations.resolve("001_init.sql"), "CREATE TABLE a (id bigint PRIMARY KEY, note text);\n");
        write(migrations.resolve("003_posts.sql"), "CREATE TABLE posts (id bigint PRIMARY KEY);\n");
        java.io.StringWriter out = new java.io.StringWriter();
        int code = dev.schemawise.cli.Main.run(new String[] {"check", "--format", "json", "--fail-on", "error", repo.toString()},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true));
        com.google.gson.JsonObject report = com.google.gson.JsonParser.parseString(out.toString()).getAsJsonObject();
        List<String> modified = new ArrayList<>();
        for (var f : report.getAsJsonArray("findings")) {
            var o = f.getAsJsonObject();
            if (o.get("rule").getAsString().equals("migration-modified")) {
                modified.add(o.get("file").getAsString().replaceAll(".*/", "") + ":" + o.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
            }
        }
        assertEquals(List.of("001_init.sql:0"), modified, out.toString());
        assertEquals(1, code, "an error fails the run");

        // committed, the edit is history: nothing to report against HEAD (no upstream here)
        commitAll("edit");
        out.getBuffer().setLength(0);
        dev.schemawise.cli.Main.run(new String[] {"check", "--format", "json", repo.toString()},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertTrue(!out.toString().contains("migration-modified"), out.toString());
    }
}
