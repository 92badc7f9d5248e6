package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.schemawise.TestFiles;
import dev.schemawise.ide.Project;
import dev.schemawise.ide.Snapshot;
import dev.schemawise.workspace.Git;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No surprises: schemawise runs no program but git, with fixed arguments and no shell, and git runs none of the
 * programs a repository's configuration names; the language server reads nothing outside its workspace folder; and
 * nothing in the code loads classes, opens network connections or compiles a regular expression from input.
 */
class NoSurprisesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Path SOURCES = TestFiles.repoRoot().resolve("server/src/main/java/dev/schemawise");

    @TempDir
    Path tmp;

    @AfterEach
    void reset() {
        System.clearProperty("schemawise.workingDirectory");
    }

    // ------------------------------------------------------------------ git runs nothing of the repository's

    private static void git(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("-c", "user.name=schemawise test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null"));
        all.addAll(List.of(args));
        Git.Result r = Git.run(dir, TIMEOUT, all.toArray(String[]::new));
        assertTrue(r.ok(), () -> "git " + String.join(" ", args) + ": " + r.message(args[0]));
    }

    private record Run(int code, String out, String err) {}

    private static Run check(Path cwd, String... args) {
        System.setProperty("schemawise.workingDirectory", cwd.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void gitRunsNoneOfTheProgramsTheRepositoryConfigures() throws IOException {
        assumeTrue(Git.run(tmp, TIMEOUT, "--version").ok(), "git is not installed");
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Path markers = Files.createDirectories(tmp.resolve("markers"));
        git(repo, "init", "-q");
        git(repo, "symbolic-ref", "HEAD", "refs/heads/main");
        Files.writeString(repo.resolve(".gitattributes"), "*.sql filter=evil\n");
        Files.createDirectories(repo.resolve("db/migrations"));
        Files.writeString(repo.resolve("db/migrations/000001_users.up.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        Files.writeString(repo.resolve("db/migrations/000001_users.down.sql"), "DROP TABLE users;\n");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "first migration");
        // Written after the commit: a repository someone else prepared, whose configuration names programs.
        for (String[] setting : new String[][] {
                {"core.fsmonitor", "touch '" + markers.resolve("fsmonitor") + "'; false"},
                {"filter.evil.clean", "touch '" + markers.resolve("clean") + "'; cat"},
                {"filter.evil.smudge", "touch '" + markers.resolve("smudge") + "'; cat"},
                {"filter.evil.process", "touch '" + markers.resolve("process") + "'"},
                {"filter.evil.required", "true"}}) {
            git(repo, "config", setting[0], setting[1]);
        }
        // A migration edited after it was committed, and a new one staged.
        Files.writeString(repo.resolve("db/migrations/000001_users.up.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        Files.writeString(repo.resolve("db/migrations/000002_orders.up.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
        Files.writeString(repo.resolve("db/migrations/000002_orders.down.sql"), "DROP TABLE orders;\n");
        git(repo, "-c", "filter.evil.clean=", "-c", "filter.evil.process=", "-c", "filter.evil.required=false", "-c", "core.fsmonitor=false",
                "add", "db/migrations/000002_orders.up.sql");

        Run plain = check(repo, "db");
        assertTrue(plain.out().contains("[migration-modified]"), "the edited migration is still found:\n" + plain.out() + plain.err());
        check(repo, "--since", "HEAD", "db");
        check(repo, "--staged", "db");
        check(repo, "--changed", "db");
        try (Stream<Path> ran = Files.list(markers)) {
            assertEquals(List.of(), ran.map(p -> p.getFileName().toString()).toList(), "programs the repository configured were run");
        }
    }

    @Test
    void aRevisionThatLooksLikeAnOptionIsRefused() throws IOException {
        assumeTrue(Git.run(tmp, TIMEOUT, "--version").ok(), "git is not installed");
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("schema.sql"), "CREATE TABLE t (id bigint PRIMARY KEY);\n");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "one");
        Path written = tmp.resolve("written");
        Run r = check(repo, "--since=--output=" + written, ".");
        assertEquals(2, r.code(), r.out() + r.err());
        assertFalse(Files.exists(written), "git wrote a file named by the revision");
    }

    // ------------------------------------------------------------------ the language server stays in its folder

    @Test
    void theLanguageServerReadsNothingOutsideItsWorkspaceFolder() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.sql"), "CREATE TABLE secret_outside (id bigint PRIMARY KEY);\n");
        // A configuration above the workspace folder that would turn every rule off.
        Files.writeString(tmp.resolve(".schemawise.json"), "{\"rules\": {\"require-timestamps\": \"off\", \"require-primary-key\": \"off\"}}\n");
        Path workspace = Files.createDirectories(tmp.resolve("workspace"));
        Files.writeString(workspace.resolve("schema.sql"), "CREATE TABLE inside (name text);\n");
        Files.createSymbolicLink(workspace.resolve("linked.sql"), outside.resolve("secret.sql"));
        Files.createSymbolicLink(workspace.resolve("linked-folder"), outside);

        java.util.concurrent.CompletableFuture<Snapshot> analysed = new java.util.concurrent.CompletableFuture<>();
        Project project = new Project(workspace, new Project.Listener() {
            @Override
            public void progress(String message, int percent) {}

            @Override
            public void analysed(Snapshot previous, Snapshot snapshot) {
                analysed.complete(snapshot);
            }
        });
        try {
            project.index();
            Snapshot s = analysed.get(60, TimeUnit.SECONDS);
            List<String> files = s.workspace().files().stream().map(f -> f.path()).toList();
            assertEquals(List.of("schema.sql"), files);
            assertTrue(s.findings().stream().anyMatch(f -> f.rule().equals("require-primary-key")), "the configuration above the folder is not read: " + s.findings());
            assertTrue(s.findings().stream().noneMatch(f -> f.message().contains("secret_outside")));
        } finally {
            project.shutdown();
        }
    }

    // ------------------------------------------------------------------ what the code may do at all

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void onlyGitIsEverStartedAndNothingLoadsClassesOrOpensConnections() throws IOException {
        List<String> violations = new ArrayList<>();
        Pattern forbidden = Pattern.compile("\\b(ProcessBuilder|Runtime\\.getRuntime|ProcessHandle\\.of|Class\\.forName|ClassLoader|ServiceLoader|ScriptEngine"
                + "|MethodHandles|java\\.net\\.(?!URI\\b)\\w+|new URL\\(|toURL\\(|HttpClient|Socket|URLConnection|ObjectInputStream|System\\.load)\\b");
        for (Path f : sources()) {
            String name = SOURCES.relativize(f).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) continue;
                Matcher m = forbidden.matcher(line);
                if (!m.find()) continue;
                // The one process schemawise starts: git, by its fixed name, with an argument list (never a shell).
                if (name.equals("workspace/Git.java") && m.group(1).equals("ProcessBuilder")) continue;
                // The language server watches the editor's process (LSP processId) to exit with it; it starts nothing.
                if (name.equals("lsp/SchemawiseLanguageServer.java") && m.group(1).equals("ProcessHandle.of")) continue;
                // Recording a class-data archive, the JVM loads (never initialises) the classes of schemawise's own jar,
                // by the names that jar lists, from an exit hook: nothing from elsewhere, nothing run.
                if (name.equals("cli/ClassArchive.java") && Set.of("Runtime.getRuntime", "ClassLoader", "Class.forName").contains(m.group(1))) continue;
                // Method handles on the accessors of the model's own records (moving their ranges after an edit).
                if (name.equals("text/Shifter.java") && m.group(1).equals("MethodHandles")) continue;
                violations.add(name + ":" + (i + 1) + ": " + line);
            }
        }
        assertEquals(List.of(), violations);
        String git = Files.readString(SOURCES.resolve("workspace/Git.java"));
        assertTrue(git.contains("List.of(\"git\", \"-c\", \"core.fsmonitor=false\")"), "git is started by name, with the monitor off");
        assertFalse(git.contains("\"sh\"") || git.contains("\"bash\"") || git.contains("cmd.exe"), "never through a shell");
    }

    @Test
    void everyRegularExpressionIsWrittenInTheCode() throws IOException {
        // Pattern.compile only on a string literal, or on one built around Pattern.quote(...) of a name: nothing from a
        // file or the configuration is ever read as a regular expression (so no pattern can backtrack for ever). The
        // configuration's globs (ignore, requiredColumns) are matched by hand-written code in linear time.
        List<String> violations = new ArrayList<>();
        Pattern call = Pattern.compile("Pattern\\.(compile|matches)\\(");
        for (Path f : sources()) {
            String name = SOURCES.relativize(f).toString().replace('\\', '/');
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = call.matcher(text);
            while (m.find()) {
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 400)).stripLeading();
                if (after.startsWith("\"")) continue;
                String statement = after.substring(0, Math.max(0, after.indexOf(';')));
                if (statement.contains("Pattern.quote(")) continue;
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                violations.add(name + ":" + line + ": " + m.group() + statement.lines().findFirst().orElse(""));
            }
        }
        assertEquals(List.of(), violations);
    }
}
