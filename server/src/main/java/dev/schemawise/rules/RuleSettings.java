package dev.schemawise.rules;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.schemawise.config.Config;
import dev.schemawise.config.ConfigException;
import dev.schemawise.text.ClosestName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Resolves a rule's effective setting from the configuration, and validates the "rules" section against the catalogue. */
public final class RuleSettings {
    private RuleSettings() {}

    /** Whether the rule runs, at which severity, with which options. */
    public record Effective(boolean enabled, Severity severity, JsonObject options) {}

    public static Effective effective(RuleInfo info, Config config) {
        Config.RuleSetting setting = config.rules().get(info.id());
        boolean enabled = info.enabledByDefault();
        Severity severity = info.defaultSeverity();
        JsonObject options = new JsonObject();
        if (setting != null) {
            enabled = !"off".equals(setting.severity());
            if (setting.severity() != null && enabled) severity = Severity.fromId(setting.severity());
            options = setting.options();
        }
        if ("strict".equals(config.preset()) && severity == Severity.INFO && (setting == null || setting.severity() == null)) {
            severity = Severity.WARNING;
        }
        return new Effective(enabled, severity, options);
    }

    /** Unknown rule ids and options, and options of the wrong type, are errors naming the closest valid name. */
    public static void validate(Config config) throws ConfigException {
        List<String> ids = new ArrayList<>();
        for (Rule r : Rules.all()) ids.add(r.info().id());
        String source = config.source() == null ? "configuration" : config.source();
        for (Map.Entry<String, Config.RuleSetting> e : config.rules().entrySet()) {
            Rule rule = Rules.byId(e.getKey());
            if (rule == null) {
                String closest = ClosestName.of(e.getKey(), ids);
                throw new ConfigException(source + ": unknown rule \"" + e.getKey() + "\"" + (closest != null ? "; did you mean \"" + closest + "\"?" : "")
                        + " (run 'schemawise rules' for the list)");
            }
            validateOptions(rule, e.getValue().options(), source);
        }
    }

    private static void validateOptions(Rule rule, JsonObject options, String source) throws ConfigException {
        RuleInfo info = rule.info();
        List<String> names = info.options().stream().map(OptionSpec::name).toList();
        for (Map.Entry<String, JsonElement> o : options.entrySet()) {
            OptionSpec spec = info.options().stream().filter(s -> s.name().equals(o.getKey())).findFirst().orElse(null);
            String where = source + ": rules." + info.id() + ".options." + o.getKey();
            if (spec == null) {
                String closest = ClosestName.of(o.getKey(), names);
                throw new ConfigException(source + ": unknown option \"" + o.getKey() + "\" of rule " + info.id()
                        + (closest != null ? "; did you mean \"" + closest + "\"?" : "")
                        + (names.isEmpty() ? " (the rule has no options)" : " (valid: " + String.join(", ", names) + ")"));
            }
            JsonElement v = o.getValue();
            switch (spec.type()) {
                case STRING -> {
                    if (!isString(v)) throw new ConfigException(where + " must be a string");
                }
                case ENUM -> {
                    if (!isString(v) || !spec.allowed().contains(v.getAsString())) {
                        String given = isString(v) ? v.getAsString() : v.toString();
                        String closest = ClosestName.of(given, spec.allowed());
                        throw new ConfigException(where + ": unknown value \"" + given + "\"" + (closest != null ? "; did you mean \"" + closest + "\"?" : "")
                                + " (valid: " + String.join(", ", spec.allowed()) + ")");
                    }
                }
                case STRING_LIST -> {
                    if (!v.isJsonArray() || v.getAsJsonArray().size() > 10_000) throw new ConfigException(where + " must be an array of strings");
                    for (JsonElement item : v.getAsJsonArray()) {
                        if (!isString(item)) throw new ConfigException(where + " must be an array of strings");
                    }
                }
                case INTEGER -> {
                    if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) throw new ConfigException(where + " must be a whole number");
                    double d = v.getAsDouble();
                    if (d != Math.rint(d) || d < 0 || d > 1_000_000_000) throw new ConfigException(where + " must be a whole number from 0 to 1000000000");
                }
                case OBJECT -> {
                    if (!v.isJsonObject()) throw new ConfigException(where + " must be an object");
                }
                case OBJECT_LIST -> {
                    if (!v.isJsonArray()) throw new ConfigException(where + " must be an array of objects");
                    for (JsonElement item : v.getAsJsonArray()) {
                        if (!item.isJsonObject()) throw new ConfigException(where + " must be an array of objects");
                    }
                }
            }
        }
        if (rule instanceof ValidatesOptions checked) checked.validateOptions(options, source + ": rules." + info.id() + ".options");
    }

    private static boolean isString(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    /** Implemented by rules whose options need more checking than their types (patterns, nested objects). */
    public interface ValidatesOptions {
        void validateOptions(JsonObject options, String where) throws ConfigException;
    }
}
