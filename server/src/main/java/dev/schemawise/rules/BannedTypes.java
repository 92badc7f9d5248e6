package dev.schemawise.rules;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.schemawise.config.ConfigException;
import dev.schemawise.model.Column;
import dev.schemawise.model.Table;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code banned-types}: column types the team has banned, each with its replacement. */
public final class BannedTypes implements Rule, RuleSettings.ValidatesOptions {
    public static final RuleInfo INFO = new RuleInfo("banned-types", "conventions", Severity.WARNING, false, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Columns do not use the types the team has banned; each banned type names its replacement.",
            """
            Teams settle on types: jsonb rather than json, text rather than varchar(n), timestamptz rather \
            than timestamp, Decimal rather than Float for money. Writing the decision into the configuration \
            lets the linter hold every new column to it instead of a reviewer. The rule is off until the \
            option types maps each banned type to its replacement (an empty replacement bans without \
            suggesting one).

            SQL types are compared by their base name in lower case, without arguments: "varchar" bans \
            varchar(255), and the usual spellings of one type are the same type (varchar and character \
            varying, int, integer and int4, timestamptz and timestamp with time zone, decimal and numeric). A \
            Prisma scalar name written in PascalCase (String, Int, BigInt, Float, Decimal, Boolean, DateTime, \
            Json, Bytes) bans that Prisma type and no SQL type; any other name bans SQL types and, in Prisma, \
            the @db native type of a field (so "varchar" bans @db.VarChar). The fix replaces the type with the replacement (keeping array \
            suffixes, Prisma's ? and []); it is applied by check --fix, since the team asked for exactly that \
            replacement. Prisma native types are reported without a fix.

            Configuration:

                { "rules": { "banned-types": { "severity": "warning", "options": {
                    "types": { "json": "jsonb", "varchar": "text", "Float": "Decimal" } } } } }

            Bad:

                CREATE TABLE notes (id bigint PRIMARY KEY, body varchar(255) NOT NULL);

            Good:

                CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);

            In Prisma, with "Float": "Decimal": price Decimal instead of price Float.
            """, RuleInfo.Fixes.SAFE,
            List.of(new OptionSpec("types", OptionSpec.Type.OBJECT, "{}", List.of(),
                    "Banned type names mapped to their replacements, e.g. {\"json\": \"jsonb\", \"Float\": \"Decimal\"}.")));

    private static final int MAX_TYPES = 1000;

    /** Prisma's scalar types: a key spelled exactly so is about Prisma, not SQL. */
    private static final Set<String> PRISMA_SCALARS = Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");

