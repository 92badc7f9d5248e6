package dev.schemawise.rules;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Schema;
import dev.schemawise.model.ddl.AlterAction;
import dev.schemawise.model.ddl.AlterTable;
import dev.schemawise.model.ddl.CreateTable;
import dev.schemawise.model.ddl.CreateView;
import dev.schemawise.model.ddl.Drop;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.MigrationStep;
import dev.schemawise.workspace.MigrationTool;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What migration rules share: walking the migrations' up statements (all of them, the ALTER TABLEs of tables in use,
 * or each seen among the others of its migration, {@link At}), telling which statements share a transaction and why,
 * how to run one outside a transaction, the fix adding CONCURRENTLY, the wording of the NOT VALID/VALIDATE recipe,
 * and finding words in a statement's text.
 */
final class MigrationChecks {
    private MigrationChecks() {}

    /** Every up statement of every migration of the unit, in order, with its migration. */
    static void upStatements(RuleContext ctx, BiConsumer<MigrationStep, Statement> action) {
        for (MigrationStep step : ctx.unit().steps()) {
            for (Statement s : step.up()) action.accept(step, s);
        }
    }

    /** What a visitor of ALTER TABLE actions gets: the action, its statement, and where that stands. */
    interface ActionVisitor<A extends AlterAction> {
        void visit(At at, AlterTable alter, A action);
    }

    /** Every action of one kind (DropColumn, RenameColumn, ...) of the ALTER TABLE up statements of the migrations. */
    static <A extends AlterAction> void alterActions(RuleContext ctx, Class<A> kind, ActionVisitor<A> visitor) {
        for (MigrationStep step : ctx.unit().steps()) {
            List<Statement> up = step.up();
            for (int i = 0; i < up.size(); i++) {
                if (!(up.get(i) instanceof AlterTable alter)) continue;
                for (AlterAction action : alter.actions()) {
                    if (kind.isInstance(action)) visitor.visit(new At(ctx, step, i), alter, kind.cast(action));
                }
            }
        }
    }

    /** Every up statement of every migration, with where it stands in its migration. */
    static void upStatementsAt(RuleContext ctx, BiConsumer<At, Statement> action) {
        for (MigrationStep step : ctx.unit().steps()) {
            for (int i = 0; i < step.up().size(); i++) action.accept(new At(ctx, step, i), step.up().get(i));
        }
    }

    /**
     * The up statement {@code index} of a migration, seen among the others: whether the migration itself made the
     * table or column the statement works on, and whether it puts something new in the place of what it drops or
     * renames. Rules ask this of the names a statement works on (the table, and a column of it or null for the
     * table itself); the answers follow the migration's own statements in order, renames included.
     */
    record At(RuleContext ctx, MigrationStep step, int index) {

        /** The file of the migration's up statements. */
        String file() {
            return step.file();
        }

        /**
         * Whether an earlier statement of the migration made the table (column null) or the column now under this
         * name: CREATE TABLE or CREATE VIEW, ADD COLUMN, or a rename of something it made. Nothing uses it yet, so
         * changing it breaks no one. (A table made outside the migrations is not made here: it counts as in use.)
         */
        boolean madeHere(QualifiedName table, String column) {
            return origin(table, column).made();
        }

        /**
         * Whether, once the migration is done, the name the table (column) had when the migration began is held
         * again by something the migration made: a table dropped and created anew, a column swapped for a new one
         * under its name, a table renamed aside with a new table or a view in its place. Prisma's table redefinition
         * (create new_t, copy, drop t, rename new_t to t) and a hand-written column swap (add, copy, drop, rename) look
         * like this; so does dropping something and creating it again empty ({@link #copiedBefore} tells them apart).
         */
        boolean replaced(QualifiedName table, String column) {
            Origin before = origin(table, column);
            return !before.made() && new At(ctx, step, step.up().size()).madeHere(before.table(), before.column());
        }

