package dev.schemawise.rules;

import dev.schemawise.model.ddl.AlterAction;
import java.util.List;
import java.util.Set;

/** {@code ban-drop-column}: DROP COLUMN on a table in use breaks the code that still uses it and loses its data. */
public final class BanDropColumn implements Rule {
    public static final RuleInfo INFO = new RuleInfo("ban-drop-column", "migrations", Severity.WARNING, true,
            Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "Columns of tables already in use are dropped only once no deployed code uses them.",
            """
            Dropping a column breaks the application that is still running while the migration deploys: its \
            queries that select, insert or filter on the column fail until every instance runs new code. And the \
            data is gone: a down migration can add the column back, not its values. Remove the column from the \
            code first, deploy that, and drop the column in a later migration (with a backup, if the data may be \
            needed again). A column of a table created by the same migration, or added by it, is fine to drop.

            Prisma writes a renamed field, and a type change it cannot cast, as DROP COLUMN + ADD COLUMN: the new \
            column starts empty, and the message says so. A column swap that copies the values first (add the new \
            column, UPDATE it from the old one, drop the old one, rename the new one to the old name) keeps the \
            data and is not reported. Same id as squawk's rule.

            Bad (users was created by an earlier migration, and the deployed code still reads legacy_id):

                ALTER TABLE users DROP COLUMN legacy_id;

            Good: first deploy code that no longer uses legacy_id; then, in a later migration:

                -- schemawise-disable-next-line ban-drop-column -- unused since v42
                ALTER TABLE users DROP COLUMN legacy_id;
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.alterActions(ctx, AlterAction.DropColumn.class, (at, alter, drop) -> {
            if (at.madeHere(alter.table(), drop.column())) return;
            String column = alter.table().display() + "." + drop.column();
            String message;
            if (at.replaced(alter.table(), drop.column())) {
                if (at.copiedBefore(alter.table(), drop.column())) return;
                message = "dropping column " + column + " and adding it again in the same migration (as Prisma writes a type change it cannot cast) "
                        + "leaves it empty: its values are lost for good; add the new column under another name, copy the values into it (UPDATE), "
                        + "then drop " + drop.column() + " and rename the new column, or change the type in place with ALTER COLUMN ... TYPE ... USING";
            } else {
                message = "dropping column " + column + " breaks the deployed application while it still reads or writes " + drop.column()
                        + ", and its values are lost for good (a down migration cannot bring them back); first deploy code that no longer uses it, "
                        + "then drop it in a later migration";
            }
            ctx.report(at.file(), drop.range(), message, List.of());
        });
    }
}
