package dev.schemawise.rules;

import dev.schemawise.model.CheckConstraint;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Schema;
import dev.schemawise.model.ddl.AlterAction;
import dev.schemawise.model.ddl.AlterTable;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.MigrationStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code constraint-missing-not-valid}: a FOREIGN KEY or CHECK constraint added to a table in use is added NOT VALID
 * and validated afterwards, outside the transaction that added it.
 */
public final class ConstraintMissingNotValid implements Rule {
    public static final RuleInfo INFO = new RuleInfo("constraint-missing-not-valid", "migrations", Severity.WARNING, true,
            Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "Foreign keys and CHECK constraints added to tables that already exist are added NOT VALID and validated separately.",
            """
            ALTER TABLE ... ADD CONSTRAINT checks every existing row before it returns, and holds its lock while it \
            does: a CHECK constraint takes an ACCESS EXCLUSIVE lock (no reads, no writes), a FOREIGN KEY a SHARE ROW \
            EXCLUSIVE lock on both the table and the table it references (no writes to either). On a large table \
            that is minutes of downtime. Added NOT VALID, the constraint only applies to new and changed rows, so the \
            statement returns at once; ALTER TABLE ... VALIDATE CONSTRAINT then checks the existing rows under a SHARE \
            UPDATE EXCLUSIVE lock, which lets reads and writes go on. The validation must run in a transaction of its \
            own: in the transaction that added the constraint, the stronger lock is still held, so the rule also \
            reports a VALIDATE CONSTRAINT in the same transaction as the NOT VALID add of that constraint (a \
            migration the tool runs in a transaction, such as a Prisma migration of several statements). \
            Constraints on a table created by the same migration are fine as they are: nobody uses it yet. Same id \
            as squawk's rule. A foreign key declared inline by ADD COLUMN ... REFERENCES, where NOT VALID cannot be \
            written, is left to adding-foreign-key-constraint.

            Bad (accounts was created by an earlier migration):

                ALTER TABLE accounts ADD CONSTRAINT positive_balance CHECK (balance >= 0);

            Good:

                ALTER TABLE accounts ADD CONSTRAINT positive_balance CHECK (balance >= 0) NOT VALID;
                -- in a later migration, or after the first statement commits:
                ALTER TABLE accounts VALIDATE CONSTRAINT positive_balance;

            The fix, offered for a named constraint in a migration whose statements commit one by one (numbered SQL \
            files, golang-migrate), adds NOT VALID and a VALIDATE CONSTRAINT statement right after it. Where the \
            migration runs in a transaction (Flyway, dbmate, a file with BEGIN, and Prisma, which sends a \
            migration as one query) the validation has to go to a migration of its own, which is left to you.
            """, RuleInfo.Fixes.SAFE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        for (MigrationStep step : ctx.unit().steps()) {
            int[] transactions = step.transactions();
            // Constraints added NOT VALID inside a transaction, by table and name: the transaction that added them.
            Map<String, Integer> addedNotValid = new HashMap<>();
            for (int i = 0; i < step.up().size(); i++) {
                AlterTable alter = MigrationChecks.existingTableAlter(step, step.up().get(i));
                if (alter == null) continue;
                for (AlterAction action : alter.actions()) {
                    if (action instanceof AlterAction.AddConstraint add && scans(add.constraint())) {
                        if (!notValid(add.constraint())) {
                            missingNotValid(ctx, step, alter, add);
                        } else if (add.constraint().name() != null && transactions[i] >= 0) {
                            addedNotValid.put(key(step, alter, add.constraint().name()), transactions[i]);
                        }
                    } else if (action instanceof AlterAction.ValidateConstraint validate && validate.name() != null) {
                        Integer added = addedNotValid.get(key(step, alter, validate.name()));
                        if (added != null && added == transactions[i]) validatedInSameTransaction(ctx, step, alter, validate);
                    }
                }
            }
        }
    }

    /** FOREIGN KEY and CHECK constraints check the existing rows; PRIMARY KEY and UNIQUE build an index instead. */
    private static boolean scans(Constraint c) {
        return c instanceof ForeignKey || c instanceof CheckConstraint;
    }

    private static boolean notValid(Constraint c) {
        return c instanceof ForeignKey fk ? fk.notValid() : ((CheckConstraint) c).notValid();
    }

    private static String key(MigrationStep step, AlterTable alter, String constraint) {
        return Schema.key(step.dialect(), alter.table()) + "\u0000" + step.dialect().key(constraint);
    }

