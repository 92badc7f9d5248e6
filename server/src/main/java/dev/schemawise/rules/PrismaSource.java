package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Table;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import java.util.List;

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

    /** A field to add to a model: {@code createdAt DateTime @default(now())}. */
    public record NewField(String name, String type, String attributes) {}

    /**
     * Adds fields after the last field of a model (before its block attributes), aligned with the model's
     * columns the way prisma format aligns them when the new names and types fit.
     */
    public static TextEdit addFields(RuleContext ctx, Table table, List<NewField> fields) {
        String file = table.source().file();
        String text = ctx.text(file);
        LineIndex lines = ctx.lines(file);
        int first = lines.line(table.source().range().start());
        int line = lines.line(Math.max(table.source().range().start(), table.source().range().end() - 1)) - 1;
        while (line > first) {
            String content = text.substring(lines.lineStart(line), lines.lineEnd(line)).strip();
            if (!content.isEmpty() && !content.startsWith("@@") && !content.startsWith("//")) break;
            line--;
        }
        if (line <= first) return null;
        String indent = Edits.indentation(lines, lines.lineStart(line));
        int typeColumn = -1;
        int attributeColumn = -1;
        for (Column c : table.columns()) {
            if (!c.source().file().equals(file) || !table.source().range().encloses(c.source().range())) continue;
            typeColumn = c.typeRange().startColumn();
            int after = c.typeRange().end();
            while (after < c.source().range().end() && text.charAt(after) == ' ') after++;
            if (attributeColumn < 0 && after < c.source().range().end() && text.charAt(after) == '@') attributeColumn = lines.column(after);
        }
        StringBuilder b = new StringBuilder();
        for (NewField f : fields) {
            StringBuilder field = new StringBuilder(indent).append(f.name());
            pad(field, typeColumn);
            field.append(f.type());
            if (!f.attributes().isEmpty()) {
                pad(field, attributeColumn);
                field.append(f.attributes());
            }
            b.append('\n').append(field);
        }
        return Edits.insert(ctx, file, lines.lineEnd(line), b.toString());
    }

    /** Spaces up to {@code column} when there is room, else the one space that separates the parts of a field. */
    private static void pad(StringBuilder field, int column) {
        field.append(' ');
        while (field.length() < column) field.append(' ');
    }

    /**
     * Deletes a block attribute ({@code @@index([a])}) with its line (a trailing comment goes with it), and the blank
     * line before it when it was the model's last line, so the model ends as prisma format would leave it.
     */
    public static TextEdit removeBlockAttribute(RuleContext ctx, dev.schemawise.text.SourceRef attribute) {
        String file = attribute.file();
        String text = ctx.text(file);
        LineIndex lines = ctx.lines(file);
        int line = lines.line(attribute.range().start());
        int lineStart = lines.lineStart(line);
        int lineEnd = lines.lineEnd(line);
        String rest = text.substring(attribute.range().end(), lineEnd).strip();
        if (!text.substring(lineStart, attribute.range().start()).isBlank() || !(rest.isEmpty() || rest.startsWith("//"))) {
            int end = attribute.range().end();
            while (end < lineEnd && text.charAt(end) == ' ') end++;
            return Edits.replace(ctx, file, attribute.range().start(), end, "");
        }
        int end = lines.lineStart(line + 1) > lineStart ? lines.lineStart(line + 1) : lineEnd;
        boolean closesBlock = text.substring(lines.lineStart(line + 1), lines.lineEnd(line + 1)).strip().startsWith("}");
        boolean blankBefore = line > 0 && text.substring(lines.lineStart(line - 1), lines.lineEnd(line - 1)).isBlank();
        int start = closesBlock && blankBefore && line + 1 < lines.lineCount() ? lines.lineStart(line - 1) : lineStart;
        return Edits.replace(ctx, file, start, end, "");
    }

    /** The syntax of a model (or view) as written, for what the schema model does not keep: which attributes it has and where. */


    /** The type of a field as written after its name, with its "?" or "[]" ({@code User?} in {@code author User? @relation(...)}), or null. */
    public static Span fieldTypeRange(RuleContext ctx, SourceRef field) {
        String text = ctx.text(field.file());
        int i = field.nameRange().end();
        int end = Math.min(field.range().end(), text.length());
        while (i < end && Character.isWhitespace(text.charAt(i))) i++;
        int start = i;
        while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
        if (i == start) return null;
        if (i < end && text.charAt(i) == '?') i++;
        else if (i + 1 < end && text.charAt(i) == '[' && text.charAt(i + 1) == ']') i += 2;
        return ctx.span(field.file(), start, i);
    }

    /**
     * Makes a field optional by writing "?" after its type, which ends at {@code typeEnd}. When the attributes
     * after it are aligned by two or more spaces, the "?" takes the place of one, as prisma format would.
     */
    public static TextEdit addOptional(RuleContext ctx, String file, int typeEnd) {
        String text = ctx.text(file);
        boolean aligned = typeEnd + 1 < text.length() && text.charAt(typeEnd) == ' ' && text.charAt(typeEnd + 1) == ' ';
        return aligned ? Edits.replace(ctx, file, typeEnd, typeEnd + 1, "?") : Edits.insert(ctx, file, typeEnd, "?");
    }

    /** The syntax of a model (or view) as written (relation and back-relation fields included), or null. */
    public static PrismaAst.Block block(RuleContext ctx, Table table) {
        FileReport file = ctx.workspace().file(table.source().file());
        if (file == null || file.prisma() == null) return null;
        return file.prisma().model(table.declaredName());
    }

    /** A field of a block by its Prisma name, or null. */
    public static PrismaAst.Field field(PrismaAst.Block block, String fieldName) {
        if (block == null) return null;
        List<PrismaAst.Field> fields = block.fields();
        for (int i = 0, n = fields.size(); i < n; i++) {
            if (fields.get(i).name().equals(fieldName)) return fields.get(i);
        }
        return null;
    }

    /** The string given to an attribute's argument ({@code map: "x"}; with {@code positional}, also {@code @map("x")}), or null. */
    public static PrismaAst.StringValue stringArgument(PrismaAst.Attribute attribute, String argumentName, boolean positional) {
        if (attribute == null) return null;
        return attribute.argument(argumentName, positional) instanceof PrismaAst.StringValue s ? s : null;
    }

    /** Adds a field on its own line after the model's last field (so before its @@ attributes), or null when the model has no fields. */
    public static TextEdit addField(RuleContext ctx, Table table, String field) {
        PrismaAst.Block b = block(ctx, table);
        if (b == null || b.fields().isEmpty()) return null;
        return addFieldAfter(ctx, table.source().file(), b.fields().get(b.fields().size() - 1).range(), field);
    }

    /** Adds a field on its own line after the line of the field at {@code after}, with the same indentation. */
    public static TextEdit addFieldAfter(RuleContext ctx, String file, Span after, String field) {
        LineIndex lines = ctx.lines(file);
        return Edits.insert(ctx, file, Edits.endOfLine(lines, after.end()), "\n" + Edits.indentation(lines, after.start()) + field);
    }


    /** The syntax of a field (the field behind a column), to reach its attributes; null when it cannot be found. */
    public static PrismaAst.Field field(RuleContext ctx, Column column) {
        FileReport file = ctx.workspace().file(column.source().file());
        if (file == null || file.prisma() == null) return null;
        Span at = column.source().range();
        PrismaAst.Block b = file.prisma().enclosing(at);
        if (b == null) return null;
        for (PrismaAst.Field f : b.fields()) {
            if (f.range().start() == at.start() && f.range().end() == at.end()) return f;
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
