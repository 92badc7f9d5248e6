package dev.schemawise.rules;

import dev.schemawise.model.CheckConstraint;
import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.EnumType;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code suggest-default}: booleans, creation timestamps and status columns have a default. */
public final class SuggestDefault implements Rule {
    public static final RuleInfo INFO = new RuleInfo("suggest-default", "defaults", Severity.INFO, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Booleans, creation timestamps and status columns have a default, so an insert need not spell out the obvious.",
            """
            Some columns have an obvious starting value: a flag starts false, a creation timestamp is the time \
            of the insert, a status starts in its first state. Without a DEFAULT every insert must supply it: \
            code that forgets fails on NOT NULL (or, worse, stores NULL), rows written by scripts, imports and \
            other services get whatever each author chose, and adding the column later needs a backfill. With \
            the default in the schema the database fills it in the same way for everyone.

            The rule looks at boolean columns, creation timestamps (created_at, createdAt, inserted_at, \
            created_on...) and status or state columns whose values are known: an enum type, or a text column \
            whose CHECK constraint lists the values. Left alone: columns a trigger assigns (NEW.created_at := \
            now()), partitions (their parent has the default), and the flags and statuses of versions, history \
            and audit tables, which copy them from the row they record. The fixes add DEFAULT false (or true), DEFAULT now() \
            (CURRENT_TIMESTAMP in MySQL and SQLite) or DEFAULT the first listed value; they are offered one by \
            one, since only you know that the first value is the initial one.

            Bad:

                CREATE TABLE posts (
                  id bigint PRIMARY KEY,
                  published boolean NOT NULL,
                  status post_status NOT NULL,
                  created_at timestamptz NOT NULL
                );

            Good:

                CREATE TABLE posts (
                  id bigint PRIMARY KEY,
                  published boolean NOT NULL DEFAULT false,
                  status post_status NOT NULL DEFAULT 'draft',
                  created_at timestamptz NOT NULL DEFAULT now()
                );

            In Prisma: published Boolean @default(false), status PostStatus @default(draft), \
            createdAt DateTime @default(now()).
            """, RuleInfo.Fixes.CHOICES, List.of());

    /** Names (in snake form) of the column recording when a row was created. */
    private static final Set<String> CREATED = Set.of("created_at", "created_on", "created", "inserted_at", "inserted_on", "creation_date",
            "creation_time", "created_date", "created_time", "date_created", "create_date", "create_time", "time_created");

