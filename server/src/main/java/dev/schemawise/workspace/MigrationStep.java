package dev.schemawise.workspace;

import dev.schemawise.model.ColumnType;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Schema;
import dev.schemawise.model.ddl.AlterTable;
import dev.schemawise.model.ddl.CommentOn;
import dev.schemawise.model.ddl.CreateIndex;
import dev.schemawise.model.ddl.CreateTable;
import dev.schemawise.model.ddl.Drop;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One migration of a migrations folder as migration rules see it: its up statements (and down statements, for
 * tools that have them) and what existed before it ran, from replaying the migrations before it. A table created by
 * the same migration is new: locking a table nobody uses yet is harmless, so most locking rules stay silent on it.
 *
 * @param index         the migration's position in the folder's order, from 0
 * @param up            the statements applying it (for dbmate, those before its "-- migrate:down" line)
 * @param down          the statements reverting it (a golang-migrate/sqlx .down.sql, Flyway U file or dbmate down
 *                      section); empty when there are none
 * @param downFile      the file holding the down statements (for dbmate the migration's own file, when it has a down
 *                      section), or null when the migration has no down part at all
 * @param tablesBefore  keys ({@link Schema#key}) of the tables the up statements name that existed before the migration
 * @param tablesCreated keys of the tables this migration creates (CREATE TABLE among its up statements)
 * @param indexesBefore keys ({@link Dialect#key}) of the indexes its DROP INDEX statements name that existed before it
 * @param columnTypesBefore the types before the migration of the columns its ALTER COLUMN ... TYPE actions change, by
 *                      {@link #columnKey}; a column unknown before it (made outside the migrations, or added by the
 *                      same migration) has no entry
 * @param toolTransaction whether the tool runs the up statements inside one transaction (the file may also open one
 *                        itself: see {@link #transactional()} and {@link #inTransaction})
 */
public record MigrationStep(Migration migration, int index, Dialect dialect, List<Statement> up, List<Statement> down, String downFile,
                            Set<String> tablesBefore, Set<String> tablesCreated, Set<String> indexesBefore,
                            Map<String, ColumnType> columnTypesBefore, boolean toolTransaction) {

    public MigrationStep {
        up = List.copyOf(up);
        down = List.copyOf(down);
        tablesBefore = Set.copyOf(tablesBefore);
        tablesCreated = Set.copyOf(tablesCreated);
        indexesBefore = Set.copyOf(indexesBefore);
        columnTypesBefore = Map.copyOf(columnTypesBefore);
    }

    /** The file of the up statements. */
    public String file() {
        return migration.upFile();
    }

    /** Whether a table existed before this migration ran (false for one it creates, or one no migration created). */
    public boolean existedBefore(QualifiedName table) {
        return table != null && tablesBefore.contains(Schema.key(dialect, table));
    }

    /**
     * Whether this migration creates the table: then nobody uses it yet, and locks on it harm no one. A table that
     * is neither created here nor known from earlier migrations (made outside them) counts as existing.
     */
    public boolean createdHere(QualifiedName table) {
        return table != null && tablesCreated.contains(Schema.key(dialect, table));
    }

    /** Whether an index existed before this migration ran. */
    public boolean indexExistedBefore(QualifiedName index) {
        return index != null && indexesBefore.contains(dialect.key(index.name()));
    }

    /**
     * A column's type before this migration ran, for the columns its ALTER COLUMN ... TYPE actions change; null when
     * unknown. A column changed twice by one migration is seen with its type before the first change.
     */
    public ColumnType columnTypeBefore(QualifiedName table, String column) {
        return table == null || column == null ? null : columnTypesBefore.get(columnKey(dialect, table, column));
    }

    /** The key of a table's column in {@link #columnTypesBefore}. */
    public static String columnKey(Dialect dialect, QualifiedName table, String column) {
        return Schema.key(dialect, table) + "\u0000" + dialect.key(column);
    }

    /**
     * Whether the up statements run in a transaction, all or some of them: the tool wraps them in one, or the file
     * opens one itself (BEGIN, START TRANSACTION).
     */
    public boolean transactional() {
        return toolTransaction || up.stream().anyMatch(MigrationStep::opensTransaction);
    }

    /**
     * Whether an up statement of this migration runs inside a transaction: the tool wraps the migration in one, or a
     * BEGIN before it in the file is not yet closed (by COMMIT, END, ROLLBACK or ABORT) when it runs.
     */
    public boolean inTransaction(Statement s) {
        return toolTransaction || openedBy(s) != null;
    }

    /**
     * The BEGIN (or START TRANSACTION) of the file whose transaction is still open when {@code s} runs, or null when
     * the file opens none before it or closes it again first.
     */
    public Statement openedBy(Statement s) {
        Statement open = null;
        for (Statement t : up) {
            if (t == s) return open;
            if (opensTransaction(t)) open = t;
            else if (closesTransaction(t)) open = null;
        }
        return null;
    }

    /**
     * The transaction each up statement of a migration runs in, by its position in {@link #up()}:
     * statements with the same number share one, -1 is outside any (each statement commits on its own). A migration
     * the tool runs in a transaction is one throughout; in a file that opens transactions itself, BEGIN or START
     * TRANSACTION starts one and COMMIT, END or ROLLBACK ends it (statements before its BEGIN count as outside, even
     * if the tool wraps the file too: the rules then err on the side of silence).
     */
    public int[] transactions() {
        int[] out = new int[up.size()];
        boolean opensItself = up.stream().anyMatch(MigrationStep::opensTransaction);
        if (!opensItself) {
            Arrays.fill(out, transactional() ? 0 : -1);
            return out;
        }
        int current = -1;
        int next = 0;
        for (int i = 0; i < up.size(); i++) {
            Statement s = up.get(i);
            if (opensTransaction(s)) current = next++;
            out[i] = current;
            if (closesTransaction(s)) current = -1;
        }
        return out;
    }

    /**
     * Whether adding a statement to this migration would make it run in a transaction where it does not now: tools
     * that send the file as one query run a file of one statement outside a transaction, and one of two inside one
     * (see {@link MigrationTool#sendsFileAsOneQuery}). A fix that adds a statement would then break a statement that
     * must not run in a transaction (CREATE INDEX CONCURRENTLY).
     */
    public boolean addingStatementStartsTransaction() {
        return !transactional() && migration.tool().sendsFileAsOneQuery();
    }

    /** The tables a statement works on, by name as written (CREATE/ALTER/DROP TABLE, CREATE INDEX, COMMENT ON). */
    public static List<QualifiedName> tables(Statement s) {
        List<QualifiedName> out = new ArrayList<>();
        if (s instanceof CreateTable c) out.add(c.name());
        else if (s instanceof AlterTable a) out.add(a.table());
        else if (s instanceof CreateIndex c) out.add(c.table());
        else if (s instanceof Drop d && d.kind() == Drop.Kind.TABLE) out.addAll(d.names());
        else if (s instanceof Drop d && d.onTable() != null) out.add(d.onTable());
        else if (s instanceof CommentOn c && (c.target() == CommentOn.Target.TABLE || c.target() == CommentOn.Target.COLUMN) && c.object() != null) {
            out.add(c.object());
        }
        return out;
    }

    /**
     * Whether a statement is CREATE INDEX CONCURRENTLY or DROP INDEX CONCURRENTLY, which PostgreSQL refuses to run
     * inside a transaction block.
     */
    public static boolean concurrentIndexStatement(Statement s) {
        return s instanceof CreateIndex c && c.concurrently() || s instanceof Drop d && d.kind() == Drop.Kind.INDEX && d.concurrently();
    }

    /** Whether a statement opens a transaction (BEGIN, START TRANSACTION). */
    public static boolean opensTransaction(Statement s) {
        if (!(s instanceof Opaque o)) return false;
        String kind = o.kind().toUpperCase(Locale.ROOT);
        return kind.equals("BEGIN") || kind.equals("START");
    }

    /** Whether a statement ends a transaction (COMMIT, END, ROLLBACK, ABORT). ROLLBACK TO SAVEPOINT is counted too. */
    public static boolean closesTransaction(Statement s) {
        if (!(s instanceof Opaque o)) return false;
        String kind = o.kind().toUpperCase(Locale.ROOT);
        return kind.equals("COMMIT") || kind.equals("END") || kind.equals("ROLLBACK") || kind.equals("ABORT");
    }
}
