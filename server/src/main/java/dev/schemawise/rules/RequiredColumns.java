package dev.schemawise.rules;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.schemawise.config.ConfigException;
import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.model.Types;
import dev.schemawise.text.ClosestName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code required-columns}: the team's mandatory columns (tenant_id, created_by, ...) are on every table they apply to. */
public final class RequiredColumns implements Rule, RuleSettings.ValidatesOptions {
    public static final RuleInfo INFO = new RuleInfo("required-columns", "conventions", Severity.WARNING, false, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Tables carry the columns the team requires (configured), with the required type and nullability.",
            """
            Some columns are a team decision rather than a design rule: every tenant table has tenant_id uuid \
            NOT NULL, every table has created_by, audit tables have request_id. Written down as configuration \
            they are checked on every table instead of remembered in review. Each requirement names the tables \
            it applies to with a glob on the table name ("*" for all, "audit_*", "?_log"; case-insensitive; \
            matched against the table name, its schema-qualified name and the Prisma model name) and lists \
            columns by name, optionally with a type and a nullability. Names match exactly or in snake_case \
            (tenantId matches tenant_id). A type is a type family (timestamptz, uuid, text, bigint, boolean, \
            jsonb, ... as the names of the family's types: int4 and integer are the same family) or a type's name \
            as written (a PostgreSQL enum, a Prisma scalar such as DateTime). Prisma's implicit many-to-many \
            tables, @@ignore models, temporary tables and partitions are not checked.

            The rule is off until configured:

                { "rules": { "required-columns": { "severity": "warning", "options": { "requirements": [
                  { "tables": "*", "columns": [ { "name": "tenant_id", "type": "uuid", "nullable": false } ] }
                ] } } } }

            Bad (with the configuration above):

                CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL);

            Good:

                CREATE TABLE invoices (id bigint PRIMARY KEY, tenant_id uuid NOT NULL, total numeric(12,2) NOT NULL);

            In Prisma: tenantId String @db.Uuid @map("tenant_id").
            """, RuleInfo.Fixes.NONE, List.of(
                    new OptionSpec("requirements", OptionSpec.Type.OBJECT_LIST, "[]", List.of(),
                            "Requirements: {\"tables\": glob (default \"*\"), \"columns\": [{\"name\": ..., \"type\": optional family or type name, "
                                    + "\"nullable\": optional boolean}]}.")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private record RequiredColumn(String name, String type, Boolean nullable) {}

    private record Requirement(String tables, List<RequiredColumn> columns) {}

    @Override
    public void check(RuleContext ctx) {
        List<Requirement> requirements = requirements(ctx.option("requirements"));
        if (requirements.isEmpty()) return;
        for (Table t : ctx.schema().tables()) {
            if (t.ignored() || t.temporary() || t.origin() == Table.Origin.PRISMA_IMPLICIT || SchemaFacts.isPartition(ctx, t)) continue;
            for (Requirement r : requirements) {
                if (!appliesTo(r.tables(), t)) continue;
                for (RequiredColumn rc : r.columns()) check(ctx, t, r, rc);
            }
        }
    }

    private static void check(RuleContext ctx, Table t, Requirement r, RequiredColumn rc) {
        String scope = (ctx.prisma() ? "models" : "tables") + " matching \"" + r.tables() + "\"";
        String notNull = ctx.prisma() ? "required" : "NOT NULL";
        Column c = find(t, rc.name(), ctx.dialect());
        if (c == null) {
            List<String> details = new ArrayList<>();
            if (rc.type() != null) details.add(rc.type());
            if (rc.nullable() != null) details.add(rc.nullable() ? (ctx.prisma() ? "optional" : "nullable") : notNull);
            ctx.report(t.source(), ctx.name(t) + " has no " + (ctx.prisma() ? "field " : "column ") + rc.name()
                    + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")") + ", which " + scope + " must have; add it");
            return;
        }
        if (rc.type() != null && !typeMatches(rc.type(), c)) {
            // "DateTime" alone does not say that it is a timestamp without time zone: name the family too when it differs.
            String family = c.type().family().name().toLowerCase(Locale.ROOT);
            String is = c.type().raw() + (c.type().raw().toLowerCase(Locale.ROOT).startsWith(family) || c.type().family() == TypeFamily.OTHER ? "" : " (" + family + ")");
            ctx.report(c.source(), ctx.name(t, c) + " is " + is + ", but " + scope + " must have " + rc.name() + " of type " + rc.type());
        }
        if (rc.nullable() != null && c.nullable() != rc.nullable()) {
            String is = c.nullable() ? (ctx.prisma() ? "optional" : "nullable") : notNull;
            String should = rc.nullable() ? (ctx.prisma() ? "optional (with ?)" : "nullable") : ctx.prisma() ? "required (without ?)" : "NOT NULL";
            ctx.report(c.source(), ctx.name(t, c) + " is " + is + ", but " + scope + " must have " + rc.name() + " " + should);
        }
    }

    /** The column by exact name (as the dialect compares names), else by name in snake_case (tenantId for tenant_id). */
    private static Column find(Table t, String name, Dialect dialect) {
        for (Column c : t.columns()) {
            if (dialect.key(c.name()).equals(dialect.key(name))) return c;
        }
        String snake = SchemaFacts.snake(name);
        for (Column c : t.columns()) {
            if (SchemaFacts.snake(c.name()).equals(snake) || SchemaFacts.snake(c.declaredName()).equals(snake)) return c;
        }
        return null;
    }

    /** A type's name as written (int4, a PostgreSQL enum, a Prisma scalar), else the same type family. */
    private static boolean typeMatches(String wanted, Column c) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        if (c.type().name().equalsIgnoreCase(w) || prismaScalar(c).equalsIgnoreCase(w)) return true;
        TypeFamily family = family(w);
        return family != null && c.type().family() == family;
    }

