package dev.schemawise.rules;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.ddl.AlterAction;
import dev.schemawise.model.ddl.AlterTable;
import dev.schemawise.model.ddl.CreateIndex;
import dev.schemawise.model.ddl.Drop;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.MigrationStep;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code require-timeout-settings}: a migration sets lock_timeout before its first statement that waits for a strong
 * lock on a table in use.
 */
public final class RequireTimeoutSettings implements Rule {
    public static final RuleInfo INFO = new RuleInfo("require-timeout-settings", "migrations", Severity.WARNING, true,
            java.util.Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "A migration sets lock_timeout before it locks a table in use, so a lock it waits for cannot stall the application.",
            """
            ALTER TABLE, CREATE INDEX (without CONCURRENTLY), DROP TABLE and DROP INDEX wait for a strong lock on \
            their table, and while one waits, every other query on that table, even a plain SELECT, queues behind \
            it. One long-running query or idle transaction holding the table is enough to stall the application \
            for as long as the migration waits, which by default is forever. With lock_timeout set, the statement \
            gives up after that time and the migration fails; it can be retried at a quieter moment. The rule \
            reports the first such statement of a migration on a table the migration does not create itself, when \
            no SET lock_timeout (or SET LOCAL inside a transaction, or set_config('lock_timeout', ...)) comes \
            before it; a value of 0 or DEFAULT, RESET, and a SET LOCAL whose transaction has ended do not count. \
            Same id as squawk's rule, which also requires statement_timeout: schemawise recommends it but does not \
            report its absence, because a statement_timeout short enough to matter also cancels index builds and \
            table rewrites that legitimately take long, and lock_timeout alone is what keeps the queue short.

            Bad (orders was created by an earlier migration):

                ALTER TABLE orders ADD COLUMN note text;

            Good:

                SET lock_timeout = '5s';
                ALTER TABLE orders ADD COLUMN note text;

            The fix inserts SET lock_timeout = '5s'; on a line of its own before the statement. It is not offered \
            for a CREATE or DROP INDEX alone in a Prisma Migrate or golang-migrate file: the added statement would \
            make the file run in a transaction, where the better fix, CONCURRENTLY, fails. When the connection the \
            migrations run on already sets lock_timeout, turn the rule off.
            """, RuleInfo.Fixes.SAFE, List.of());

    /** The line the fix inserts. */
    static final String SET_LOCK_TIMEOUT = "SET lock_timeout = '5s';";

