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
        Files.writeString(dir.resolve("db/schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n");
        Files.writeString(dir.resolve("db/broken.sql"), "CREATE TABLE a (id int);\nCREATE TABLE b (id int,, x int);\nCREATE TABLE c (id int);\n");
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
        assertTrue(r.out().contains("db/broken.sql:2:24: error [syntax] unexpected ',' in CREATE TABLE; expected a name, CHECK, CONSTRAINT, "
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
        assertTrue(r.out().startsWith("db/broken.sql:2:24: error [syntax]"), r.out());
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
        assertEquals(23, start.get("character").getAsInt());
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
        JsonObject rule = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").get(0).getAsJsonObject();
        assertEquals("syntax", rule.get("id").getAsString());
        assertTrue(rule.get("helpUri").getAsString().endsWith("docs/rules/syntax.md"));
        JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("error", result.get("level").getAsString());
        JsonObject region = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region");
        assertEquals(2, region.get("startLine").getAsInt());
        assertEquals(24, region.get("startColumn").getAsInt());
    }

    @Test
    void githubAnnotations() {
        Run r = run("check", "--format", "github", "db");
        assertTrue(r.out().startsWith("::error file=db/broken.sql,line=2,col=24,endLine=2,endColumn=25,title=schemawise syntax::unexpected ','"), r.out());
        assertEquals("a%25b%0Ac", GithubReporter.data("a%b\nc"));
        assertEquals("a%3Ab%2Cc", GithubReporter.property("a:b,c"));
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
    void configurationDialectApplies() throws IOException {
        Files.writeString(dir.resolve(".schemawise.json"), "{\"dialect\": \"mysql\"}");
        Run r = run("check", "db/schema.sql");
        assertTrue(r.out().contains("mysql schema"), r.out());
        assertTrue(run("check", "--dialect", "sqlite", "db/schema.sql").out().contains("sqlite schema"));
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
