package dev.schemawise.ide;

import dev.schemawise.ide.IdeTypes.HoverResult;
import dev.schemawise.model.Column;
import dev.schemawise.model.EnumType;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Identity;
import dev.schemawise.model.Index;
import dev.schemawise.model.IndexKey;
import dev.schemawise.model.Relation;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.rules.Finding;
import dev.schemawise.rules.Rule;
import dev.schemawise.rules.Rules;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hover cards: a finding's explanation; a table (model) or column (field) with its type, nullability, default,
 * keys, indexes and relationships in the architecture document's words ("users hasMany orders"); and a short
 * reference for Prisma attributes and SQL keywords.
 */
final class Hovers {
    private Hovers() {}

    static HoverResult hover(Snapshot snapshot, String file, int offset) {
        StringBuilder md = new StringBuilder();
        Span range = null;
        for (Finding f : snapshot.findings(file)) {
            if (f.range().start() <= offset && offset <= Math.max(f.range().end(), f.range().start() + 1)) {
                Rule rule = Rules.byId(f.rule());
                md.append("**").append(f.severity().id()).append("** `").append(f.rule()).append("`: ").append(escape(f.message())).append("\n\n");
                if (rule != null) {
                    // The first paragraph of the explanation says why; the rest (examples) is one click away.
                    String why = rule.info().explanation().strip().split("\n\\s*\n", 2)[0].replaceAll("\\s+", " ");
                    md.append(escape(why)).append(" [Documentation](").append(rule.info().docUrl()).append(")\n\n");
                    if (!f.fixes().isEmpty()) md.append("Quick fix: ").append(escape(f.fixes().get(0).title())).append("\n\n");
                }
                range = f.range();
            }
        }
        SymbolIndex.Symbol symbol = SymbolIndex.of(snapshot).first(file, offset);
        if (symbol != null) {
            Elements.Resolved r = Elements.resolve(snapshot, symbol);
            String card = r == null ? null : card(r, symbol.prisma());
            if (card != null) {
                if (md.length() > 0) md.append("---\n\n");
                md.append(card);
                if (range == null) range = symbol.range();
            }
        } else {
            String reference = keyword(snapshot, file, offset);
            if (reference != null) {
                md.append(reference);
                if (range == null) range = wordAt(snapshot, file, offset);
            }
        }
        return md.length() == 0 ? null : new HoverResult(md.toString().strip(), range);
    }

    private static String card(Elements.Resolved r, boolean prisma) {
        if (r.column() != null && r.table() != null) return column(r.unit().schema(), r.table(), r.column(), prisma);
        if (r.table() != null && r.index() != null) return index(r.table(), r.index());
        if (r.table() != null) return table(r.unit().schema(), r.table(), prisma);
        if (r.enumType() != null) return enumCard(r.enumType(), prisma);
        if (r.view() != null) return "**view** `" + r.view().name() + "`" + (r.view().materialized() ? " (materialized)" : "") + "\n";
        return null;
    }

    static String table(Schema schema, Table t, boolean prisma) {
        StringBuilder b = new StringBuilder();
        if (prisma) {
            b.append("**model** `").append(t.declaredName()).append("` → table `").append(t.name()).append("`\n\n");
        } else {
            b.append("**table** `").append(t.name()).append("`\n\n");
        }
        if (t.documentation() != null) b.append(escape(t.documentation())).append("\n\n");
        b.append("| ").append(prisma ? "field" : "column").append(" | type | null | default |\n|---|---|---|---|\n");
        int shown = 0;
        for (Column c : t.columns()) {
            if (shown++ == 40) {
                b.append("| … | ").append(t.columns().size() - 40).append(" more | | |\n");
                break;
            }
            b.append("| ").append(prisma ? c.declaredName() : c.name()).append(key(t, c) ? " 🔑" : "").append(" | `").append(cell(c.type().raw())).append("` | ")
                    .append(c.nullable() ? "NULL" : "NOT NULL").append(" | ").append(cell(defaultOf(c))).append(" |\n");
        }
        b.append('\n');
        if (t.primaryKey() != null) b.append("**Primary key** (").append(String.join(", ", t.primaryKey().columns())).append(")  \n");
        for (UniqueConstraint u : t.uniques()) {
            b.append("**Unique** (").append(String.join(", ", u.columns())).append(")").append(u.name() != null ? " `" + u.name() + "`" : "").append("  \n");
        }
        for (Index i : t.indexes()) b.append("**Index** ").append(describe(i)).append("  \n");
        List<String> relations = new ArrayList<>();
        for (Relation r : schema.relations()) {
            if (r.from().equals(t.name())) relations.add(r.describe());
        }
        if (!relations.isEmpty()) {
            b.append("\n**Relationships**\n\n");
            for (String r : relations) b.append("- ").append(r).append('\n');
        }
        return b.toString();
    }

