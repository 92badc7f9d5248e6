package dev.schemawise.rules;

import dev.schemawise.model.ddl.CreateIndex;
import dev.schemawise.text.Span;
import java.util.List;

/** {@code require-concurrent-index-creation}: CREATE INDEX on a table that is already in use takes CONCURRENTLY. */
public final class RequireConcurrentIndexCreation implements Rule {
    public static final RuleInfo INFO = new RuleInfo("require-concurrent-index-creation", "migrations", Severity.WARNING, true,
            java.util.Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "Indexes on tables that already exist are built CONCURRENTLY, so writes are not blocked while they build.",
            """
            A plain CREATE INDEX takes a SHARE lock on the table: reads go on, but every INSERT, UPDATE and DELETE \
            waits until the whole index is built, which on a large table takes minutes. CREATE INDEX CONCURRENTLY \
            builds the index without blocking writes (it scans the table twice and cannot run inside a transaction \
            block). Indexes on a table created by the same migration are fine as they are: nobody uses it yet. The \
            rule knows this from replaying the migrations, where a linter of single files cannot. Same id as \
            squawk's rule.

            Bad (orders was created by an earlier migration):

                CREATE INDEX orders_user_id_idx ON orders (user_id);

            Good:

                CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);

            The fix adds CONCURRENTLY when the migration does not run in a transaction; a migration that does (a \
            Prisma migration of several statements, Flyway, dbmate) needs the index in a migration of its own, \
            outside a transaction (see ban-concurrent-index-creation-in-transaction).
            """, RuleInfo.Fixes.SAFE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.upStatements(ctx, (step, s) -> {
            if (!(s instanceof CreateIndex c) || c.concurrently() || step.createdHere(c.table())) return;
            String index = c.index().name() != null ? "index " + c.index().name() : "an index";
            String message = "CREATE INDEX of " + index + " on " + MigrationChecks.existing(c.table())
                    + " blocks writes to it (SHARE lock) until the index is built; "
                    + "use CREATE INDEX CONCURRENTLY" + (step.inTransaction(s) ? ", " + MigrationChecks.outsideTransaction(ctx, step, s) : "");
            Span at = c.index().name() != null && c.index().source() != null ? c.index().source().nameRange() : c.range();
            Fix fix = MigrationChecks.addConcurrently(ctx, step, s);
            ctx.report(step.file(), at, message, fix == null ? List.of() : List.of(fix));
        });
    }
}