    /** "timestamptz", "uuid", "integer" or "int4" name a family; names of no known type do not. */
    private static TypeFamily family(String wanted) {
        for (TypeFamily f : TypeFamily.values()) {
            if (f != TypeFamily.OTHER && f.name().toLowerCase(Locale.ROOT).equals(wanted)) return f;
        }
        // PostgreSQL's table of names has no affinity guessing (SQLite's would make any word a type).
        TypeFamily parsed = Types.of(wanted, List.of(), 0, wanted, Dialect.POSTGRESQL).family();
        return parsed == TypeFamily.OTHER ? null : parsed;
    }

    /** The Prisma type as written ("DateTime" of "DateTime? @db.Timestamptz(6)"); empty for SQL. */
    private static String prismaScalar(Column c) {
        String raw = c.type().raw();
        int end = 0;
        while (end < raw.length() && Character.isLetterOrDigit(raw.charAt(end))) end++;
        return raw.substring(0, end);
    }

    private static boolean appliesTo(String glob, Table t) {
        String name = t.name().name();
        return Glob.matches(glob, name) || (t.name().schema() != null && Glob.matches(glob, t.name().schema() + "." + name))
                || Glob.matches(glob, t.declaredName());
    }

    /** Globs with * (any run of characters) and ? (one character), case-insensitive, matched without backtracking. */
    static final class Glob {
        private Glob() {}

        /**
         * The pattern is split at its stars; the first piece must match at the start, the last at the end, and the
         * ones between are each found leftmost after the previous (leftmost is always right for globs), so the time is
         * the text's length times the pattern's, never exponential.
         */
        static boolean matches(String pattern, String text) {
            String p = pattern.toLowerCase(Locale.ROOT);
            String s = text.toLowerCase(Locale.ROOT);
            String[] pieces = p.split("\\*", -1);
            if (pieces.length == 1) return s.length() == p.length() && pieceAt(p, s, 0);
            String first = pieces[0];
            String last = pieces[pieces.length - 1];
            if (s.length() < first.length() + last.length()) return false;
            if (!pieceAt(first, s, 0) || !pieceAt(last, s, s.length() - last.length())) return false;
            int from = first.length();
            int until = s.length() - last.length();
            for (int i = 1; i < pieces.length - 1; i++) {
                String piece = pieces[i];
                int at = -1;
                for (int start = from; start + piece.length() <= until; start++) {
                    if (pieceAt(piece, s, start)) {
                        at = start;
                        break;
                    }
                }
                if (at < 0) return false;
                from = at + piece.length();
            }
            return true;
        }

        private static boolean pieceAt(String piece, String s, int start) {
            if (start < 0 || start + piece.length() > s.length()) return false;
            for (int i = 0; i < piece.length(); i++) {
                char c = piece.charAt(i);
                if (c != '?' && c != s.charAt(start + i)) return false;
            }
            return true;
        }
    }

