package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line on bad input, end to end: each case puts one bad thing beside a good schema, runs {@code check}
 * in process and expects one clear line on stderr naming the file (no stack trace), the good schema still checked
 * and reported where the run can go on, and the exit code of the README's contract. The scanner's own handling of
 * each file is tested in WorkspaceScannerTest; the configuration's here, since the CLI is where it reaches a user.
 */
class BadInputTest {

    @TempDir
    Path dir;

    /** A schema with one warning (require-not-null): exit 1 when it is checked, and its finding shows that it was. */
    private static final String GOOD = "CREATE TABLE flags (id bigint PRIMARY KEY, on_off boolean);\n";
    private static final String GOOD_FINDING = "good/schema.sql:1:";

    record Run(int code, String out, String err, long millis) {}

    interface Setup {
        void in(Path dir) throws Exception;
    }

    /**
     * @param goodChecked whether the good schema must be reported (false where the contract stops the run: a
     *     configuration that applies to everything given, or nothing at all to check)
     */
    record Case(Setup setup, List<String> args, int exit, String message, boolean goodChecked) {}

    @BeforeEach
    void workspace() throws IOException {
        System.setProperty("schemawise.workingDirectory", dir.toString());
        Files.createDirectories(dir.resolve("good"));
        Files.createDirectories(dir.resolve("bad"));
        Files.writeString(dir.resolve("good/schema.sql"), GOOD);
    }

    @AfterEach
    void reset() {
        System.clearProperty("schemawise.workingDirectory");
    }

