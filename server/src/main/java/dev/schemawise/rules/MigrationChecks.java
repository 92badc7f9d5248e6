package dev.schemawise.rules;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.MigrationStep;
import java.util.function.BiConsumer;

/** What migration rules share: walking the migrations' up statements, and finding words in a statement's text. */
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

    /**
     * A data statement (UPDATE, DELETE, INSERT, ...) as JSqlParser reads it, or null when JSqlParser cannot read it
     * (dialect syntax it does not know, a template placeholder): such statements are skipped, never reported.
     * Parsed on the calling thread (JSqlParser's own {@code parse} runs each statement on an executor).
     */
    static net.sf.jsqlparser.statement.Statement dml(String statementText) {
        String text = statementText.strip();
        if (text.endsWith(";")) text = text.substring(0, text.length() - 1);
        try {
            return net.sf.jsqlparser.parser.CCJSqlParserUtil.newParser(text).Statement();
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }

    /** The whole line holding an offset, without its line break (where the squiggle goes for a finding about a whole migration). */
    static Span line(RuleContext ctx, String file, int offset) {
        dev.schemawise.text.LineIndex lines = ctx.lines(file);
        int line = lines.line(offset);
        return ctx.span(file, lines.lineStart(line), lines.lineEnd(line));
    }

    /** A table's name for messages: {@code orders}, or {@code billing.orders} outside the default schema. */
    static String name(QualifiedName table) {
        String schema = table.schema();
        // "{{ .Options.Namespace }}" and the like: a schema filled in by a template (supabase/auth) reads as the default
        boolean plain = schema == null || schema.equalsIgnoreCase("public") || schema.startsWith("{{") || schema.startsWith("\"{{");
        return plain ? table.name() : schema + "." + table.name();
    }
}