        /**
         * Whether an earlier statement of the migration reads the table (and the column, if any) while writing
         * rows: an INSERT, UPDATE or MERGE naming them (INSERT INTO new_t SELECT ... FROM t; UPDATE t SET c_new =
         * f(c)), or a CREATE TABLE ... AS naming them. Taken with {@link #replaced}, the data is carried over.
         */
        boolean copiedBefore(QualifiedName table, String column) {
            for (int j = index - 1; j >= 0; j--) {
                Statement s = step.up().get(j);
                boolean writes = s instanceof Opaque o && COPYING.contains(o.kind()) || s instanceof CreateTable c && c.asQuery();
                if (!writes) continue;
                String text = text(ctx, step, s.range());
                if (mentions(text, table.name(), 0, text.length()) && (column == null || mentions(text, column, 0, text.length()))) return true;
            }
            return false;
        }

        private static final Set<String> COPYING = Set.of("INSERT", "UPDATE", "MERGE", "WITH");

        /**
         * Where what the table (column) names just before this statement comes from, following the migration's
         * statements back: made by one of them ({@code made}), or else its name when the migration began.
         */
        private Origin origin(QualifiedName table, String column) {
            String t = key(table);
            String c = column == null ? null : step.dialect().key(column);
            QualifiedName name = table;
            for (int j = index - 1; j >= 0; j--) {
                Statement s = step.up().get(j);
                if (s instanceof CreateTable create && key(create.name()).equals(t)) return Origin.MADE;
                if (s instanceof CreateView view && key(view.view().name()).equals(t)) return Origin.MADE;
                if (s instanceof Drop drop && drop.kind() == Drop.Kind.TABLE && drops(drop, t)) break;
                if (!(s instanceof AlterTable alter)) continue;
                List<AlterAction> actions = alter.actions();
                for (int k = actions.size() - 1; k >= 0; k--) {
                    AlterAction a = actions.get(k);
                    boolean here = key(alter.table()).equals(t);
                    if (a instanceof AlterAction.RenameTable r && key(renamed(alter.table(), r.newName())).equals(t)) {
                        name = alter.table();
                        t = key(name);
                    } else if (here && a instanceof AlterAction.RenameTable) {
                        return new Origin(false, name, column); // renamed away: the name held nothing from here on
                    } else if (here && c != null && a instanceof AlterAction.AddColumn add && step.dialect().key(add.column().name()).equals(c)) {
                        return Origin.MADE;
                    } else if (here && c != null && a instanceof AlterAction.RenameColumn r && step.dialect().key(r.to()).equals(c)) {
                        column = r.from();
                        c = step.dialect().key(column);
                    } else if (here && c != null && (a instanceof AlterAction.RenameColumn r && step.dialect().key(r.from()).equals(c)
                            || a instanceof AlterAction.DropColumn d && step.dialect().key(d.column()).equals(c))) {
                        return new Origin(false, name, column);
                    }
                }
            }
            return new Origin(false, name, column);
        }

        private boolean drops(Drop drop, String tableKey) {
            for (QualifiedName n : drop.names()) {
                if (key(n).equals(tableKey)) return true;
            }
            return false;
        }

        private String key(QualifiedName table) {
            return Schema.key(step.dialect(), table);
        }

        /** A table's name after RENAME TO: an unqualified new name stays in the table's schema. */
        private static QualifiedName renamed(QualifiedName table, QualifiedName newName) {
            return newName.schema() == null && table.schema() != null ? new QualifiedName(table.schema(), newName.name()) : newName;
        }

        /** Made by the migration, or else the table (and column) under its name from before the migration. */
        private record Origin(boolean made, QualifiedName table, String column) {
            static final Origin MADE = new Origin(true, null, null);
        }
    }

    /**
     * Every up ALTER TABLE of a table the same migration does not create (one that existed before it, or was made
     * outside the migrations), in order, with its migration: the statements whose locks and scans hit a table in use.
     */
    static void existingTableAlters(RuleContext ctx, BiConsumer<MigrationStep, AlterTable> action) {
        upStatements(ctx, (step, s) -> {
            AlterTable a = existingTableAlter(step, s);
            if (a != null) action.accept(step, a);
        });
    }

