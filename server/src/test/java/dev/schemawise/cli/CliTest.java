package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void files() throws IOException {
        System.setProperty("schemawise.workingDirectory", dir.toString());
        Files.createDirectories(dir.resolve("db"));
        // A unique email: unique-natural-key reports users.email without one, and these tests are about the syntax error.
        Files.writeString(dir.resolve("db/schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);\n");
        // bigint keys: primary-key-type reports int ones.
        Files.writeString(dir.resolve("db/broken.sql"), "CREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (id bigint PRIMARY KEY,, x int);\nCREATE TABLE c (id bigint PRIMARY KEY);\n");
    }

    @AfterEach
    void reset() {
        System.clearProperty("schemawise.workingDirectory");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void textReportsWhatItReadFindingsAndASummary() {
        Run r = run("check", "db");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("Read 1 schema from 2 files:"), r.out());
        assertTrue(r.out().contains("db  postgresql schema in 2 files: 4 tables"), r.out());
        assertTrue(r.out().contains("db/broken.sql:2:39: error [syntax] unexpected ',' in CREATE TABLE; expected a name, CHECK, CONSTRAINT, "
                + "FOREIGN, LIKE, PRIMARY or UNIQUE"), r.out());
        assertTrue(r.out().contains("2 files, 4 tables, 6 columns, 0 foreign keys, 0 indexes · 1 error, 0 warnings, 0 infos"), r.out());
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertEquals(0, run("check", "db", "--fail-on", "none").code());
        assertEquals(1, run("check", "db", "--fail-on", "error").code());
        assertEquals(0, run("check", "db/schema.sql").code());
    }

    @Test
    void quietPrintsFindingsOnly() {
        Run r = run("check", "--quiet", "db");
        assertEquals(1, r.out().strip().lines().count(), r.out());
        assertTrue(r.out().startsWith("db/broken.sql:2:39: error [syntax]"), r.out());
    }

    @Test
    void jsonIsTheDocumentedContract() {
        Run r = run("check", "--format", "json", "db");
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(1, o.get("version").getAsInt());
        JsonObject f = o.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals("db/broken.sql", f.get("file").getAsString());
        assertEquals("syntax", f.get("rule").getAsString());
        assertEquals("error", f.get("severity").getAsString());
        JsonObject start = f.getAsJsonObject("range").getAsJsonObject("start");
        assertEquals(1, start.get("line").getAsInt());
        assertEquals(38, start.get("character").getAsInt());
        JsonObject s = o.getAsJsonObject("summary");
        for (String key : new String[] {"files", "tables", "columns", "foreignKeys", "indexes", "errors", "warnings", "infos"}) {
            assertTrue(s.has(key), key);
        }
        assertEquals(4, s.get("tables").getAsInt());
        assertEquals(1, s.get("errors").getAsInt());
    }

    @Test
    void sarifCarriesRuleMetadataAndOneBasedRegions() {
        Run r = run("check", "--format", "sarif", "db");
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("2.1.0", o.get("version").getAsString());
        JsonObject run = o.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject rule = null;
        for (var each : run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")) {
            if (each.getAsJsonObject().get("id").getAsString().equals("syntax")) rule = each.getAsJsonObject();
        }
        assertTrue(rule != null, "every rule is in tool.driver.rules");
        assertTrue(rule.get("helpUri").getAsString().endsWith("docs/rules/syntax.md"));
        JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("syntax", result.get("ruleId").getAsString());
        assertEquals("error", result.get("level").getAsString());
        JsonObject region = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region");
        assertEquals(2, region.get("startLine").getAsInt());
        assertEquals(39, region.get("startColumn").getAsInt());
    }

    @Test
    void githubAnnotations() {
        Run r = run("check", "--format", "github", "db");
        assertTrue(r.out().startsWith("::error file=db/broken.sql,line=2,col=39,endLine=2,endColumn=40,title=schemawise syntax::unexpected ','"), r.out());
        assertEquals("a%25b%0Ac", GithubReporter.data("a%b\nc"));
        assertEquals("a%3Ab%2Cc", GithubReporter.property("a:b,c"));
    }

    @Test
    void gitlabCodeQualityWithFingerprintsThatSurviveMovedLines() throws IOException {
        Run r = run("check", "--format", "gitlab", "db");
        com.google.gson.JsonArray issues = com.google.gson.JsonParser.parseString(r.out()).getAsJsonArray();
        com.google.gson.JsonObject syntax = issues.get(0).getAsJsonObject();
        assertEquals("syntax", syntax.get("check_name").getAsString());
        assertEquals("critical", syntax.get("severity").getAsString());
        assertEquals("db/broken.sql", syntax.getAsJsonObject("location").get("path").getAsString());
        assertEquals(2, syntax.getAsJsonObject("location").getAsJsonObject("lines").get("begin").getAsInt());
        assertTrue(syntax.get("description").getAsString().startsWith("unexpected ','"));
        String fingerprint = syntax.get("fingerprint").getAsString();
        assertEquals(64, fingerprint.length());
        java.util.Set<String> unique = new java.util.HashSet<>();
        for (var i : issues) assertTrue(unique.add(i.getAsJsonObject().get("fingerprint").getAsString()), "fingerprints are unique");

        Files.writeString(dir.resolve("db/broken.sql"), "-- a comment above moves every line down\n" + Files.readString(dir.resolve("db/broken.sql")));
        com.google.gson.JsonObject moved = com.google.gson.JsonParser.parseString(run("check", "--format", "gitlab", "db").out())
                .getAsJsonArray().get(0).getAsJsonObject();
        assertEquals(3, moved.getAsJsonObject("location").getAsJsonObject("lines").get("begin").getAsInt());
        assertEquals(fingerprint, moved.get("fingerprint").getAsString(), "the fingerprint does not depend on the line number");
    }

    @Test
    void junitIsWellFormedWithOneFailurePerFinding() throws Exception {
        Files.writeString(dir.resolve("db/clean.sql"), "CREATE TABLE c2 (id bigint PRIMARY KEY);\n");
        Run r = run("check", "--format", "junit", "db");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var suites = doc.getElementsByTagName("testsuite");
        assertEquals(3, suites.getLength(), r.out());
        var failures = doc.getElementsByTagName("failure");
        assertTrue(failures.getLength() >= 1);
        org.w3c.dom.Element first = (org.w3c.dom.Element) failures.item(0);
        assertEquals("syntax", first.getAttribute("type"));
        assertTrue(r.out().contains("<testcase classname=\"db/clean.sql\" name=\"schemawise\"/>"), r.out());
        assertEquals("a&amp;b &lt;c&gt; &quot;d&quot;&#10;e", JunitReporter.attr("a&b <c> \"d\"\ne\u0001"));
    }

    private void git(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", dir.toString(), "-c", "user.email=t@example.com",
                "-c", "user.name=t", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + output);
    }

    @Test
    void gitAwareRunsReportOnlyChangedFilesButReadEverything() throws Exception {
        // users is declared in one file and referenced from another: the cross-file facts must still be there
        Files.writeString(dir.resolve("db/broken.sql"), "CREATE TABLE a (id bigint PRIMARY KEY);\n");
        Files.writeString(dir.resolve("db/orders.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE);\n"
                + "CREATE INDEX orders_user_id_idx ON orders (user_id);\n");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "first");
        assertEquals(0, run("check", "--changed", "--fail-on", "info", "db").code(), "nothing changed since main");

        Files.writeString(dir.resolve("db/orders.sql"), Files.readString(dir.resolve("db/orders.sql")) + "CREATE TABLE notes (id bigint PRIMARY KEY, body text, flag boolean);\n");
        Files.writeString(dir.resolve("db/schema.sql"), Files.readString(dir.resolve("db/schema.sql")) + "CREATE TABLE tags (id bigint PRIMARY KEY, on_sale boolean);\n");
        git("add", "db/orders.sql");

        Run stagedRun = run("check", "--staged", "--format", "json", "db");
        assertTrue(stagedRun.out().contains("notes.flag"), stagedRun.out());
        assertTrue(!stagedRun.out().contains("tags.on_sale"), "schema.sql is not staged: " + stagedRun.out());
        assertTrue(!stagedRun.out().contains("unknown-reference"), "users (in schema.sql) is still known: " + stagedRun.out());

        Run sinceRun = run("check", "--since", "HEAD", "--format", "json", "db");
        assertTrue(sinceRun.out().contains("notes.flag") && sinceRun.out().contains("tags.on_sale"), sinceRun.out());
        Run changedRun = run("check", "--changed", "--format", "json", "db");
        assertEquals(sinceRun.out(), changedRun.out());

        Run bad = run("check", "--since", "no-such-ref", "db");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown git revision 'no-such-ref'"), bad.err());
        assertEquals(2, run("check", "--staged", "--changed", "db").code());
    }

    @Test
    void gitAwareRunOutsideARepositoryIsAUsageError() throws IOException {
        Run r = run("check", "--staged", "db");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not inside a git repository"), r.err());
    }

    @Test
    void usageConfigurationAndInputErrorsExitWithTwo() throws IOException {
        Run missing = run("check", "nope");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope"), missing.err());
        Files.createDirectories(dir.resolve("empty"));
        Run empty = run("check", "empty");
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("no .sql or .prisma files found"), empty.err());
        Run dialect = run("check", "--dialect", "oracle", "db");
        assertEquals(2, dialect.code());
        assertTrue(dialect.err().contains("unknown dialect 'oracle'"), dialect.err());
        Run format = run("check", "--format", "xml", "db");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("--format"), format.err());
        Files.writeString(dir.resolve(".schemawise.json"), "{\"dialekt\": \"mysql\"}");
        Run config = run("check", "db");
        assertEquals(2, config.code());
        assertTrue(config.err().contains("unknown key \"dialekt\"; did you mean \"dialect\"?"), config.err());
        Files.writeString(dir.resolve(".schemawise.json"), "{\"dialect\": ");
        Run broken = run("check", "db");
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains(".schemawise.json: not valid JSON"), broken.err());
        assertFalse(broken.err().contains("at com.google"), "no stack trace without --debug");
    }

    @Test
    void debugCountsTheQueriesJSqlParserCouldNotRead() throws IOException {
        Files.writeString(dir.resolve("db/queries.sql"), "-- name: GetUser :one\nSELECT id FROM users WHERE id = $1;\n"
                + "-- name: Odd :many\nSELECT id FROM users WHERE id = ANY(SELECT unnest(ARRAY[1]) >>> 2);\n");
        Run r = run("check", "--debug", "db");
        assertTrue(r.err().contains("debug: 1 query statement JSqlParser could not read was skipped"), r.err());
        Files.delete(dir.resolve("db/queries.sql"));
        assertTrue(run("check", "--debug", "db").err().contains("debug: 0 query statements JSqlParser could not read were skipped"));
    }

    @Test
    void configurationDialectApplies() throws IOException {
        Files.writeString(dir.resolve(".schemawise.json"), "{\"dialect\": \"mysql\"}");
        Run r = run("check", "db/schema.sql");
        assertTrue(r.out().contains("mysql schema"), r.out());
        assertTrue(run("check", "--dialect", "sqlite", "db/schema.sql").out().contains("sqlite schema"));
    }

    @Test
    void rulesAndExplain() {
        Run rules = run("rules");
        assertEquals(0, rules.code());
        // The id column is as wide as the longest rule id, so match the spacing loosely.
        assertTrue(rules.out().lines().anyMatch(l -> l.matches("require-fk-index +warning +safe .*")), rules.out());
        Run explain = run("explain", "require-fk-index");
        assertEquals(0, explain.code());
        assertTrue(explain.out().contains("Bad:") && explain.out().contains("docs/rules/require-fk-index.md"), explain.out());
        Run unknown = run("explain", "require-fk-indx");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("did you mean 'require-fk-index'?"), unknown.err());
    }

    @Test
    void ruleConfigurationIsValidatedAndApplied() throws IOException {
        Files.writeString(dir.resolve("db/flags.sql"), "CREATE TABLE flags (id bigint PRIMARY KEY, on_off boolean);\n");
        Run warned = run("check", "db/flags.sql");
        assertEquals(1, warned.code());
        assertTrue(warned.out().contains("[require-not-null] column flags.on_off"), warned.out());
        Files.writeString(dir.resolve("db/.schemawise.json"), "{\"rules\": {\"require-not-null\": \"off\"}}");
        assertEquals(0, run("check", "db/flags.sql").code());
        Files.writeString(dir.resolve("db/.schemawise.json"), "{\"rules\": {\"require-not-null\": \"info\"}}");
        Run info = run("check", "db/flags.sql");
        assertEquals(0, info.code(), "info is below the default --fail-on warning");
        assertTrue(info.out().contains("info [require-not-null]"), info.out());
        Files.writeString(dir.resolve("db/.schemawise.json"), "{\"rules\": {\"require-not-nul\": \"off\"}}");
        Run typo = run("check", "db/flags.sql");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("unknown rule \"require-not-nul\"; did you mean \"require-not-null\"?"), typo.err());
        Files.writeString(dir.resolve("db/.schemawise.json"), "{\"rules\": {\"require-not-null\": {\"severity\": \"warning\", \"options\": {\"x\": 1}}}}");
        Run option = run("check", "db/flags.sql");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("unknown option \"x\" of rule require-not-null"), option.err());
    }

    @Test
    void fixRewritesOnlyParseableSchemaFilesAndIsIdempotent() throws IOException {
        Path fixDir = dir.resolve("fix");
        Files.createDirectories(fixDir.resolve("migrations"));
        String schema = "CREATE TABLE users (id bigint PRIMARY KEY);\n"
                + "CREATE TABLE posts (id bigint PRIMARY KEY, published boolean, user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE);\n";
        Files.writeString(fixDir.resolve("schema.sql"), schema);
        String broken = "CREATE TABLE t (id int PRIMARY KEY, flag boolean,, x int);\n";
        Files.writeString(fixDir.resolve("broken.sql"), broken);
        String migration = "CREATE TABLE m (id int PRIMARY KEY, flag boolean);\n";
        Files.writeString(fixDir.resolve("migrations/0001_init.up.sql"), migration);

        Run fixed = run("check", "--fix", "fix");
        assertTrue(fixed.err().contains("fixed fix/schema.sql: 2 fixes (require-fk-index, require-not-null)"), fixed.err());
        assertEquals("CREATE TABLE users (id bigint PRIMARY KEY);\n"
                + "CREATE TABLE posts (id bigint PRIMARY KEY, published boolean NOT NULL, user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE);\n"
                + "CREATE INDEX posts_user_id_idx ON posts (user_id);\n", Files.readString(fixDir.resolve("schema.sql")));
        assertEquals(broken, Files.readString(fixDir.resolve("broken.sql")), "a file with a syntax error is not touched");
        assertEquals(migration, Files.readString(fixDir.resolve("migrations/0001_init.up.sql")), "migrations are never rewritten");
        assertTrue(fixed.out().contains("migrations/0001_init.up.sql"), "what is left is still reported: " + fixed.out());
        try (var files = Files.list(fixDir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("schemawise-tmp")), "no temporary files left");
        }
        Run again = run("check", "--fix", "fix");
        assertFalse(again.err().contains("fixed "), "a second --fix changes nothing: " + again.err());
    }

    @Test
    void helpAndVersion() {
        Run help = run("check", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--fail-on"), help.out());
        assertTrue(help.out().contains("Exit codes:"), help.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("schemawise "), version.out());
        Run none = run();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("a command is required"), none.err());
    }
}
