package dev.schemawise.rules;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.ddl.Drop;
import java.util.List;

/** {@code require-concurrent-index-deletion}: DROP INDEX of an index that is already in use takes CONCURRENTLY. */
public final class RequireConcurrentIndexDeletion implements Rule {
    public static final RuleInfo INFO = new RuleInfo("require-concurrent-index-deletion", "migrations", Severity.WARNING, true,
            java.util.Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "Indexes that existed before a migration are dropped CONCURRENTLY, so the table stays readable and writable.",
            """
            A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table: no query, not even a SELECT, \
            can use the table until the drop is done. The drop itself is quick, but to get the lock it waits for \
            every transaction using the table, and every query arriving meanwhile queues behind it, so a single \
            long-running query turns it into an outage. DROP INDEX CONCURRENTLY waits for those transactions \
            without blocking anyone (it takes one index, no CASCADE, and cannot run inside a transaction block). \
            Indexes created by the same migration, and indexes no earlier migration created, are left alone. Same \
            id as squawk's rule.

            Bad (orders_status_idx was created by an earlier migration):

                DROP INDEX orders_status_idx;

            Good:

                DROP INDEX CONCURRENTLY orders_status_idx;

            The fix adds CONCURRENTLY when the statement drops one index without CASCADE and the migration does \
            not run in a transaction; a migration that does (a Prisma migration of several statements, Flyway, \
            dbmate) needs the drop in a migration of its own, outside a transaction (see \
            ban-concurrent-index-creation-in-transaction).
            """, RuleInfo.Fixes.SAFE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.upStatements(ctx, (step, s) -> {
            if (!(s instanceof Drop d) || d.kind() != Drop.Kind.INDEX || d.concurrently()) return;
            // CONCURRENTLY takes a single index and no CASCADE: only then is adding it all the fix there is.
            boolean fixable = d.names().size() == 1 && !d.cascade();
            for (int i = 0; i < d.names().size(); i++) {
                QualifiedName index = d.names().get(i);
                if (!step.indexExistedBefore(index)) continue;
                boolean transaction = step.inTransaction(s);
                String message = "DROP INDEX of " + index.display() + ", an index that exists before this migration, locks its table "
                        + "against reads and writes (ACCESS EXCLUSIVE) while it waits for the queries using it; use DROP INDEX CONCURRENTLY"
                        + (d.names().size() > 1 ? ", one statement per index" : "") + (d.cascade() ? ", without CASCADE" : "")
                        + (transaction ? ", " + MigrationChecks.outsideTransaction(ctx, step, s) : "");
                Fix fix = fixable ? MigrationChecks.addConcurrently(ctx, step, s) : null;
                ctx.report(step.file(), d.nameRanges().get(i), message, fix == null ? List.of() : List.of(fix));
            }
        });
    }
}