    /** The statement as an ALTER TABLE of a table its migration does not create, or null. */
    static AlterTable existingTableAlter(MigrationStep step, Statement s) {
        return s instanceof AlterTable a && !step.createdHere(a.table()) ? a : null;
    }

    /**
     * Whether a statement added to a migration would commit on its own, apart from the migration's other statements:
     * the migration does not run in a transaction, and adding a statement would not start one (see
     * {@link MigrationStep#addingStatementStartsTransaction}: Prisma Migrate and golang-migrate send the file as one
     * query, and PostgreSQL runs a query of several statements as one transaction).
     */
    static boolean addedStatementCommitsAlone(MigrationStep step) {
        return !step.transactional() && !step.addingStatementStartsTransaction();
    }


    /**
     * The second half of the NOT VALID recipe, for messages: {@code then VALIDATE CONSTRAINT name in ...}, naming
     * where the validation has to go so that it does not run under the lock of the statement adding the constraint.
     */
    static String validateLater(MigrationStep step, String constraint) {
        return "then VALIDATE CONSTRAINT " + constraint
                + (addedStatementCommitsAlone(step) ? " in a statement of its own after that (it takes only a SHARE UPDATE EXCLUSIVE lock: reads and writes go on)"
                        : " in a later migration (in this one it would share the add's transaction, which keeps the lock until it commits)");
    }

    /** {@code orders, a table that exists before this migration,} for messages about a table the migration alters. */
    static String existing(QualifiedName table) {
        return table.display() + ", a table that exists before this migration,";
    }

    /** The text of a statement of a migration's up file ("" when the file is gone). */
    static String text(RuleContext ctx, MigrationStep step, Span range) {
        String text = ctx.text(step.file());
        return range.end() <= text.length() ? text.substring(range.start(), range.end()) : "";
    }

    /**
     * The offset of the first whole word {@code word} (ASCII case ignored) in {@code text[from, to)}, outside
     * comments, quotes and quoted identifiers; -1 if none.
     */
    static int word(String text, String word, int from, int to) {
        return tokens(text, from, to, (start, end, quoted) -> !quoted && end - start == word.length()
                && text.regionMatches(true, start, word, 0, word.length()));
    }

    /**
     * Whether {@code text[from, to)} names the identifier {@code name} (as the database knows it, after case
     * folding) outside comments and string literals: quoted as it is, or bare in any case (PostgreSQL folds a bare
     * name to lower case).
     */
    static boolean mentions(String text, String name, int from, int to) {
        return tokens(text, from, to, (start, end, quoted) -> end - start == name.length()
                && (quoted ? text.startsWith(name, start) : text.substring(start, end).toLowerCase(Locale.ROOT).equals(name))) >= 0;
    }

    /** A test of one token of a statement's text: {@code text[start, end)}, the inside of quotes when {@code quoted}. */
    private interface TokenTest {
        boolean test(int start, int end, boolean quoted);
    }

