package dev.schemawise.rules;

import dev.schemawise.model.ColumnType;
import dev.schemawise.model.ddl.AlterAction;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code changing-column-type}: ALTER COLUMN ... TYPE on a table in use rewrites the table under ACCESS EXCLUSIVE,
 * unless the change is one PostgreSQL makes in the catalog only (a longer varchar, varchar to text, ...).
 */
public final class ChangingColumnType implements Rule {
    public static final RuleInfo INFO = new RuleInfo("changing-column-type", "migrations", Severity.WARNING, true,
            Set.of(RuleInfo.Target.POSTGRESQL), RuleInfo.Scope.MIGRATIONS,
            "The type of a column of a table that already exists is not changed in place when that rewrites the whole table.",
            """
            ALTER TABLE ... ALTER COLUMN ... TYPE takes an ACCESS EXCLUSIVE lock, then in most cases rewrites every \
            row of the table and rebuilds all its indexes before it lets go: no reads and no writes until it is done, \
            which on a large table means minutes of downtime. Applications reading the column may also break on the \
            new type. A few changes only touch the catalog, and the rule stays silent on them when it knows the \
            column's type from the earlier migrations: varchar(n) to varchar(m) with m ≥ n, to varchar without a \
            limit or to text; text to varchar without a limit; numeric(p, s) to numeric(q, s) with q ≥ p, or to \
            numeric without a precision; a timestamp, time or interval precision raised or removed; the same type \
            again. A USING expression other than the column itself (or the column cast) makes any change a \
            rewrite. Changes on a table created by the same migration are fine too: nobody uses it yet. Same id \
            as squawk's rule.

            Bad (orders was created by an earlier migration with id integer):

                ALTER TABLE orders ALTER COLUMN id TYPE bigint;

            Good: add a column of the new type, fill it for new rows (a trigger, or the application writing both), \
            backfill the old rows in batches, then switch the columns over in one short transaction:

                ALTER TABLE orders ADD COLUMN id_new bigint;
                -- trigger or dual writes; backfill: UPDATE orders SET id_new = id WHERE id BETWEEN ... ;
                ALTER TABLE orders RENAME COLUMN id TO id_old;
                ALTER TABLE orders RENAME COLUMN id_new TO id;

            Also good, no rewrite (name was varchar(100)):

                ALTER TABLE orders ALTER COLUMN name TYPE varchar(200);
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.existingTableAlters(ctx, (step, alter) -> {
            for (AlterAction action : alter.actions()) {
                if (!(action instanceof AlterAction.AlterColumnType change)) continue;
                ColumnType before = step.columnTypeBefore(alter.table(), change.column());
                boolean plainUsing = change.using() == null || usesColumnAsIs(change.using(), change.column());
                if (before != null && plainUsing && catalogOnly(before, change.type())) continue;
                String was = before != null ? " (was " + before.raw() + ")" : "";
                String message = "ALTER COLUMN " + change.column() + " TYPE " + change.type().raw() + was + " on "
                        + MigrationChecks.existing(alter.table()) + " rewrites every row and rebuilds the table's indexes while holding "
                        + "ACCESS EXCLUSIVE on " + alter.table().display() + " (reads and writes wait); add a column of the new "
                        + "type, fill it for new rows and backfill the old ones in batches, then swap the columns"
                        + (before == null ? " (its type before this migration is unknown, so a change that needs no rewrite cannot be "
                                + "recognised)" : "");
                ctx.report(step.file(), change.range(), message, List.of());
            }
        });
    }

    /** Whether a USING expression is the column itself, possibly parenthesised, quoted or cast: no different from none. */
    static boolean usesColumnAsIs(String using, String column) {
        String u = using.strip();
        while (u.startsWith("(") && u.endsWith(")")) u = u.substring(1, u.length() - 1).strip();
        int cast = u.indexOf("::");
        if (cast >= 0) {
            if (u.indexOf("::", cast + 2) >= 0) return false;
            u = u.substring(0, cast).strip();
        }
        if (u.startsWith("\"") && u.endsWith("\"") && u.length() > 1) return u.substring(1, u.length() - 1).equals(column);
        return u.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether PostgreSQL changes a column from one type to the other in the catalog only, without a rewrite: the same
     * type, or a binary-coercible change that only relaxes a length or precision limit (the cases its varchar,
     * numeric and datetime "support" functions prove to be no-ops).
     */
    static boolean catalogOnly(ColumnType from, ColumnType to) {
        if (from.arrayDimensions() != to.arrayDimensions()) return false;
        String a = canonical(from);
        String b = canonical(to);
        List<Integer> fromArgs = integers(from.arguments());
        List<Integer> toArgs = integers(to.arguments());
        if (fromArgs == null || toArgs == null) return false;
        if (a.equals(b) && fromArgs.equals(toArgs)) return true;
        if (from.isArray()) return false;
        return switch (a + ">" + b) {
            // a limit removed or raised
            case "varchar>varchar", "timestamp>timestamp", "timestamptz>timestamptz", "time>time", "timetz>timetz", "interval>interval" ->
                    toArgs.isEmpty() || fromArgs.size() == 1 && toArgs.size() == 1 && toArgs.get(0) >= fromArgs.get(0);
            case "varchar>text" -> true;
            case "text>varchar" -> toArgs.isEmpty();
            // numeric(p[, s]): the scale kept, the precision not lowered; or the limit removed
            case "numeric>numeric" -> toArgs.isEmpty()
                    || !fromArgs.isEmpty() && toArgs.get(0) >= fromArgs.get(0) && scale(toArgs) == scale(fromArgs);
            default -> false;
        };
    }

    private static int scale(List<Integer> numericArgs) {
        return numericArgs.size() > 1 ? numericArgs.get(1) : 0;
    }

    /** The type's name as PostgreSQL knows it, whatever alias was written ("character varying", "int", ...). */
    private static String canonical(ColumnType t) {
        return switch (t.family()) {
            case SMALLINT -> "int2";
            case INTEGER -> "int4";
            case BIGINT -> "int8";
            case NUMERIC -> "numeric";
            case REAL -> "float4";
            case DOUBLE -> "float8";
            case BOOLEAN -> "bool";
            case VARCHAR -> "varchar";
            case CHAR -> "bpchar";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMPTZ -> "timestamptz";
            case TIME -> "time";
            case TIMETZ -> "timetz";
            default -> t.name();
        };
    }

    /** Type arguments as numbers; null when one is not a number (then no relaxation is assumed). */
    private static List<Integer> integers(List<String> arguments) {
        try {
            return arguments.stream().map(s -> Integer.parseInt(s.strip())).toList();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
