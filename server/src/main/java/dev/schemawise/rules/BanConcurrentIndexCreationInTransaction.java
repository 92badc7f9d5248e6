package dev.schemawise.rules;

import dev.schemawise.model.ddl.CreateIndex;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.MigrationStep;
import java.util.List;

/**
 * {@code ban-concurrent-index-creation-in-transaction}: CREATE/DROP INDEX CONCURRENTLY in a migration that runs in a
 * transaction fails.
 */
public final class BanConcurrentIndexCreationInTransaction implements Rule {
    public static final RuleInfo INFO = new RuleInfo("ban-concurrent-index-creation-in-transaction", "migrations", Severity.ERROR, true,
            java.util.Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "CREATE INDEX CONCURRENTLY and DROP INDEX CONCURRENTLY run outside a transaction, or the migration fails.",
            """
            PostgreSQL refuses CREATE INDEX CONCURRENTLY and DROP INDEX CONCURRENTLY inside a transaction block \
            ("cannot run inside a transaction block"): the migration fails when it is deployed. Whether a \
            migration runs in a transaction depends on the tool as much as on the file. Flyway and the Supabase \
            CLI wrap each migration in one (Flyway leaves out a migration holding only CONCURRENTLY statements), \
            Drizzle's migrator wraps all pending migrations in one; \
            dbmate too unless the "-- migrate:up" line says transaction:false; Prisma Migrate and golang-migrate \
            send the file as one query, which PostgreSQL runs as one transaction as soon as it holds more than one \
            statement; and a BEGIN in the file opens one until its COMMIT. The message says which applies. Same id \
            as squawk's rule, which also covers DROP INDEX CONCURRENTLY.

            Bad (a Prisma migration.sql of two statements):

                ALTER TABLE "Order" ADD COLUMN "status" TEXT;
                CREATE INDEX CONCURRENTLY "Order_status_idx" ON "Order"("status");

            Good: the index in a migration of its own, a migration.sql holding only

                CREATE INDEX CONCURRENTLY "Order_status_idx" ON "Order"("status");

            For dbmate, `-- migrate:up transaction:false` runs the migration outside a transaction (then every \
            statement of it commits on its own). The rule offers no fix: moving statements between migrations is \
            a decision for the author.
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.upStatements(ctx, (step, s) -> {
            if (!MigrationStep.concurrentIndexStatement(s) || !step.inTransaction(s)) return;
            String statement = s instanceof CreateIndex ? "CREATE INDEX CONCURRENTLY" : "DROP INDEX CONCURRENTLY";
            String message = statement + " cannot run inside a transaction block, and this one runs in a transaction: "
                    + MigrationChecks.transactionReason(ctx, step, s) + ". PostgreSQL refuses it and the migration fails; run it "
                    + MigrationChecks.outsideTransaction(ctx, step, s);
            int keyword = MigrationChecks.word(ctx.text(step.file()), "concurrently", s.range().start(), s.range().end());
            Span at = keyword < 0 ? s.range() : ctx.span(step.file(), keyword, keyword + "concurrently".length());
            ctx.report(step.file(), at, message, List.of());
        });
    }
}
