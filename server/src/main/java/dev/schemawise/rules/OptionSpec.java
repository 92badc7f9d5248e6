package dev.schemawise.rules;

import java.util.List;

/**
 * One option of a rule: its name, JSON type, default (as JSON text) and, for enumerations, the allowed values.
 * Used to validate configuration, to document the rule and to generate the configuration's JSON Schema.
 */
public record OptionSpec(String name, Type type, String defaultJson, List<String> allowed, String description) {

    public enum Type { STRING, ENUM, STRING_LIST, INTEGER, OBJECT, OBJECT_LIST }

    public OptionSpec {
        allowed = List.copyOf(allowed);
    }

    public static OptionSpec enumeration(String name, String defaultValue, List<String> allowed, String description) {
        return new OptionSpec(name, Type.ENUM, "\"" + defaultValue + "\"", allowed, description);
    }

    public static OptionSpec strings(String name, List<String> defaults, String description) {
        return new OptionSpec(name, Type.STRING_LIST, new com.google.gson.Gson().toJson(defaults), List.of(), description);
    }

    public static OptionSpec integer(String name, int defaultValue, String description) {
        return new OptionSpec(name, Type.INTEGER, Integer.toString(defaultValue), List.of(), description);
    }
}
