package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code require-not-null}: columns that are required by their nature are NOT NULL. */
public final class RequireNotNull implements Rule {
    public static final RuleInfo INFO = new RuleInfo("require-not-null", "nullability", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Columns that are required by their nature (booleans, columns with a default, created/updated timestamps) are NOT NULL.",
            """
            NULL means "unknown". Some columns are never unknown, and letting them be NULL adds a state every \
            query must handle: a nullable boolean is three-valued (WHERE NOT archived skips the NULL rows), a \
            column with a DEFAULT was meant to always have a value, and a created/updated timestamp always exists. \
            The fix adds NOT NULL (in Prisma, removes the "?"). A nullable foreign key is not reported, even with \
            ON DELETE CASCADE: "no parent" is often a legitimate state (in Prisma, a required relation already \
            forces its fields to be required).

            Bad:

                CREATE TABLE posts (
                  id bigint PRIMARY KEY,
                  published boolean DEFAULT false,
                  created_at timestamptz DEFAULT now()
                );

            Good:

                CREATE TABLE posts (
                  id bigint PRIMARY KEY,
                  published boolean NOT NULL DEFAULT false,
                  created_at timestamptz NOT NULL DEFAULT now()
                );
            """, RuleInfo.Fixes.SAFE, List.of());

    private static final Set<String> TIMESTAMPS = Set.of("created_at", "updated_at", "inserted_at", "modified_at", "created_on", "updated_on",
            "creation_date", "created", "modified", "updated");

    /** A standalone NULL option (not NOT NULL, not DEFAULT NULL) in a column definition. */
    private static final Pattern NULL_OPTION = Pattern.compile("(?i)(?<!\\bnot\\s{1,10})(?<!\\bdefault\\s{1,10})\\bnull\\b");

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
        for (Table t : ctx.tables()) {
            for (Column c : t.columns()) {
                if (!c.nullable() || c.generated() != null) continue;
                String reason = reason(t, c);
                if (reason == null) continue;
                ctx.report(c.source(), ctx.name(t, c) + " is nullable but " + reason + "; make it "
                        + (ctx.prisma() ? "required (remove the ?)" : "NOT NULL"), fix(ctx, c));
            }
        }
    }

    private static String reason(Table t, Column c) {
        if (c.type().family() == TypeFamily.BOOLEAN && !c.type().isArray()) {
            return "it is a boolean: NULL makes it three-valued";
        }
        String snake = SchemaFacts.snake(c.declaredName());
        if (TIMESTAMPS.contains(snake) && (c.type().family().isTemporal() || c.updatedAt())) {
            return "a " + (snake.contains("creat") || snake.contains("insert") ? "creation" : "modification") + " timestamp always has a value";
        }
        if (c.defaultValue() != null && !c.defaultValue().trim().toLowerCase(Locale.ROOT).startsWith("null")) {
            return "it has a default (" + shorten(c.defaultValue()) + "), so a value is always intended";
        }
        return null;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 30 ? one.substring(0, 27) + "..." : one;
    }

    private static Fix fix(RuleContext ctx, Column c) {
        if (ctx.prisma()) {
            TextEdit e = PrismaSource.removeOptional(ctx, c);
            return e == null ? null : Edits.safe("Make " + c.declaredName() + " required", e);
        }
        // A later ALTER TABLE may change the column again; only a column defined in one place is fixed in place.
        if (c.history().size() > 1) return null;
        String file = c.source().file();
        String text = ctx.text(file);
        int start = c.typeRange().end();
        int end = c.source().range().end();
        if (start > end || end > text.length()) return null;
        Matcher m = NULL_OPTION.matcher(text.substring(start, end));
        if (m.find()) return Edits.safe("Make " + c.name() + " NOT NULL", Edits.replace(ctx, file, start + m.start(), start + m.end(), "NOT NULL"));
        return Edits.safe("Make " + c.name() + " NOT NULL", Edits.insert(ctx, file, start, " NOT NULL"));
    }
}
