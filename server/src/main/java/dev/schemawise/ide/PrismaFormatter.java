package dev.schemawise.ide;

import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.prisma.PrismaAst.Argument;
import dev.schemawise.prisma.PrismaAst.Attribute;
import dev.schemawise.prisma.PrismaAst.Block;
import dev.schemawise.prisma.PrismaAst.Expression;
import dev.schemawise.prisma.PrismaAst.Field;
import dev.schemawise.prisma.PrismaFrontEnd;
import dev.schemawise.prisma.PrismaParseResult;
import dev.schemawise.text.Comment;
import dev.schemawise.text.LineIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats a Prisma schema the way {@code prisma format} does: two-space indentation; fields aligned in columns
 * (name, type, attributes) within groups separated by blank lines; enum values and datasource/generator keys
 * aligned the same way; block attributes last, after a blank line, in Prisma's order (@@id, @@unique, @@index,
 * @@fulltext, @@map, @@ignore, @@schema); attribute arguments written as {@code name: value} separated by
 * {@code ", "}; one blank line between top-level blocks; comments kept where they are. Unlike prisma format it
 * never adds missing back-relation fields: formatting must not change the schema's meaning. A file with syntax
 * errors is left alone (null).
 */
final class PrismaFormatter {
    private PrismaFormatter() {}

    private static final List<String> BLOCK_ATTRIBUTE_ORDER = List.of("id", "unique", "index", "fulltext", "map", "ignore", "schema");

    static String format(String text) {
        PrismaParseResult parsed = PrismaFrontEnd.parse("schema.prisma", text);
        if (!parsed.errors().isEmpty()) return null;
        return new Run(text, parsed).format();
    }

    private static final class Run {
        final String text;
        final PrismaParseResult parsed;
        final LineIndex lines;
        final Map<Integer, Comment> commentByLine = new HashMap<>();
        final StringBuilder out = new StringBuilder();

        /** Lines inside a multi-line block comment, after its first ("continuation" lines). */
        final java.util.Set<Integer> verbatim = new java.util.HashSet<>();

        Run(String text, PrismaParseResult parsed) {
            this.text = text;
            this.parsed = parsed;
            this.lines = parsed.lines();
            for (Comment c : parsed.comments()) {
                commentByLine.putIfAbsent(c.range().startLine(), c);
                for (int l = c.range().startLine() + 1; l <= c.range().endLine(); l++) verbatim.add(l);
            }
        }

        /**
         * A comment line as prisma format writes it: re-indented, its text kept (even trailing spaces). A block
         * comment on its own line(s) becomes a documentation-style block (an opening slash-star-star line, one
         * star line per non-empty line of text, a closing line), written at its first line; its other lines give
         * null (already written).
         */
        private String commentLine(int line, String indent) {
            String raw = text.substring(lines.lineStart(line), lines.lineEnd(line));
            if (verbatim.contains(line)) return null;
            Comment c = commentByLine.get(line);
            if (c == null || !c.text().startsWith("/*")) return indent + raw.stripLeading();
            String body = c.text().substring(c.text().startsWith("/**") ? 3 : 2);
            if (body.endsWith("*/")) body = body.substring(0, body.length() - 2);
            StringBuilder b = new StringBuilder(indent).append("/**");
            for (String part : body.split("\r?\n", -1)) {
                String content = part.strip();
                if (content.startsWith("*")) content = content.substring(1).strip();
                if (!content.isEmpty()) b.append('\n').append(indent).append(" * ").append(content);
            }
            return b.append('\n').append(indent).append(" */").toString();
        }

        String format() {
            List<Block> blocks = parsed.blocks();
            int line = 0;
            boolean pendingBlank = false;
            boolean any = false;
            for (int b = 0; b <= blocks.size(); b++) {
                int until = b < blocks.size() ? blocks.get(b).range().startLine() : lines.lineCount();
                // top-level comments and blank lines before the next block
                for (; line < until; line++) {
                    String content = lineText(line).strip();
                    if (content.isEmpty()) {
                        pendingBlank = any;
                        continue;
                    }
                    String comment = commentLine(line, "");
                    if (comment == null) continue;
                    if (pendingBlank) out.append('\n');
                    pendingBlank = false;
                    out.append(comment).append('\n');
                    any = true;
                }
                if (b == blocks.size()) break;
                Block block = blocks.get(b);
                if (any && (pendingBlank || previousWasBlock(b))) out.append('\n');
                pendingBlank = false;
                block(block);
                any = true;
                line = block.range().endLine() + 1;
                // a comment on the closing brace's line
                Comment trailing = trailingComment(block.range().endLine(), block.range().end());
                if (trailing != null) out.setLength(out.length() - 1);
                if (trailing != null) out.append(' ').append(trailing.text().strip()).append('\n');
                pendingBlank = true;
            }
            return out.toString();
        }