    private static final Pattern SET = Pattern.compile("(?is)^\\s*set\\s+(session\\s+|local\\s+)?lock_timeout\\s*(?:=|\\bto\\b)\\s*(.*?)\\s*;?\\s*$");
    private static final Pattern RESET = Pattern.compile("(?is)^\\s*reset\\s+(?:lock_timeout|all)\\b");
    private static final Pattern SET_CONFIG = Pattern.compile(
            "(?is)\\bset_config\\s*\\(\\s*'lock_timeout'\\s*,\\s*('[^']*+(?:''[^']*+)*+'|[^,)]+?)\\s*,\\s*(true|false)\\s*\\)");
    /** A duration of zero, which turns the timeout off ("0", "'0s'", "0ms"). */
    private static final Pattern ZERO = Pattern.compile("(?i)0+(?:\\.0*)?\\s*(?:us|ms|s|min|h|d)?");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        for (MigrationStep step : ctx.unit().steps()) {
            LockTimeout timeout = new LockTimeout();
            for (Statement s : step.up()) {
                if (timeout.apply(ctx, step, s)) continue;
                Locking locking = locking(step, s);
                if (locking == null || timeout.on()) continue;
                String message = locking.statement() + " waits for a lock on " + locking.table() + ", and while it waits every query on "
                        + (locking.table().equals(ITS_TABLE) ? "it" : locking.table()) + " queues behind it; "
                        + (timeout.why().isEmpty() ? "no lock_timeout is set before it in this migration" : "lock_timeout is not in force here" + timeout.why())
                        + ": add " + SET_LOCK_TIMEOUT.replace(";", "") + " before it, so it gives up instead of stalling the application";
                // In a file of one CREATE/DROP INDEX that a tool runs outside a transaction only while it stays alone, the
                // better fix is CONCURRENTLY (require-concurrent-index-creation/-deletion), which an added SET would break.
                boolean index = s instanceof CreateIndex || s instanceof Drop d && d.kind() == Drop.Kind.INDEX;
                Fix fix = index && step.addingStatementStartsTransaction() ? null
                        : Edits.safe("Set lock_timeout before it", Edits.lineBefore(ctx, step.file(), s.range().start(), SET_LOCK_TIMEOUT));
                ctx.report(step.file(), locking.at(), message, fix == null ? List.of() : List.of(fix));
                break;
            }
        }
    }

    private static final String ITS_TABLE = "its table";

    /** A statement waiting for a strong lock: how messages name it and its table, and where to report it. */
    private record Locking(String statement, String table, Span at) {}

    /** The lock a statement waits for on a table in use, or null when it takes none worth a timeout. */
    private static Locking locking(MigrationStep step, Statement s) {
        if (s instanceof AlterTable a && !step.createdHere(a.table()) && !a.actions().stream().allMatch(x -> x instanceof AlterAction.ValidateConstraint)) {
            String table = a.table().display();
            return new Locking("ALTER TABLE " + table, table, a.source() != null ? a.source().nameRange() : a.range());
        }
        if (s instanceof CreateIndex c && !c.concurrently() && !step.createdHere(c.table())) {
            String table = c.table().display();
            boolean named = c.index().name() != null && c.index().source() != null;
            return new Locking("CREATE INDEX " + (named ? c.index().name() + " " : "") + "on " + table, table,
                    named ? c.index().source().nameRange() : c.range());
        }
        if (s instanceof Drop d && (d.kind() == Drop.Kind.TABLE || d.kind() == Drop.Kind.INDEX && !d.concurrently())) {
            for (int i = 0; i < d.names().size(); i++) {
                QualifiedName name = d.names().get(i);
                String shown = name.display();
                if (d.kind() == Drop.Kind.TABLE && step.existedBefore(name)) return new Locking("DROP TABLE " + shown, shown, d.nameRanges().get(i));
                if (d.kind() == Drop.Kind.INDEX && step.indexExistedBefore(name)) return new Locking("DROP INDEX " + shown, ITS_TABLE, d.nameRanges().get(i));
            }
        }
        return null;
    }

    /**
     * Whether lock_timeout is in force at each statement of a migration: a session setting (SET, set_config(...,
     * false)) lasts until RESET, a local one (SET LOCAL, set_config(..., true)) until its transaction ends, and only
     * inside a transaction at all. Zero and DEFAULT turn it off.
     */
    private static final class LockTimeout {
        private boolean session;
        private boolean local;
        /** Why the timeout is not in force, for the message (" (SET LOCAL on line 3 has no effect ...)"), or "". */
        private String why = "";

        boolean on() {
            return session || local;
        }

        String why() {
            return why;
        }

        /** Takes in a statement that sets, resets or ends a setting of lock_timeout; true when it is one of those. */
        boolean apply(RuleContext ctx, MigrationStep step, Statement s) {
            if (MigrationStep.closesTransaction(s)) {
                if (local) why = " (the SET LOCAL before it ended with its transaction on line " + MigrationChecks.line(ctx, step, s) + ")";
                local = false;
                return true;
            }
            if (!(s instanceof Opaque o)) return false;
            String kind = o.kind().toUpperCase(Locale.ROOT);
            if (!kind.equals("SET") && !kind.equals("RESET") && !kind.equals("SELECT") && !kind.equals("DO")) return false;
            String text = MigrationChecks.text(ctx, step, s.range());
            int line = MigrationChecks.line(ctx, step, s);
            Matcher set = SET.matcher(text);
            if (kind.equals("SET") && set.matches()) {
                set(step, s, set.group(1) != null && set.group(1).trim().equalsIgnoreCase("local"), set.group(2), line);
                return true;
            }
            if (kind.equals("RESET") && RESET.matcher(text).find()) {
                session = local = false;
                why = " (RESET on line " + line + " clears it)";
                return true;
            }
            Matcher config = SET_CONFIG.matcher(text);
            boolean found = false;
            while (config.find()) {
                set(step, s, config.group(2).equalsIgnoreCase("true"), config.group(1), line);
                found = true;
            }
            return found;
        }

        private void set(MigrationStep step, Statement s, boolean isLocal, String value, int line) {
            String v = value.strip();
            if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) v = v.substring(1, v.length() - 1).strip();
            boolean off = v.equalsIgnoreCase("default") || ZERO.matcher(v).matches();
            if (isLocal && !step.inTransaction(s)) {
                why = " (SET LOCAL on line " + line + " has no effect outside a transaction)";
                return;
            }
            if (off) {
                // Zero wins over an earlier setting for the rest of the migration (a local zero strictly only until COMMIT).
                session = local = false;
                why = " (the setting on line " + line + " turns it off)";
            } else if (isLocal) {
                local = true;
            } else {
                session = true;
            }
        }
    }
}
