package dev.schemawise.rules;

import dev.schemawise.config.Config;
import dev.schemawise.model.Column;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.Index;
import dev.schemawise.model.Table;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code naming-convention}: table, column, index and constraint names follow one case style and tables one number,
 * the configured ones or else the schema's own dominant ones.
 */
public final class NamingConvention implements Rule {
    public static final RuleInfo INFO = new RuleInfo("naming-convention", "naming", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Table, column, index and constraint names follow one case style (and tables one number): the configured one, or else the schema's own.",
            """
            A schema that mixes order_items, orderNotes and OrderEvents makes every query a lookup: which \
            spelling did this table get? In PostgreSQL it is worse, since a name with capitals must be quoted \
            forever ("orderNotes") while the others must not. One style for each kind of name (tables, \
            columns, indexes, constraints) and one number for table names (users or user, not both) removes \
            the guessing.

            By default nothing needs configuring: for each schema and each kind of name the rule finds the \
            dominant style and reports only the names that stray from it, so a consistent schema is never \
            flagged, whatever its style. A style is dominant when at least 75% of at least 5 names that show \
            a style use it. A single lower-case word (email, status) is both snake_case and camelCase and \
            never strays; a single word in capitals (ID, URL) counts as PascalCase or capitals. Names that \
            join parts in several styles (User_email_key, as Prisma and Entity Framework generate them) count \
            against the others but are never the style to follow. Names starting with an underscore \
            (_prisma_migrations) belong to tools and are not judged. When all the columns of one table use \
            another style, one finding on the table says so; index and constraint names made from the name \
            of a table that strays (UserProfile_pkey) are left to that table's finding. Names spelled by a \
            protocol keep its spelling and are not judged: the OAuth token fields of an Auth.js Account model \
            (access_token, refresh_token... and the provider's other fields beside them) and UTM parameters \
            (utm_source...). Table number \
            works the same way: a name is plural when its last word ends in s (but not ss, us or is: \
            address, status, analysis), and words like data, media, metadata, news, series and staff count \
            as neither, as do settings and preferences (one row holding many values) and words naming a \
            whole collection (audit_log, order_history, ledger, queue). Tables that link two \
            others (two foreign keys and little else, or a name made of the names of both: film_actor, \
            users_to_workspaces) are left out of the number check: they are named after the pair they link. \
            Partitions are left out too.

            To enforce a style instead, configure it in .schemawise.json; every name of that kind that does \
            not follow it is reported ("any" turns a check off):

                "naming": { "tables": "snake_case", "columns": "snake_case", "indexes": "snake_case",
                            "constraints": "snake_case", "plurality": "plural" }

            Bad:

                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL);
                CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint NOT NULL, "unitPrice" numeric NOT NULL);
                CREATE TABLE shipment (id bigint PRIMARY KEY, order_id bigint NOT NULL, shipped_at timestamptz);

            ("unitPrice" among snake_case columns, shipment among plural tables.)

            Good:

                CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint NOT NULL, unit_price numeric NOT NULL);
                CREATE TABLE shipments (id bigint PRIMARY KEY, order_id bigint NOT NULL, shipped_at timestamptz);

            In Prisma, model names are PascalCase and field names camelCase, which is Prisma's convention \
            (a schema whose own names consistently use another style, such as one introspected from a \
            snake_case database, is held to that style instead), and model names share one number. The \
            database names are a separate matter: when most models give their table a name with @@map \
            (or most fields their column one with @map), the models and fields without one are reported, \
            since their tables and columns stand out in SQL:

                model OrderItem {
                  id        Int     @id
                  orderId   Int     @map("order_id")
                  unitPrice Decimal          // Bad: the column is "unitPrice"; add @map("unit_price")
                  @@map("order_items")
                }

            A configured style for tables or columns applies to these database names in Prisma. There is no \
            fix: renaming is the editor's rename, which also updates the references.
            """, RuleInfo.Fixes.NONE, List.of());

    /** The ratio of names that makes a style dominant, and the fewest names to judge from. */
    private static final double DOMINANT = 0.75;
    private static final int ENOUGH = 5;

    enum Style {
        SNAKE("snake_case"), CAMEL("camelCase"), PASCAL("PascalCase"), SCREAMING("SCREAMING_CASE"), MIXED("mixed case with underscores");

        final String label;

