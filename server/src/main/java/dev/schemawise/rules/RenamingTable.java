package dev.schemawise.rules;

import dev.schemawise.model.ddl.AlterAction;
import java.util.List;
import java.util.Set;

/** {@code renaming-table}: RENAME TO on a table in use breaks the code that still uses the old name. */
public final class RenamingTable implements Rule {
    public static final RuleInfo INFO = new RuleInfo("renaming-table", "migrations", Severity.WARNING, true,
            Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "Tables already in use are not renamed without leaving something under the old name.",
            """
            While a migration deploys, the application that is already running keeps querying the table by its old \
            name, and every query fails from the moment the rename commits until every instance runs the new code \
            (and again if the code is rolled back). Leave a view under the old name in the same migration: a view \
            over a single table is updatable in PostgreSQL, so old code keeps reading and writing through it, and a \
            later migration drops the view. Or move in steps: create the new table, write to both, backfill, switch \
            reads, drop the old table later. A table created by the same migration is fine to rename (Prisma's \
            table redefinition renames new_t to t); so is a table renamed aside with a new table or a view put under \
            its name in the same migration. Same id as squawk's rule.

            Bad (users was created by an earlier migration):

                ALTER TABLE users RENAME TO accounts;

            Good:

                ALTER TABLE users RENAME TO accounts;
                CREATE VIEW users AS SELECT * FROM accounts;
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.alterActions(ctx, AlterAction.RenameTable.class, (at, alter, rename) -> {
            if (at.madeHere(alter.table(), null) || at.replaced(alter.table(), null)) return;
            String table = alter.table().display();
            ctx.report(at.file(), rename.range(), "renaming table " + table + " to " + rename.newName().display()
                    + " breaks the running application, which still uses " + table + ", until all of it runs the new code; "
                    + "create a view named " + table + " over the renamed table in the same migration (old code keeps working through it), "
                    + "or move in steps: create the new table, write both, backfill, switch reads, drop " + table + " later", List.of());
        });
    }
}
