package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Table;
import dev.schemawise.model.UniqueConstraint;
import java.util.List;

/** {@code require-primary-key}: every table has a primary key. */
public final class RequirePrimaryKey implements Rule {
    public static final RuleInfo INFO = new RuleInfo("require-primary-key", "keys", Severity.ERROR, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Every table (Prisma model) has a primary key.",
            """
            A table without a primary key cannot be updated or deleted row by row reliably, replicates badly \
            (logical replication and many CDC tools need a key), and invites duplicate rows. Views, Prisma models \
            marked @@ignore, temporary tables, partitions (PARTITION OF, ATTACH PARTITION: they inherit their parent's \
            key; INHERITS children of a keyed parent) and the join tables Prisma creates for implicit many-to-many \
            relations (_AToB, unique on A and B) are exempt. When \
            the table already has a unique NOT NULL column the message names it as the natural candidate.

            Bad:

                CREATE TABLE audit_events (occurred_at timestamptz NOT NULL, payload jsonb);

            Good:

                CREATE TABLE audit_events (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  occurred_at timestamptz NOT NULL,
                  payload jsonb
                );

            In Prisma, give a field @id or the model @@id([...]).
            """, RuleInfo.Fixes.NONE, List.of());

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
            if (t.primaryKey() != null || t.ignored() || t.temporary() || t.partitionOf() != null || t.origin() == Table.Origin.PRISMA_IMPLICIT) continue;
            if (inheritsKeyedParent(ctx, t) || prismaJoinTable(t)) continue;
            String hint = ctx.prisma() ? "give a field @id or the model @@id([...])" : "add one, e.g. " + switch (ctx.dialect()) {
                case MYSQL -> "id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY";
                case SQLITE -> "id INTEGER PRIMARY KEY";
                default -> "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
            };
            String candidate = candidate(t);
            if (candidate != null) hint += "; " + candidate + " is unique and NOT NULL and could be the key";
            ctx.report(t.source(), ctx.name(t) + " has no primary key; " + hint);
        }
    }

    /** An old-style (INHERITS) partition child of a keyed parent: the keys are the parent's design. */
    private static boolean inheritsKeyedParent(RuleContext ctx, Table t) {
        for (var parent : t.inherits()) {
            Table p = ctx.schema().table(parent);
            if (p != null && p.primaryKey() != null) return true;
        }
        return false;
    }

    /**
     * The join table Prisma's migrations create for an implicit many-to-many relation ({@code _AToB} with
     * columns A and B and a unique index on both): Prisma owns it, and before Prisma 6 it had no primary key.
     */
    private static boolean prismaJoinTable(Table t) {
        if (!t.name().name().startsWith("_") || t.columns().size() != 2) return false;
        if (t.column("A") == null || t.column("B") == null) return false;
        for (UniqueConstraint u : t.uniques()) if (u.columns().size() == 2) return true;
        for (var i : t.indexes()) if (i.unique() && i.columns().size() == 2) return true;
        return false;
    }

    private static String candidate(Table t) {
        for (UniqueConstraint u : t.uniques()) {
            if (u.columns().size() != 1) continue;
            Column c = t.column(u.columns().get(0));
            if (c != null && !c.nullable()) return t.isPrisma() ? c.declaredName() : c.name();
        }
        return null;
    }
}
