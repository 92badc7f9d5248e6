package dev.schemawise.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.schemawise.model.Dialect;
import dev.schemawise.text.ClosestName;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The contents of a {@code .schemawise.json} file, checked for structure: every unknown key, wrong type or
 * bad value is an error naming it and, where there is one, the closest valid name. Rule ids and rule options
 * are checked against the rule catalogue by {@code dev.schemawise.rules.RuleSettings}. Parsed from text: the
 * caller reads the file.
 *
 * @param preset       "recommended" (the default) or "strict" (from "extends")
 * @param rules        per-rule settings by rule id, as written
 * @param ignore       gitignore-style globs of files not to check
 * @param multiTenancy the tenant column and the tables shared by all tenants, or null to detect
 * @param naming       naming conventions, or null to detect the dominant style
 * @param migrations   migration settings, or null for the defaults
 */
public record Config(Dialect dialect, String preset, Map<String, RuleSetting> rules, List<String> ignore, MultiTenancy multiTenancy,
                     Naming naming, Migrations migrations, String source) {

    public static final Config DEFAULT = new Config(null, "recommended", Map.of(), List.of(), null, null, null, null);

    // equals and hashCode are written out as a record's would be (RecordMethodsTest): a record's own are bootstrapped
    // on first use, which spins method-handle classes in a language server's first analysis (docs/PERFORMANCE.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof Config c && dialect == c.dialect && Objects.equals(preset, c.preset) && Objects.equals(rules, c.rules)
                && Objects.equals(ignore, c.ignore) && Objects.equals(multiTenancy, c.multiTenancy) && Objects.equals(naming, c.naming)
                && Objects.equals(migrations, c.migrations) && Objects.equals(source, c.source);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(dialect) * 31 + Objects.hashCode(preset);
        h = (h * 31 + Objects.hashCode(rules)) * 31 + Objects.hashCode(ignore);
        h = (h * 31 + Objects.hashCode(multiTenancy)) * 31 + Objects.hashCode(naming);
        return (h * 31 + Objects.hashCode(migrations)) * 31 + Objects.hashCode(source);
    }

    public static final String FILE_NAME = ".schemawise.json";

    /** How a rule is configured: {@code "off" | "info" | "warning" | "error"} or {@code {"severity", "options"}}. */
    public record RuleSetting(String severity, JsonObject options, String key) {}

    public record MultiTenancy(String column, List<String> sharedTables) {}

    /** Case styles ("snake_case", "camelCase", "PascalCase", "any") and table plurality ("plural", "singular", "any"). */
    public record Naming(String tables, String columns, String indexes, String constraints, String plurality) {
        /** As a record's, written out: naming-convention keys its memo with it, and a record's own is bootstrapped on first use. */
        @Override
        public String toString() {
            return "Naming[tables=" + tables + ", columns=" + columns + ", indexes=" + indexes + ", constraints=" + constraints
                    + ", plurality=" + plurality + "]";
        }
    }

    /**
     * {@code baseRef}: the git revision migrations are compared with; {@code target}: the schema file a migrations folder must
     * match, relative to the configuration file (schema-drift).
     */
    public record Migrations(String baseRef, String target) {}

    /**
     * This configuration with rule settings from elsewhere (the editor's) laid over its own: a severity given
     * replaces the file's, options are merged name by name, rules not mentioned keep their settings.
     */
    public Config withRuleOverrides(Map<String, RuleSetting> overrides) {
        if (overrides.isEmpty()) return this;
        Map<String, RuleSetting> merged = new LinkedHashMap<>(rules);
        for (Map.Entry<String, RuleSetting> e : overrides.entrySet()) {
            RuleSetting base = merged.get(e.getKey());
            RuleSetting over = e.getValue();
            JsonObject options = base == null ? new JsonObject() : base.options().deepCopy();
            for (Map.Entry<String, JsonElement> o : over.options().entrySet()) options.add(o.getKey(), o.getValue().deepCopy());
            String severity = over.severity() != null ? over.severity() : base == null ? null : base.severity();
            merged.put(e.getKey(), new RuleSetting(severity, options, e.getKey()));
        }
        return new Config(dialect, preset, merged, ignore, multiTenancy, naming, migrations, source);
    }

    public static final List<String> PRESETS = List.of("recommended", "strict");
    public static final List<String> SEVERITIES = List.of("off", "info", "warning", "error");
    public static final List<String> CASES = List.of("snake_case", "camelCase", "PascalCase", "any");
    public static final List<String> PLURALITIES = List.of("plural", "singular", "any");

    private static final Gson STRICT = new GsonBuilder().setStrictness(Strictness.STRICT).create();

    private static final Set<String> KEYS = Set.of("$schema", "dialect", "extends", "rules", "ignore", "multiTenancy", "naming", "migrations");

    /** @param source the file name, for messages */
    public static Config parse(String json, String source) throws ConfigException {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            root = STRICT.fromJson(reader, JsonElement.class);
            if (root == null) throw new JsonParseException("the file is empty");
            if (reader.peek() != JsonToken.END_DOCUMENT) throw new JsonParseException("unexpected text after the JSON object");
        } catch (JsonParseException | java.io.IOException | IllegalStateException | StackOverflowError e) {
            Throwable cause = e.getCause() instanceof MalformedJsonException m ? m : e;
            throw new ConfigException(source + ": not valid JSON: " + cleanMessage(cause.getMessage()));
        }
        if (!root.isJsonObject()) throw new ConfigException(source + ": the configuration must be a JSON object");
        rejectDuplicateKeys(json, source);
        Reader r = new Reader(source);
        JsonObject o = root.getAsJsonObject();
        r.keys(o, KEYS, "");
        String dialectName = r.string(o, "dialect", "");
        Dialect dialect = null;
        if (dialectName != null) {
            dialect = Dialect.fromId(dialectName);
            if (dialect == null) throw r.error("\"dialect\"", "unknown dialect \"" + dialectName + "\"", List.of("postgresql", "mysql", "sqlite"), dialectName);
        }
        String preset = r.oneOf(o, "extends", "", PRESETS);
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        JsonObject rulesObject = r.object(o, "rules", "");
        if (rulesObject != null) {
            for (Map.Entry<String, JsonElement> e : rulesObject.entrySet()) rules.put(e.getKey(), r.ruleSetting(e.getKey(), e.getValue()));
        }
        List<String> ignore = r.strings(o, "ignore", "");
        MultiTenancy multiTenancy = null;
        JsonObject mt = r.object(o, "multiTenancy", "");
        if (mt != null) {
            r.keys(mt, Set.of("column", "sharedTables"), "multiTenancy.");
            multiTenancy = new MultiTenancy(r.string(mt, "column", "multiTenancy."), r.strings(mt, "sharedTables", "multiTenancy."));
        }
        Naming naming = null;
        JsonObject n = r.object(o, "naming", "");
        if (n != null) {
            r.keys(n, Set.of("tables", "columns", "indexes", "constraints", "plurality"), "naming.");
            naming = new Naming(r.oneOf(n, "tables", "naming.", CASES), r.oneOf(n, "columns", "naming.", CASES), r.oneOf(n, "indexes", "naming.", CASES),
                    r.oneOf(n, "constraints", "naming.", CASES), r.oneOf(n, "plurality", "naming.", PLURALITIES));
        }
        Migrations migrations = null;
        JsonObject m = r.object(o, "migrations", "");
        if (m != null) {
            r.keys(m, Set.of("baseRef", "target"), "migrations.");
            migrations = new Migrations(r.string(m, "baseRef", "migrations."), r.string(m, "target", "migrations."));
        }
        return new Config(dialect, preset == null ? "recommended" : preset, rules, ignore, multiTenancy, naming, migrations, source);
    }

    /** Gson's message without its advice to programmers, and with the JSON path of a deep error shortened. */
    private static String cleanMessage(String message) {
        if (message == null) return "syntax error";
        int see = message.indexOf("\nSee ");
        String m = see >= 0 ? message.substring(0, see) : message;
        m = m.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON",
                "malformed JSON (strict JSON: names and strings in double quotes, no comments, no trailing commas, one object)");
        m = m.replaceFirst("^Nesting limit (\\d+) reached", "nested more than $1 levels deep");
        int path = m.lastIndexOf(" path $");
        if (path >= 0 && m.length() - path > 80) m = m.substring(0, path + 70) + "...";
        return m;
    }

    /**
     * A key given twice in one object: JSON parsers keep the last silently, so a second {@code "rules"} would drop
     * every setting of the first. Called once the text is known to be valid JSON.
     */
    private static void rejectDuplicateKeys(String json, String source) throws ConfigException {
        JsonReader in = new JsonReader(new StringReader(json));
        in.setStrictness(Strictness.STRICT);
        java.util.ArrayDeque<java.util.Set<String>> objects = new java.util.ArrayDeque<>();
        try {
            while (true) {
                switch (in.peek()) {
                    case BEGIN_OBJECT -> {
                        in.beginObject();
                        objects.push(new java.util.HashSet<>());
                    }
                    case END_OBJECT -> {
                        in.endObject();
                        objects.pop();
                    }
                    case BEGIN_ARRAY -> in.beginArray();
                    case END_ARRAY -> in.endArray();
                    case NAME -> {
                        String name = in.nextName();
                        if (!objects.peek().add(name)) {
                            String where = in.getPath().startsWith("$.") ? in.getPath().substring(2) : in.getPath();
                            throw new ConfigException(source + ": duplicate key \"" + where + "\" (JSON keeps only the last one, so the first would be ignored)");
                        }
                    }
                    case END_DOCUMENT -> {
                        return;
                    }
                    default -> in.skipValue();
                }
            }
        } catch (java.io.IOException | IllegalStateException e) {
            // Cannot happen after a successful parse of the same text; the parse's own message was the one to give.
            throw new ConfigException(source + ": not valid JSON: " + cleanMessage(e.getMessage()));
        }
    }

    /** Typed access to the JSON with messages that name the file and the key path. */
    private static final class Reader {
        final String source;

        Reader(String source) {
            this.source = source;
        }

        ConfigException error(String where, String problem, java.util.Collection<String> valid, String given) {
            String closest = given == null ? null : ClosestName.of(given, valid);
            return new ConfigException(source + ": " + where + ": " + problem + (closest != null ? "; did you mean \"" + closest + "\"?" : "")
                    + (valid.isEmpty() ? "" : " (valid: " + String.join(", ", valid) + ")"));
        }

        void keys(JsonObject o, Set<String> valid, String prefix) throws ConfigException {
            for (String key : o.keySet()) {
                if (!valid.contains(key)) {
                    String closest = ClosestName.of(key, valid);
                    throw new ConfigException(source + ": unknown key \"" + prefix + key + "\"" + (closest != null ? "; did you mean \"" + prefix + closest + "\"?" : "")
                            + " (valid keys" + (prefix.isEmpty() ? "" : " of " + prefix.substring(0, prefix.length() - 1)) + ": "
                            + String.join(", ", valid.stream().filter(k -> !k.startsWith("$")).sorted().toList()) + ")");
                }
            }
        }

        String string(JsonObject o, String key, String prefix) throws ConfigException {
            JsonElement e = o.get(key);
            if (e == null || e.isJsonNull()) return null;
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw new ConfigException(source + ": \"" + prefix + key + "\" must be a string, found " + shorten(e));
            }
            return e.getAsString();
        }

        String oneOf(JsonObject o, String key, String prefix, List<String> valid) throws ConfigException {
            String value = string(o, key, prefix);
            if (value != null && !valid.contains(value)) {
                throw error("\"" + prefix + key + "\"", "unknown value \"" + value + "\"", valid, value);
            }
            return value;
        }

        JsonObject object(JsonObject o, String key, String prefix) throws ConfigException {
            JsonElement e = o.get(key);
            if (e == null || e.isJsonNull()) return null;
            if (!e.isJsonObject()) throw new ConfigException(source + ": \"" + prefix + key + "\" must be an object, found " + shorten(e));
            return e.getAsJsonObject();
        }

        List<String> strings(JsonObject o, String key, String prefix) throws ConfigException {
            JsonElement e = o.get(key);
            if (e == null || e.isJsonNull()) return List.of();
            if (!e.isJsonArray()) throw new ConfigException(source + ": \"" + prefix + key + "\" must be an array of strings, found " + shorten(e));
            List<String> out = new ArrayList<>();
            for (JsonElement item : e.getAsJsonArray()) {
                if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                    throw new ConfigException(source + ": \"" + prefix + key + "\" must be an array of strings, found " + shorten(item));
                }
                out.add(item.getAsString());
            }
            return out;
        }

        RuleSetting ruleSetting(String id, JsonElement e) throws ConfigException {
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                String severity = e.getAsString();
                if (!SEVERITIES.contains(severity)) throw error("rule \"" + id + "\"", "unknown severity \"" + severity + "\"", SEVERITIES, severity);
                return new RuleSetting(severity, new JsonObject(), id);
            }
            if (!e.isJsonObject()) {
                throw new ConfigException(source + ": rule \"" + id + "\" must be \"off\", \"info\", \"warning\", \"error\" or {\"severity\": ..., \"options\": {...}}, found "
                        + shorten(e));
            }
            JsonObject o = e.getAsJsonObject();
            keys(o, Set.of("severity", "options"), "rules." + id + ".");
            String severity = oneOf(o, "severity", "rules." + id + ".", SEVERITIES);
            JsonObject options = object(o, "options", "rules." + id + ".");
            return new RuleSetting(severity, options == null ? new JsonObject() : options, id);
        }

        static String shorten(JsonElement e) {
            String s = e instanceof JsonPrimitive p && p.isString() ? "\"" + p.getAsString() + "\"" : e.toString();
            return s.length() > 60 ? s.substring(0, 57) + "..." : s;
        }
    }
}
