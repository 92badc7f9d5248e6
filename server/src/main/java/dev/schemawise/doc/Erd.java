package dev.schemawise.doc;

import dev.schemawise.model.Column;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.RelationDeriver;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity-relationship diagrams of a schema: Mermaid {@code erDiagram} and Graphviz {@code dot}. Every foreign key
 * between two drawn tables is one line; columns carry PK, FK and UK marks.
 */
public final class Erd {
    private Erd() {}

    public enum Format { MERMAID, DOT }

    /** The tables to draw: all of the schema's, except Prisma's hidden join tables and partitions, in schema order. */
    public static List<Table> drawable(Schema schema) {
        List<Table> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (t.partitionOf() != null || t.ignored()) continue;
            out.add(t);
        }
        return out;
    }

    public static String render(Schema schema, List<Table> tables, Format format) {
        return format == Format.DOT ? dot(schema, tables) : mermaid(schema, tables);
    }

    public static String mermaid(Schema schema, List<Table> tables) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        Set<String> drawn = keys(schema, tables);
        for (Table t : tables) {
            out.append("    ").append(entity(t.name())).append(" {\n");
            for (Column c : t.columns()) {
                out.append("        ").append(mermaidType(c)).append(' ').append(attribute(c.name()));
                String marks = marks(t, c);
                if (!marks.isEmpty()) out.append(' ').append(marks);
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (Table t : tables) {
            for (ForeignKey fk : t.foreignKeys()) {
                Table target = schema.table(fk.targetTable());
                if (target == null || !drawn.contains(Schema.key(schema.dialect(), target.name()))) continue;
                boolean optional = fk.columns().stream().map(t::column).anyMatch(c -> c == null || c.nullable());
                boolean one = RelationDeriver.isUnique(t, fk.columns());
                out.append("    ").append(entity(target.name())).append(optional ? " |o--" : " ||--").append(one ? "o| " : "o{ ")
                        .append(entity(t.name())).append(" : \"").append(String.join(", ", fk.columns()).replace("\"", "'")).append("\"\n");
            }
        }
        return out.toString();
    }

    public static String dot(Schema schema, List<Table> tables) {
        StringBuilder out = new StringBuilder("digraph schema {\n    rankdir=LR;\n    node [shape=plaintext, fontname=\"Helvetica\"];\n");
        Set<String> drawn = keys(schema, tables);
        for (Table t : tables) {
            out.append("    ").append(quote(t.name().display())).append(" [label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\">")
                    .append("<tr><td bgcolor=\"lightgrey\"><b>").append(html(t.name().display())).append("</b></td></tr>");
            for (Column c : t.columns()) {
                String marks = marks(t, c);
                out.append("<tr><td align=\"left\">").append(html(c.name())).append(' ').append(html(typeName(c)))
                        .append(marks.isEmpty() ? "" : " " + marks).append("</td></tr>");
            }
            out.append("</table>>];\n");
        }
        for (Table t : tables) {
            for (ForeignKey fk : t.foreignKeys()) {
                Table target = schema.table(fk.targetTable());
                if (target == null || !drawn.contains(Schema.key(schema.dialect(), target.name()))) continue;
                out.append("    ").append(quote(t.name().display())).append(" -> ").append(quote(target.name().display()))
                        .append(" [label=").append(quote(String.join(", ", fk.columns()))).append("];\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static Set<String> keys(Schema schema, List<Table> tables) {
        Set<String> out = new HashSet<>();
        for (Table t : tables) out.add(Schema.key(schema.dialect(), t.name()));
        return out;
    }

    /** PK, FK and UK marks in Mermaid's notation ("PK, FK"). */
    static String marks(Table t, Column c) {
        Set<String> marks = new LinkedHashSet<>();
        if (t.primaryKey() != null && contains(t.primaryKey().columns(), c.name())) marks.add("PK");
        for (ForeignKey fk : t.foreignKeys()) {
            if (contains(fk.columns(), c.name())) marks.add("FK");
        }
        for (UniqueConstraint u : t.uniques()) {
            if (u.columns().size() == 1 && contains(u.columns(), c.name())) marks.add("UK");
        }
        for (var i : t.indexes()) {
            if (i.unique() && i.where() == null && i.keys().size() == 1 && i.keys().get(0).column() != null && i.keys().get(0).column().equalsIgnoreCase(c.name())) {
                marks.add("UK");
            }
        }
        return String.join(", ", marks);
    }

    private static boolean contains(List<String> names, String name) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) return true;
        }
        return false;
    }

    /** A Mermaid entity name: the table name, schema-qualified when not in the default schema, made of safe characters. */
    static String entity(QualifiedName name) {
        return attribute(name.display());
    }

    private static String attribute(String name) {
        String s = safe(name);
        return Character.isLetter(s.charAt(0)) || s.charAt(0) == '_' ? s : "_" + s;
    }

    /** Mermaid's attribute types are words (letters, digits, _, -, [], ()): "character varying(255)" → "character_varying(255)". */
    static String mermaidType(Column c) {
        String raw = typeName(c);
        StringBuilder out = new StringBuilder();
        for (char ch : raw.toCharArray()) {
            if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '(' || ch == ')' || ch == '[' || ch == ']') out.append(ch);
            else if (ch == ',' || ch == ' ' || ch == '.') out.append('_');
        }
        String s = out.toString().replaceAll("_+", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) s = "t_" + s;
        return s;
    }

    /** The column's type as written, without a Prisma native-type attribute ("DateTime", not "DateTime @db.Timestamptz(6)"). */
    static String typeName(Column c) {
        if (c.type() == null) return "unknown";
        String raw = c.type().toString();
        int attribute = raw.indexOf(" @");
        return attribute > 0 ? raw.substring(0, attribute) : raw;
    }

    private static String safe(String name) {
        StringBuilder out = new StringBuilder();
        for (char ch : name.toCharArray()) out.append(Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' ? ch : '_');
        return out.isEmpty() ? "_" : out.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