    /** Spellings of one SQL type, to their canonical name. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"), Map.entry("int8", "bigint"),
            Map.entry("bool", "boolean"), Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("character", "char"), Map.entry("float8", "double precision"), Map.entry("float4", "real"), Map.entry("decimal", "numeric"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"), Map.entry("time with time zone", "timetz"), Map.entry("bit varying", "varbit"),
            Map.entry("doubleprecision", "double precision"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void validateOptions(JsonObject options, String where) throws ConfigException {
        JsonElement types = options.get("types");
        if (types == null || types.isJsonNull()) return;
        String shape = where + ".types must map banned type names to replacement type names (strings), e.g. {\"json\": \"jsonb\"}";
        if (!types.isJsonObject()) throw new ConfigException(shape);
        if (types.getAsJsonObject().size() > MAX_TYPES) throw new ConfigException(where + ".types has more than " + MAX_TYPES + " entries");
        for (Map.Entry<String, JsonElement> e : types.getAsJsonObject().entrySet()) {
            JsonElement v = e.getValue();
            if (e.getKey().isBlank()) throw new ConfigException(where + ".types has an empty type name");
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                throw new ConfigException(where + ".types." + e.getKey() + " must be a string (the replacement type, or \"\" for none); " + shape);
            }
        }
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, String> banned = new LinkedHashMap<>();
        JsonElement option = ctx.option("types");
        if (!option.isJsonObject()) return;
        for (Map.Entry<String, JsonElement> e : option.getAsJsonObject().entrySet()) {
            if (e.getValue().isJsonPrimitive()) banned.put(e.getKey(), e.getValue().getAsString().strip());
        }
        if (banned.isEmpty()) return;
        // A partition repeats its parent's columns; the parent is where they are decided and changed.
        Set<Table> partitions = SchemaFacts.partitions(ctx);
        for (Table t : ctx.schema().tables()) {
            if (partitions.contains(t)) continue;
            boolean retypable = !SchemaFacts.hasAttachedPartitions(ctx, t, partitions);
            if (t.origin() == Table.Origin.PRISMA_IMPLICIT) continue;
            for (Column c : t.columns()) {
                if (ctx.prisma()) {
                    checkPrisma(ctx, t, c, banned);
                } else {
                    checkSql(ctx, t, c, banned, retypable);
                }
            }
        }
    }

    private static void checkSql(RuleContext ctx, Table t, Column c, Map<String, String> banned, boolean retypable) {
        String type = canonical(c.type().name());
        for (Map.Entry<String, String> e : banned.entrySet()) {
            if (PRISMA_SCALARS.contains(e.getKey()) || !canonical(e.getKey()).equals(type)) continue;
            String written = SqlSource.baseType(c);
            List<Fix> fixes = new ArrayList<>();
            if (retypable && isTypeName(e.getValue())) {
                TextEdit edit = SqlSource.replaceType(ctx, c, e.getValue());
                if (edit != null) fixes.add(Edits.safe("Change the type to " + e.getValue(), edit));
            }
            SourceRef at = SqlSource.typeSpan(ctx, c);
            ctx.report(at.file(), at.range(), message(ctx, t, c, written, e.getValue()), fixes);
            return;
        }
    }

    private static void checkPrisma(RuleContext ctx, Table t, Column c, Map<String, String> banned) {
        String scalar = PrismaSource.typeName(ctx, c);
        PrismaAst.Attribute nativeType = PrismaSource.nativeType(ctx, c);
        String replacement = banned.get(scalar);
        if (replacement != null) {
            List<Fix> fixes = new ArrayList<>();
            // A native type belongs to the old scalar (Float @db.Real); swapping the scalar alone would not parse.
            if (nativeType == null && replacement.matches("[A-Za-z][A-Za-z0-9_]*")) {
                TextEdit edit = PrismaSource.replaceTypeName(ctx, c, replacement);
                if (edit != null) fixes.add(Edits.safe("Change the type to " + replacement, edit));
            }
            ctx.report(c.source().file(), c.typeRange(), message(ctx, t, c, scalar, replacement), fixes);
            return;
        }
        if (nativeType == null) return;
        String nativeName = canonical(nativeType.name().substring("db.".length()));
        for (Map.Entry<String, String> e : banned.entrySet()) {
            if (PRISMA_SCALARS.contains(e.getKey())) continue;
            String key = canonical(e.getKey());
            if (key.equals(nativeName) || key.equals(canonical(c.type().name()))) {
                ctx.report(c.source().file(), nativeType.range(), message(ctx, t, c, "@" + nativeType.name(), e.getValue()), List.of());
                return;
            }
        }
    }

    private static String message(RuleContext ctx, Table t, Column c, String written, String replacement) {
        return ctx.name(t, c) + " has type " + written + ", which this project bans" + (replacement.isEmpty() ? "" : "; use " + replacement + " instead");
    }

    /** A replacement that reads as a type name with optional numeric arguments, safe to write into a definition. */
    private static boolean isTypeName(String s) {
        return s.matches("[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*)*(\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?");
    }

    private static String canonical(String type) {
        String lower = type.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (lower.startsWith("pg_catalog.")) lower = lower.substring("pg_catalog.".length());
        return SYNONYMS.getOrDefault(lower, lower);
    }
}
