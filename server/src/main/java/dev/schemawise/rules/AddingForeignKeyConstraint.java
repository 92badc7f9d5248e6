package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Schema;
import dev.schemawise.model.ddl.AlterAction;
import dev.schemawise.model.ddl.AlterTable;
import dev.schemawise.workspace.MigrationStep;
import java.util.List;
import java.util.Set;

/**
 * {@code adding-foreign-key-constraint}: ADD COLUMN ... REFERENCES on a table in use, when PostgreSQL checks the
 * existing rows against the new foreign key (the column has a default, or the statement also adds a foreign key
 * constraint).
 */
public final class AddingForeignKeyConstraint implements Rule {
    public static final RuleInfo INFO = new RuleInfo("adding-foreign-key-constraint", "migrations", Severity.WARNING, true,
            Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "A column added with a default to a table that already exists gets its foreign key as a NOT VALID constraint, not an inline REFERENCES that checks every row.",
            """
            ALTER TABLE ... ADD COLUMN ... REFERENCES declares the foreign key inline, where NOT VALID cannot be \
            written. When the new column has a default expression (any DEFAULT, even DEFAULT NULL, or a serial or \
            generated column), PostgreSQL checks every row against the referenced table before the statement \
            returns, holding ACCESS EXCLUSIVE on the altered table (no reads or writes) and SHARE ROW EXCLUSIVE on \
            the referenced one (no writes) all the while. It does the same when the statement also adds a FOREIGN \
            KEY constraint. A column added without a default is all NULL: PostgreSQL then skips the check and the \
            statement is quick, so the rule stays silent, as it does on a table created by the same migration. Same \
            id as squawk's rule. A foreign key added by ADD CONSTRAINT without NOT VALID is reported by \
            constraint-missing-not-valid instead, which can add the NOT VALID.

            Bad (orders was created by an earlier migration):

                ALTER TABLE orders ADD COLUMN region_id bigint NOT NULL DEFAULT 1 REFERENCES regions (id);

            Good:

                ALTER TABLE orders ADD COLUMN region_id bigint NOT NULL DEFAULT 1;
                ALTER TABLE orders ADD CONSTRAINT orders_region_id_fkey FOREIGN KEY (region_id) REFERENCES regions (id) NOT VALID;
                -- in a later migration, or after the statements above commit:
                ALTER TABLE orders VALIDATE CONSTRAINT orders_region_id_fkey;
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.existingTableAlters(ctx, (step, alter) -> {
            boolean addsForeignKeyConstraint = alter.actions().stream()
                    .anyMatch(a -> a instanceof AlterAction.AddConstraint add && add.constraint() instanceof ForeignKey);
            for (AlterAction action : alter.actions()) {
                if (!(action instanceof AlterAction.AddColumn add)) continue;
                Column column = add.column();
                String why = hasDefault(column) ? "the column has a default, so PostgreSQL does not skip the check"
                        : addsForeignKeyConstraint ? "the statement also adds a FOREIGN KEY constraint" : null;
                if (why == null) continue;
                for (Constraint c : add.constraints()) {
                    if (c instanceof ForeignKey fk) report(ctx, step, alter, column, fk, why);
                }
            }
        });
    }

    /**
     * Whether PostgreSQL checks an inline foreign key of the new column against every row: it skips the check only
     * when the column has no default expression at all (parse_utilcmd.c: "adding a column with NULL default"), so a
     * DEFAULT (even DEFAULT NULL), a serial type or a generated expression makes it scan.
     */
    private static boolean hasDefault(Column column) {
        return column.defaultValue() != null || column.type().serial() || column.generated() != null;
    }

    private static boolean self(MigrationStep step, AlterTable alter, ForeignKey fk) {
        return Schema.key(step.dialect(), fk.targetTable()).equals(Schema.key(step.dialect(), alter.table()));
    }

    private static void report(RuleContext ctx, MigrationStep step, AlterTable alter, Column column, ForeignKey fk,
                               String why) {
        String table = alter.table().display();
        String target = fk.targetTable().display();
        // PostgreSQL's own name for the constraint when none is given
        String name = fk.name() != null ? fk.name() : alter.table().name() + "_" + column.name() + "_fkey";
        String message = "ADD COLUMN " + column.name() + " ... REFERENCES " + target + " on " + MigrationChecks.existing(alter.table())
                + " checks every row against " + target + " (" + why + ") while holding ACCESS EXCLUSIVE on " + table
                + (self(step, alter, fk) ? "" : " and SHARE ROW EXCLUSIVE on " + target)
                + "; add the column without REFERENCES, then ADD CONSTRAINT " + name
                + " FOREIGN KEY (" + column.name() + ") REFERENCES " + target + " NOT VALID, "
                + MigrationChecks.validateLater(step, name);
        ctx.report(step.file(), fk.source().range(), message, List.of());
    }
}
