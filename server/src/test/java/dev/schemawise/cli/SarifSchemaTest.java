package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format sarif} is valid SARIF 2.1.0: validated against the standard's JSON schema (src/test/resources/sarif). */
class SarifSchemaTest {
    private static final Path REPO = Path.of(System.getProperty("schemawise.repoRoot", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        System.clearProperty("schemawise.workingDirectory");
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static String sarif(Path workingDirectory, String... paths) {
        System.setProperty("schemawise.workingDirectory", workingDirectory.toString());
        StringWriter out = new StringWriter();
        String[] args = new String[paths.length + 3];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "sarif";
        System.arraycopy(paths, 0, args, 3, paths.length);
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertTrue(code == 0 || code == 1, "exit code " + code);
        return out.toString();
    }

    private static void assertValid(String sarif) throws Exception {
        Set<ValidationMessage> errors = schema().validate(new ObjectMapper().readTree(sarif));
        assertEquals(Set.of(), errors, "SARIF 2.1.0 schema violations");
    }

    @Test
    void theExamplesReportIsValidSarif() throws Exception {
        String out = sarif(REPO, "examples");
        assertTrue(out.contains("\"ruleId\": \"require-fk-index\""), out);
        assertValid(out);
    }

    @Test
    void syntaxErrorsAndEveryRuleOfTheCatalogueAreValidSarif() throws Exception {
        Files.writeString(dir.resolve("broken.sql"), "CREATE TABLE a (id int PRIMARY KEY,, x int);\nCREAT TABLE b (x int);\n");
        Files.writeString(dir.resolve("schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n  url = env(\"X\")\n}\nmodel A {\n  x Int\n");
        String out = sarif(dir, "broken.sql", "schema.prisma");
        assertTrue(out.contains("\"ruleId\": \"syntax\""), out);
        assertValid(out);
    }

    @Test
    void anInvalidDocumentIsCaught() throws Exception {
        // the validator does reject: a result without a message
        String bad = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},\"results\":[{\"ruleId\":\"r\"}]}]}";
        assertTrue(!schema().validate(new ObjectMapper().readTree(bad)).isEmpty());
    }
}
