package dev.schemawise.rules;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.ddl.AlterTable;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.MigrationStep;
import dev.schemawise.workspace.MigrationTool;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * What migration rules share: walking the migrations' up statements (all of them, or the ALTER TABLEs of tables in
 * use), telling which statements share a transaction, the wording of the NOT VALID/VALIDATE recipe, and finding words
 * in a statement's text.
 */
final class MigrationChecks {
    private MigrationChecks() {}

    /** Every up statement of every migration of the unit, in order, with its migration. */
    static void upStatements(RuleContext ctx, BiConsumer<MigrationStep, Statement> action) {
        for (MigrationStep step : ctx.unit().steps()) {
            for (Statement s : step.up()) action.accept(step, s);
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
     * The transaction each up statement of a migration runs in, by its position in {@link MigrationStep#up()}:
     * statements with the same number share one, -1 is outside any (each statement commits on its own). A migration
     * the tool runs in a transaction is one throughout; in a file that opens transactions itself, BEGIN or START
     * TRANSACTION starts one and COMMIT, END or ROLLBACK ends it (statements before its BEGIN count as outside, even
     * if the tool wraps the file too: the rules then err on the side of silence).
     */
    static int[] transactions(MigrationStep step) {
        List<Statement> up = step.up();
        int[] out = new int[up.size()];
        boolean opensItself = up.stream().anyMatch(MigrationStep::opensTransaction);
        if (!opensItself) {
            Arrays.fill(out, step.transactional() ? 0 : -1);
            return out;
        }
        int current = -1;
        int next = 0;
        for (int i = 0; i < up.size(); i++) {
            Statement s = up.get(i);
            if (MigrationStep.opensTransaction(s)) current = next++;
            out[i] = current;
            if (closesTransaction(s)) current = -1;
        }
        return out;
    }

    /**
     * Whether a statement added to a migration would commit on its own, apart from the migration's other statements:
     * the migration does not run in a transaction, and its tool does not send the file as one query (Prisma Migrate
     * does, and PostgreSQL runs a query of several statements as one transaction, so a second statement would join
     * the first one's).
     */
    static boolean addedStatementCommitsAlone(MigrationStep step) {
        return !step.transactional() && step.migration().tool() != MigrationTool.PRISMA;
    }

    /** Whether a statement ends the open transaction (COMMIT, END, ROLLBACK). */
    static boolean closesTransaction(Statement s) {
        if (!(s instanceof Opaque o)) return false;
        String kind = o.kind().toUpperCase(Locale.ROOT);
        return kind.equals("COMMIT") || kind.equals("END") || kind.equals("ROLLBACK");
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
        return name(table) + ", a table that exists before this migration,";
    }

    /** The text of a statement of a migration's up file ("" when the file is gone). */
    static String text(RuleContext ctx, MigrationStep step, Span range) {
        String text = ctx.text(step.file());
        return range.end() <= text.length() ? text.substring(range.start(), range.end()) : "";
    }

    /**
     * The offset of the first whole word {@code word} (ASCII case ignored) in {@code text[from, to)}, outside
     * comments and quotes; -1 if none.
     */
    static int word(String text, String word, int from, int to) {
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
                i = close < 0 ? end : close + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int start = i;
                while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '$')) i++;
                if (i - start == word.length() && text.regionMatches(true, start, word, 0, word.length())) return start;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** A table's name for messages: {@code orders}, or {@code billing.orders} outside the default schema. */
    static String name(QualifiedName table) {
        String schema = table.schema();
        // "{{ .Options.Namespace }}" and the like: a schema filled in by a template (supabase/auth) reads as the default
        boolean plain = schema == null || schema.equalsIgnoreCase("public") || schema.startsWith("{{") || schema.startsWith("\"{{");
        return plain ? table.name() : schema + "." + table.name();
    }
}
