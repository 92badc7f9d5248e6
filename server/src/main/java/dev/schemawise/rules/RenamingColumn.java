package dev.schemawise.rules;

import dev.schemawise.model.ddl.AlterAction;
import java.util.List;
import java.util.Set;

/** {@code renaming-column}: RENAME COLUMN on a table in use breaks the code that still uses the old name. */
public final class RenamingColumn implements Rule {
    public static final RuleInfo INFO = new RuleInfo("renaming-column", "migrations", Severity.WARNING, true,
            Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "Columns of tables already in use are renamed in steps, not with RENAME COLUMN.",
            """
            While a migration deploys, the application that is already running keeps sending queries with the old \
            column name, and they fail from the moment the rename commits until every instance runs the new code \
            (and again if the code is rolled back). Rename in steps instead (expand and contract): add the new \
            column, write to both and backfill it, switch reads over, and drop the old column in a later migration \
            once no deployed code uses it. A column of a table created by the same migration, or added by it, is \
            fine to rename: nothing uses it yet. So is a column swap that puts a new column under the old name in \
            the same migration. Prisma writes RENAME COLUMN only in migrations edited by hand (a renamed field \
            becomes DROP COLUMN + ADD COLUMN, see ban-drop-column). Same id as squawk's rule.

            Bad (users was created by an earlier migration):

                ALTER TABLE users RENAME COLUMN email TO email_address;

            Good (a first migration; the old column is dropped in a later one, once no code reads it):

                ALTER TABLE users ADD COLUMN email_address text;
                UPDATE users SET email_address = email;  -- in batches on a large table
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.alterActions(ctx, AlterAction.RenameColumn.class, (at, alter, rename) -> {
            if (at.madeHere(alter.table(), rename.from()) || at.replaced(alter.table(), rename.from())) return;
            String table = alter.table().display();
            ctx.report(at.file(), rename.range(), "renaming column " + table + "." + rename.from() + " to " + rename.to()
                    + " breaks the running application, which still uses " + rename.from() + ", until all of it runs the new code; "
                    + "rename in steps instead: add " + rename.to() + ", write both and backfill it, switch reads to it, and drop "
                    + rename.from() + " in a later migration", List.of());
        });
    }
}