        private boolean previousWasBlock(int b) {
            if (b == 0) return false;
            // comments directly above a block stay attached to it; a block right after a block gets a blank line
            int previousEnd = parsed.blocks().get(b - 1).range().endLine();
            for (int l = previousEnd + 1; l < parsed.blocks().get(b).range().startLine(); l++) {
                if (!lineText(l).isBlank()) return false;
            }
            return true;
        }

        private void block(Block block) {
            String keyword = switch (block.kind()) {
                case MODEL -> "model";
                case VIEW -> "view";
                case TYPE -> "type";
                case ENUM -> "enum";
                case DATASOURCE -> "datasource";
                case GENERATOR -> "generator";
            };
            out.append(keyword).append(' ').append(block.name()).append(" {\n");
            int first = block.range().startLine() + 1;
            int last = block.range().endLine() - 1;
            switch (block.kind()) {
                case DATASOURCE, GENERATOR -> config(block, first, last);
                default -> members(block, first, last);
            }
            out.append("}\n");
        }

        /** key = value lines, aligned on "=", groups split by blank lines. */
        private void config(Block block, int first, int last) {
            List<Object[]> rows = new ArrayList<>(); // {line, property or null(comment) or "" (blank)}
            for (int l = first; l <= last; l++) {
                PrismaAst.Property property = null;
                for (PrismaAst.Property p : block.properties()) {
                    if (p.range().startLine() == l) property = p;
                }
                if (property != null) rows.add(new Object[] {l, property});
                else if (lineText(l).isBlank()) rows.add(new Object[] {l, ""});
                else rows.add(new Object[] {l, null});
            }
            trimBlanks(rows);
            int start = 0;
            while (start < rows.size()) {
                int end = start;
                while (end < rows.size() && !"".equals(rows.get(end)[1])) end++;
                int width = 0;
                for (int i = start; i < end; i++) {
                    if (rows.get(i)[1] instanceof PrismaAst.Property p) width = Math.max(width, p.key().length());
                }
                for (int i = start; i < end; i++) {
                    int l = (int) rows.get(i)[0];
                    if (rows.get(i)[1] instanceof PrismaAst.Property p) {
                        out.append("  ").append(pad(p.key(), width)).append(" = ").append(expression(p.value()));
                        appendTrailing(l, p.range().end());
                        out.append('\n');
                    } else {
                        String comment = commentLine(l, "  ");
                        if (comment != null) out.append(comment).append('\n');
                    }
                }
                if (end < rows.size()) out.append('\n');
                start = end + 1;
            }
        }

        /** Fields (or enum values) in aligned groups, then the block attributes in Prisma's order. */
        private void members(Block block, int first, int last) {
            Map<Integer, Field> fieldByLine = new HashMap<>();
            for (Field f : block.fields()) fieldByLine.put(f.range().startLine(), f);
            Map<Integer, Attribute> attributeByLine = new HashMap<>();
            for (Attribute a : block.attributes()) attributeByLine.put(a.range().startLine(), a);
            List<Object[]> body = new ArrayList<>();          // {line, Field | null(comment) | ""(blank)}
            List<List<String>> attributes = new ArrayList<>(); // each: comment lines above it, then the attribute
            List<String> attachedComments = new ArrayList<>();
            for (int l = first; l <= last; l++) {
                if (attributeByLine.containsKey(l)) {
                    Attribute a = attributeByLine.get(l);
                    // comments right above a block attribute travel with it
                    while (!body.isEmpty() && body.get(body.size() - 1)[1] == null) {
                        String comment = commentLine((int) body.remove(body.size() - 1)[0], "  ");
                        if (comment != null) attachedComments.add(0, comment);
                    }
                    List<String> entry = new ArrayList<>(attachedComments);
                    String trailing = trailingText(l, a.range().end());
                    entry.add("  @@" + attribute(a) + (trailing == null ? "" : " " + trailing));
                    attributes.add(entry);
                    attachedComments.clear();
                } else if (fieldByLine.containsKey(l)) {
                    body.add(new Object[] {l, fieldByLine.get(l)});
                } else if (lineText(l).isBlank()) {
                    body.add(new Object[] {l, ""});
                } else {
                    body.add(new Object[] {l, null});
                }
            }
            trimBlanks(body);
            int start = 0;
            while (start < body.size()) {
                int end = start;
                while (end < body.size() && !"".equals(body.get(end)[1])) end++;
                int nameWidth = 0;
                int typeWidth = 0;
                for (int i = start; i < end; i++) {
                    if (body.get(i)[1] instanceof Field f) {
                        nameWidth = Math.max(nameWidth, f.name().length());
                        typeWidth = Math.max(typeWidth, type(f).length());
                    }
                }
                for (int i = start; i < end; i++) {
                    int l = (int) body.get(i)[0];
                    if (body.get(i)[1] instanceof Field f) {
                        StringBuilder row = new StringBuilder("  ");
                        String type = type(f);
                        boolean enumValue = f.type() == null;
                        if (f.attributes().isEmpty()) {
                            row.append(enumValue ? f.name() : pad(f.name(), nameWidth) + " " + type);
                        } else {
                            row.append(pad(f.name(), nameWidth)).append(' ');
                            if (!enumValue) row.append(pad(type, typeWidth)).append(' ');
                            List<String> attrs = new ArrayList<>();
                            for (Attribute a : f.attributes()) attrs.add("@" + attribute(a));
                            row.append(String.join(" ", attrs));
                        }
                        out.append(stripEnd(row.toString()));
                        appendTrailing(l, f.range().end());
                        out.append('\n');
                    } else {
                        String comment = commentLine(l, "  ");
                        if (comment != null) out.append(comment).append('\n');
                    }
                }
                if (end < body.size()) out.append('\n');
                start = end + 1;
            }
            for (String c : attachedComments) out.append(c).append('\n');
            if (!attributes.isEmpty()) {
                if (!body.isEmpty()) out.append('\n');
                attributes.sort((a, b) -> Integer.compare(order(a.get(a.size() - 1)), order(b.get(b.size() - 1))));
                for (List<String> entry : attributes) {
                    for (String row : entry) out.append(row).append('\n');
                }
            }
        }

