package dev.schemawise.rules;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.ddl.Drop;
import java.util.List;
import java.util.Set;

/** {@code ban-drop-table}: DROP TABLE of a table in use loses its rows and breaks the code that still uses it. */
public final class BanDropTable implements Rule {
    public static final RuleInfo INFO = new RuleInfo("ban-drop-table", "migrations", Severity.WARNING, true,
            Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "Tables already in use are dropped only once no deployed code uses them.",
            """
            Dropping a table deletes its rows for good (a down migration can create the table again, not bring \
            its rows back) and breaks the application that is still running while the migration deploys: every \
            query on the table fails until each instance runs new code. Remove the table from the code first, \
            deploy that, and drop the table in a later migration, with a backup if its data may be needed again.

            Not reported: a table created earlier in the same migration; DROP TABLE IF EXISTS of a table no \
            earlier migration created (a guard in front of CREATE TABLE, as in scripts meant to run twice); and a \
            table rebuilt in the same migration, its rows copied into a new table that then takes its name (Prisma's \
            table redefinition: CREATE TABLE new_t, INSERT INTO new_t SELECT ... FROM t, DROP TABLE t, ALTER TABLE \
            new_t RENAME TO t). A table dropped and created again without copying its rows is reported: it comes \
            back empty. Prisma writes a renamed model as DROP TABLE + CREATE TABLE, which loses the rows too. Same \
            id as squawk's rule.

            Bad (sessions was created by an earlier migration, and the deployed code still uses it):

                DROP TABLE sessions;

            Good: first deploy code that no longer uses sessions; then, in a later migration:

                -- schemawise-disable-next-line ban-drop-table -- unused since v42, backed up
                DROP TABLE sessions;
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.upStatementsAt(ctx, (at, s) -> {
            if (!(s instanceof Drop drop) || drop.kind() != Drop.Kind.TABLE) return;
            for (int i = 0; i < drop.names().size(); i++) {
                QualifiedName table = drop.names().get(i);
                if (at.madeHere(table, null) || drop.ifExists() && !at.step().existedBefore(table)) continue;
                String name = table.display();
                String message;
                if (at.replaced(table, null)) {
                    if (at.copiedBefore(table, null)) continue;
                    message = "dropping table " + name + " and creating it again in the same migration leaves it empty: its rows are lost for good; "
                            + "copy them into the new table (INSERT ... SELECT) before dropping the old one";
                } else {
                    message = "dropping table " + name + " deletes its rows for good (a down migration cannot bring them back) and breaks the deployed "
                            + "application while it still uses " + name + "; first deploy code that no longer uses it, then drop it in a later migration";
                }
                ctx.report(at.file(), i < drop.nameRanges().size() ? drop.nameRanges().get(i) : drop.range(), message, List.of());
            }
        });
    }
}
