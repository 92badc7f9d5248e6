package dev.schemawise.rules;

import dev.schemawise.model.CheckConstraint;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.PrimaryKey;
import dev.schemawise.model.ddl.AlterAction;
import dev.schemawise.model.ddl.AlterTable;
import dev.schemawise.model.ddl.CreateIndex;
import dev.schemawise.model.ddl.CreateTable;
import dev.schemawise.model.ddl.Drop;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.MigrationStep;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code prefer-robust-stmts}: in a migration that does not run in a transaction, statements can be run twice, so
 * they say IF NOT EXISTS / IF EXISTS.
 */
public final class PreferRobustStmts implements Rule {
    public static final RuleInfo INFO = new RuleInfo("prefer-robust-stmts", "migrations", Severity.WARNING, true,
            java.util.Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "Statements of a migration that runs outside a transaction can be run again: IF NOT EXISTS, IF EXISTS.",
            """
            A migration that does not run in a transaction (dbmate with transaction:false, numbered SQL files, \
            the statements after the file's own COMMIT) is applied statement by statement. When one fails half-way, the statements before it stay \
            applied, and running the migration again stops at the first of them: the table, index or column \
            already exists, or is already gone. Guarded statements run twice without harm: CREATE TABLE and \
            CREATE INDEX IF NOT EXISTS, DROP ... IF EXISTS, ADD COLUMN IF NOT EXISTS, DROP COLUMN and DROP \
            CONSTRAINT IF EXISTS. ADD CONSTRAINT has no such guard: drop the constraint IF EXISTS just before \
            adding it. The rule is silent in migrations that run in a transaction (they apply whole or not at \
            all), in migrations of a single statement, and on temporary tables. Same id as squawk's rule.

            Bad (a migration that builds an index CONCURRENTLY, so it runs outside a transaction):

                ALTER TABLE account ADD COLUMN billing_email text;
                CREATE INDEX CONCURRENTLY account_billing_email_idx ON account (billing_email);

            Good:

                ALTER TABLE account ADD COLUMN IF NOT EXISTS billing_email text;
                CREATE INDEX CONCURRENTLY IF NOT EXISTS account_billing_email_idx ON account (billing_email);

            The fix inserts IF NOT EXISTS or IF EXISTS where PostgreSQL accepts it (not for ADD CONSTRAINT, nor \
            for an index without a name). Mind that a CREATE INDEX CONCURRENTLY that fails leaves an INVALID index \
            behind, which IF NOT EXISTS then keeps: drop it before running the migration again.
            """, RuleInfo.Fixes.SAFE, List.of());

