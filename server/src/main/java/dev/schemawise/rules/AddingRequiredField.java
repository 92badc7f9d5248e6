package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Identity;
import dev.schemawise.model.ddl.AlterAction;
import java.util.List;
import java.util.Set;

/** {@code adding-required-field}: ADD COLUMN ... NOT NULL without a DEFAULT fails on a table that has rows. */
public final class AddingRequiredField implements Rule {
    public static final RuleInfo INFO = new RuleInfo("adding-required-field", "migrations", Severity.ERROR, true,
            Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "A NOT NULL column added to a table that already exists has a DEFAULT, or is added nullable and backfilled first.",
            """
            ALTER TABLE ... ADD COLUMN ... NOT NULL without a DEFAULT gives the existing rows nothing to put in the \
            column, so on a table that has rows the statement fails ("column contains null values") and the \
            deployment stops half-way; it only passes where the table happens to be empty, as in development. \
            Application code that does not know the column yet cannot insert into the table either. A column that \
            fills itself in (identity, serial, generated) is fine, and so is any column of a table created by the \
            same migration. Same id as squawk's rule.

            Bad (recipe was created by an earlier migration):

                ALTER TABLE recipe ADD COLUMN public boolean NOT NULL;

            Good, with a default (from PostgreSQL 11 a constant default needs no table rewrite):

                ALTER TABLE recipe ADD COLUMN public boolean NOT NULL DEFAULT false;

            Good, without one: add the column nullable, backfill it, then make it NOT NULL. SET NOT NULL scans the \
            table under an ACCESS EXCLUSIVE lock; from PostgreSQL 12 it skips the scan when a validated CHECK \
            constraint already proves the column is not null:

                ALTER TABLE recipe ADD COLUMN public boolean;
                -- backfill, in batches: UPDATE recipe SET public = ... WHERE public IS NULL;
                ALTER TABLE recipe ADD CONSTRAINT recipe_public_not_null CHECK (public IS NOT NULL) NOT VALID;
                ALTER TABLE recipe VALIDATE CONSTRAINT recipe_public_not_null;
                ALTER TABLE recipe ALTER COLUMN public SET NOT NULL;
                ALTER TABLE recipe DROP CONSTRAINT recipe_public_not_null;
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.existingTableAlters(ctx, (step, alter) -> {
            for (AlterAction action : alter.actions()) {
                if (!(action instanceof AlterAction.AddColumn add) || !required(add.column())) continue;
                Column column = add.column();
                String message = "ADD COLUMN " + column.name() + " " + column.type().raw() + " NOT NULL without a DEFAULT on "
                        + MigrationChecks.existing(alter.table()) + " fails as soon as the table has a row (it takes ACCESS EXCLUSIVE, then finds "
                        + "NULL in the new column); "
                        + "give it a DEFAULT, or add it nullable, backfill it, then SET NOT NULL (on PostgreSQL 12 and later after a "
                        + "CHECK (" + column.name() + " IS NOT NULL) NOT VALID constraint is validated, so that SET NOT NULL does not scan "
                        + "the table under ACCESS EXCLUSIVE)";
                ctx.report(step.file(), column.source().nameRange(), message, List.of());
            }
        });
    }

    /** NOT NULL with nothing to fill the existing rows: no default other than NULL, no identity or serial, not generated. */
    private static boolean required(Column column) {
        if (column.nullable() || column.generated() != null || column.identity() != Identity.NONE || column.type().serial()) {
            return false;
        }
        return column.defaultValue() == null || column.defaultValue().strip().equalsIgnoreCase("null");
    }
}