        Style(String label) {
            this.label = label;
        }

        static Style configured(String value) {
            if (value == null) return null;
            return switch (value) {
                case "snake_case" -> SNAKE;
                case "camelCase" -> CAMEL;
                case "PascalCase" -> PASCAL;
                default -> null;
            };
        }
    }

    enum Plurality { SINGULAR, PLURAL }

    /**
     * A name to judge: the name, where to report it, how a message calls it ("column orders.total"), and the table or
     * model it belongs to (null for tables and models themselves).
     */
    private record Named(String name, java.util.function.Supplier<SourceRef> where, String label, Named owner) {
        Named(String name, SourceRef at, String label, Named owner) {
            this(name, () -> at, label, owner);
        }

        Named(String name, SourceRef at, String label) {
            this(name, () -> at, label, null);
        }

        /** Where to report: found in the text only for the few names that are reported. */
        SourceRef at() {
            return where.get();
        }
    }

    /** What names of one kind should look like, and why ("the configuration asks for ...", "38 of the 40 ..."). */
    private record Expected<T>(T value, String why) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        Config.Naming naming = ctx.config().naming();
        if (naming == null) naming = new Config.Naming(null, null, null, null, null);
        if (ctx.prisma()) {
            checkPrisma(ctx, naming);
        } else {
            checkSql(ctx, naming);
        }
    }

    // ------------------------------------------------------------------ SQL

    private void checkSql(RuleContext ctx, Config.Naming naming) {
        List<Named> tables = new ArrayList<>();
        List<Named> columns = new ArrayList<>();
        List<Named> indexes = new ArrayList<>();
        List<Named> constraints = new ArrayList<>();
        List<Named> numbered = new ArrayList<>();
        for (Table t : ctx.schema().tables()) {
            String table = t.name().name();
            Named named = new Named(table, () -> SqlSource.nameAt(ctx, t.source(), t.history(), table), "table " + table, null);
            tables.add(named);
            if (t.partitionOf() == null && !SchemaFacts.isLinkTable(ctx.schema(), t)) numbered.add(named);
            Set<String> tableColumns = columnNames(t, false);
            for (Column c : t.columns()) {
                if (protocolName(c.name(), tableColumns)) continue;
                columns.add(new Named(c.name(), () -> SqlSource.nameAt(ctx, c.source(), c.history(), c.name()), "column " + table + "." + c.name(), named));
            }
            for (Index i : t.indexes()) {
                if (i.name() != null) indexes.add(new Named(i.name(), () -> SqlSource.nameAt(ctx, i.source(), List.of(), i.name()), "index " + i.name(), named));
            }
            for (Constraint c : SchemaFacts.constraints(t)) {
                if (c.name() != null) {
                    constraints.add(new Named(c.name(), () -> SqlSource.nameAt(ctx, c.source(), List.of(), c.name()), "constraint " + c.name(), named));
                }
            }
        }
        Expected<Style> tableStyle = expectedStyle(tables, naming.tables(), "naming.tables", "tables", null);
        Expected<Plurality> tableNumber = expectedNumber(numbered, naming.plurality(), "tables");
        UnaryOperator<String> tableName = name -> suggestion(name, tableStyle, numbered.stream().anyMatch(n -> n.name().equals(name)) ? tableNumber : null);
        Set<Named> strayTables = reportStyle(ctx, tables, tableStyle, "tables", tableName);
        reportNumber(ctx, numbered, tableNumber, tableName);
        reportStyle(ctx, columns, expectedStyle(columns, naming.columns(), "naming.columns", "columns", null), "columns", null);
        // Index and constraint names made from the name of a table that strays (UserProfile_pkey) are left to that table's finding.
        indexes.removeIf(n -> strayTables.contains(n.owner()) && n.name().contains(n.owner().name()));
        constraints.removeIf(n -> strayTables.contains(n.owner()) && n.name().contains(n.owner().name()));
        reportStyle(ctx, indexes, expectedStyle(indexes, naming.indexes(), "naming.indexes", "named indexes", null), "named indexes", null);
        reportStyle(ctx, constraints, expectedStyle(constraints, naming.constraints(), "naming.constraints", "named constraints", null), "named constraints", null);
    }

    /** The configured style, else the schema's dominant one, else {@code fallback} (Prisma's convention); null for none ("any"). */
    private static Expected<Style> expectedStyle(List<Named> names, String configured, String key, String kind, Expected<Style> fallback) {
        if ("any".equals(configured)) return null;
        Style style = Style.configured(configured);
        if (style != null) return new Expected<>(style, "the configuration asks for " + configured + " (" + key + ")");
        Expected<Style> dominant = dominantStyle(names, kind);
        return dominant != null ? dominant : fallback;
    }

    /** A name as the expectations would have it (for messages), or null when there is nothing to suggest. */
    private static String suggestion(String name, Expected<Style> style, Expected<Plurality> number) {
        String out = name;
        if (style != null && !styles(out).contains(style.value())) out = convert(out, style.value());
        if (out != null && number != null && number(out) != null && number(out) != number.value()) out = renumber(out, number.value());
        return out == null || out.equals(name) ? null : out;
    }

    /**
     * Reports the names that do not follow the expected style. When every name of one table that shows a style strays the
     * same way (a table written in another convention), one finding on the table says so instead of one per column.
     *
     * @param rename how to suggest a new name; null to convert the style only
     * @return the names reported
     */
    private static Set<Named> reportStyle(RuleContext ctx, List<Named> names, Expected<Style> expected, String kind, UnaryOperator<String> rename) {
        Set<Named> reported = new LinkedHashSet<>();
        if (expected == null) return reported;
        UnaryOperator<String> suggest = rename != null ? rename : name -> suggestion(name, expected, null);
        Map<Named, List<Named>> strayByOwner = new LinkedHashMap<>();
        Map<Named, Integer> styledByOwner = new LinkedHashMap<>();
        List<Named> strays = new ArrayList<>();
        for (Named n : names) {
            Set<Style> styles = styles(n.name());
            if (styles.size() == 1 && n.owner() != null) styledByOwner.merge(n.owner(), 1, Integer::sum);
            if (styles.isEmpty() || styles.contains(expected.value())) continue;
            strays.add(n);
            if (n.owner() != null) strayByOwner.computeIfAbsent(n.owner(), k -> new ArrayList<>()).add(n);
        }
        Set<Named> grouped = new HashSet<>();
        for (Map.Entry<Named, List<Named>> e : strayByOwner.entrySet()) {
            List<Named> group = e.getValue();
            boolean sameStyle = group.stream().map(n -> styles(n.name())).distinct().count() == 1;
            if (group.size() < 2 || !sameStyle || group.size() != styledByOwner.getOrDefault(e.getKey(), 0)) continue;
            grouped.addAll(group);
            Named first = group.get(0);
            String suggestion = suggest.apply(first.name());
            ctx.report(e.getKey().at(), "the " + kind + " of " + e.getKey().label() + " are " + describe(styles(first.name())) + " (" + group.size()
                    + " of them), but " + expected.why() + "; rename them" + (suggestion == null ? "" : ", e.g. " + first.name() + " to " + suggestion));
            reported.addAll(group);
        }
        for (Named n : strays) {
            if (grouped.contains(n)) continue;
            String suggestion = suggest.apply(n.name());
            ctx.report(n.at(), n.label() + " is " + describe(styles(n.name())) + ", but " + expected.why() + "; rename it"
                    + (suggestion == null ? "" : ", e.g. to " + suggestion));
            reported.add(n);
        }
        return reported;
    }

    /** The style of at least 75% of at least 5 names that show one; names made of parts in several styles (Table_column_key) set none. */
    private static Expected<Style> dominantStyle(List<Named> names, String kind) {
        Map<Style, Integer> counts = new EnumMap<>(Style.class);
        int total = 0;
        for (Named n : names) {
            Set<Style> styles = styles(n.name());
            if (styles.size() != 1) continue;
            counts.merge(styles.iterator().next(), 1, Integer::sum);
            total++;
        }
        if (total < ENOUGH) return null;
        for (Map.Entry<Style, Integer> e : counts.entrySet()) {
            if (e.getValue() >= DOMINANT * total && e.getKey() != Style.MIXED) {
                return new Expected<>(e.getKey(), e.getValue() + " of the " + total + " " + kind + " of this schema that show a style ("
                        + percent(e.getValue(), total) + ") are " + e.getKey().label);
            }
        }
        return null;
    }

    /** The configured number, else the number of at least 75% of at least 5 names that show one; null for none. */
    private static Expected<Plurality> expectedNumber(List<Named> tables, String configured, String kind) {
        if ("any".equals(configured)) return null;
        if ("plural".equals(configured) || "singular".equals(configured)) {
            return new Expected<>(configured.equals("plural") ? Plurality.PLURAL : Plurality.SINGULAR,
                    "the configuration asks for " + configured + " names (naming.plurality)");
        }
        int plural = 0;
        int singular = 0;
        for (Named n : tables) {
            Plurality number = number(n.name());
            if (number == Plurality.PLURAL) plural++;
            if (number == Plurality.SINGULAR) singular++;
        }
        int total = plural + singular;
        if (total < ENOUGH) return null;
        if (plural >= DOMINANT * total) {
            return new Expected<>(Plurality.PLURAL, plural + " of the " + total + " " + kind + " of this schema (" + percent(plural, total) + ") have plural names");
        }
        if (singular >= DOMINANT * total) {
            return new Expected<>(Plurality.SINGULAR, singular + " of the " + total + " " + kind + " of this schema (" + percent(singular, total) + ") have singular names");
        }
        return null;
    }

    private static void reportNumber(RuleContext ctx, List<Named> tables, Expected<Plurality> expected, UnaryOperator<String> rename) {
        if (expected == null) return;
        for (Named n : tables) {
            Plurality number = number(n.name());
            if (number == null || number == expected.value()) continue;
            String suggestion = rename.apply(n.name());
            ctx.report(n.at(), n.label() + " is " + (number == Plurality.PLURAL ? "plural" : "singular") + ", but " + expected.why() + "; rename it"
                    + (suggestion == null ? "" : ", e.g. to " + suggestion));
        }
    }

    private static String percent(int part, int total) {
        return Math.round(100.0 * part / total) + "%";
    }

    // ------------------------------------------------------------------ Prisma

    private void checkPrisma(RuleContext ctx, Config.Naming naming) {
        List<Named> models = new ArrayList<>();
        List<Named> fields = new ArrayList<>();
        List<Named> numbered = new ArrayList<>();
        List<Mapping> tableMappings = new ArrayList<>();
        List<Mapping> columnMappings = new ArrayList<>();
        for (Table t : ctx.schema().tables()) {
            if (t.origin() != Table.Origin.PRISMA_MODEL) continue;
            PrismaAst.Block block = PrismaSource.block(ctx, t);
            if (block == null) continue;
            Named model = new Named(t.declaredName(), t.source(), "model " + t.declaredName());
            models.add(model);
            if (!SchemaFacts.isLinkTable(ctx.schema(), t)) numbered.add(model);
            PrismaAst.StringValue tableMap = PrismaSource.stringArgument(block.attribute("map"), "name", true);
            tableMappings.add(new Mapping(model, t.name().name(), tableMap == null ? null : range(ctx, t.source().file(), tableMap), "@@map", "table"));
            Set<String> fieldNames = columnNames(t, true);
            for (Column c : t.columns()) {
                Named field = new Named(c.declaredName(), c.source(), "field " + t.declaredName() + "." + c.declaredName(), model);
                if (!protocolName(c.declaredName(), fieldNames)) fields.add(field);
                PrismaAst.Field f = PrismaSource.field(block, c.declaredName());
                PrismaAst.StringValue columnMap = PrismaSource.stringArgument(f == null ? null : f.attribute("map"), "name", true);
                columnMappings.add(new Mapping(field, c.name(), columnMap == null ? null : range(ctx, c.source().file(), columnMap), "@map", "column"));
            }
        }
        // A configured style is the database's (checked on the mapped names below); the Prisma names keep Prisma's convention.
        Expected<Style> modelStyle = "any".equals(naming.tables()) ? null
                : expectedStyle(models, null, null, "models", new Expected<>(Style.PASCAL, "Prisma's convention is PascalCase model names"));
        Expected<Plurality> modelNumber = expectedNumber(numbered, naming.plurality(), "models");
        UnaryOperator<String> modelName = name -> suggestion(name, modelStyle, numbered.stream().anyMatch(n -> n.name().equals(name)) ? modelNumber : null);
        reportStyle(ctx, models, modelStyle, "models", modelName);
        reportNumber(ctx, numbered, modelNumber, modelName);
        if (!"any".equals(naming.columns())) {
            reportStyle(ctx, fields, expectedStyle(fields, null, null, "fields", new Expected<>(Style.CAMEL, "Prisma's convention is camelCase field names")),
                    "fields", null);
        }
        checkMappings(ctx, tableMappings, naming.tables(), "naming.tables", "models");
        checkMappings(ctx, columnMappings, naming.columns(), "naming.columns", "fields");
    }

    /** A model or field and the database name it gets: {@code map} is the range of its @@map/@map string, or null. */
    private record Mapping(Named declared, String databaseName, SourceRef map, String attribute, String object) {}

    /**
     * With a configured style, every database name must follow it. Otherwise, when most models (fields) that need a
     * mapping to reach the database style have one, the others are reported.
     */
    private static void checkMappings(RuleContext ctx, List<Mapping> mappings, String configured, String key, String kind) {
        if ("any".equals(configured)) return;
        Style style = Style.configured(configured);
        if (style != null) {
            for (Mapping m : mappings) {
                Set<Style> styles = styles(m.databaseName());
                if (styles.isEmpty() || styles.contains(style)) continue;
                String suggestion = convert(m.databaseName(), style);
                String message = m.declared().label() + (m.map() != null ? " maps to " : " names its ") + m.object() + " " + m.databaseName() + ", which is "
                        + describe(styles) + ", but the configuration asks for " + configured + " (" + key + ")";
                if (m.map() != null) {
                    ctx.report(m.map(), message + "; map it to " + (suggestion == null ? "another name" : suggestion));
                } else {
                    ctx.report(m.declared().at(), message + "; give it " + m.attribute() + "(\"" + (suggestion == null ? "..." : suggestion) + "\")");
                }
            }
            return;
        }
        List<Mapping> mapped = mappings.stream().filter(m -> m.map() != null).toList();
        Style databaseStyle = mostCompatible(mapped);
        if (databaseStyle == null) return;
        List<Mapping> needing = mappings.stream().filter(m -> {
            Set<Style> styles = styles(m.declared().name());
            return !styles.contains(databaseStyle) && !styles.isEmpty();
        }).toList();
        long needingMapped = needing.stream().filter(m -> m.map() != null).count();
        if (needingMapped < ENOUGH || needingMapped < DOMINANT * needing.size()) return;
        Plurality number = "models".equals(kind) ? dominantNumber(mapped) : null;
        for (Mapping m : needing) {
            if (m.map() != null) continue;
            String suggestion = convert(m.declared().name(), databaseStyle);
            if (suggestion != null && number != null && number(suggestion) != null && number(suggestion) != number) suggestion = renumber(suggestion, number);
            ctx.report(m.declared().at(), m.declared().label() + " has no " + m.attribute() + ", so its " + m.object() + " is named " + m.databaseName() + ", but "
                    + needingMapped + " of the " + needing.size() + " " + kind + " whose names are not " + databaseStyle.label + " (" + percent((int) needingMapped, needing.size())
                    + ") map to " + databaseStyle.label + " " + m.object() + " names; add " + m.attribute() + "(\"" + (suggestion == null ? "..." : suggestion) + "\")");
        }
    }

    /** The style that at least 75% of the mapped names are compatible with (snake_case first on a tie), or null. */
    private static Style mostCompatible(List<Mapping> mapped) {
        if (mapped.size() < ENOUGH) return null;
        int[] compatible = new int[Style.values().length];
        for (Mapping m : mapped) {
            for (Style style : styles(m.databaseName())) compatible[style.ordinal()]++;
        }
        for (Style style : Style.values()) {
            if (compatible[style.ordinal()] >= DOMINANT * mapped.size()) return style;
        }
        return null;
    }

    private static Plurality dominantNumber(List<Mapping> mapped) {
        int plural = 0;
        int singular = 0;
        for (Mapping m : mapped) {
            Plurality n = number(m.databaseName());
            if (n == Plurality.PLURAL) plural++;
            if (n == Plurality.SINGULAR) singular++;
        }
        int total = plural + singular;
        if (total == 0) return null;
        return plural >= DOMINANT * total ? Plurality.PLURAL : singular >= DOMINANT * total ? Plurality.SINGULAR : null;
    }

    private static SourceRef range(RuleContext ctx, String file, PrismaAst.StringValue value) {
        Span span = ctx.span(file, value.range().start(), value.range().end());
        return new SourceRef(file, span, span);
    }

    // ------------------------------------------------------------------ names other conventions dictate

    /** Google Analytics' campaign parameters, stored under their URL names. */
    private static final Set<String> UTM_FIELDS = Set.of("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id");

    /**
     * Whether a column's name is spelled by a protocol rather than by the schema's convention: a UTM parameter, or a
     * snake_case field of a table storing OAuth tokens (an Auth.js Account: access_token, refresh_token, expires_at and
     * the provider's other fields, which the adapter requires under the names the OAuth response gives them).
     */
    private static boolean protocolName(String column, Set<String> tableColumns) {
        if (UTM_FIELDS.contains(column)) return true;
        boolean oauthTable = tableColumns.contains("access_token") || tableColumns.contains("refresh_token");
        return oauthTable && styles(column).equals(EnumSet.of(Style.SNAKE));
    }

    private static Set<String> columnNames(Table t, boolean declared) {
        Set<String> out = new HashSet<>();
        for (Column c : t.columns()) out.add(declared ? c.declaredName() : c.name());
        return out;
    }

    // ------------------------------------------------------------------ styles

    /**
     * The styles a name is written in: one for most names, two for a single lower-case word (snake_case and camelCase
     * alike) or a single word in capitals (ID: PascalCase or SCREAMING_CASE), none for a name with other characters or
     * a single letter. A leading underscore marks a tool's own table (_prisma_migrations, Prisma's _CategoryToPost),
     * named by the tool: such names are not judged. Digits say nothing about the style.
     */
    private static final dev.schemawise.text.StringMemo<Set<Style>> STYLES = new dev.schemawise.text.StringMemo<>(100_000);

    /** The styles a name is written in (memoized: the same names come back on every analysis). */
    static Set<Style> styles(String name) {
        return STYLES.get(name, n -> java.util.Collections.unmodifiableSet(computeStyles(n)));
    }

    private static Set<Style> computeStyles(String name) {
        if (name.startsWith("_")) return EnumSet.noneOf(Style.class);
        String core = stripUnderscores(name);
        if (core.length() < 2 || !core.matches("[A-Za-z0-9_]+") || !core.matches(".*[A-Za-z].*")) return EnumSet.noneOf(Style.class);
        boolean underscore = core.indexOf('_') >= 0;
        boolean upper = !core.equals(core.toLowerCase(Locale.ROOT));
        boolean lower = !core.equals(core.toUpperCase(Locale.ROOT));
        if (underscore) {
            if (!upper) return EnumSet.of(Style.SNAKE);
            if (!lower) return EnumSet.of(Style.SCREAMING);
            return EnumSet.of(Style.MIXED);
        }
        if (!upper) return EnumSet.of(Style.SNAKE, Style.CAMEL);
        if (!lower) return EnumSet.of(Style.SCREAMING, Style.PASCAL);
        char first = core.replaceAll("^[0-9]+", "").charAt(0);
        return Character.isUpperCase(first) ? EnumSet.of(Style.PASCAL) : EnumSet.of(Style.CAMEL);
    }

    private static String stripUnderscores(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '_') start++;
        while (end > start && name.charAt(end - 1) == '_') end--;
        return name.substring(start, end);
    }

    private static String describe(Set<Style> styles) {
        if (styles.size() == 1) return styles.iterator().next().label;
        if (styles.contains(Style.SNAKE)) return "a lower-case word";
        return "a word in capitals";
    }

    /** The name in another style (for messages), keeping leading underscores; null for the mixed style. */
    static String convert(String name, Style style) {
        int lead = 0;
        while (lead < name.length() && name.charAt(lead) == '_') lead++;
        List<String> words = SchemaFacts.words(name.substring(lead));
        if (words.isEmpty() || style == Style.MIXED) return null;
        StringBuilder b = new StringBuilder(name.substring(0, lead));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            switch (style) {
                case SNAKE -> b.append(i > 0 ? "_" : "").append(w);
                case SCREAMING -> b.append(i > 0 ? "_" : "").append(w.toUpperCase(Locale.ROOT));
                case CAMEL -> b.append(i == 0 ? w : capitalize(w));
                default -> b.append(capitalize(w));
            }
        }
        return b.toString();
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    // ------------------------------------------------------------------ number

    /**
     * Words that are both singular and plural, or neither: mass nouns (data, staff), plurals that name one row holding
     * many values (site_settings, user_preferences), and names of a whole collection (audit_log, order_history): they
     * never stray.
     */
    private static final Set<String> EITHER = Set.of("data", "metadata", "media", "multimedia", "news", "series", "species", "information", "info",
            "equipment", "feedback", "software", "hardware", "firmware", "staff", "personnel", "analytics", "aircraft", "sheep", "fish", "deer",
            "moose", "offspring", "audio", "music", "research", "evidence", "knowledge", "traffic", "mail", "inventory", "sms", "gps", "dns", "cms",
            "aws", "os", "ios", "kudos", "faq", "seo", "auth", "pos", "settings", "preferences", "credentials", "stats", "statistics",
            "log", "history", "ledger", "journal", "queue", "feed", "timeline", "catalog", "registry", "archive", "cache");

    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "mice", "geese", "feet", "teeth", "criteria",
            "phenomena", "indices", "matrices", "vertices", "appendices", "alumni", "cacti", "fungi", "radii", "oxen");

    /** Singular words ending in s that the endings below would call plural. */
    private static final Set<String> SINGULAR_IN_S = Set.of("alias", "atlas", "bias", "canvas", "gas", "lens", "chaos", "ethos", "pathos",
            "christmas", "yes", "this", "its", "plus", "minus", "bonus", "campus", "iris", "tennis", "axis", "chassis");

    /** Plural words ending in us or is, which the endings below would call singular. */
    private static final Set<String> PLURAL_IN_US_IS = Set.of("menus", "gurus", "emus", "haikus", "sudokus", "emojis", "kiwis", "wikis", "skis",
            "taxis", "minis", "bikinis", "safaris", "alibis");

    /** A table name's number from its last word; null when the word does not tell (data, series, a number). */
    static Plurality number(String name) {
        if (name.startsWith("_")) return null;
        List<String> words = SchemaFacts.words(name);
        if (words.isEmpty()) return null;
        String last = words.get(words.size() - 1);
        if (!lowerLetters(last) || EITHER.contains(last)) return null;
        if (IRREGULAR_PLURALS.contains(last) || PLURAL_IN_US_IS.contains(last)) return Plurality.PLURAL;
        if (SINGULAR_IN_S.contains(last)) return Plurality.SINGULAR;
        if (last.endsWith("ss") || last.endsWith("us") || last.endsWith("sis") || last.endsWith("xis")) return Plurality.SINGULAR;
        return last.endsWith("s") ? Plurality.PLURAL : Plurality.SINGULAR;
    }

    /** Whether a word is three or more letters a-z. */
    private static boolean lowerLetters(String word) {
        if (word.length() < 3) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }

    /** The name with its last word made plural or singular (for messages; simple English endings). */
    static String renumber(String name, Plurality to) {
        List<String> words = SchemaFacts.words(name);
        if (words.isEmpty()) return null;
        String last = words.get(words.size() - 1);
        String changed = to == Plurality.PLURAL ? plural(last) : singular(last);
        if (changed == null) return null;
        int at = name.toLowerCase(Locale.ROOT).lastIndexOf(last);
        if (at < 0) return null;
        String written = name.substring(at, at + last.length());
        if (!written.isEmpty() && Character.isUpperCase(written.charAt(0))) changed = capitalize(changed);
        return name.substring(0, at) + changed + name.substring(at + last.length());
    }

    private static String plural(String word) {
        return switch (word) {
            case "person" -> "people";
            case "child" -> "children";
            case "man" -> "men";
            case "woman" -> "women";
            default -> {
                if (word.matches(".*[^aeiou]y")) yield word.substring(0, word.length() - 1) + "ies";
                if (word.matches(".*(s|x|z|ch|sh)")) yield word + "es";
                yield word + "s";
            }
        };
    }

    private static String singular(String word) {
        return switch (word) {
            case "people" -> "person";
            case "children" -> "child";
            case "men" -> "man";
            case "women" -> "woman";
            default -> {
                if (word.endsWith("ies") && word.length() > 4) yield word.substring(0, word.length() - 3) + "y";
                if (word.matches(".*(ss|x|z|ch|sh)es")) yield word.substring(0, word.length() - 2);
                if (word.endsWith("s")) yield word.substring(0, word.length() - 1);
                yield null;
            }
        };
    }
}
