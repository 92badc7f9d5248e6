package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.config.Config;
import dev.schemawise.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The shape of banned-types' option "types" is checked when the configuration is read, with a message that says what is wrong. */
class BannedTypesOptionsTest {

    private static void validate(String types) throws ConfigException {
        RuleSettings.validate(Config.parse("{\"rules\": {\"banned-types\": {\"severity\": \"warning\", \"options\": {\"types\": " + types + "}}}}", ".schemawise.json"));
    }

    @Test
    void acceptsAnObjectOfStrings() {
        assertDoesNotThrow(() -> validate("{\"json\": \"jsonb\", \"Float\": \"Decimal\", \"money\": \"\"}"));
        assertDoesNotThrow(() -> validate("{}"));
    }

    @Test
    void refusesOtherShapes() {
        ConfigException list = assertThrows(ConfigException.class, () -> validate("[\"json\"]"));
        assertTrue(list.getMessage().contains("rules.banned-types.options.types must be an object"), list.getMessage());
        ConfigException number = assertThrows(ConfigException.class, () -> validate("{\"json\": 1}"));
        assertTrue(number.getMessage().contains("rules.banned-types.options.types.json must be a string"), number.getMessage());
        ConfigException blank = assertThrows(ConfigException.class, () -> validate("{\" \": \"text\"}"));
        assertTrue(blank.getMessage().contains("empty type name"), blank.getMessage());
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i <= 1000; i++) many.append(i == 0 ? "" : ",").append("\"t").append(i).append("\": \"text\"");
        ConfigException tooMany = assertThrows(ConfigException.class, () -> validate(many.append("}").toString()));
        assertTrue(tooMany.getMessage().contains("more than 1000 entries"), tooMany.getMessage());
    }
}