    private Run run(List<String> args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
        }, "the run must end: " + args);
    }

    private static Arguments of(String name, Setup setup, List<String> args, int exit, String message, boolean goodChecked) {
        return Arguments.of(Named.of(name, new Case(setup, args, exit, message, goodChecked)));
    }

    private static Arguments config(String name, String json, String message) {
        return of(name, d -> Files.writeString(d.resolve("good/.schemawise.json"), json), List.of("check", "good"), 2, message, false);
    }

    private static void link(Path link, String target) {
        try {
            Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("symbolic links cannot be created here: " + e);
        }
    }

    private static final byte[] INVALID_UTF8 = {'s', 'e', 'l', 'e', 'c', 't', ' ', '\'', 'c', 'a', 'f', (byte) 0xE9, '\'', ';', '\n'};

    static Stream<Arguments> cases() {
        return Stream.of(
                // ---------------------------------------------------------------- paths and files
                of("a missing path beside a good one", d -> {}, List.of("check", "missing.sql", "good"), 2,
                        "schemawise: missing.sql: no such file or directory", true),
                of("a folder with files but no schema", d -> {
                    Files.createDirectories(d.resolve("docs"));
                    Files.writeString(d.resolve("docs/README.md"), "# notes\n");
                    Files.writeString(d.resolve("docs/data.json"), "{}\n");
                }, List.of("check", "docs"), 2, "schemawise: no .sql or .prisma files found in docs", false),
                of("a binary file", d -> Files.write(d.resolve("bad/dump.sql"), new byte[] {'P', 'G', 'D', 'M', 'P', 0, 0, 1, (byte) 0xFF}),
                        List.of("check", "bad", "good"), 1, "schemawise: warning: bad/dump.sql: binary file (contains NUL bytes); skipped", true),
                of("a binary file named alone", d -> Files.write(d.resolve("bad/dump.sql"), new byte[] {'P', 'G', 0, 1}),
                        List.of("check", "bad/dump.sql"), 2, "schemawise: no .sql or .prisma file could be read in bad/dump.sql (see the warnings above)", false),
                of("invalid UTF-8 (Latin-1)", d -> Files.write(d.resolve("bad/latin1.sql"), INVALID_UTF8), List.of("check", "bad", "good"), 1,
                        "schemawise: warning: bad/latin1.sql: not valid UTF-8 (invalid byte 0xE9 at offset 11); skipped", true),
                of("UTF-16 with a byte order mark", d -> Files.write(d.resolve("bad/ssms.sql"), "\uFEFFCREATE TABLE t (id int);".getBytes(StandardCharsets.UTF_16LE)),
                        List.of("check", "bad", "good"), 1, "schemawise: warning: bad/ssms.sql: UTF-16 text (only UTF-8 is read); skipped", true),
                of("a 100 MB file (sparse)", d -> {
                    try (RandomAccessFile f = new RandomAccessFile(d.resolve("bad/huge.sql").toFile(), "rw")) {
                        f.setLength(100L * 1024 * 1024);
                    }
                }, List.of("check", "bad", "good"), 1, "schemawise: warning: bad/huge.sql: file too large (100 MB, the limit is 20 MB); skipped", true),
                of("a symbolic link loop (a folder linking to its parent)", d -> link(d.resolve("bad/up"), ".."), List.of("check", "bad", "good"), 1,
                        "schemawise: warning: bad/up/bad: symbolic link loop; skipped", true),
                of("a symbolic link to itself", d -> link(d.resolve("bad/self.sql"), "self.sql"), List.of("check", "bad", "good"), 1,
                        "schemawise: warning: bad/self.sql: symbolic link loop; skipped", true),
                of("a broken symbolic link", d -> link(d.resolve("bad/gone.sql"), "nowhere.sql"), List.of("check", "bad", "good"), 1,
                        "schemawise: warning: bad/gone.sql: broken symbolic link (its target does not exist); skipped", true),
                of("an unreadable file (chmod 000)", d -> {
                    Path locked = Files.writeString(d.resolve("bad/locked.sql"), GOOD);
                    try {
                        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
                    } catch (UnsupportedOperationException e) {
                        Assumptions.abort("no POSIX permissions here");
                    }
                    // Root reads anything: the case below simulates an unreadable file for it.
                    Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read a chmod 000 file (root)");
                }, List.of("check", "bad", "good"), 1, "schemawise: warning: bad/locked.sql: permission denied; skipped", true),
                of("a file whose read fails (a link to /proc/self/mem, unreadable at offset 0 even for root)", d -> {
                    Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/mem")), "no /proc here");
                    link(d.resolve("bad/mem.sql"), "/proc/self/mem");
                }, List.of("check", "bad", "good"), 1, "schemawise: warning: bad/mem.sql: input/output error; skipped", true),
                of("a device named on the command line", d -> Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here"),
                        List.of("check", "/dev/zero", "good"), 2, "schemawise: /dev/zero: not a regular file or directory", true),
                of("a FIFO named like a schema", d -> {
                    Process p;
                    try {
                        p = new ProcessBuilder("mkfifo", d.resolve("bad/pipe.sql").toString()).redirectErrorStream(true).start();
                    } catch (IOException e) {
                        Assumptions.abort("no mkfifo here");
                        return;
                    }
                    Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo failed");
                }, List.of("check", "bad", "good"), 1, "schemawise: warning: bad/pipe.sql: not a regular file; skipped", true),
                of("a file name with a newline in it", d -> Files.write(d.resolve("bad/two\nlines.sql"), new byte[] {0, 1, 2}),
                        List.of("check", "bad", "good"), 1, "schemawise: warning: bad/two\\nlines.sql: binary file (contains NUL bytes); skipped", true),

                // ---------------------------------------------------------------- configuration
                config("a configuration value of the wrong type", "{\"dialect\": 5}", "schemawise: good/.schemawise.json: \"dialect\" must be a string, found 5"),
                config("a rule setting of the wrong type", "{\"rules\": {\"large-offset\": {\"options\": {\"threshold\": \"1000\"}}}}",
                        "schemawise: good/.schemawise.json: rules.large-offset.options.threshold must be a whole number"),
                config("a list where an object belongs", "{\"rules\": [\"require-not-null\"]}",
                        "schemawise: good/.schemawise.json: \"rules\" must be an object, found [\"require-not-null\"]"),
                config("a number beyond double (1e400)", "{\"rules\": {\"large-offset\": {\"options\": {\"threshold\": 1e400}}}}",
                        "schemawise: good/.schemawise.json: rules.large-offset.options.threshold must be a whole number from 0 to 1000000000"),
                config("a number of 1,000 digits", "{\"rules\": {\"large-offset\": {\"options\": {\"threshold\": " + "9".repeat(1_000) + "}}}}",
                        "schemawise: good/.schemawise.json: rules.large-offset.options.threshold must be a whole number from 0 to 1000000000"),
                // Gson's strict reader takes no number longer than its 1,024-character buffer: refused as malformed, at the number.
                config("a number of 900,000 digits", "{\"rules\": {\"large-offset\": {\"options\": {\"threshold\": " + "9".repeat(900_000) + "}}}}",
                        "schemawise: good/.schemawise.json: not valid JSON: malformed JSON"),
                config("a negative and fractional number", "{\"rules\": {\"migration-too-large\": {\"options\": {\"maxTables\": -2.5}}}}",
                        "schemawise: good/.schemawise.json: rules.migration-too-large.options.maxTables must be a whole number from 0 to 1000000000"),
                config("arrays nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000),
                        "schemawise: good/.schemawise.json: not valid JSON: nested more than 255 levels deep"),
                config("objects nested 10,000 deep in the rules", "{\"rules\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_001),
                        "schemawise: good/.schemawise.json: not valid JSON: nested more than 255 levels deep"),
                config("a regular expression as a naming style", "{\"naming\": {\"tables\": \"^(a+)+$\"}}",
                        "schemawise: good/.schemawise.json: \"naming.tables\": unknown value \"^(a+)+$\" (valid: snake_case, camelCase, PascalCase, any)"),
                config("a 900 KB string", "{\"dialect\": \"" + "x".repeat(900_000) + "\"}", "schemawise: good/.schemawise.json: \"dialect\": unknown dialect \"xxxx"),
                config("a key given twice", "{\"rules\": {\"require-not-null\": \"off\"}, \"rules\": {\"prefer-jsonb\": \"off\"}}",
                        "schemawise: good/.schemawise.json: duplicate key \"rules\" (JSON keeps only the last one, so the first would be ignored)"),
                config("single quotes", "{'dialect': 'mysql'}",
                        "schemawise: good/.schemawise.json: not valid JSON: malformed JSON (strict JSON: names and strings in double quotes"),
                config("text after the object", "{\"dialect\": \"mysql\"} {}", "schemawise: good/.schemawise.json: not valid JSON: "),
                config("a file over 1 MB", "{\"ignore\": [\"" + "x".repeat(1_100_000) + "\"]}", "schemawise: good/.schemawise.json: configuration file is larger than 1 MB"),
                of("a configuration that is not UTF-8", d -> Files.write(d.resolve("good/.schemawise.json"), new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'}),
                        List.of("check", "good"), 2, "schemawise: cannot read configuration good/.schemawise.json: not valid UTF-8", false),
                of("--config naming a device", d -> Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here"),
                        List.of("check", "--config", "/dev/zero", "good"), 2, "schemawise: cannot read configuration /dev/zero: not a regular file", false),
                of("--config naming a folder", d -> {}, List.of("check", "--config", "bad", "good"), 2,
                        "schemawise: cannot read configuration bad: it is a directory", false),
                of("a broken configuration in another folder", d -> {
                    Files.writeString(d.resolve("bad/.schemawise.json"), "{\"rules\": {\"require-not-nul\": \"off\"}}");
                    Files.writeString(d.resolve("bad/schema.sql"), GOOD.replace("flags", "other_flags"));
                }, List.of("check", "good", "bad"), 2, "schemawise: bad/.schemawise.json: unknown rule \"require-not-nul\"; did you mean \"require-not-null\"? "
                        + "(run 'schemawise rules' for the list) (the files it applies to are not checked)", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsOneClearLineAndTheContractsExitCode(Case c) throws Exception {
        c.setup().in(dir);

        Run r = run(c.args());

        String context = "exit " + r.code() + "\nstderr:\n" + r.err() + "\nstdout:\n" + r.out();
        assertEquals(c.exit(), r.code(), context);
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(c.message())), "expected a line starting with: " + c.message() + "\n" + context);
        for (String line : r.err().lines().toList()) {
            assertTrue(line.startsWith("schemawise: "), "every line on stderr is a message of ours: " + line);
            assertTrue(line.length() < 1200, "messages stay short: " + line.length() + " characters");
        }
        assertFalse(r.err().contains("\tat ") || Pattern.compile("[A-Z]\\w*(Exception|Error)\\b").matcher(r.err()).find(), "no stack trace: " + r.err());
        assertEquals(c.goodChecked(), r.out().contains(GOOD_FINDING), (c.goodChecked() ? "the good schema is still checked: " : "the run stops: ") + context);
        assertFalse(r.out().contains("bad/other_flags") || r.out().contains("other_flags.on_off"), "files under a broken configuration are not reported: " + context);
        assertTrue(r.millis() < 10_000, "answered in " + r.millis() + " ms");
        System.out.printf("bad input | %s | exit %d | %d ms%n", c.message(), r.code(), r.millis());
    }

    @Test
    void hostileGlobsInTheConfigurationAreMatchedInLinearTime() throws IOException {
        // The classic catastrophic patterns, as a regex engine with backtracking would see them, against long names.
        String longName = "a".repeat(200);
        Files.writeString(dir.resolve("good/" + longName + ".sql"), "CREATE TABLE " + longName + " (id bigint PRIMARY KEY);\n");
        Files.writeString(dir.resolve("good/.schemawise.json"), """
                {"ignore": ["**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", "(a+)+$", "[a-"],
                 "rules": {"required-columns": {"severity": "warning", "options": {"requirements": [
                   {"tables": "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", "columns": [{"name": "x"}]},
                   {"tables": "(a+)+$", "columns": [{"name": "y"}]},
                   {"tables": "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a", "columns": [{"name": "tenant_id"}]}]}}}}
                """);

        Run r = run(List.of("check", "--format", "json", "good"));

        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("good/" + longName + ".sql"), "the long file name is not matched by an ignore glob: " + r.out());
        assertTrue(r.out().contains("tenant_id"), "the glob that matches does match: " + r.out());
        assertFalse(r.out().contains("\"x\"") || r.out().contains("column y") || r.out().contains(" y "), "globs that cannot match do not: " + r.out());
        assertTrue(r.millis() < 10_000, "answered in " + r.millis() + " ms");
        System.out.printf("hostile globs | %d ms%n", r.millis());
    }

    /**
     * No text from a user reaches a regular expression through String's regex methods: every String.matches,
     * replaceAll, replaceFirst and split in the main sources takes a string literal (a pattern written by us), so no
     * configuration value can be a catastrophic regex. (Pattern.compile is NoSurprisesTest's.) Options that are
     * patterns (required-columns' "tables", "ignore") are globs with their own linear matchers, tested above.
     */
    @Test
    void noStringRegexMethodTakesInput() throws IOException {
        Path sources = Path.of(System.getProperty("schemawise.repoRoot", ".."), "server/src/main/java");
        Assumptions.assumeTrue(Files.isDirectory(sources), "sources at " + sources.toAbsolutePath());
        Pattern call = Pattern.compile("(\\.matches|\\.replaceAll|\\.replaceFirst|\\.split)\\(\\s*");
        // Methods of our own named like String's, taking no regex: glob and name matchers, and List.replaceAll.
        List<String> notRegex = List.of("GitIgnore.java: segments[0].matches(", "GitIgnore.java: segments[p].matches(", "GitIgnore.java: classes[p].matches(",
                "GitIgnore.java: r.matches(", "Scope.java: source.matches(", "RequiredColumns.java: Glob.matches(",
                "QueryStatements.java: QueryFiles.split(");
        List<String> offending = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher m = call.matcher(text);
                while (m.find()) {
                    checked++;
                    char first = text.charAt(m.end());
                    if (first == '"' || first == ')') continue; // a literal, or Matcher.matches()
                    int lineStart = text.lastIndexOf('\n', m.start()) + 1;
                    String receiver = text.substring(lineStart, m.start() + m.group(1).length() + 1).strip();
                    receiver = receiver.substring(Math.max(0, receiver.lastIndexOf(' ') + 1)).replaceFirst("^[^A-Za-z_]+", "");
                    String where = file.getFileName() + ": " + receiver;
                    boolean lambda = text.substring(m.end(), Math.min(text.length(), m.end() + 80)).matches("(?s)(\\w+|\\([\\w\\s,]*\\))\\s*->.*");
                    if (!lambda && notRegex.stream().noneMatch(where::endsWith)) {
                        int line = (int) text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
                        offending.add(file.getFileName() + ":" + line + ": " + receiver);
                    }
                }
            }
        }
        assertTrue(checked > 50, "found the calls to check: " + checked);
        assertEquals(List.of(), offending, "a regular expression built from something other than a literal; if it is not a regex, add it to notRegex");
    }
}