    /** The listed values of a CHECK: {@code status IN ('a', 'b')} or pg_dump's {@code status = ANY (ARRAY['a'::text, ...])}. */
    private static final Pattern LISTING = Pattern.compile("(?i)\\bin\\s*\\(|=\\s*any\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("'([^']*+(?:''[^']*+)*+)'");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** What it finds about a model depends on that model alone (see {@link Rule#perTable()}). */
    @Override
    public boolean perTable() {
        return true;
    }

    @Override
    public void check(RuleContext ctx) {
        // A partition repeats its parent's columns; the parent is where they are decided and changed.
        Set<Table> partitions = SchemaFacts.partitions(ctx);
        // Read from the triggers' text only when a table is checked (an editor's edit may keep every table's findings).
        Set<String> filledByTriggers = null;
        for (Table t : ctx.tables()) {
            if (filledByTriggers == null) filledByTriggers = SchemaFacts.triggerAssignedColumns(ctx);
            if (partitions.contains(t) || t.origin() == Table.Origin.PRISMA_IMPLICIT) continue;
            // Versions, history and audit rows copy their flags and statuses from the row they record.
            boolean copies = SchemaFacts.holdsCopies(t);
            for (Column c : t.columns()) {
                if (c.hasDefault() || c.generated() != null || c.updatedAt() || c.type().isArray()) continue;
                if (filledByTriggers.contains(c.name().toLowerCase(Locale.ROOT))) continue;
                String without = c.nullable() ? " has no default, so a row that does not set it gets NULL" : " has no default, so every insert must set it";
                if (c.type().family() == TypeFamily.BOOLEAN && !copies) {
                    report(ctx, c, ctx.name(t, c) + " is a boolean that" + without + "; add " + (ctx.prisma() ? "@default(false)" : "DEFAULT false")
                            + " (or true)", () -> Arrays.asList(fix(ctx, c, "false", "false"), fix(ctx, c, "true", "true")));
                } else if (isCreationTimestamp(c)) {
                    String sql = creationDefault(ctx.dialect(), c);
                    report(ctx, c, ctx.name(t, c) + " records when the row was created but" + without + "; add "
                            + (ctx.prisma() ? "@default(now())" : "DEFAULT " + sql) + " so the database fills it in", () -> Arrays.asList(fix(ctx, c, sql, "now()")));
                } else if (isStatus(t, c) && !copies) {
                    Initial initial = initialValue(ctx, t, c);
                    if (initial == null) continue;
                    String literal = SqlSource.literal(initial.database());
                    // MySQL accepts a default on a TEXT column only as an expression in parentheses.
                    String sql = ctx.dialect() == Dialect.MYSQL && c.type().family() == TypeFamily.TEXT ? "(" + literal + ")" : literal;
                    report(ctx, c, ctx.name(t, c) + without + "; add " + (ctx.prisma() ? "@default(" + initial.prisma() + ")" : "DEFAULT " + sql)
                            + " if its first " + (initial.fromCheck() ? "listed value" : "value") + " is where rows start", () -> Arrays.asList(fix(ctx, c, sql, initial.prisma())));
                }
            }
        }
    }

    private static void report(RuleContext ctx, Column c, String message, java.util.function.Supplier<List<Fix>> fixes) {
        ctx.report(c.source().file(), c.source().nameRange(), message, fixes);
    }

    private static boolean isCreationTimestamp(Column c) {
        TypeFamily f = c.type().family();
        return (f == TypeFamily.TIMESTAMP || f == TypeFamily.TIMESTAMPTZ) && CREATED.contains(SchemaFacts.snake(c.declaredName()));
    }

    private static boolean isStatus(Table t, Column c) {
        List<String> words = SchemaFacts.words(c.declaredName());
        if (words.isEmpty()) return false;
        String last = words.get(words.size() - 1);
        if (last.equals("state") && SchemaFacts.holdsAddresses(t)) return false; // a place, not a lifecycle
        return last.equals("status") || last.equals("state");
    }

    /** The current time in the column's dialect; MySQL wants the column's fractional-seconds precision repeated. */
    private static String creationDefault(Dialect dialect, Column c) {
        return switch (dialect) {
            case MYSQL -> "CURRENT_TIMESTAMP" + (c.type().arguments().isEmpty() ? "" : "(" + c.type().arguments().get(0).trim() + ")");
            case SQLITE -> "CURRENT_TIMESTAMP";
            default -> "now()";
        };
    }

    /** The first value of a status: the database value and how Prisma writes it, or null when the values are unknown. */
    private record Initial(String database, String prisma, boolean fromCheck) {}

    private static Initial initialValue(RuleContext ctx, Table t, Column c) {
        if (c.type().family() == TypeFamily.ENUM) {
            if (!c.type().arguments().isEmpty() && c.type().name().equals("enum")) {
                return new Initial(c.type().arguments().get(0), null, false); // MySQL's inline ENUM('a', 'b')
            }
            String name = c.type().name();
            String bare = name.substring(name.lastIndexOf('.') + 1).replace("\"", "");
            EnumType e = ctx.schema().enumType(bare);
            if (e == null || e.values().isEmpty()) return null;
            EnumType.EnumValue first = e.values().get(0);
            return new Initial(first.name(), first.declaredName(), false);
        }
        if (!c.type().family().isText() || ctx.prisma()) return null;
        for (CheckConstraint check : t.checks()) {
            List<String> values = listedValues(ctx.dialect(), check, c);
            if (!values.isEmpty()) return new Initial(values.get(0), null, true);
        }
        return null;
    }

    /** The values a CHECK on this column alone lists, in order; empty when it is not such a list. */
    private static List<String> listedValues(Dialect dialect, CheckConstraint check, Column c) {
        List<String> values = new ArrayList<>();
        if (check.columns().isEmpty() || check.expression() == null) return values;
        for (String mentioned : check.columns()) {
            if (!dialect.key(mentioned).equals(dialect.key(c.name()))) return values;
        }
        if (!LISTING.matcher(check.expression()).find()) return values;
        Matcher m = LITERAL.matcher(check.expression());
        while (m.find()) values.add(m.group(1).replace("''", "'"));
        return values;
    }

    private static Fix fix(RuleContext ctx, Column c, String sqlValue, String prismaValue) {
        if (ctx.prisma()) {
            return prismaValue == null ? null : Edits.choice("Add @default(" + prismaValue + ")", PrismaSource.addFieldAttribute(ctx, c, "@default(" + prismaValue + ")"));
        }
        String written = SqlSource.baseType(c);
        boolean literal = sqlValue.startsWith("'") || sqlValue.startsWith("('");
        String clause = SqlSource.matchCase(written, "DEFAULT") + " " + (literal ? sqlValue : SqlSource.matchCase(written, sqlValue));
        TextEdit edit = SqlSource.appendToColumn(ctx, c, clause);
        return edit == null ? null : Edits.choice("Add " + clause, edit);
    }
}