    static String column(Schema schema, Table t, Column c, boolean prisma) {
        StringBuilder b = new StringBuilder();
        String owner = prisma ? t.declaredName() : t.name().name();
        String name = prisma ? c.declaredName() : c.name();
        b.append("**").append(prisma ? "field" : "column").append("** `").append(owner).append('.').append(name).append("`: `").append(cell(c.type().raw()))
                .append("` ").append(c.nullable() ? "NULL" : "NOT NULL").append("\n\n");
        if (prisma && !c.name().equals(c.declaredName())) b.append("Database column `").append(c.name()).append("`.\n\n");
        if (c.comment() != null) b.append(escape(c.comment())).append("\n\n");
        List<String> facts = new ArrayList<>();
        String def = defaultOf(c);
        if (!def.isEmpty()) facts.add("default " + def);
        if (t.primaryKey() != null && t.primaryKey().columns().contains(c.name())) facts.add("primary key" + (t.primaryKey().columns().size() > 1 ? " (with " + others(t.primaryKey().columns(), c) + ")" : ""));
        for (UniqueConstraint u : t.uniques()) {
            if (u.columns().contains(c.name())) facts.add("unique" + (u.columns().size() > 1 ? " with " + others(u.columns(), c) : ""));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (!fk.columns().contains(c.name())) continue;
            facts.add("references " + fk.targetTable().name() + (fk.targetColumns().isEmpty() ? "" : " (" + String.join(", ", fk.targetColumns()) + ")")
                    + (fk.onDelete() != null ? " ON DELETE " + fk.onDelete().sql() : ""));
        }
        for (Index i : t.indexes()) {
            int position = i.columns().indexOf(c.name());
            if (position >= 0) facts.add("in index " + describe(i) + (position == 0 ? "" : " (column " + (position + 1) + ")"));
        }
        for (var check : t.checks()) {
            if (check.columns().contains(c.name())) facts.add("check (" + cell(check.expression()) + ")");
        }
        if (c.updatedAt()) facts.add("set by Prisma on every update (@updatedAt)");
        for (String f : facts) b.append("- ").append(f).append('\n');
        for (Relation r : schema.relations()) {
            if (r.via() != null && r.from().equals(t.name()) && r.via().columns().contains(c.name()) && r.kind() == Relation.Kind.BELONGS_TO) {
                b.append("\n").append(r.describe()).append('\n');
            }
        }
        return b.toString();
    }

    private static String index(Table t, Index i) {
        return "**index** " + describe(i) + " on `" + t.name().name() + "`" + (i.isPartial() ? "\n\nPartial: only rows where `" + cell(i.where()) + "`" : "") + "\n";
    }

    private static String enumCard(EnumType e, boolean prisma) {
        StringBuilder b = new StringBuilder("**enum** `").append(prisma ? e.declaredName() : e.name().toString()).append("`\n\n");
        if (e.documentation() != null) b.append(escape(e.documentation())).append("\n\n");
        for (EnumType.EnumValue v : e.values()) b.append("- `").append(prisma ? v.declaredName() : v.name()).append("`\n");
        return b.toString();
    }

    private static boolean key(Table t, Column c) {
        return t.primaryKey() != null && t.primaryKey().columns().contains(c.name());
    }

    private static String others(List<String> columns, Column c) {
        List<String> rest = new ArrayList<>(columns);
        rest.remove(c.name());
        return String.join(", ", rest);
    }

    static String describe(Index i) {
        List<String> keys = new ArrayList<>();
        for (IndexKey k : i.keys()) keys.add(k.display() + (k.descending() ? " DESC" : ""));
        return (i.name() != null ? "`" + i.name() + "` " : "") + (i.unique() ? "unique " : "") + (i.method() != null ? i.method() + " " : "")
                + "(" + String.join(", ", keys) + ")" + (i.isPartial() ? " where " + cell(i.where()) : "");
    }

    private static String defaultOf(Column c) {
        if (c.identity() == Identity.ALWAYS) return "generated always as identity";
        if (c.identity() == Identity.BY_DEFAULT) return "generated by default as identity";
        if (c.identity() == Identity.AUTO_INCREMENT) return "auto-increment";
        if (c.identity() == Identity.SERIAL) return "serial";
        if (c.generated() != null) return "generated as " + c.generated();
        return c.defaultValue() == null ? "" : c.defaultValue();
    }

    private static String cell(String s) {
        if (s == null) return "";
        String one = s.replaceAll("\\s+", " ").replace("|", "\\|");
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }

    private static String escape(String s) {
        return s.replace("<", "&lt;");
    }

    // ------------------------------------------------------------------ keywords and attributes

