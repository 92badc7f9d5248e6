package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code prefer-timestamptz}: PostgreSQL points in time are timestamptz, not timestamp without time zone. */
public final class PreferTimestamptz implements Rule {
    public static final RuleInfo INFO = new RuleInfo("prefer-timestamptz", "timestamps", Severity.WARNING, true, RuleInfo.POSTGRESQL, RuleInfo.Scope.SCHEMA,
            "PostgreSQL timestamps are timestamptz (with time zone), not timestamp (without time zone).",
            """
            timestamp without time zone stores a wall-clock reading with no zone: the same column holds \
            whatever each writer's clock or session said, and nothing tells UTC rows from local ones. \
            timestamptz stores an absolute instant (as UTC) and converts to and from the session's TimeZone, so \
            now(), comparisons across zones and daylight-saving changes are right. Despite its name it does not \
            store a zone and takes the same 8 bytes. timestamp without time zone is right only for a wall-clock \
            time that is not an instant (an alarm at 07:00 wherever the user is). Columns named like calendar \
            dates (birth_date, hire_date, invoice_date, dob) are left alone: they hold days, and the type they \
            want is date, not timestamptz.

            Prisma's DateTime maps to timestamp(3) without time zone unless @db.Timestamptz is given; Prisma \
            itself writes UTC, but every other client (psql, BI tools, triggers, now()) sees values without a zone.

            The fix changes the type to timestamptz (keeping a precision: timestamp(6) becomes timestamptz(6)), \
            or in Prisma adds @db.Timestamptz(3). It is never applied in bulk: existing values are reinterpreted \
            in the session's time zone when the column is converted, so check that they are UTC and set \
            TimeZone to UTC for the migration.

            Bad:

                created_at timestamp NOT NULL DEFAULT now()

            Good:

                created_at timestamptz NOT NULL DEFAULT now()

            In Prisma: createdAt DateTime @default(now()) @db.Timestamptz(3).
            """, RuleInfo.Fixes.CHOICES, List.of());

    /** Words of names of calendar dates: a birth date is a day, not an instant, so timestamptz would be the wrong advice. */
    private static final Set<String> DATE_WORDS = Set.of("date", "day", "dob", "birthday", "birthdate", "birth");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** What it finds about a model depends on that model alone (see {@link Rule#perTable()}). */
    @Override
    public boolean perTable() {
        return true;
    }

    private static boolean isCalendarDate(Column c) {
        List<String> words = SchemaFacts.words(c.declaredName());
        return !words.isEmpty() && (DATE_WORDS.contains(words.get(words.size() - 1)) || words.contains("birth"));
    }

    @Override
    public void check(RuleContext ctx) {
        // A partition repeats its parent's columns; the parent is where they are decided and changed.
        Set<Table> partitions = SchemaFacts.partitions(ctx);
        for (Table t : ctx.tables()) {
            if (partitions.contains(t)) continue;
            boolean retypable = !SchemaFacts.hasAttachedPartitions(ctx, t, partitions);
            for (Column c : t.columns()) {
                if (c.type().family() != TypeFamily.TIMESTAMP || isCalendarDate(c)) continue;
                List<Fix> fixes = new ArrayList<>();
                if (ctx.prisma()) {
                    PrismaAst.Attribute nativeType = PrismaSource.nativeType(ctx, c);
                    if (nativeType != null && !nativeType.name().equals("db.Timestamp")) continue;
                    if (nativeType != null) {
                        fixes.add(Edits.choice("Use @db.Timestamptz", Edits.replace(c.source().file(), nativeType.nameRange(), "db.Timestamptz")));
                    } else {
                        fixes.add(Edits.choice("Add @db.Timestamptz(3)", PrismaSource.addFieldAttribute(ctx, c, "@db.Timestamptz(3)")));
                    }
                    String written = nativeType != null ? "@db.Timestamp" : "DateTime (timestamp(3))";
                    ctx.report(c.source().file(), nativeType != null ? nativeType.range() : c.typeRange(), ctx.name(t, c) + " is " + written
                            + " without time zone, so its values are wall-clock readings in no particular zone; "
                            + (nativeType != null ? "use @db.Timestamptz" : "add @db.Timestamptz(3)"), fixes);
                    continue;
                }
                String written = SqlSource.baseType(c);
                String precision = c.type().arguments().isEmpty() ? "" : "(" + c.type().arguments().get(0).trim() + ")";
                String replacement = SqlSource.matchCase(written, "timestamptz" + precision);
                TextEdit edit = !retypable ? null : SqlSource.replaceType(ctx, c, replacement);
                if (edit != null) fixes.add(Edits.choice("Change the type to " + replacement, edit));
                SourceRef at = SqlSource.typeSpan(ctx, c);
                ctx.report(at.file(), at.range(), ctx.name(t, c) + " is " + written
                        + (written.toLowerCase(java.util.Locale.ROOT).contains("without") ? "" : " (without time zone)") + ", so its values are wall-clock readings in no particular zone; use timestamptz" + precision, fixes);
            }
        }
    }
}
