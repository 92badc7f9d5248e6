package dev.schemawise.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.schemawise.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's "rules" setting (initializationOptions and didChangeConfiguration) laid over .schemawise.json. */
class RuleOverridesTest {

    @TempDir
    Path dir;

    private static final String TABLE = "CREATE TABLE audit (\n    id bigint PRIMARY KEY,\n    note text,\n    price float\n);\n";

    /** Rule id → severity of what was published. */
    private static Map<String, String> found(PublishDiagnosticsParams p) {
        Map<String, String> out = new TreeMap<>();
        for (Diagnostic d : p.getDiagnostics()) out.put(d.getCode().getLeft(), d.getSeverity().name());
        return out;
    }

    private static JsonObject settings(String rulesJson) {
        JsonObject section = new JsonObject();
        section.add("rules", JsonParser.parseString(rulesJson));
        JsonObject root = new JsonObject();
        root.add("schemawise", section);
        return root;
    }

    @Test
    void editorRuleSettingsOverrideTheConfigurationFile() throws Exception {
        Files.writeString(dir.resolve(".schemawise.json"), "{\"rules\": {\"money-as-float\": \"error\"}}");
        try (LspSession s = new LspSession(dir)) {
            s.initialize(LspSession.vscodeLike(), settings("{\"require-timestamps\": \"off\", \"suggest-check-constraint\": \"warning\"}"));
            String uri = s.open("a.sql", TABLE);
            assertEquals(Map.of("money-as-float", "Error", "suggest-check-constraint", "Warning"), found(s.diagnostics(uri)),
                    "from initializationOptions, over the file's money-as-float: error");

            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings("{\"money-as-float\": \"off\"}")));
            var changed = s.diagnostics(uri, p -> !found(p).containsKey("money-as-float"));
            assertEquals(Map.of("require-timestamps", "Warning", "suggest-check-constraint", "Information"), found(changed),
                    "new settings replace the old ones and turn off what the file set");

            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings("{\"money-as-flaot\": \"off\"}")));
            var invalid = s.diagnostics(uri, p -> found(p).containsKey("money-as-float"));
            assertEquals(Map.of("money-as-float", "Error", "require-timestamps", "Warning", "suggest-check-constraint", "Information"), found(invalid),
                    "invalid settings apply none: the file's configuration alone");
            long deadline = System.nanoTime() + LspSession.TIMEOUT.toNanos();
            while (s.client.messages.stream().noneMatch(m -> m.getType() == MessageType.Warning) && System.nanoTime() < deadline) Thread.sleep(5);
            assertTrue(s.client.messages.stream().anyMatch(m -> m.getType() == MessageType.Warning
                            && m.getMessage().contains("the editor's schemawise.rules setting: unknown rule \"money-as-flaot\"; did you mean \"money-as-float\"?")),
                    s.client.messages.toString());
        }
    }

    @Test
    void overridesMergeSeverityAndOptionsWithTheFile() throws Exception {
        Config file = Config.parse("{\"rules\": {\"naming-convention\": {\"severity\": \"error\", \"options\": {\"a\": 1, \"b\": 2}}, \"syntax\": \"warning\"}}", "f");
        Config editor = Config.parse("{\"rules\": {\"naming-convention\": {\"options\": {\"b\": 3}}, \"prefer-jsonb\": \"off\"}}", "e");
        Config merged = file.withRuleOverrides(editor.rules());
        assertEquals("error", merged.rules().get("naming-convention").severity(), "no severity given: the file's stays");
        assertEquals(JsonParser.parseString("{\"a\": 1, \"b\": 3}"), merged.rules().get("naming-convention").options());
        assertEquals("warning", merged.rules().get("syntax").severity());
        assertEquals("off", merged.rules().get("prefer-jsonb").severity());
        assertEquals(JsonParser.parseString("{\"a\": 1, \"b\": 2}"), file.rules().get("naming-convention").options(), "the file's configuration is unchanged");
        assertEquals(file, file.withRuleOverrides(Map.of()));
    }
}
