package dev.schemawise.rules;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.MigrationStep;
import dev.schemawise.workspace.MigrationTool;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * What migration rules share: walking the migrations' up statements, finding words in a statement's text, saying
 * why a statement runs in a transaction and how to run it outside one, and the fix adding CONCURRENTLY.
 */
final class MigrationChecks {
    private MigrationChecks() {}

    /** Every up statement of every migration of the unit, in order, with its migration. */
    static void upStatements(RuleContext ctx, BiConsumer<MigrationStep, Statement> action) {
        for (MigrationStep step : ctx.unit().steps()) {
            for (Statement s : step.up()) action.accept(step, s);
        }
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
            } else if (isWordChar(c)) {
                int start = i;
                while (i < end && isWordChar(text.charAt(i))) i++;
                if (i - start == word.length() && text.regionMatches(true, start, word, 0, word.length())) return start;
            } else {
                i++;
            }
        }
        return -1;
    }

    /**
     * The offset just after {@code word} (ASCII case ignored) when it is the next word of {@code text} from
     * {@code from} on, after whitespace and comments; -1 when the next word is another one.
     */
    static int after(String text, String word, int from, int to) {
        int i = skipSpace(text, from, Math.min(to, text.length()));
        int end = i + word.length();
        if (end > to || !text.regionMatches(true, i, word, 0, word.length())) return -1;
        return end < text.length() && isWordChar(text.charAt(end)) ? -1 : end;
    }

    /** The first offset from {@code from} that is neither whitespace nor inside a comment. */
    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < to && text.charAt(i + 1) == '-') {
                while (i < to && text.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < to && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? to : close + 2;
            } else {
                break;
            }
        }
        return i;
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

    /** A table's name for messages: {@code orders}, or {@code billing.orders} outside the default schema. */
    static String name(QualifiedName table) {
        String schema = table.schema();
        // "{{ .Options.Namespace }}" and the like: a schema filled in by a template (supabase/auth) reads as the default
        boolean plain = schema == null || schema.equalsIgnoreCase("public") || schema.startsWith("{{") || schema.startsWith("\"{{");
        return plain ? table.name() : schema + "." + table.name();
    }
}
