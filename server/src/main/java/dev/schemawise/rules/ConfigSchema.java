package dev.schemawise.rules;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.schemawise.config.Config;
import java.util.List;

/** The JSON Schema of .schemawise.json, generated from the rule catalogue (schemawise.schema.json at the repository root). */
public final class ConfigSchema {
    private ConfigSchema() {}

    public static String generate() {
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "http://json-schema.org/draft-07/schema#");
        root.addProperty("$id", "https://github.com/schemawise/schemawise/blob/main/schemawise.schema.json");
        root.addProperty("title", "schemawise configuration (.schemawise.json)");
        root.addProperty("type", "object");
        root.addProperty("additionalProperties", false);
        JsonObject props = new JsonObject();
        props.add("$schema", typed("string", "The JSON Schema of this file, for editors."));
        props.add("dialect", enumOf(List.of("postgresql", "mysql", "sqlite"), "The SQL dialect of the schema files; inferred when absent."));
        props.add("extends", enumOf(Config.PRESETS, "A built-in preset: recommended (the default severities) or strict (info findings become warnings)."));
        JsonObject rules = typed("object", "Rule severities and options by rule id; see 'schemawise rules'.");
        rules.addProperty("additionalProperties", false);
        JsonObject ruleProps = new JsonObject();
        for (Rule r : Rules.all()) ruleProps.add(r.info().id(), rule(r.info()));
        rules.add("properties", ruleProps);
        props.add("rules", rules);
        JsonObject ignore = typed("array", "Files not to check: .gitignore-style globs relative to the working directory.");
        ignore.add("items", typed("string", null));
        props.add("ignore", ignore);
        JsonObject mt = typed("object", "Multi-tenancy: the tenant column every tenant table carries, and the tables shared by all tenants.");
        mt.addProperty("additionalProperties", false);
        JsonObject mtProps = new JsonObject();
        mtProps.add("column", typed("string", "The tenant column, e.g. tenant_id or organizationId."));
        JsonObject shared = typed("array", "Tables (or models) shared by all tenants.");
        shared.add("items", typed("string", null));
        mtProps.add("sharedTables", shared);
        mt.add("properties", mtProps);
        props.add("multiTenancy", mt);
        JsonObject naming = typed("object", "Naming conventions; when absent the dominant style of the workspace is used.");
        naming.addProperty("additionalProperties", false);
        JsonObject namingProps = new JsonObject();
        for (String k : List.of("tables", "columns", "indexes", "constraints")) namingProps.add(k, enumOf(Config.CASES, "Case style of " + k + "."));
        namingProps.add("plurality", enumOf(Config.PLURALITIES, "Whether table names are plural or singular."));
        naming.add("properties", namingProps);
        props.add("naming", naming);
        JsonObject migrations = typed("object", "Migration settings.");
        migrations.addProperty("additionalProperties", false);
        JsonObject migrationProps = new JsonObject();
        migrationProps.add("baseRef", typed("string", "The git revision applied migrations are compared with (default: the upstream branch, else HEAD)."));
        migrationProps.add("target", typed("string",
                "The schema file (SQL or Prisma) a migrations folder must replay to, relative to this file; schema-drift reports their differences."));
        migrations.add("properties", migrationProps);
        props.add("migrations", migrations);
        root.add("properties", props);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static JsonObject rule(RuleInfo info) {
        JsonObject severity = enumOf(Config.SEVERITIES, null);
        JsonObject object = typed("object", null);
        object.addProperty("additionalProperties", false);
        JsonObject p = new JsonObject();
        p.add("severity", enumOf(Config.SEVERITIES, null));
        JsonObject options = typed("object", null);
        options.addProperty("additionalProperties", false);
        JsonObject optionProps = new JsonObject();
        for (OptionSpec o : info.options()) optionProps.add(o.name(), option(o));
        options.add("properties", optionProps);
        p.add("options", options);
        object.add("properties", p);
        JsonArray oneOf = new JsonArray();
        oneOf.add(severity);
        oneOf.add(object);
        JsonObject r = new JsonObject();
        r.addProperty("description", info.summary() + " (default: " + RuleDocs.severity(info) + ")");
        r.add("oneOf", oneOf);
        return r;
    }

    private static JsonObject option(OptionSpec o) {
        JsonObject s = switch (o.type()) {
            case ENUM -> enumOf(o.allowed(), o.description());
            case STRING -> typed("string", o.description());
            case INTEGER -> {
                JsonObject t = typed("integer", o.description());
                t.addProperty("minimum", 0);
                yield t;
            }
            case STRING_LIST -> {
                JsonObject t = typed("array", o.description());
                t.add("items", typed("string", null));
                yield t;
            }
            case OBJECT -> typed("object", o.description());
            case OBJECT_LIST -> {
                JsonObject t = typed("array", o.description());
                t.add("items", typed("object", null));
                yield t;
            }
        };
        s.add("default", JsonParser.parseString(o.defaultJson()));
        return s;
    }

    private static JsonObject typed(String type, String description) {
        JsonObject o = new JsonObject();
        o.addProperty("type", type);
        if (description != null) o.addProperty("description", description);
        return o;
    }

    private static JsonObject enumOf(List<String> values, String description) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "string");
        JsonArray e = new JsonArray();
        values.forEach(e::add);
        o.add("enum", e);
        if (description != null) o.addProperty("description", description);
        return o;
    }
}
