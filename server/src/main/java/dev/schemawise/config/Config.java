package dev.schemawise.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import dev.schemawise.model.Dialect;
import dev.schemawise.text.ClosestName;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contents of a {@code .schemawise.json} file. Parsed from text (the caller reads the file); every
 * unknown key or wrong type is an error naming it and, where there is one, the closest valid name.
 */
public record Config(Dialect dialect, List<String> ignore, String source) {

    public static final Config DEFAULT = new Config(null, List.of(), null);

    public static final String FILE_NAME = ".schemawise.json";

    private static final Gson STRICT = new GsonBuilder().setStrictness(Strictness.STRICT).create();

    private static final Set<String> KEYS = Set.of("$schema", "dialect", "ignore");

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
        JsonObject o = root.getAsJsonObject();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                String closest = ClosestName.of(e.getKey(), KEYS);
                throw new ConfigException(source + ": unknown key \"" + e.getKey() + "\"" + (closest != null ? "; did you mean \"" + closest + "\"?" : "")
                        + " (valid keys: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        Dialect dialect = null;
        JsonElement d = o.get("dialect");
        if (d != null && !d.isJsonNull()) {
            if (!d.isJsonPrimitive() || !d.getAsJsonPrimitive().isString()) throw new ConfigException(source + ": \"dialect\" must be a string");
            dialect = Dialect.fromId(d.getAsString());
            if (dialect == null) {
                throw new ConfigException(source + ": unknown dialect \"" + d.getAsString() + "\" (valid: postgresql, mysql, sqlite)");
            }
        }
        List<String> ignore = new ArrayList<>();
        JsonElement i = o.get("ignore");
        if (i != null && !i.isJsonNull()) {
            if (!i.isJsonArray()) throw new ConfigException(source + ": \"ignore\" must be an array of glob strings");
            for (JsonElement g : i.getAsJsonArray()) {
                if (!g.isJsonPrimitive() || !g.getAsJsonPrimitive().isString()) {
                    throw new ConfigException(source + ": \"ignore\" must be an array of glob strings, found " + g);
                }
                ignore.add(g.getAsString());
            }
        }
        return new Config(dialect, ignore, source);
    }

    private static String cleanMessage(String message) {
        if (message == null) return "syntax error";
        int see = message.indexOf("\nSee ");
        return see >= 0 ? message.substring(0, see) : message;
    }
}
