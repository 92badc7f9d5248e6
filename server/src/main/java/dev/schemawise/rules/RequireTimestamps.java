package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.RelationDeriver;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code require-timestamps}: every table records when its rows were created and last updated. */
public final class RequireTimestamps implements Rule {
    private static final List<String> CREATED = List.of("created_at", "inserted_at", "created_on", "creation_date", "created", "create_date",
            "created_date", "date_created");
    private static final List<String> UPDATED = List.of("updated_at", "modified_at", "updated_on", "last_modified", "updated", "last_update",
            "last_updated", "modified", "modified_on");

    /** Words of table names that hold records written once (log lines, events, versions): one timestamp is enough. */
    private static final Set<String> APPEND_ONLY = Set.of("log", "logs", "audit", "audits", "event", "events", "history", "histories", "version",
            "versions", "revision", "revisions", "snapshot", "snapshots", "journal", "ledger", "chunk", "chunks");

    public static final RuleInfo INFO = new RuleInfo("require-timestamps", "timestamps", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Every table (Prisma model) has a created and an updated timestamp.",
            """
            When a row was created and when it last changed are the first questions asked while debugging, \
            auditing, syncing to a warehouse or answering a customer, and they cannot be recovered afterwards. \
            A table needs a date/time column named like created_at and one named like updated_at (the accepted \
            names are options, compared in snake_case: createdAt matches created_at). A Prisma field marked \
            @updatedAt and a MySQL column with ON UPDATE CURRENT_TIMESTAMP are the updated timestamp whatever \
            their names. In SQLite, which has no date/time storage type, any column type counts. A table whose \
            name ends in a word for records written once (log, audit, event, history, version, revision, \
            snapshot, journal, ledger, chunk; a generic ending such as entries or partitioned is passed over, \
            so audit_log_entries counts) needs only one of the two. In Prisma, the created field should have \
            @default(now()) and the updated field @updatedAt, or Prisma Client leaves them to you. Join tables, \
            Prisma's implicit many-to-many tables, models marked @@ignore, temporary tables, partitions (their \
            parent has the columns) and tiny lookup tables of at most two columns are exempt.

            The fix (offered one by one, never in bulk, since it changes the table) adds the missing columns \
            after the last column: timestamptz NOT NULL DEFAULT now() in PostgreSQL, DATETIME NOT NULL DEFAULT \
            CURRENT_TIMESTAMP (with ON UPDATE CURRENT_TIMESTAMP for the updated one) in MySQL, TEXT NOT NULL \
            DEFAULT CURRENT_TIMESTAMP in SQLite, and in Prisma DateTime fields with @default(now()) (and \
            @updatedAt), so that existing rows get a value too. PostgreSQL and SQLite do not change updated_at by \
            themselves: set it in the application or with a trigger.

            Bad:

                CREATE TABLE orders (
                  id bigint PRIMARY KEY,
                  total numeric(12,2) NOT NULL
                );

            Good:

                CREATE TABLE orders (
                  id bigint PRIMARY KEY,
                  total numeric(12,2) NOT NULL,
                  created_at timestamptz NOT NULL DEFAULT now(),
                  updated_at timestamptz NOT NULL DEFAULT now()
                );

            In Prisma:

                model Order {
                  id        BigInt   @id
                  createdAt DateTime @default(now())
                  updatedAt DateTime @default(now()) @updatedAt
                }
            """, RuleInfo.Fixes.CHOICES, List.of(
                    OptionSpec.strings("created", CREATED, "Names accepted for the creation timestamp, compared in snake_case (createdAt matches "
                            + "created_at); the fix adds the first. An empty list stops requiring it."),
                    OptionSpec.strings("updated", UPDATED, "Names accepted for the modification timestamp, compared in snake_case (updatedAt matches "
                            + "updated_at); the fix adds the first. An empty list stops requiring it.")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** What it finds about a model depends on that model alone (see {@link Rule#perTable()}). */
    @Override
    public boolean perTable() {
        return true;
    }

    /** Which timestamp, and how messages call it. */
    private enum Kind {
        CREATED("creation"),
        UPDATED("modification");

        final String noun;

        Kind(String noun) {
            this.noun = noun;
        }
    }

    @Override
    public void check(RuleContext ctx) {
        List<String> createdNames = snakeNames(ctx.stringsOption("created"));
        List<String> updatedNames = snakeNames(ctx.stringsOption("updated"));
        for (Table t : ctx.tables()) {
            if (exempt(t) || SchemaFacts.isPartition(ctx, t)) continue;
            List<Column> columns = columnsWithInherited(ctx, t);
            Column created = find(columns, createdNames, ctx.dialect());
            Column updated = findUpdated(ctx, columns, updatedNames);
            // An empty list of names in the configuration means that timestamp is not required.
            boolean wantCreated = !createdNames.isEmpty();
            boolean wantUpdated = !updatedNames.isEmpty();
            List<Kind> missing = new ArrayList<>();
            if (appendOnly(t)) {
                // A log line or a version is never changed: when it was written is all there is to know.
                if (created == null && updated == null && (wantCreated || wantUpdated)) missing.add(wantCreated ? Kind.CREATED : Kind.UPDATED);
            } else {
                if (created == null && wantCreated) missing.add(Kind.CREATED);
                if (updated == null && wantUpdated) missing.add(Kind.UPDATED);
            }
            if (!missing.isEmpty()) reportMissing(ctx, t, columns, missing, createdNames, updatedNames);
            if (ctx.prisma()) checkPrismaAttributes(ctx, t, created, updated);
        }
    }

    private static boolean exempt(Table t) {
        return t.ignored() || t.temporary() || t.partitionOf() != null || t.origin() == Table.Origin.PRISMA_IMPLICIT
                || t.columns().size() <= 2 || RelationDeriver.isJoinTable(t);
    }

    /** A PostgreSQL INHERITS child has its parents' columns too (the model lists only its own). */
    private static List<Column> columnsWithInherited(RuleContext ctx, Table t) {
        if (t.inherits().isEmpty()) return t.columns();
        List<Column> out = new ArrayList<>(t.columns());
        for (QualifiedName parent : t.inherits()) {
            Table p = ctx.schema().table(parent);
            if (p != null && p != t) out.addAll(p.columns());
        }
        return out;
    }

    private static List<String> snakeNames(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) out.add(SchemaFacts.snake(n));
        return out;
    }

    /** The column named like one of {@code names} that can hold a point in time; null when there is none. */
    private static Column find(List<Column> columns, List<String> names, Dialect dialect) {
        for (Column c : columns) {
            if (isNamed(c, names) && canHoldTime(c, dialect)) return c;
        }
        return null;
    }

    /** The updated timestamp: named so, or (whatever its name) a Prisma field marked @updatedAt or a MySQL ON UPDATE CURRENT_TIMESTAMP column. */
    private static Column findUpdated(RuleContext ctx, List<Column> columns, List<String> names) {
        Column named = find(columns, names, ctx.dialect());
        if (named != null) return named;
        for (Column c : columns) {
            if (c.updatedAt() || (ctx.dialect() == Dialect.MYSQL && c.type().family().isTemporal() && setOnUpdate(ctx, c))) return c;
        }
        return null;
    }

    private static final Pattern ON_UPDATE = Pattern.compile("(?i)\\bON\\s+UPDATE\\s+(CURRENT_TIMESTAMP|NOW)\\b");

    private static boolean setOnUpdate(RuleContext ctx, Column c) {
        String text = ctx.text(c.source().file());
        return c.source().range().end() <= text.length()
                && ON_UPDATE.matcher(text.substring(c.source().range().start(), c.source().range().end())).find();
    }

    /** Trailing words that say nothing about what a row is: "audit_log_entries" is a log, "TaskEventPartitioned" holds events. */
    private static final Set<String> GENERIC_TAIL = Set.of("entries", "entry", "records", "record", "rows", "row", "lines", "line", "items", "item",
            "partitioned", "partition", "partitions", "data", "table");

    /** The table's head noun (its last word, past generic ones) says it holds records written once. */
    private static boolean appendOnly(Table t) {
        List<String> words = SchemaFacts.words(t.declaredName());
        int last = words.size() - 1;
        while (last > 0 && GENERIC_TAIL.contains(words.get(last))) last--;
        return last >= 0 && APPEND_ONLY.contains(words.get(last));
    }

    private static boolean isNamed(Column c, List<String> names) {
        return names.contains(SchemaFacts.snake(c.declaredName())) || names.contains(SchemaFacts.snake(c.name()));
    }

    /**
     * Date/time types hold time; so does any type in SQLite (no date/time storage type there: TEXT, INTEGER or
     * REAL by convention) and a type this tool does not know (a domain over timestamptz, say).
     */
    private static boolean canHoldTime(Column c, Dialect dialect) {
        TypeFamily f = c.type().family();
        if (c.type().isArray()) return false;
        if (f.isTemporal() || c.updatedAt() || f == TypeFamily.OTHER) return true;
        return dialect == Dialect.SQLITE && f != TypeFamily.BOOLEAN && f != TypeFamily.BINARY;
    }

    private static void reportMissing(RuleContext ctx, Table t, List<Column> columns, List<Kind> missing, List<String> createdNames, List<String> updatedNames) {
        List<String> parts = new ArrayList<>();
        List<String> toAdd = new ArrayList<>();
        List<String> toRetype = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Kind k : missing) {
            List<String> names = k == Kind.CREATED ? createdNames : updatedNames;
            String name = newColumnName(ctx, t, names.get(0));
            added.add(name);
            Column misfit = misfit(columns, names);
            if (misfit == null) {
                parts.add("no " + k.noun + " timestamp");
                toAdd.add(name);
            } else {
                String misfitName = ctx.prisma() ? misfit.declaredName() : misfit.name();
                parts.add("no " + k.noun + " timestamp (" + misfitName + " is " + misfit.type().raw() + ", not a date/time type)");
                toRetype.add("make " + misfitName + " a " + (ctx.prisma() ? "DateTime" : "timestamp"));
            }
        }
        List<String> actions = new ArrayList<>();
        if (!toAdd.isEmpty()) actions.add("add " + String.join(" and ", toAdd));
        actions.addAll(toRetype);
        String message = ctx.name(t) + " has " + String.join(" and ", parts) + "; " + String.join(" and ", actions)
                + " so that you can tell when rows were " + (missing.size() == 2 ? "created and changed" : missing.get(0) == Kind.CREATED ? "created" : "last changed");
        ctx.report(t.source(), message, fix(ctx, t, columns, missing, added));
    }

    /** A column with a timestamp's name but a number or text type (an epoch integer, a formatted date). */
    private static Column misfit(List<Column> columns, List<String> names) {
        for (Column c : columns) {
            TypeFamily f = c.type().family();
            if (isNamed(c, names) && (f.isNumeric() || f.isText())) return c;
        }
        return null;
    }

    /** The first accepted name, in the naming style of the table: camelCase for Prisma fields and camelCase SQL tables. */
    private static String newColumnName(RuleContext ctx, Table t, String snake) {
        return ctx.prisma() || camelCase(t) ? camel(snake) : snake;
    }

    /** {@code [a-z]+([A-Z][a-z0-9]*)+}: lower-case letters, then words that start with a capital. */
    static boolean camelCase(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) >= 'a' && name.charAt(i) <= 'z') i++;
        if (i == 0 || i == name.length() || name.charAt(i) < 'A' || name.charAt(i) > 'Z') return false;
        for (; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /** Most multi-word column names are camelCase ("createdAt"), as in tables created by Prisma Migrate. */
    private static boolean camelCase(Table t) {
        int camel = 0;
        int snake = 0;
        for (Column c : t.columns()) {
            if (c.name().contains("_")) snake++;
            else if (camelCase(c.name())) camel++;
        }
        return camel > snake;
    }

    private static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        for (String word : snake.split("_")) {
            if (word.isEmpty()) continue;
            b.append(b.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return b.toString();
    }

    private static Fix fix(RuleContext ctx, Table t, List<Column> columns, List<Kind> missing, List<String> names) {
        // A column of that name exists already (with a type that cannot hold time): adding another would fail.
        for (String n : names) {
            for (Column c : columns) {
                if (c.name().equalsIgnoreCase(n) || c.declaredName().equalsIgnoreCase(n)) return null;
            }
        }
        String title = "Add " + String.join(" and ", names);
        if (ctx.prisma()) {
            boolean mapsToSnake = mapsToSnakeCase(t);
            List<PrismaSource.NewField> fields = new ArrayList<>();
            for (int i = 0; i < missing.size(); i++) {
                String attributes = missing.get(i) == Kind.CREATED ? "@default(now())" : "@default(now()) @updatedAt";
                if (mapsToSnake) attributes += " @map(\"" + SchemaFacts.snake(names.get(i)) + "\")";
                fields.add(new PrismaSource.NewField(names.get(i), "DateTime", attributes));
            }
            TextEdit edit = PrismaSource.addFields(ctx, t, fields);
            return edit == null ? null : Edits.choice(title, edit);
        }
        List<String> definitions = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) definitions.add(SqlSource.quote(names.get(i), ctx.dialect()) + " " + definition(ctx.dialect(), missing.get(i)));
        List<TextEdit> edits = SqlSource.addColumns(ctx, t, definitions);
        return edits.isEmpty() ? null : new Fix(title, false, edits);
    }

    private static String definition(Dialect dialect, Kind kind) {
        return switch (dialect) {
            case MYSQL -> "DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP" + (kind == Kind.UPDATED ? " ON UPDATE CURRENT_TIMESTAMP" : "");
            case SQLITE -> "TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP";
            default -> "timestamptz NOT NULL DEFAULT now()";
        };
    }

    /** Some field is @map'ped to the snake_case of its name, so new fields should be too. */
    private static boolean mapsToSnakeCase(Table t) {
        for (Column c : t.columns()) {
            if (!c.name().equals(c.declaredName()) && c.name().contains("_") && c.name().equals(SchemaFacts.snake(c.declaredName()))) return true;
        }
        return false;
    }

    /** Prisma fills the created field only with @default(now()) and the updated one only with @updatedAt. */
    private static void checkPrismaAttributes(RuleContext ctx, Table t, Column created, Column updated) {
        if (created != null && !created.updatedAt() && !setsNow(created)) {
            ctx.report(created.source(), ctx.name(t, created) + " is the creation timestamp but has no default; add @default(now()) so that Prisma fills it in",
                    Edits.choice("Add @default(now())", PrismaSource.addFieldAttribute(ctx, created, "@default(now())")));
        }
        if (updated != null && !updated.updatedAt()) {
            ctx.report(updated.source(), ctx.name(t, updated) + " is the modification timestamp but is not @updatedAt, so Prisma does not change it on update; add @updatedAt",
                    Edits.choice("Add @updatedAt", PrismaSource.addFieldAttribute(ctx, updated, "@updatedAt")));
        }
    }

    private static final List<String> NOW = List.of("now", "current_timestamp", "dbgenerated");

    private static boolean setsNow(Column c) {
        if (c.defaultValue() == null) return false;
        String d = c.defaultValue().toLowerCase(Locale.ROOT);
        for (String word : NOW) {
            if (d.contains(word)) return true;
        }
        return false;
    }
}
