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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
    private record Expected<T>(T value, String why) {
        // equals and hashCode are written out as a record's would be (RecordMethodsTest), here and in the records of the
        // schema's expectations below: the rule memo compares environments in a language server's first analyses, and a
        // record's own are bootstrapped on first use, spinning method-handle classes (docs/PERFORMANCE.md).
        @Override
        public boolean equals(Object o) {
            return o instanceof Expected<?> e && Objects.equals(value, e.value) && Objects.equals(why, e.why);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(value) * 31 + Objects.hashCode(why);
        }
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * What it finds about a table depends on the table's own names and on the styles and number the whole schema
     * expects ({@link #environment}), so that an edit re-checks only the tables it touched (see {@link Rule#perTable()}).
     */
    @Override
    public boolean perTable() {
        return true;
    }

    /** The expected style of each kind of name and the expected number, with the reasons the messages give. */
    @Override
    public Object environment(RuleContext ctx) {
        return ctx.prisma() ? prismaExpected(ctx) : sqlExpected(ctx);
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.prisma()) {
            checkPrisma(ctx);
        } else {
            checkSql(ctx);
        }
    }

    private static Config.Naming naming(RuleContext ctx) {
        Config.Naming naming = ctx.config().naming();
        return naming != null ? naming : new Config.Naming(null, null, null, null, null);
    }

    // ------------------------------------------------------------------ SQL

    /** What the names of a SQL schema should look like; a null part expects nothing. */
    private record SqlExpected(Expected<Style> tables, Expected<Plurality> number, Expected<Style> columns, Expected<Style> indexes,
                               Expected<Style> constraints) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SqlExpected e && Objects.equals(tables, e.tables) && Objects.equals(number, e.number)
                    && Objects.equals(columns, e.columns) && Objects.equals(indexes, e.indexes) && Objects.equals(constraints, e.constraints);
        }

        @Override
        public int hashCode() {
            int h = (Objects.hashCode(tables) * 31 + Objects.hashCode(number)) * 31 + Objects.hashCode(columns);
            return (h * 31 + Objects.hashCode(indexes)) * 31 + Objects.hashCode(constraints);
        }
    }

    /** The schema's expectations, worked out once per schema for {@link #environment} and {@link #check} both. */
    private static SqlExpected sqlExpected(RuleContext ctx) {
        Config.Naming naming = naming(ctx);
        return Memo.of(ctx.schema(), "naming sql " + naming, () -> {
            StyleVote tables = new StyleVote();
            StyleVote columns = new StyleVote();
            NumberVote numbers = new NumberVote();
            for (Table t : ctx.schema().tables()) {
                tables.add(t.name().name());
                if (numbered(ctx, t)) numbers.add(t.name().name());
                boolean oauth = oauthTable(t, false);
                for (Column c : t.columns()) {
                    if (!protocolName(c.name(), oauth)) columns.add(c.name());
                }
            }
            Expected<Style> tableStyle = tables.expected(naming.tables(), "naming.tables", "tables", null);
            StyleVote indexes = new StyleVote();
            StyleVote constraints = new StyleVote();
            for (Table t : ctx.schema().tables()) {
                String table = t.name().name();
                boolean stray = tableStyle != null && strays(table, tableStyle.value());
                for (Index i : t.indexes()) {
                    if (i.name() != null && !namedAfterStrayTable(i.name(), table, stray)) indexes.add(i.name());
                }
                for (Constraint c : SchemaFacts.constraints(t)) {
                    if (c.name() != null && !namedAfterStrayTable(c.name(), table, stray)) constraints.add(c.name());
                }
            }
            return new SqlExpected(tableStyle, numbers.expected(naming.plurality(), "tables"), columns.expected(naming.columns(), "naming.columns", "columns", null),
                    indexes.expected(naming.indexes(), "naming.indexes", "named indexes", null),
                    constraints.expected(naming.constraints(), "naming.constraints", "named constraints", null));
        });
    }

    /** Whether a table's name is held to the schema's number: not a partition, nor a table linking two others. */
    private static boolean numbered(RuleContext ctx, Table t) {
        return t.partitionOf() == null && !SchemaFacts.isLinkTable(ctx.schema(), t);
    }

    /** Whether a name shows a style, and not {@code style}: it strays from it (a Prisma name needs a mapping to reach it). */
    private static boolean strays(String name, Style style) {
        return strays(styles(name), style);
    }

    private static boolean strays(Set<Style> styles, Style style) {
        return !styles.isEmpty() && !styles.contains(style);
    }

    /** An index or constraint name made from the name of a table that strays (UserProfile_pkey): left to that table's finding. */
    private static boolean namedAfterStrayTable(String name, String table, boolean tableStrays) {
        return tableStrays && name.contains(table);
    }

    private void checkSql(RuleContext ctx) {
        SqlExpected expected = sqlExpected(ctx);
        for (Table t : ctx.tables()) {
            String table = t.name().name();
            Named named = new Named(table, () -> SqlSource.nameAt(ctx, t.source(), t.history(), table), "table " + table, null);
            boolean numbered = numbered(ctx, t);
            UnaryOperator<String> tableName = name -> suggestion(name, expected.tables(), numbered ? expected.number() : null);
            boolean stray = reportStyle(ctx, null, List.of(named), expected.tables(), "tables", tableName);
            if (numbered) reportNumber(ctx, named, expected.number(), tableName);
            List<Named> columns = new ArrayList<>();
            boolean oauth = oauthTable(t, false);
            for (Column c : t.columns()) {
                if (protocolName(c.name(), oauth)) continue;
                columns.add(new Named(c.name(), () -> SqlSource.nameAt(ctx, c.source(), c.history(), c.name()), "column " + table + "." + c.name(), named));
            }
            reportStyle(ctx, named, columns, expected.columns(), "columns", null);
            List<Named> indexes = new ArrayList<>();
            for (Index i : t.indexes()) {
                if (i.name() != null && !namedAfterStrayTable(i.name(), table, stray)) {
                    indexes.add(new Named(i.name(), () -> SqlSource.nameAt(ctx, i.source(), List.of(), i.name()), "index " + i.name(), named));
                }
            }
            reportStyle(ctx, named, indexes, expected.indexes(), "named indexes", null);
            List<Named> constraints = new ArrayList<>();
            for (Constraint c : SchemaFacts.constraints(t)) {
                if (c.name() != null && !namedAfterStrayTable(c.name(), table, stray)) {
                    constraints.add(new Named(c.name(), () -> SqlSource.nameAt(ctx, c.source(), List.of(), c.name()), "constraint " + c.name(), named));
                }
            }
            reportStyle(ctx, named, constraints, expected.constraints(), "named constraints", null);
        }
    }

    /** Counts the styles of the names of one kind, to find the dominant one. */
    private static final class StyleVote {
        private final int[] counts = new int[Style.values().length];
        private int total;

        void add(String name) {
            Style single = single(name);
            if (single == null) return;
            counts[single.ordinal()]++;
            total++;
        }

        /** The configured style, else the schema's dominant one, else {@code fallback} (Prisma's convention); null for none ("any"). */
        Expected<Style> expected(String configured, String key, String kind, Expected<Style> fallback) {
            if ("any".equals(configured)) return null;
            Style style = Style.configured(configured);
            if (style != null) return new Expected<>(style, "the configuration asks for " + configured + " (" + key + ")");
            Expected<Style> dominant = dominant(kind);
            return dominant != null ? dominant : fallback;
        }

        /** The style of at least 75% of at least 5 names that show one; names made of parts in several styles (Table_column_key) set none. */
        private Expected<Style> dominant(String kind) {
            if (total < ENOUGH) return null;
            for (Style style : Style.values()) {
                int count = counts[style.ordinal()];
                if (count > 0 && count >= DOMINANT * total && style != Style.MIXED) {
                    return new Expected<>(style, count + " of the " + total + " " + kind + " of this schema that show a style ("
                            + percent(count, total) + ") are " + style.label);
                }
            }
            return null;
        }
    }

    /** Counts the plural and singular names of tables (models). */
    private static final class NumberVote {
        private int plural;
        private int singular;

        void add(String name) {
            Plurality number = number(name);
            if (number == Plurality.PLURAL) plural++;
            if (number == Plurality.SINGULAR) singular++;
        }

        /** The configured number, else the number of at least 75% of at least 5 names that show one; null for none. */
        Expected<Plurality> expected(String configured, String kind) {
            if ("any".equals(configured)) return null;
            if ("plural".equals(configured) || "singular".equals(configured)) {
                return new Expected<>(configured.equals("plural") ? Plurality.PLURAL : Plurality.SINGULAR,
                        "the configuration asks for " + configured + " names (naming.plurality)");
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
     * @param owner  the table (model) the names belong to, or null for names of tables (models)
     * @param rename how to suggest a new name; null to convert the style only
     * @return whether a name was reported
     */
    private static boolean reportStyle(RuleContext ctx, Named owner, List<Named> names, Expected<Style> expected, String kind, UnaryOperator<String> rename) {
        if (expected == null) return false;
        UnaryOperator<String> suggest = rename != null ? rename : name -> suggestion(name, expected, null);
        int styled = 0;
        List<Named> strays = new ArrayList<>();
        for (Named n : names) {
            Set<Style> styles = styles(n.name());
            if (styles.size() == 1) styled++;
            if (strays(styles, expected.value())) strays.add(n);
        }
        if (strays.isEmpty()) return false;
        if (owner != null && strays.size() >= 2 && strays.size() == styled && strays.stream().map(n -> styles(n.name())).distinct().count() == 1) {
            Named first = strays.get(0);
            String suggestion = suggest.apply(first.name());
            ctx.report(owner.at(), "the " + kind + " of " + owner.label() + " are " + describe(styles(first.name())) + " (" + strays.size()
                    + " of them), but " + expected.why() + "; rename them" + (suggestion == null ? "" : ", e.g. " + first.name() + " to " + suggestion));
            return true;
        }
        for (Named n : strays) {
            String suggestion = suggest.apply(n.name());
            ctx.report(n.at(), n.label() + " is " + describe(styles(n.name())) + ", but " + expected.why() + "; rename it"
                    + (suggestion == null ? "" : ", e.g. to " + suggestion));
        }
        return true;
    }

    private static void reportNumber(RuleContext ctx, Named n, Expected<Plurality> expected, UnaryOperator<String> rename) {
        if (expected == null) return;
        Plurality number = number(n.name());
        if (number == null || number == expected.value()) return;
        String suggestion = rename.apply(n.name());
        ctx.report(n.at(), n.label() + " is " + (number == Plurality.PLURAL ? "plural" : "singular") + ", but " + expected.why() + "; rename it"
                + (suggestion == null ? "" : ", e.g. to " + suggestion));
    }

    private static String percent(int part, int total) {
        return Math.round(100.0 * part / total) + "%";
    }

    // ------------------------------------------------------------------ Prisma

    /**
     * What the names of a Prisma schema should look like: models' and fields' styles, models' number, and what the
     * database names (@@map, @map) must follow; a null part expects nothing.
     */
    private record PrismaExpected(Expected<Style> models, Expected<Plurality> number, Expected<Style> fields, Mappings tables, Mappings columns) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PrismaExpected e && Objects.equals(models, e.models) && Objects.equals(number, e.number)
                    && Objects.equals(fields, e.fields) && Objects.equals(tables, e.tables) && Objects.equals(columns, e.columns);
        }

        @Override
        public int hashCode() {
            int h = (Objects.hashCode(models) * 31 + Objects.hashCode(number)) * 31 + Objects.hashCode(fields);
            return (h * 31 + Objects.hashCode(tables)) * 31 + Objects.hashCode(columns);
        }
    }

    /** A model's or field's Prisma name, its database name, and whether an @@map (@map) gives that. */
    private record MapVote(String declared, String database, boolean mapped) {}

    /**
     * What database names must follow: with {@code configured}, that style, for every name; otherwise names needing a
     * mapping to reach {@code style} must have one, since {@code needingMapped} of the {@code needing} such names do
     * ({@code number}: the number mapped table names share, or null).
     */
    private record Mappings(String configured, String key, Style style, int needingMapped, int needing, Plurality number) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Mappings m && needingMapped == m.needingMapped && needing == m.needing && style == m.style && number == m.number
                    && Objects.equals(configured, m.configured) && Objects.equals(key, m.key);
        }

        @Override
        public int hashCode() {
            int h = (Objects.hashCode(configured) * 31 + Objects.hashCode(key)) * 31 + Objects.hashCode(style);
            return ((h * 31 + needingMapped) * 31 + needing) * 31 + Objects.hashCode(number);
        }
    }

    /** The schema's expectations, worked out once per schema for {@link #environment} and {@link #check} both. */
    private static PrismaExpected prismaExpected(RuleContext ctx) {
        Config.Naming naming = naming(ctx);
        return Memo.of(ctx.schema(), "naming prisma " + naming, () -> {
            StyleVote models = new StyleVote();
            StyleVote fields = new StyleVote();
            NumberVote numbers = new NumberVote();
            List<MapVote> tableMappings = new ArrayList<>();
            List<MapVote> columnMappings = new ArrayList<>();
            for (Table t : ctx.schema().tables()) {
                if (t.origin() != Table.Origin.PRISMA_MODEL) continue;
                PrismaAst.Block block = PrismaSource.block(ctx, t);
                if (block == null) continue;
                models.add(t.declaredName());
                if (!SchemaFacts.isLinkTable(ctx.schema(), t)) numbers.add(t.declaredName());
                tableMappings.add(new MapVote(t.declaredName(), t.name().name(), PrismaSource.stringArgument(block.attribute("map"), "name", true) != null));
                boolean oauth = oauthTable(t, true);
                for (Column c : t.columns()) {
                    if (!protocolName(c.declaredName(), oauth)) fields.add(c.declaredName());
                    columnMappings.add(new MapVote(c.declaredName(), c.name(), columnMap(block, c) != null));
                }
            }
            // A configured style is the database's (checked on the mapped names below); the Prisma names keep Prisma's convention.
            Expected<Style> modelStyle = "any".equals(naming.tables()) ? null
                    : models.expected(null, null, "models", new Expected<>(Style.PASCAL, "Prisma's convention is PascalCase model names"));
            Expected<Style> fieldStyle = "any".equals(naming.columns()) ? null
                    : fields.expected(null, null, "fields", new Expected<>(Style.CAMEL, "Prisma's convention is camelCase field names"));
            return new PrismaExpected(modelStyle, numbers.expected(naming.plurality(), "models"), fieldStyle,
                    mappings(tableMappings, naming.tables(), "naming.tables", true), mappings(columnMappings, naming.columns(), "naming.columns", false));
        });
    }

    private static PrismaAst.StringValue columnMap(PrismaAst.Block block, Column c) {
        PrismaAst.Field f = PrismaSource.field(block, c.declaredName());
        return PrismaSource.stringArgument(f == null ? null : f.attribute("map"), "name", true);
    }

    private void checkPrisma(RuleContext ctx) {
        PrismaExpected expected = prismaExpected(ctx);
        for (Table t : ctx.tables()) {
            if (t.origin() != Table.Origin.PRISMA_MODEL) continue;
            PrismaAst.Block block = PrismaSource.block(ctx, t);
            if (block == null) continue;
            Named model = new Named(t.declaredName(), t.source(), "model " + t.declaredName());
            boolean numbered = !SchemaFacts.isLinkTable(ctx.schema(), t);
            UnaryOperator<String> modelName = name -> suggestion(name, expected.models(), numbered ? expected.number() : null);
            reportStyle(ctx, null, List.of(model), expected.models(), "models", modelName);
            if (numbered) reportNumber(ctx, model, expected.number(), modelName);
            PrismaAst.StringValue tableMap = PrismaSource.stringArgument(block.attribute("map"), "name", true);
            reportMapping(ctx, new Mapping(model, t.name().name(), tableMap == null ? null : range(ctx, t.source().file(), tableMap), "@@map", "table"),
                    expected.tables(), "models");
            List<Named> fields = new ArrayList<>();
            List<Mapping> columnMappings = new ArrayList<>();
            boolean oauth = oauthTable(t, true);
            for (Column c : t.columns()) {
                Named field = new Named(c.declaredName(), c.source(), "field " + t.declaredName() + "." + c.declaredName(), model);
                if (!protocolName(c.declaredName(), oauth)) fields.add(field);
                PrismaAst.StringValue columnMap = columnMap(block, c);
                columnMappings.add(new Mapping(field, c.name(), columnMap == null ? null : range(ctx, c.source().file(), columnMap), "@map", "column"));
            }
            reportStyle(ctx, model, fields, expected.fields(), "fields", null);
            for (Mapping m : columnMappings) reportMapping(ctx, m, expected.columns(), "fields");
        }
    }

    /** A model or field and the database name it gets: {@code map} is the range of its @@map/@map string, or null. */
    private record Mapping(Named declared, String databaseName, SourceRef map, String attribute, String object) {}

    /**
     * With a configured style, every database name must follow it. Otherwise, when most models (fields) that need a
     * mapping to reach the database style have one, the others are to be reported; null when nothing is.
     */
    private static Mappings mappings(List<MapVote> mappings, String configured, String key, boolean tables) {
        if ("any".equals(configured)) return null;
        Style style = Style.configured(configured);
        if (style != null) return new Mappings(configured, key, style, 0, 0, null);
        List<MapVote> mapped = mappings.stream().filter(MapVote::mapped).toList();
        Style databaseStyle = mostCompatible(mapped);
        if (databaseStyle == null) return null;
        int needing = 0;
        int needingMapped = 0;
        for (MapVote m : mappings) {
            if (!strays(m.declared(), databaseStyle)) continue;
            needing++;
            if (m.mapped()) needingMapped++;
        }
        if (needingMapped < ENOUGH || needingMapped < DOMINANT * needing) return null;
        return new Mappings(null, null, databaseStyle, needingMapped, needing, tables ? dominantNumber(mapped) : null);
    }

    private static void reportMapping(RuleContext ctx, Mapping m, Mappings expected, String kind) {
        if (expected == null) return;
        if (expected.configured() != null) {
            Set<Style> styles = styles(m.databaseName());
            if (!strays(styles, expected.style())) return;
            String suggestion = convert(m.databaseName(), expected.style());
            String message = m.declared().label() + (m.map() != null ? " maps to " : " names its ") + m.object() + " " + m.databaseName() + ", which is "
                    + describe(styles) + ", but the configuration asks for " + expected.configured() + " (" + expected.key() + ")";
            if (m.map() != null) {
                ctx.report(m.map(), message + "; map it to " + (suggestion == null ? "another name" : suggestion));
            } else {
                ctx.report(m.declared().at(), message + "; give it " + m.attribute() + "(\"" + (suggestion == null ? "..." : suggestion) + "\")");
            }
            return;
        }
        Style databaseStyle = expected.style();
        if (m.map() != null || !strays(m.declared().name(), databaseStyle)) return;
        String suggestion = convert(m.declared().name(), databaseStyle);
        Plurality number = expected.number();
        if (suggestion != null && number != null && number(suggestion) != null && number(suggestion) != number) suggestion = renumber(suggestion, number);
        ctx.report(m.declared().at(), m.declared().label() + " has no " + m.attribute() + ", so its " + m.object() + " is named " + m.databaseName() + ", but "
                + expected.needingMapped() + " of the " + expected.needing() + " " + kind + " whose names are not " + databaseStyle.label + " ("
                + percent(expected.needingMapped(), expected.needing()) + ") map to " + databaseStyle.label + " " + m.object() + " names; add " + m.attribute()
                + "(\"" + (suggestion == null ? "..." : suggestion) + "\")");
    }

    /** The style that at least 75% of the mapped names are compatible with (snake_case first on a tie), or null. */
    private static Style mostCompatible(List<MapVote> mapped) {
        if (mapped.size() < ENOUGH) return null;
        int[] compatible = new int[Style.values().length];
        for (MapVote m : mapped) {
            for (Style style : styles(m.database())) compatible[style.ordinal()]++;
        }
        for (Style style : Style.values()) {
            if (compatible[style.ordinal()] >= DOMINANT * mapped.size()) return style;
        }
        return null;
    }

    private static Plurality dominantNumber(List<MapVote> mapped) {
        int plural = 0;
        int singular = 0;
        for (MapVote m : mapped) {
            Plurality n = number(m.database());
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
    private static boolean protocolName(String column, boolean oauthTable) {
        if (UTM_FIELDS.contains(column)) return true;
        return oauthTable && styles(column).equals(SNAKE_ONLY);
    }

    private static final Set<Style> SNAKE_ONLY = EnumSet.of(Style.SNAKE);

    /** Whether a table stores OAuth tokens: it has an access_token or refresh_token column (field). */
    private static boolean oauthTable(Table t, boolean declared) {
        for (Column c : t.columns()) {
            String name = declared ? c.declaredName() : c.name();
            if (name.equals("access_token") || name.equals("refresh_token")) return true;
        }
        return false;
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

    /** The one style a name is written in, or null when it shows none or several. */
    private static Style single(String name) {
        Set<Style> styles = styles(name);
        if (styles.size() != 1) return null;
        for (Style style : STYLE_VALUES) {
            if (styles.contains(style)) return style;
        }
        return null;
    }

    private static final Style[] STYLE_VALUES = Style.values();

    private static Set<Style> computeStyles(String name) {
        if (name.startsWith("_")) return EnumSet.noneOf(Style.class);
        String core = stripUnderscores(name);
        boolean letters = false;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && c != '_' && !(c >= '0' && c <= '9')) return EnumSet.noneOf(Style.class);
            letters |= letter;
        }
        if (core.length() < 2 || !letters) return EnumSet.noneOf(Style.class);
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
        int digits = 0;
        while (core.charAt(digits) >= '0' && core.charAt(digits) <= '9') digits++;
        char first = core.charAt(digits);
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