    private static void missingNotValid(RuleContext ctx, MigrationStep step, AlterTable alter, AlterAction.AddConstraint add) {
        Constraint c = add.constraint();
        String table = alter.table().display();
        String name = c.name() != null ? " " + c.name() : "";
        String what;
        String lock;
        if (c instanceof ForeignKey fk) {
            String target = fk.targetTable().display();
            what = (c.name() != null ? "foreign key" + name : "a foreign key") + " (" + String.join(", ", fk.columns()) + ") → " + target;
            boolean self = Schema.key(step.dialect(), fk.targetTable()).equals(Schema.key(step.dialect(), alter.table()));
            if (onlyForeignKeys(alter)) {
                lock = "SHARE ROW EXCLUSIVE on " + (self ? table + " (writes wait)" : table + " and " + target + " (writes to both wait)");
            } else {
                lock = "ACCESS EXCLUSIVE on " + table + " (for the statement's other actions)" + (self ? "" : " and SHARE ROW EXCLUSIVE on " + target);
            }
        } else {
            what = c.name() != null ? "CHECK constraint" + name : "a CHECK constraint";
            lock = "ACCESS EXCLUSIVE on " + table + " (reads and writes wait)";
        }
        String message = "Adding " + what + " to " + MigrationChecks.existing(alter.table()) + " checks every existing row while holding "
                + lock + "; add it NOT VALID" + (c.name() == null ? " with a name (ADD CONSTRAINT <name> ...)" : "") + ", "
                + MigrationChecks.validateLater(step, c.name() != null ? c.name() : "<name>");
        ctx.report(step.file(), c.source().nameRange(), message, fix(ctx, step, alter, add));
    }

    /** Whether every action of the statement adds a foreign key: then the table gets SHARE ROW EXCLUSIVE, not more. */
    private static boolean onlyForeignKeys(AlterTable alter) {
        return alter.actions().stream().allMatch(a -> a instanceof AlterAction.AddConstraint add && add.constraint() instanceof ForeignKey);
    }

    /**
     * NOT VALID after the constraint and a VALIDATE CONSTRAINT statement after the statement: for a named constraint,
     * where the added statement commits on its own (in a transaction, the validation would run under the add's lock).
     */
    private static List<Fix> fix(RuleContext ctx, MigrationStep step, AlterTable alter, AlterAction.AddConstraint add) {
        if (add.constraint().name() == null || !MigrationChecks.addedStatementCommitsAlone(step)) return List.of();
        String text = ctx.text(step.file());
        Span statement = alter.range();
        Span tableName = alter.source().nameRange();
        if (statement.end() > text.length() || tableName.end() > text.length()) return List.of();
        List<TextEdit> edits = new ArrayList<>();
        edits.add(Edits.insert(ctx, step.file(), add.range().end(), " NOT VALID"));
        if (!terminated(text, statement)) edits.add(Edits.insert(ctx, step.file(), statement.end(), ";"));
        String validate = "ALTER TABLE " + text.substring(tableName.start(), tableName.end()) + " VALIDATE CONSTRAINT "
                + SqlSource.quote(add.constraint().name(), step.dialect()) + ";";
        edits.add(SqlSource.afterStatement(ctx, step.file(), statement, validate));
        return List.of(Edits.safe("Add NOT VALID and validate the constraint in a statement of its own", edits.toArray(TextEdit[]::new)));
    }

    /** Whether a semicolon ends the statement (inside its range, or right after it). */
    private static boolean terminated(String text, Span statement) {
        if (statement.end() > 0 && text.charAt(statement.end() - 1) == ';') return true;
        int i = statement.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return i < text.length() && text.charAt(i) == ';';
    }

    private static void validatedInSameTransaction(RuleContext ctx, MigrationStep step, AlterTable alter, AlterAction.ValidateConstraint validate) {
        String message = "VALIDATE CONSTRAINT " + validate.name() + " on " + alter.table().display()
                + " runs in the same transaction as the ADD CONSTRAINT ... NOT VALID that added it, so the scan of every row "
                + "happens under the add's lock (ACCESS EXCLUSIVE for a CHECK, SHARE ROW EXCLUSIVE on both tables for a foreign key), "
                + "held until the transaction commits; validate it in a later migration";
        ctx.report(step.file(), validate.range(), message, List.of());
    }
}
