package dev.schemawise.rules;

import dev.schemawise.model.ddl.AlterAction;
import java.util.List;
import java.util.Set;

/** {@code ban-drop-not-null}: DROP NOT NULL on a table in use lets in NULLs readers do not expect, and is hard to undo. */
public final class BanDropNotNull implements Rule {
    public static final RuleInfo INFO = new RuleInfo("ban-drop-not-null", "migrations", Severity.WARNING, true,
            Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "NOT NULL is dropped from columns in use only once every reader handles NULL.",
            """
            Code written against a NOT NULL column takes a value for granted: once the constraint is gone and \
            NULLs come in, readers that do not expect them fail or misbehave, often far from the migration. And the \
            change is not simply reversible: as soon as a NULL is written, SET NOT NULL fails until every NULL is \
            backfilled (and it scans the whole table under an ACCESS EXCLUSIVE lock). Make sure every reader \
            handles NULL, deploy that, then drop the constraint. A column of a table created by the same migration, \
            or added by it, is fine to change. Prisma writes DROP NOT NULL when a field becomes optional. Same id \
            as squawk's rule.

            Bad (orders was created by an earlier migration, and the deployed code assumes every order has a \
            shipping address):

                ALTER TABLE orders ALTER COLUMN shipping_address DROP NOT NULL;

            Good: first deploy code that handles orders without a shipping address; then, in a later migration:

                -- schemawise-disable-next-line ban-drop-not-null -- readers handle NULL since v42
                ALTER TABLE orders ALTER COLUMN shipping_address DROP NOT NULL;
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.alterActions(ctx, AlterAction.DropNotNull.class, (at, alter, drop) -> {
            if (at.madeHere(alter.table(), drop.column())) return;
            String column = alter.table().display() + "." + drop.column();
            ctx.report(at.file(), drop.range(), "dropping NOT NULL from " + column + " lets in NULLs that the deployed application may not expect when it reads "
                    + drop.column() + ", and is not simply undone: once a NULL is written, SET NOT NULL fails until every NULL is backfilled; "
                    + "first deploy code that handles a NULL " + drop.column(), List.of());
        });
    }
}