    /** Why the statements need guards, shared by the messages. */
    private static final String PARTIAL = "this migration does not run in a transaction, so if a later statement fails it stays partly applied "
            + "and running it again stops here";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        for (MigrationStep step : ctx.unit().steps()) {
            // A migration of one statement applies whole or not at all.
            if (step.up().size() < 2) continue;
            Set<String> droppedFirst = new HashSet<>();
            for (Statement s : step.up()) {
                boolean guarded = !step.inTransaction(s);
                if (s instanceof CreateTable c && guarded) createTable(ctx, step, c);
                else if (s instanceof CreateIndex c && guarded) createIndex(ctx, step, c);
                else if (s instanceof Drop d && guarded) drop(ctx, step, d);
                else if (s instanceof AlterTable a) alterTable(ctx, step, a, guarded, droppedFirst);
            }
        }
    }

    private static void createTable(RuleContext ctx, MigrationStep step, CreateTable c) {
        if (c.ifNotExists() || c.temporary()) return;
        int table = MigrationChecks.word(ctx.text(step.file()), "table", c.range().start(), c.range().end());
        Fix fix = table < 0 ? null : insert(ctx, step, table + "table".length(), " IF NOT EXISTS");
        Span at = c.source() != null ? c.source().nameRange() : c.range();
        report(ctx, step, at, "CREATE TABLE " + c.name().display() + " without IF NOT EXISTS: " + PARTIAL + " (the table exists)", fix);
    }

    private static void createIndex(RuleContext ctx, MigrationStep step, CreateIndex c) {
        if (c.ifNotExists()) return;
        if (c.index().name() == null || c.index().source() == null) {
            report(ctx, step, c.range(), "CREATE INDEX on " + c.table().display() + " without a name: this migration does not run in a "
                    + "transaction, so if a later statement fails it stays partly applied and running it again builds a second copy of the index; "
                    + "name the index and add IF NOT EXISTS", null);
            return;
        }
        Span name = c.index().source().nameRange();
        report(ctx, step, name, "CREATE INDEX " + c.index().name() + " without IF NOT EXISTS: " + PARTIAL + " (the index exists)",
                insert(ctx, step, name.start(), "IF NOT EXISTS "));
    }

    private static void drop(RuleContext ctx, MigrationStep step, Drop d) {
        if (d.ifExists() || d.names().isEmpty()) return;
        Span first = d.nameRanges().get(0);
        String kind = d.kind().name().replace('_', ' ');
        report(ctx, step, first, "DROP " + kind + " " + d.names().get(0).display() + " without IF EXISTS: " + PARTIAL + " (the "
                + kind.toLowerCase(Locale.ROOT) + " is gone)", insert(ctx, step, first.start(), "IF EXISTS "));
    }

    private static void alterTable(RuleContext ctx, MigrationStep step, AlterTable a, boolean guarded, Set<String> droppedFirst) {
        String text = ctx.text(step.file());
        for (AlterAction action : a.actions()) {
            Span r = action.range();
            // ADD CONSTRAINT after a DROP CONSTRAINT of the same name runs again without harm (the DROP, when unguarded, is reported).
            if (action instanceof AlterAction.DropConstraint dc && dc.name() != null) {
                droppedFirst.add(step.dialect().key(dc.name()));
            }
            if (!guarded) continue;
            if (action instanceof AlterAction.AddColumn add && !add.ifNotExists()) {
                report(ctx, step, r, "ADD COLUMN " + add.column().name() + " without IF NOT EXISTS: " + PARTIAL + " (the column exists)",
                        afterKeywords(ctx, step, text, r, "add", "column", " IF NOT EXISTS"));
            } else if (action instanceof AlterAction.DropColumn drop && !drop.ifExists()) {
                report(ctx, step, r, "DROP COLUMN " + drop.column() + " without IF EXISTS: " + PARTIAL + " (the column is gone)",
                        afterKeywords(ctx, step, text, r, "drop", "column", " IF EXISTS"));
            } else if (action instanceof AlterAction.DropConstraint drop && !drop.ifExists() && drop.kind() == AlterAction.DropConstraint.Kind.ANY) {
                report(ctx, step, r, "DROP CONSTRAINT " + drop.name() + " without IF EXISTS: " + PARTIAL + " (the constraint is gone)",
                        afterKeywords(ctx, step, text, r, "drop", "constraint", " IF EXISTS"));
            } else if (action instanceof AlterAction.AddConstraint add) {
                addConstraint(ctx, step, a, add, droppedFirst);
            }
        }
    }

    /** ADD CONSTRAINT has no IF NOT EXISTS: it is robust when the same migration dropped the constraint first. */
    private static void addConstraint(RuleContext ctx, MigrationStep step, AlterTable a, AlterAction.AddConstraint add, Set<String> droppedFirst) {
        Constraint c = add.constraint();
        String table = a.table().display();
        if (c.name() != null && droppedFirst.contains(step.dialect().key(c.name()))) return;
        String message = c.name() != null
                ? "ADD CONSTRAINT " + c.name() + ": " + PARTIAL + " (the constraint exists); drop it first with ALTER TABLE " + table
                        + " DROP CONSTRAINT IF EXISTS " + c.name()
                : "ADD " + kind(c) + " without a constraint name: this migration does not run in a transaction, so if a later statement fails "
                        + "it stays partly applied and running it again fails here or adds a second copy; name the constraint and drop it first "
                        + "with ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS";
        report(ctx, step, add.range(), message, null);
    }

    private static String kind(Constraint c) {
        if (c instanceof PrimaryKey) return "PRIMARY KEY";
        if (c instanceof ForeignKey) return "FOREIGN KEY";
        if (c instanceof CheckConstraint) return "CHECK";
        return "UNIQUE";
    }

    /** The fix inserting a guard after an action's keyword and its optional second keyword (ADD [COLUMN], DROP [COLUMN]). */
    private static Fix afterKeywords(RuleContext ctx, MigrationStep step, String text, Span action, String keyword, String optional, String guard) {
        int first = MigrationChecks.after(text, keyword, action.start(), action.end());
        if (first < 0) return null;
        int second = MigrationChecks.after(text, optional, first, action.end());
        return insert(ctx, step, second >= 0 ? second : first, guard);
    }

    private static Fix insert(RuleContext ctx, MigrationStep step, int offset, String guard) {
        return Edits.safe("Add " + guard.strip(), Edits.insert(ctx, step.file(), offset, guard));
    }

    private static void report(RuleContext ctx, MigrationStep step, Span at, String message, Fix fix) {
        ctx.report(step.file(), at, message, fix == null ? List.of() : List.of(fix));
    }
}