        private static int order(String attribute) {
            String name = attribute.strip().substring(2);
            int paren = name.indexOf('(');
            int space = name.indexOf(' ');
            int cut = paren >= 0 ? paren : space >= 0 ? space : name.length();
            int i = BLOCK_ATTRIBUTE_ORDER.indexOf(name.substring(0, cut));
            return i < 0 ? BLOCK_ATTRIBUTE_ORDER.size() : i;
        }

        private static void trimBlanks(List<Object[]> rows) {
            while (!rows.isEmpty() && "".equals(rows.get(0)[1])) rows.remove(0);
            while (!rows.isEmpty() && "".equals(rows.get(rows.size() - 1)[1])) rows.remove(rows.size() - 1);
            for (int i = rows.size() - 1; i > 0; i--) {
                if ("".equals(rows.get(i)[1]) && "".equals(rows.get(i - 1)[1])) rows.remove(i);
            }
        }

        private String type(Field f) {
            if (f.type() == null) return "";
            StringBuilder b = new StringBuilder(f.type().name());
            if (f.type().unsupported() != null) {
                String raw = source(f.type().range());
                int open = raw.indexOf('(');
                int close = raw.lastIndexOf(')');
                b.append('(').append(open >= 0 && close > open ? raw.substring(open + 1, close).strip() : "\"" + f.type().unsupported() + "\"").append(')');
            }
            if (f.type().list()) b.append("[]");
            if (f.type().optional()) b.append('?');
            return b.toString();
        }

        private String attribute(Attribute a) {
            if (a.argumentsRange() == null) return a.name();
            List<String> args = new ArrayList<>();
            for (Argument arg : a.arguments()) args.add(argument(arg));
            return a.name() + "(" + String.join(", ", args) + ")";
        }

        private String argument(Argument arg) {
            return (arg.name() != null ? arg.name() + ": " : "") + expression(arg.value());
        }

        private String expression(Expression e) {
            if (e instanceof PrismaAst.Call c) {
                List<String> args = new ArrayList<>();
                for (Argument a : c.arguments()) args.add(argument(a));
                return c.name() + "(" + String.join(", ", args) + ")";
            }
            if (e instanceof PrismaAst.ArrayValue a) {
                List<String> items = new ArrayList<>();
                for (Expression item : a.items()) items.add(expression(item));
                return "[" + String.join(", ", items) + "]";
            }
            if (e instanceof PrismaAst.Path p) return p.name();
            return source(e.range()).strip();
        }

        private void appendTrailing(int line, int after) {
            String trailing = trailingText(line, after);
            if (trailing != null) out.append(' ').append(trailing);
        }

        /** A "//" comment after the element on its line, as written. */
        private String trailingText(int line, int after) {
            Comment c = trailingComment(line, after);
            return c == null ? null : c.text().strip();
        }

        private Comment trailingComment(int line, int after) {
            for (Comment c : parsed.comments()) {
                if (c.range().startLine() == line && c.range().start() >= after) return c;
            }
            return null;
        }

        private String lineText(int line) {
            return text.substring(lines.lineStart(line), lines.lineEnd(line)).replace('\t', ' ');
        }

        private String source(dev.schemawise.text.Span span) {
            return text.substring(span.start(), Math.min(span.end(), text.length()));
        }

        private static String pad(String s, int width) {
            return s + " ".repeat(Math.max(0, width - s.length()));
        }

        private static String stripEnd(String s) {
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == ' ') end--;
            return s.substring(0, end);
        }
    }
}
