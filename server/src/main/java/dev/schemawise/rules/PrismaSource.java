package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Table;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;

/** Writing Prisma for fixes: field and block attributes, relation arguments, optional markers. */
public final class PrismaSource {
    private PrismaSource() {}

    /** The field name of a column (its Prisma name, not the @map'ped database name). */
    public static String fieldName(Table table, String column) {
        Column c = table.column(column);
        return c == null ? column : c.declaredName();
    }

    /**
     * Adds a block attribute ({@code @@index([authorId])}) on its own line before the model's closing brace,
     * after the other block attributes, or after a blank line when there are none yet.
     */
    public static TextEdit addBlockAttribute(RuleContext ctx, Table table, String attribute) {
        String file = table.source().file();
        String text = ctx.text(file);
        LineIndex lines = ctx.lines(file);
        int close = table.source().range().end() - 1;
        if (close < 0 || close >= text.length() || text.charAt(close) != '}') close = table.source().range().end();
        int line = lines.line(close);
        int previous = line - 1;
        while (previous > lines.line(table.source().range().start()) && text.substring(lines.lineStart(previous), lines.lineEnd(previous)).isBlank()) {
            previous--;
        }
        String previousText = text.substring(lines.lineStart(previous), lines.lineEnd(previous)).strip();
        String indent = "  ";
        String insertion = previousText.startsWith("@@") ? "\n" + indent + attribute : "\n\n" + indent + attribute;
        return Edits.insert(ctx, file, lines.lineEnd(previous), insertion);
    }

    /** Appends a field attribute ({@code @unique}) to a field's line. */
    public static TextEdit addFieldAttribute(RuleContext ctx, Column column, String attribute) {
        return Edits.insert(ctx, column.source().file(), column.source().range().end(), " " + attribute);
    }

    /** Makes an optional field required by deleting the "?" of its type; null when the type has none. */
    public static TextEdit removeOptional(RuleContext ctx, Column column) {
        String text = ctx.text(column.source().file());
        int end = column.typeRange().end();
        if (end <= 0 || end > text.length() || text.charAt(end - 1) != '?') return null;
        // A space keeps the attributes after it aligned the way prisma format aligned them.
        boolean aligned = end < text.length() && text.charAt(end) == ' ';
        return Edits.replace(ctx, column.source().file(), end - 1, end, aligned ? " " : "");
    }

    /** Adds {@code argument} to a relation's @relation(...) attribute, before its closing parenthesis. */
    public static TextEdit addRelationArgument(RuleContext ctx, ForeignKey fk, String argument) {
        String file = fk.source().file();
        String text = ctx.text(file);
        int end = fk.actionsRange().end();
        if (end <= 0 || end > text.length() || text.charAt(end - 1) != ')') return null;
        int close = end - 1;
        int before = close - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
        boolean empty = before >= 0 && text.charAt(before) == '(';
        return Edits.insert(ctx, file, close, (empty ? "" : ", ") + argument);
    }

    /** The syntax of a field (the field behind a column), to reach its attributes; null when it cannot be found. */
    public static PrismaAst.Field field(RuleContext ctx, Column column) {
        FileReport file = ctx.workspace().file(column.source().file());
        if (file == null || file.prisma() == null) return null;
        Span at = column.source().range();
        for (PrismaAst.Block b : file.prisma().blocks()) {
            if (!b.range().encloses(at)) continue;
            for (PrismaAst.Field f : b.fields()) {
                if (f.range().start() == at.start() && f.range().end() == at.end()) return f;
            }
        }
        return null;
    }

    /** The native type attribute of a field ({@code @db.VarChar(191)}), or null when it has none. */
    public static PrismaAst.Attribute nativeType(RuleContext ctx, Column column) {
        PrismaAst.Field f = field(ctx, column);
        if (f == null) return null;
        for (PrismaAst.Attribute a : f.attributes()) {
            if (a.name().startsWith("db.")) return a;
        }
        return null;
    }

    /** The scalar, enum or model name of a field's type as written: {@code DateTime} of {@code DateTime?}. */
    public static String typeName(RuleContext ctx, Column column) {
        String text = ctx.text(column.source().file());
        Span type = column.typeRange();
        if (type == null || type.end() > text.length()) return "";
        String written = text.substring(type.start(), type.end());
        int end = 0;
        while (end < written.length() && (Character.isLetterOrDigit(written.charAt(end)) || written.charAt(end) == '_')) end++;
        return written.substring(0, end);
    }

    /** Replaces the name of a field's type, keeping its {@code ?} or {@code []}: {@code Float?} becomes {@code Decimal?}. */
    public static TextEdit replaceTypeName(RuleContext ctx, Column column, String newName) {
        String name = typeName(ctx, column);
        if (name.isEmpty()) return null;
        int start = column.typeRange().start();
        return Edits.replace(ctx, column.source().file(), start, start + name.length(), newName);
    }

    /** Deletes a field attribute together with the spaces before it: {@code Json @db.Json} becomes {@code Json}. */
    public static TextEdit removeAttribute(RuleContext ctx, Column column, PrismaAst.Attribute attribute) {
        String file = column.source().file();
        String text = ctx.text(file);
        int start = attribute.range().start();
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) start--;
        return Edits.replace(ctx, file, start, attribute.range().end(), "");
    }
}