    // ------------------------------------------------------------------ options

    /** The requirements as configured; validation has already refused malformed ones, so anything odd is skipped here. */
    private static List<Requirement> requirements(JsonElement option) {
        List<Requirement> out = new ArrayList<>();
        if (option == null || !option.isJsonArray()) return out;
        for (JsonElement e : option.getAsJsonArray()) {
            if (!e.isJsonObject()) continue;
            JsonObject o = e.getAsJsonObject();
            String tables = isString(o.get("tables")) ? o.get("tables").getAsString() : "*";
            List<RequiredColumn> columns = new ArrayList<>();
            if (o.get("columns") != null && o.get("columns").isJsonArray()) {
                for (JsonElement c : o.getAsJsonArray("columns")) {
                    if (!c.isJsonObject() || !isString(c.getAsJsonObject().get("name"))) continue;
                    JsonObject co = c.getAsJsonObject();
                    String type = isString(co.get("type")) ? co.get("type").getAsString() : null;
                    Boolean nullable = isBoolean(co.get("nullable")) ? co.get("nullable").getAsBoolean() : null;
                    columns.add(new RequiredColumn(co.get("name").getAsString(), type, nullable));
                }
            }
            out.add(new Requirement(tables, columns));
        }
        return out;
    }

    private static final List<String> REQUIREMENT_KEYS = List.of("tables", "columns");
    private static final List<String> COLUMN_KEYS = List.of("name", "type", "nullable");

    @Override
    public void validateOptions(JsonObject options, String where) throws ConfigException {
        JsonElement requirements = options.get("requirements");
        if (requirements == null || requirements.isJsonNull()) return;
        if (!requirements.isJsonArray()) throw new ConfigException(where + ".requirements must be an array of objects");
        JsonArray list = requirements.getAsJsonArray();
        for (int i = 0; i < list.size(); i++) {
            String at = where + ".requirements[" + i + "]";
            if (!list.get(i).isJsonObject()) throw new ConfigException(at + " must be an object with \"tables\" and \"columns\"");
            JsonObject r = list.get(i).getAsJsonObject();
            unknownKeys(r, REQUIREMENT_KEYS, at);
            JsonElement tables = r.get("tables");
            if (tables != null && (!isString(tables) || tables.getAsString().isBlank())) {
                throw new ConfigException(at + ".tables must be a non-empty string (a glob such as \"*\" or \"audit_*\")");
            }
            JsonElement columns = r.get("columns");
            if (columns == null) throw new ConfigException(at + ".columns is missing (the columns the tables must have)");
            if (!columns.isJsonArray() || columns.getAsJsonArray().isEmpty()) throw new ConfigException(at + ".columns must be a non-empty array of objects");
            JsonArray cols = columns.getAsJsonArray();
            for (int j = 0; j < cols.size(); j++) {
                String cat = at + ".columns[" + j + "]";
                if (!cols.get(j).isJsonObject()) throw new ConfigException(cat + " must be an object with \"name\" and optionally \"type\" and \"nullable\"");
                JsonObject c = cols.get(j).getAsJsonObject();
                unknownKeys(c, COLUMN_KEYS, cat);
                if (!isString(c.get("name")) || c.get("name").getAsString().isBlank()) throw new ConfigException(cat + ".name must be a string (the column name)");
                if (c.get("type") != null && (!isString(c.get("type")) || c.get("type").getAsString().isBlank())) {
                    throw new ConfigException(cat + ".type must be a string (a type family such as \"uuid\" or a type name)");
                }
                if (c.get("nullable") != null && !isBoolean(c.get("nullable"))) throw new ConfigException(cat + ".nullable must be true or false");
            }
        }
    }

    private static void unknownKeys(JsonObject o, List<String> valid, String at) throws ConfigException {
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (valid.contains(e.getKey())) continue;
            String closest = ClosestName.of(e.getKey(), valid);
            throw new ConfigException(at + ": unknown key \"" + e.getKey() + "\"" + (closest != null ? "; did you mean \"" + closest + "\"?" : "")
                    + " (valid: " + String.join(", ", valid) + ")");
        }
    }

    private static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    private static boolean isBoolean(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean();
    }
}