    private static final Map<String, String> PRISMA_ATTRIBUTES = Map.ofEntries(
            Map.entry("id", "`@id` — the field is the model's primary key."),
            Map.entry("default", "`@default(value)` — the value the database (or Prisma Client, for `uuid()`, `cuid()`) gives the field when none is set: a literal, `now()`, `autoincrement()`, `uuid()`, `cuid()`, `dbgenerated(\"...\")`."),
            Map.entry("unique", "`@unique` — the field's values are unique: a unique constraint (and index) in the database."),
            Map.entry("relation", "`@relation(fields: [...], references: [...], onDelete: ..., onUpdate: ..., name: ..., map: ...)` — the foreign key behind a relation field: the scalar `fields` of this model that reference the `references` of the other model."),
            Map.entry("map", "`@map(\"name\")` — the field's column name in the database (`@@map` for the model's table)."),
            Map.entry("updatedAt", "`@updatedAt` — Prisma Client sets the field to the current time whenever the record is updated."),
            Map.entry("ignore", "`@ignore` — Prisma Client leaves the field out (`@@ignore` the whole model)."),
            Map.entry("@id", "`@@id([a, b])` — a primary key made of several fields."),
            Map.entry("@unique", "`@@unique([a, b])` — a unique constraint over several fields."),
            Map.entry("@index", "`@@index([a, b], type: ..., map: ...)` — an index; list the leading columns first (equality filters, then ranges, then sort order)."),
            Map.entry("@map", "`@@map(\"table\")` — the model's table name in the database."),
            Map.entry("@schema", "`@@schema(\"name\")` — the database schema of the model (multiSchema)."),
            Map.entry("@ignore", "`@@ignore` — Prisma Client leaves the model out."),
            Map.entry("@fulltext", "`@@fulltext([a, b])` — a full-text index (MySQL, MongoDB)."));

    private static final Map<String, String> SQL_KEYWORDS = Map.ofEntries(
            Map.entry("CASCADE", "`ON DELETE CASCADE` deletes the referencing rows with the referenced one."),
            Map.entry("RESTRICT", "`ON DELETE RESTRICT` refuses to delete a row that is still referenced, checked immediately."),
            Map.entry("REFERENCES", "`REFERENCES table (column)` — a foreign key: every value must exist in the referenced (primary or unique) key."),
            Map.entry("CONCURRENTLY", "`CREATE INDEX CONCURRENTLY` builds the index without blocking writes (slower; cannot run inside a transaction)."),
            Map.entry("IDENTITY", "`GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY` — the SQL-standard auto-increment, preferred over serial in PostgreSQL."),
            Map.entry("SERIAL", "`serial` — an integer with a sequence default; `GENERATED ... AS IDENTITY` is the standard replacement."),
            Map.entry("BIGSERIAL", "`bigserial` — a bigint with a sequence default; `bigint GENERATED ... AS IDENTITY` is the standard replacement."),
            Map.entry("JSONB", "`jsonb` — binary JSON: indexable (GIN) and faster to query than `json`."),
            Map.entry("TIMESTAMPTZ", "`timestamptz` — a point in time, stored in UTC and shown in the session's time zone."),
            Map.entry("UNIQUE", "`UNIQUE` — no two rows share the value(s); creates a unique index."),
            Map.entry("CHECK", "`CHECK (expression)` — every row must satisfy the expression."),
            Map.entry("DEFERRABLE", "`DEFERRABLE` — the constraint may be checked at commit instead of after each statement."),
            Map.entry("INCLUDE", "`INCLUDE (columns)` — extra columns stored in the index for index-only scans (not part of the key)."),
            Map.entry("VALID", "`NOT VALID` adds a constraint without checking existing rows (no long lock); `VALIDATE CONSTRAINT` checks them later."),
            Map.entry("AUTO_INCREMENT", "`AUTO_INCREMENT` — MySQL's auto-increment; the column must be indexed."),
            Map.entry("AUTOINCREMENT", "`AUTOINCREMENT` — SQLite: never reuse rowids of deleted rows (slightly slower than a plain INTEGER PRIMARY KEY)."));

    private static String keyword(Snapshot snapshot, String file, int offset) {
        FileReport f = snapshot.workspace().file(file);
        if (f == null) return null;
        if (f.prisma() != null) {
            for (PrismaAst.Block b : f.prisma().blocks()) {
                for (PrismaAst.Attribute a : b.attributes()) {
                    if (a.nameRange().start() - 2 <= offset && offset <= a.nameRange().end()) return PRISMA_ATTRIBUTES.get("@" + a.name());
                }
                for (PrismaAst.Field field : b.fields()) {
                    for (PrismaAst.Attribute a : field.attributes()) {
                        if (a.nameRange().start() - 1 <= offset && offset <= a.nameRange().end()) {
                            if (a.name().startsWith("db.")) return "`@" + a.name() + "` — the column's native database type.";
                            return PRISMA_ATTRIBUTES.get(a.name());
                        }
                    }
                }
            }
            return null;
        }
        Span word = wordAt(snapshot, file, offset);
        if (word == null) return null;
        return SQL_KEYWORDS.get(f.text().substring(word.start(), word.end()).toUpperCase(Locale.ROOT));
    }

    private static Span wordAt(Snapshot snapshot, String file, int offset) {
        FileReport f = snapshot.workspace().file(file);
        if (f == null) return null;
        String text = f.text();
        int start = Math.min(offset, text.length());
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) start--;
        int end = Math.min(offset, text.length());
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
        if (start == end) return null;
        var lines = f.lines();
        return lines.span(start, end);
    }
}