    /**
     * The offset of the first word or quoted identifier ("name", `name`) of {@code text[from, to)} that passes
     * {@code test}, skipping comments and string literals; -1 if none.
     */
    private static int tokens(String text, int from, int to, TokenTest test) {
        int end = Math.min(to, text.length());
        int i = Math.max(0, from);
        while (i < end) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
                while (i < end && text.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < end && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? end : close + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int close = text.indexOf(c, i + 1);
                if (c != '\'' && close > i && close < end && test.test(i + 1, close, true)) return i + 1;
                i = close < 0 ? end : close + 1;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < end && isWordChar(text.charAt(i))) i++;
                if (test.test(start, i, false)) return start;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The whole line holding an offset, without its line break (where the squiggle goes for a finding about a whole migration). */
    static Span line(RuleContext ctx, String file, int offset) {
        dev.schemawise.text.LineIndex lines = ctx.lines(file);
        int line = lines.line(offset);
        return ctx.span(file, lines.lineStart(line), lines.lineEnd(line));
    }

    /**
     * The offset just after {@code word} (ASCII case ignored) when it is the next word of {@code text} from
     * {@code from} on, after whitespace and comments; -1 when the next word is another one.
     */
    static int after(String text, String word, int from, int to) {
        int i = SqlSource.skipSpaceAndComments(text, from, Math.min(to, text.length()), false);
        int end = i + word.length();
        if (end > to || !text.regionMatches(true, i, word, 0, word.length())) return -1;
        return end < text.length() && isWordChar(text.charAt(end)) ? -1 : end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** The 1-based line of a statement of a migration's up file, for messages. */
    static int line(RuleContext ctx, MigrationStep step, Statement s) {
        return ctx.lines(step.file()).line(s.range().start()) + 1;
    }

    // ------------------------------------------------------------------ transactions

    /**
     * Why an up statement runs in a transaction, for messages ("dbmate runs each migration in a transaction unless
     * ..."); null when it does not.
     */
    static String transactionReason(RuleContext ctx, MigrationStep step, Statement s) {
        Statement begin = step.openedBy(s);
        String file = begin == null ? null : "the file opens one with " + transactionKeyword(begin) + " on line " + line(ctx, step, begin);
        if (!step.toolTransaction()) return file;
        MigrationTool tool = step.migration().tool();
        String reason = switch (tool) {
            case PRISMA, GOLANG_MIGRATE -> tool.displayName() + " sends the migration file as one query, which PostgreSQL runs as one transaction "
                    + "when it holds more than one statement (this one holds " + step.up().size() + ")";
            case DBMATE -> "dbmate runs each migration in a transaction unless its \"-- migrate:up\" line says transaction:false";
            case FLYWAY -> "Flyway runs a migration in a transaction unless all its statements must run outside one";
            case DRIZZLE -> "Drizzle's migrator runs all pending migrations in one transaction";
            default -> tool.displayName() + " runs each migration in a transaction";
        };
        return file == null ? reason : reason + " (and " + file + ")";
    }

    /**
     * Where a statement that cannot run in a transaction (CREATE INDEX CONCURRENTLY) has to go instead, as a phrase
     * following "run it" or "use CREATE INDEX CONCURRENTLY,": in a migration of its own, as the tool allows, or
     * after the COMMIT of the transaction the file opens.
     */
    static String outsideTransaction(RuleContext ctx, MigrationStep step, Statement s) {
        if (!step.toolTransaction()) {
            Statement begin = step.openedBy(s);
            return begin == null ? "outside a transaction"
                    : "outside the transaction the file opens on line " + line(ctx, step, begin) + " (after its COMMIT)";
        }
        String own = "in a migration of its own that does not run in a transaction";
        return switch (step.migration().tool()) {
            case PRISMA -> own + " (a migration.sql holding only this statement)";
            case GOLANG_MIGRATE -> own + " (an .up.sql file holding only this statement)";
            case DBMATE -> "in a migration that does not run in a transaction (add transaction:false to its \"-- migrate:up\" line, "
                    + "or move the statement to a migration of its own with that option)";
            case FLYWAY -> own + " (Flyway runs a migration holding only CONCURRENTLY statements outside a transaction)";
            case DRIZZLE -> "outside Drizzle's migrator, which runs every migration in its transaction (apply the statement separately)";
            default -> own;
        };
    }

    private static String transactionKeyword(Statement begin) {
        return begin instanceof Opaque o && o.kind().toUpperCase(Locale.ROOT).equals("START") ? "START TRANSACTION" : "BEGIN";
    }

    /**
     * The fix adding CONCURRENTLY after the INDEX keyword of a CREATE INDEX or DROP INDEX; null when the statement
     * runs in a transaction, where CONCURRENTLY would make it fail. The caller checks the statement allows it (DROP
     * INDEX CONCURRENTLY takes one index and no CASCADE).
     */
    static Fix addConcurrently(RuleContext ctx, MigrationStep step, Statement s) {
        if (step.inTransaction(s)) return null;
        int keyword = word(ctx.text(step.file()), "index", s.range().start(), s.range().end());
        if (keyword < 0) return null;
        return Edits.safe("Add CONCURRENTLY", Edits.insert(ctx, step.file(), keyword + "index".length(), " CONCURRENTLY"));
    }

}
