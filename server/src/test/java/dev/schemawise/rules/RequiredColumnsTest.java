package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.config.Config;
import dev.schemawise.config.ConfigException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** required-columns: the nested "requirements" option is validated with messages naming the path, and globs match in linear time. */
class RequiredColumnsTest {

    private static String error(String requirements) {
        String json = "{\"rules\": {\"required-columns\": {\"severity\": \"warning\", \"options\": {\"requirements\": " + requirements + "}}}}";
        ConfigException e = assertThrows(ConfigException.class, () -> RuleSettings.validate(Config.parse(json, ".schemawise.json")));
        return e.getMessage();
    }

    @Test
    void validConfigurationPasses() throws ConfigException {
        String json = "{\"rules\": {\"required-columns\": {\"options\": {\"requirements\": [{\"tables\": \"audit_*\", \"columns\": ["
                + "{\"name\": \"tenant_id\", \"type\": \"uuid\", \"nullable\": false}, {\"name\": \"request_id\"}]}]}}}}";
        RuleSettings.validate(Config.parse(json, ".schemawise.json"));
    }

    @Test
    void messagesNameThePathOfTheBadValue() {
        assertEquals(".schemawise.json: rules.required-columns.options.requirements[0].columns[1].name must be a string (the column name)",
                error("[{\"columns\": [{\"name\": \"a\"}, {\"name\": 3}]}]"));
        assertEquals(".schemawise.json: rules.required-columns.options.requirements[1].columns is missing (the columns the tables must have)",
                error("[{\"columns\": [{\"name\": \"a\"}]}, {\"tables\": \"*\"}]"));
        assertEquals(".schemawise.json: rules.required-columns.options.requirements[0].columns must be a non-empty array of objects",
                error("[{\"columns\": []}]"));
        assertEquals(".schemawise.json: rules.required-columns.options.requirements[0].tables must be a non-empty string (a glob such as \"*\" or \"audit_*\")",
                error("[{\"tables\": 1, \"columns\": [{\"name\": \"a\"}]}]"));
        assertEquals(".schemawise.json: rules.required-columns.options.requirements[0].columns[0].nullable must be true or false",
                error("[{\"columns\": [{\"name\": \"a\", \"nullable\": \"no\"}]}]"));
        assertEquals(".schemawise.json: rules.required-columns.options.requirements[0].columns[0].type must be a string (a type family such as \"uuid\" or a type name)",
                error("[{\"columns\": [{\"name\": \"a\", \"type\": [\"uuid\"]}]}]"));
        assertEquals(".schemawise.json: rules.required-columns.options.requirements[0]: unknown key \"colums\"; did you mean \"columns\"? (valid: tables, columns)",
                error("[{\"colums\": [{\"name\": \"a\"}]}]"));
        assertEquals(".schemawise.json: rules.required-columns.options.requirements[0].columns[0]: unknown key \"nulable\"; did you mean \"nullable\"? (valid: name, type, nullable)",
                error("[{\"columns\": [{\"name\": \"a\", \"nulable\": true}]}]"));
        assertTrue(error("{\"tables\": \"*\"}").contains("requirements must be an array of objects"));
    }

    @Test
    void globs() {
        assertTrue(RequiredColumns.Glob.matches("*", "orders"));
        assertTrue(RequiredColumns.Glob.matches("audit_*", "audit_events"));
        assertTrue(RequiredColumns.Glob.matches("AUDIT_*", "audit_events"));
        assertFalse(RequiredColumns.Glob.matches("audit_*", "event_audit"));
        assertTrue(RequiredColumns.Glob.matches("*_log", "request_log"));
        assertFalse(RequiredColumns.Glob.matches("*_log", "request_logs"));
        assertTrue(RequiredColumns.Glob.matches("?ags", "tags"));
        assertFalse(RequiredColumns.Glob.matches("?ags", "flags"));
        assertTrue(RequiredColumns.Glob.matches("a*b*c", "abc"));
        assertTrue(RequiredColumns.Glob.matches("a*b*c", "axxbyybzc"));
        assertFalse(RequiredColumns.Glob.matches("a*b*c", "axxcyyb"));
        assertFalse(RequiredColumns.Glob.matches("ab*ba", "aba"));
        assertTrue(RequiredColumns.Glob.matches("orders", "orders"));
        assertFalse(RequiredColumns.Glob.matches("orders", "orders2"));
    }

    @Test
    void globsNeverBacktrackExponentially() {
        String text = "a".repeat(50_000);
        String pattern = "*a".repeat(30) + "*b";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertFalse(RequiredColumns.Glob.matches(pattern, text)));
    }
}
