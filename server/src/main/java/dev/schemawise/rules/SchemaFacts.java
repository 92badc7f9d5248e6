package dev.schemawise.rules;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Index;
import dev.schemawise.model.IndexKey;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.workspace.SchemaUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Questions several rules ask of a table: which keys and indexes cover which columns, and what names mean. */
public final class SchemaFacts {
    private SchemaFacts() {}

    /** The column lists of the table's B-tree-usable keys: primary key, unique constraints and non-partial indexes. */
    public static List<List<String>> keys(Table table) {
        List<List<String>> out = new ArrayList<>();
        if (table.primaryKey() != null) out.add(table.primaryKey().columns());
        for (UniqueConstraint u : table.uniques()) out.add(u.columns());
        for (Index i : table.indexes()) {
            if (i.isPartial() || "FULLTEXT".equals(i.kind()) || "SPATIAL".equals(i.kind())) continue;
            if (i.method() != null && !i.method().equals("btree") && !i.method().equals("hash")) continue;
            List<String> columns = new ArrayList<>();
            for (IndexKey k : i.keys()) {
                if (k.column() == null) break; // an expression ends the usable prefix
                columns.add(k.column());
            }
            out.add(columns);
        }
        return out;
    }

    /** True when some key's leading columns are exactly {@code columns} (in any order), so lookups by them use it. */
    public static boolean isLeadingIndexed(Table table, List<String> columns, Dialect dialect) {
        Set<String> wanted = keySet(columns, dialect);
        for (List<String> key : keys(table)) {
            if (key.size() < wanted.size()) continue;
            if (keySet(key.subList(0, wanted.size()), dialect).equals(wanted)) return true;
        }
        return false;
    }

    /** True when a primary key, unique constraint or unique non-partial index makes {@code columns} unique. */
    public static boolean isUnique(Table table, List<String> columns, Dialect dialect) {
        Set<String> have = keySet(columns, dialect);
        for (List<String> key : uniqueKeys(table)) {
            if (!key.isEmpty() && have.containsAll(keySet(key, dialect))) return true;
        }
        return false;
    }

    public static List<List<String>> uniqueKeys(Table table) {
        List<List<String>> out = new ArrayList<>();
        if (table.primaryKey() != null) out.add(table.primaryKey().columns());
        for (UniqueConstraint u : table.uniques()) out.add(u.columns());
        for (Index i : table.indexes()) {
            if (!i.unique() || i.isPartial()) continue;
            List<String> columns = new ArrayList<>();
            boolean expression = false;
            for (IndexKey k : i.keys()) {
                if (k.column() == null) expression = true;
                else columns.add(k.column());
            }
            if (!expression) out.add(columns);
        }
        return out;
    }

    public static Set<String> keySet(List<String> columns, Dialect dialect) {
        Set<String> out = new HashSet<>();
        for (String c : columns) out.add(dialect.key(c));
        return out;
    }

    /** The lower-case words of a name, whatever its style: "createdAt", "created_at" and "CreatedAt" give [created, at]. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = c == '_' || c == '-' || c == ' ';
            boolean upper = Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                    || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1))));
            if (boundary || upper) {
                if (word.length() > 0) out.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
                if (boundary) continue;
            }
            word.append(c);
        }
        if (word.length() > 0) out.add(word.toString().toLowerCase(Locale.ROOT));
        return out;
    }

    /** A name as lower-case snake_case words joined by "_" (to compare names written in different styles). */
    public static String snake(String name) {
        return String.join("_", words(name));
    }

    /** True when a primary key, unique constraint or unique non-partial index has exactly {@code columns} (in any order), as a foreign key target needs. */
    public static boolean isUniqueKey(Table table, List<String> columns, Dialect dialect) {
        Set<String> wanted = keySet(columns, dialect);
        for (List<String> key : uniqueKeys(table)) {
            if (key.size() == columns.size() && keySet(key, dialect).equals(wanted)) return true;
        }
        return false;
    }

    /** The columns a foreign key references: its own list, or the target's primary key when it names none. */
    public static List<String> referencedColumns(ForeignKey fk, Table target) {
        if (!fk.targetColumns().isEmpty()) return fk.targetColumns();
        return target.primaryKey() == null ? List.of() : target.primaryKey().columns();
    }

    /** The table a foreign key references, wherever in the workspace it is declared (its own schema first), or null. */
    public static Table referencedTable(RuleContext ctx, ForeignKey fk) {
        return ctx.workspace().findTable(fk.targetTable(), ctx.unit());
    }

    /**
     * True for a name qualified with a database schema in which the workspace declares no table at all
     * ({@code auth.users} when nothing creates a table in {@code auth}): it lives outside what was read.
     */
    public static boolean isExternal(RuleContext ctx, QualifiedName name) {
        String schema = name.schema();
        if (schema == null || Schema.key(ctx.dialect(), new QualifiedName(schema, "x")).equals(ctx.dialect().key("x"))) return false;
        for (SchemaUnit u : ctx.workspace().units()) {
            for (Table t : u.schema().tables()) {
                if (t.name().schema() != null && ctx.dialect().key(t.name().schema()).equals(ctx.dialect().key(schema))) return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern ATTACHED_PARTITION =
            java.util.regex.Pattern.compile("(?i)\\bATTACH\\s+PARTITION\\s+((?:[\\w$]+|\"[^\"]+\")(?:\\s*\\.\\s*(?:[\\w$]+|\"[^\"]+\"))?)");

    /**
     * The partitions of the schema's partitioned tables: created with PARTITION OF, or attached with ALTER TABLE
     * parent ATTACH PARTITION (as pg_dump writes them). They take their keys and constraints from the parent.
     */
    public static Set<Table> partitions(RuleContext ctx) {
        Set<String> attached = new HashSet<>();
        for (Table parent : ctx.schema().tables()) {
            if (parent.partitionBy() == null) continue;
            for (dev.schemawise.text.SourceRef s : parent.history()) {
                String text = ctx.text(s.file());
                if (s.range().end() > text.length()) continue;
                java.util.regex.Matcher m = ATTACHED_PARTITION.matcher(text).region(s.range().start(), s.range().end());
                while (m.find()) {
                    String name = m.group(1).replaceAll("\\s+", "");
                    String bare = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
                    boolean quoted = bare.startsWith("\"");
                    bare = quoted ? bare.substring(1, bare.length() - 1) : ctx.dialect().foldUnquoted(bare);
                    attached.add(ctx.dialect().key(bare));
                }
            }
        }
        Set<Table> out = new HashSet<>();
        for (Table t : ctx.schema().tables()) {
            if (t.partitionOf() != null || attached.contains(ctx.dialect().key(t.name().name()))) out.add(t);
        }
        return out;
    }

    /** A foreign key of {@code table}. */
    public record Reference(Table table, ForeignKey foreignKey) {}

    /** The foreign keys of the schema by the table they reference (same schema only), built in one pass. */
    public static java.util.Map<Table, List<Reference>> referencesByTarget(Schema schema) {
        java.util.Map<Table, List<Reference>> out = new java.util.IdentityHashMap<>();
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                Table target = schema.table(fk.targetTable());
                if (target != null) out.computeIfAbsent(target, k -> new ArrayList<>()).add(new Reference(t, fk));
            }
        }
        return out;
    }
}
