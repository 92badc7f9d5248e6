package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between two schema states: what one expects (a Prisma schema, a schema file, the state before a
 * migration) and what the other has (the replay of a migrations folder, the state after a migration and its down).
 * Pure: schemas in, a list of differences out, in the order of the expected schema's tables.
 *
 * <p>Things compare equal when the database would hold the same: names by the dialect's folding (the default schema
 * "public" left out), types through {@link CanonicalForms#type} ({@code int4} and {@code integer}), defaults through
 * {@link CanonicalForms#columnDefault} (casts, {@code now()} and {@code CURRENT_TIMESTAMP}, Prisma's spelling), indexes by
 * table, key columns or expressions, uniqueness, method and predicate (a UNIQUE constraint and a unique index are the
 * same), foreign keys by columns and target. An index, key or check missing only because its column is missing is not
 * listed again (likewise for extra ones). Names of indexes and constraints are not compared, nor column order,
 * comments, collations, generated-column expressions, identity kinds (serial, identity and AUTO_INCREMENT are all
 * "generated"), or the unique key Prisma's implicit many-to-many join tables use (a primary key since Prisma 6, a
 * unique index before).
 */
public final class SchemaDiff {
    private SchemaDiff() {}

    /** What differs. MISSING: in the expected schema only; EXTRA: in the actual schema only. */
    public enum Kind {
        TABLE_MISSING, TABLE_EXTRA,
        COLUMN_MISSING, COLUMN_EXTRA, COLUMN_TYPE, COLUMN_NULLABILITY, COLUMN_DEFAULT,
        PRIMARY_KEY,
        /** indexes, unique constraints included */
        INDEX_MISSING, INDEX_EXTRA,
        FOREIGN_KEY_MISSING, FOREIGN_KEY_EXTRA, FOREIGN_KEY_ACTIONS,
        CHECK_MISSING, CHECK_EXTRA,
        ENUM_MISSING, ENUM_EXTRA, ENUM_VALUES,
        VIEW_MISSING, VIEW_EXTRA,
        SEQUENCE_MISSING, SEQUENCE_EXTRA;

        public boolean missing() {
            return name().endsWith("_MISSING");
        }

        public boolean extra() {
            return name().endsWith("_EXTRA");
        }

        /** Neither missing nor extra: the element is on both sides, with a different type, default, ... */
        public boolean changed() {
            return !missing() && !extra();
        }
    }

    /**
     * One difference.
     *
     * @param key           identifies the difference (kind, table and element), stable across two diffs of similar schemas
     * @param expectedTable the table on the expected side (null for a table, enum, view or sequence only in the actual one)
     * @param actualTable   the table on the actual side
     * @param expected      the element on the expected side: a {@link Table}, {@link Column}, {@link Index},
     *                      {@link UniqueConstraint}, {@link PrimaryKey}, {@link ForeignKey}, {@link CheckConstraint},
     *                      {@link EnumType}, {@link View} or {@link Sequence}; null when it is not there
     * @param actual        the element on the actual side, or null
     * @param subject       the element in SQL words ("column orders.user_id", "index orders_user_id_idx on orders (user_id)")
     * @param expectedValue for changes, the expected type, nullability, default, key, actions or enum values ("text",
     *                      "NOT NULL", "DEFAULT 'x'", "no default"); else null
     * @param actualValue   the same on the actual side
     */
    public record Difference(Kind kind, String key, Table expectedTable, Table actualTable, Object expected, Object actual, String subject,
                             String expectedValue, String actualValue) {

        public SourceRef expectedSource() {
            return source(expected);
        }

        public SourceRef actualSource() {
            return source(actual);
        }

        /** "column orders.note: only in the expected schema", "column users.email: type text expected, varchar(100) found". */
        public String description() {
            if (kind.missing()) return subject + ": only in the expected schema";
            if (kind.extra()) return subject + ": only in the actual schema";
            return subject + ": " + expectedValue + " expected, " + actualValue + " found";
        }

        @Override
        public String toString() {
            return kind + " " + description();
        }
    }

    /** Where an element of a difference was declared, or null. */
    public static SourceRef source(Object element) {
        if (element instanceof Table t) return t.source();
        if (element instanceof Column c) return c.source();
        if (element instanceof Index i) return i.source();
        if (element instanceof Constraint c) return c.source();
        if (element instanceof EnumType e) return e.source();
        if (element instanceof View v) return v.source();
        if (element instanceof Sequence s) return s.source();
        return null;
    }

    public static List<Difference> compare(Schema expected, Schema actual) {
        return new Comparison(expected, actual).run();
    }

    private static final class Comparison {
        final Schema expected;
        final Schema actual;
        final Dialect dialect;
        final List<Difference> out = new ArrayList<>();

        Comparison(Schema expected, Schema actual) {
            this.expected = expected;
            this.actual = actual;
            this.dialect = expected.dialect();
        }

        List<Difference> run() {
            Map<Table, Boolean> matched = new IdentityHashMap<>();
            for (Table e : expected.tables()) {
                if (e.temporary()) continue;
                Table a = actual.table(e.name());
                if (a == null || a.temporary() || matched.containsKey(a)) {
                    add(Kind.TABLE_MISSING, tableKey(e), e, null, e, null, "table " + display(e), null, null);
                    continue;
                }
                matched.put(a, true);
                compareTables(e, a);
            }
            for (Table a : actual.tables()) {
                if (a.temporary() || matched.containsKey(a)) continue;
                add(Kind.TABLE_EXTRA, tableKey(a), null, a, null, a, "table " + display(a), null, null);
            }
            compareEnums();
            compareNamed(expected.views(), actual.views(), View::name, Kind.VIEW_MISSING, Kind.VIEW_EXTRA, "view ");
            compareNamed(expected.sequences(), actual.sequences(), Sequence::name, Kind.SEQUENCE_MISSING, Kind.SEQUENCE_EXTRA, "sequence ");
            return out;
        }

        void add(Kind kind, String element, Table et, Table at, Object e, Object a, String subject, String ev, String av) {
            out.add(new Difference(kind, kind + "|" + element, et, at, e, a, subject, ev, av));
        }

        String tableKey(Table t) {
            return Schema.key(dialect, t.name());
        }

        static String display(Table t) {
            String schema = t.name().schema();
            boolean qualified = schema != null && !schema.equalsIgnoreCase("public");
            return (qualified ? schema + "." : "") + t.name().name();
        }

        // -------------------------------------------------------------- tables

        void compareTables(Table e, Table a) {
            String tk = tableKey(e);
            Map<String, Column> actualColumns = new LinkedHashMap<>();
            for (Column c : a.columns()) actualColumns.putIfAbsent(dialect.key(c.name()), c);
            Set<String> seen = new HashSet<>();
            for (Column ec : e.columns()) {
                String ck = dialect.key(ec.name());
                if (!seen.add(ck)) continue;
                Column ac = actualColumns.get(ck);
                String subject = "column " + e.name().name() + "." + ec.name();
                if (ac == null) {
                    add(Kind.COLUMN_MISSING, tk + "." + ck, e, a, ec, null, subject, null, null);
                    continue;
                }
                compareColumns(tk + "." + ck, e, a, ec, ac, subject);
            }
            for (Map.Entry<String, Column> entry : actualColumns.entrySet()) {
                if (seen.contains(entry.getKey())) continue;
                Column ac = entry.getValue();
                add(Kind.COLUMN_EXTRA, tk + "." + entry.getKey(), e, a, null, ac, "column " + a.name().name() + "." + ac.name(), null, null);
            }
            boolean implicit = e.origin() == Table.Origin.PRISMA_IMPLICIT || a.origin() == Table.Origin.PRISMA_IMPLICIT;
            int keysFrom = out.size();
            if (!implicit) comparePrimaryKeys(tk, e, a);
            compareIndexes(tk, e, a, implicit);
            compareForeignKeys(tk, e, a);
            compareChecks(tk, e, a);
            foldIntoColumns(tk, keysFrom);
        }

        /**
         * Leaves out the indexes, keys and checks missing (extra) only because a column of theirs is missing (extra):
         * they go with the column, which is already listed.
         */
        void foldIntoColumns(String tk, int from) {
            Set<String> missing = new HashSet<>();
            Set<String> extra = new HashSet<>();
            for (Difference d : out) {
                if (d.kind() == Kind.COLUMN_MISSING) missing.add(columnKeyOf(d, tk));
                if (d.kind() == Kind.COLUMN_EXTRA) extra.add(columnKeyOf(d, tk));
            }
            missing.remove(null);
            extra.remove(null);
            if (missing.isEmpty() && extra.isEmpty()) return;
            List<Difference> keys = new ArrayList<>(out.subList(from, out.size()));
            out.subList(from, out.size()).clear();
            for (Difference d : keys) {
                boolean folded = d.kind().missing() && usesAny(d.expected(), missing) || d.kind().extra() && usesAny(d.actual(), extra);
                if (!folded) out.add(d);
            }
        }

        String columnKeyOf(Difference d, String tk) {
            String prefix = d.kind() + "|" + tk + ".";
            return d.key().startsWith(prefix) ? d.key().substring(prefix.length()) : null;
        }

        boolean usesAny(Object element, Set<String> columns) {
            List<String> used = new ArrayList<>();
            if (element instanceof Index i) used.addAll(i.columns());
            else if (element instanceof Constraint c) used.addAll(c.columns());
            for (String c : used) {
                if (columns.contains(dialect.key(c))) return true;
            }
            return false;
        }

        void compareColumns(String key, Table e, Table a, Column ec, Column ac, String subject) {
            if (ec.type() == null || ac.type() == null) return;
            ec = ec.withType(enumAware(ec.type(), expected));
            ac = ac.withType(enumAware(ac.type(), actual));
            String et = CanonicalForms.type(ec.type(), dialect);
            String at = CanonicalForms.type(ac.type(), dialect);
            if (!sameType(ec, et, ac, at)) add(Kind.COLUMN_TYPE, key, e, a, ec, ac, subject, et, at);
            // A Prisma list is a nullable array column, though the field is not optional.
            boolean list = (e.isPrisma() && ec.type().isArray()) || (a.isPrisma() && ac.type().isArray());
            if (!list && ec.nullable() != ac.nullable()) {
                add(Kind.COLUMN_NULLABILITY, key, e, a, ec, ac, subject, nullability(ec), nullability(ac));
            }
            String ed = CanonicalForms.columnDefault(ec, e, expected);
            String ad = CanonicalForms.columnDefault(ac, a, actual);
            boolean unknown = CanonicalForms.UNKNOWN.equals(ed) || CanonicalForms.UNKNOWN.equals(ad);
            if (!unknown && !java.util.Objects.equals(ed, ad)) {
                add(Kind.COLUMN_DEFAULT, key, e, a, ec, ac, subject, defaultText(ec, ed), defaultText(ac, ad));
            }
        }

        static String nullability(Column c) {
            return c.nullable() ? "nullable" : "NOT NULL";
        }

        static String defaultText(Column c, String canonical) {
            if (canonical == null) return "no default";
            if (canonical.equals(CanonicalForms.AUTO)) return "generated values";
            return "DEFAULT " + (c.defaultValue() != null ? c.defaultValue().trim() : canonical);
        }

        /** Same canonical type; an inline MySQL ENUM(...) and a named enum type compare by their values. */
        boolean sameType(Column ec, String et, Column ac, String at) {
            if (et.equals(at)) return true;
            if (ec.type().family() != TypeFamily.ENUM || ac.type().family() != TypeFamily.ENUM) return false;
            if (ec.type().isArray() != ac.type().isArray()) return false;
            Set<String> ev = enumValues(ec.type(), expected);
            Set<String> av = enumValues(ac.type(), actual);
            if (ev == null || av == null) {
                // Two named types: the names decide (an unknown type's values cannot be read).
                return CanonicalForms.bareTypeName(ec.type().name()).equalsIgnoreCase(CanonicalForms.bareTypeName(ac.type().name()));
            }
            boolean bothNamed = !isInlineEnum(ec.type()) && !isInlineEnum(ac.type());
            if (bothNamed) return CanonicalForms.bareTypeName(ec.type().name()).equalsIgnoreCase(CanonicalForms.bareTypeName(ac.type().name()));
            return ev.equals(av);
        }

        /**
         * The type with the ENUM family when it names an enum of the schema. The replay gives a column the family only
         * when the names match exactly, and type names are folded to lower case ("Role" is read as role).
         */
        static ColumnType enumAware(ColumnType t, Schema schema) {
            if (t.family() != TypeFamily.OTHER || t.name().isEmpty() || findEnum(schema, t.name()) == null) return t;
            return new ColumnType(TypeFamily.ENUM, t.name(), t.raw(), t.arguments(), t.arrayDimensions(), false);
        }

        static boolean isInlineEnum(ColumnType t) {
            return t.name().equalsIgnoreCase("enum");
        }

        static Set<String> enumValues(ColumnType t, Schema schema) {
            Set<String> values = new TreeSet<>();
            if (isInlineEnum(t)) {
                for (String a : t.arguments()) {
                    String v = CanonicalForms.stringLiteral(a);
                    values.add(v != null ? v : a.trim());
                }
                return values;
            }
            EnumType e = findEnum(schema, t.name());
            if (e == null) return null;
            for (EnumType.EnumValue v : e.values()) values.add(v.name());
            return values;
        }

        static EnumType findEnum(Schema schema, String typeName) {
            String bare = CanonicalForms.bareTypeName(typeName);
            int dot = bare.lastIndexOf('.');
            if (dot >= 0) bare = bare.substring(dot + 1);
            for (EnumType e : schema.enums()) {
                if (e.name().name().equalsIgnoreCase(bare) || e.declaredName().equalsIgnoreCase(bare)) return e;
            }
            return null;
        }

        void comparePrimaryKeys(String tk, Table e, Table a) {
            String ek = e.primaryKey() == null ? null : keyColumns(e.primaryKey().columns());
            String ak = a.primaryKey() == null ? null : keyColumns(a.primaryKey().columns());
            if (java.util.Objects.equals(ek, ak)) return;
            add(Kind.PRIMARY_KEY, tk, e, a, e.primaryKey() != null ? e.primaryKey() : e, a.primaryKey() != null ? a.primaryKey() : a,
                    "primary key of " + display(e), pkText(e.primaryKey()), pkText(a.primaryKey()));
        }

        static String pkText(PrimaryKey pk) {
            return pk == null ? "no primary key" : "PRIMARY KEY (" + String.join(", ", pk.columns()) + ")";
        }

        String keyColumns(List<String> columns) {
            List<String> keys = new ArrayList<>();
            for (String c : columns) keys.add(dialect.key(c));
            return String.join(",", keys);
        }

        // -------------------------------------------------------------- indexes

        /** An index or unique constraint seen by what it does: its identity leaves the name out. */
        record Shape(Object element, String identity, String subject) {}

        List<Shape> shapes(Table t, boolean implicit) {
            List<Shape> out = new ArrayList<>();
            String table = display(t);
            for (Index i : t.indexes()) {
                List<String> keys = new ArrayList<>();
                List<String> shown = new ArrayList<>();
                for (IndexKey k : i.keys()) {
                    String key = k.column() != null ? dialect.key(k.column()) : "(" + CanonicalForms.expression(k.expression()) + ")";
                    keys.add(key + (k.descending() ? " desc" : ""));
                    shown.add(k.display() + (k.descending() ? " DESC" : ""));
                }
                String method = i.method() == null ? "" : i.method().toLowerCase(Locale.ROOT);
                if (method.equals("btree")) method = "";
                String kind = i.kind() == null ? "" : i.kind().toUpperCase(Locale.ROOT);
                String where = i.where() == null ? "" : CanonicalForms.expression(i.where());
                String identity = (i.unique() ? "unique" : "index") + "|" + method + "|" + kind + "|" + String.join(",", keys) + "|" + where;
                String words = (i.unique() ? "unique index " : kind.isEmpty() ? "index " : kind.toLowerCase(Locale.ROOT) + " index ")
                        + (i.name() != null ? i.name() + " " : "") + "on " + table + " (" + String.join(", ", shown) + ")"
                        + (method.isEmpty() ? "" : " USING " + method) + (i.where() == null ? "" : " WHERE " + i.where().trim());
                out.add(new Shape(i, identity, words));
            }
            for (UniqueConstraint u : t.uniques()) out.add(uniqueShape(u, u.name(), u.columns(), table));
            if (implicit && t.primaryKey() != null) out.add(uniqueShape(t.primaryKey(), t.primaryKey().name(), t.primaryKey().columns(), table));
            return out;
        }

        Shape uniqueShape(Object element, String name, List<String> columns, String table) {
            String identity = "unique|||" + keyColumns(columns) + "|";
            return new Shape(element, identity, "unique constraint " + (name != null ? name + " " : "") + "on " + table + " (" + String.join(", ", columns) + ")");
        }

        void compareIndexes(String tk, Table e, Table a, boolean implicit) {
            List<Shape> remaining = new ArrayList<>(shapes(a, implicit));
            for (Shape es : shapes(e, implicit)) {
                Shape match = null;
                for (Shape as : remaining) {
                    if (as.identity().equals(es.identity())) {
                        match = as;
                        break;
                    }
                }
                if (match != null) {
                    remaining.remove(match);
                } else {
                    add(Kind.INDEX_MISSING, tk + "|" + es.identity(), e, a, es.element(), null, es.subject(), null, null);
                }
            }
            for (Shape as : remaining) add(Kind.INDEX_EXTRA, tk + "|" + as.identity(), e, a, null, as.element(), as.subject(), null, null);
        }

        // -------------------------------------------------------------- foreign keys

        String fkIdentity(ForeignKey fk, Schema schema) {
            List<String> target = fk.targetColumns();
            if (target.isEmpty() && fk.targetTable() != null) {
                Table t = schema.table(fk.targetTable());
                if (t != null && t.primaryKey() != null) target = t.primaryKey().columns();
            }
            String targetKey = fk.targetTable() == null ? "?" : Schema.key(dialect, fk.targetTable());
            return keyColumns(fk.columns()) + "->" + targetKey + "(" + keyColumns(target) + ")";
        }

        static String fkSubject(Table t, ForeignKey fk) {
            return "foreign key " + (fk.name() != null ? fk.name() + " " : "") + "on " + display(t) + " (" + String.join(", ", fk.columns()) + ") → "
                    + (fk.targetTable() == null ? "?" : fk.targetTable().name()) + (fk.targetColumns().isEmpty() ? "" : " (" + String.join(", ", fk.targetColumns()) + ")");
        }

        void compareForeignKeys(String tk, Table e, Table a) {
            List<ForeignKey> remaining = new ArrayList<>(a.foreignKeys());
            for (ForeignKey ef : e.foreignKeys()) {
                String identity = fkIdentity(ef, expected);
                ForeignKey match = null;
                for (ForeignKey af : remaining) {
                    if (fkIdentity(af, actual).equals(identity)) {
                        match = af;
                        break;
                    }
                }
                if (match == null) {
                    add(Kind.FOREIGN_KEY_MISSING, tk + "|" + identity, e, a, ef, null, fkSubject(e, ef), null, null);
                    continue;
                }
                remaining.remove(match);
                String ea = actions(ef, e);
                String aa = actions(match, a);
                if (!ea.equals(aa)) add(Kind.FOREIGN_KEY_ACTIONS, tk + "|" + identity, e, a, ef, match, fkSubject(e, ef), ea, aa);
            }
            for (ForeignKey af : remaining) add(Kind.FOREIGN_KEY_EXTRA, tk + "|" + fkIdentity(af, actual), e, a, null, af, fkSubject(a, af), null, null);
        }

        /**
         * "ON DELETE RESTRICT ON UPDATE CASCADE" with the defaults written out: NO ACTION in SQL (the same as RESTRICT in
         * MySQL), and for a Prisma relation Prisma's own (onDelete Restrict for a required relation, SetNull for an
         * optional one; onUpdate Cascade).
         */
        String actions(ForeignKey fk, Table t) {
            ReferentialAction onDelete = fk.onDelete();
            ReferentialAction onUpdate = fk.onUpdate();
            if (t.origin() == Table.Origin.PRISMA_MODEL) {
                boolean optional = false;
                for (String c : fk.columns()) {
                    Column col = t.column(c);
                    if (col != null && col.nullable()) optional = true;
                }
                if (onDelete == null) onDelete = optional ? ReferentialAction.SET_NULL : ReferentialAction.RESTRICT;
                if (onUpdate == null) onUpdate = ReferentialAction.CASCADE;
            }
            return "ON DELETE " + action(onDelete).sql() + " ON UPDATE " + action(onUpdate).sql();
        }

        ReferentialAction action(ReferentialAction a) {
            ReferentialAction resolved = a == null ? ReferentialAction.NO_ACTION : a;
            return dialect == Dialect.MYSQL && resolved == ReferentialAction.NO_ACTION ? ReferentialAction.RESTRICT : resolved;
        }

        // -------------------------------------------------------------- checks

        void compareChecks(String tk, Table e, Table a) {
            List<CheckConstraint> remaining = new ArrayList<>(a.checks());
            for (CheckConstraint ec : e.checks()) {
                String identity = CanonicalForms.expression(ec.expression());
                CheckConstraint match = null;
                for (CheckConstraint ac : remaining) {
                    if (CanonicalForms.expression(ac.expression()).equals(identity)) {
                        match = ac;
                        break;
                    }
                }
                if (match != null) {
                    remaining.remove(match);
                } else {
                    add(Kind.CHECK_MISSING, tk + "|" + identity, e, a, ec, null, checkSubject(e, ec), null, null);
                }
            }
            for (CheckConstraint ac : remaining) {
                add(Kind.CHECK_EXTRA, tk + "|" + CanonicalForms.expression(ac.expression()), e, a, null, ac, checkSubject(a, ac), null, null);
            }
        }

        static String checkSubject(Table t, CheckConstraint c) {
            return "check constraint " + (c.name() != null ? c.name() + " " : "") + "on " + display(t) + " (" + (c.expression() == null ? "" : c.expression().trim()) + ")";
        }

        // -------------------------------------------------------------- enums, views, sequences

        void compareEnums() {
            Map<String, EnumType> actualEnums = new LinkedHashMap<>();
            for (EnumType a : actual.enums()) actualEnums.putIfAbsent(Schema.key(dialect, a.name()), a);
            Set<String> seen = new HashSet<>();
            for (EnumType e : expected.enums()) {
                String k = Schema.key(dialect, e.name());
                if (!seen.add(k)) continue;
                EnumType a = actualEnums.get(k);
                if (a == null) {
                    add(Kind.ENUM_MISSING, k, null, null, e, null, "enum type " + e.name().name(), null, null);
                    continue;
                }
                List<String> ev = e.values().stream().map(EnumType.EnumValue::name).toList();
                List<String> av = a.values().stream().map(EnumType.EnumValue::name).toList();
                if (!new TreeSet<>(ev).equals(new TreeSet<>(av))) {
                    add(Kind.ENUM_VALUES, k, null, null, e, a, "enum type " + e.name().name(), values(ev), values(av));
                }
            }
            for (Map.Entry<String, EnumType> entry : actualEnums.entrySet()) {
                if (!seen.contains(entry.getKey())) {
                    add(Kind.ENUM_EXTRA, entry.getKey(), null, null, null, entry.getValue(), "enum type " + entry.getValue().name().name(), null, null);
                }
            }
        }

        static String values(List<String> values) {
            List<String> quoted = new ArrayList<>();
            for (String v : values) quoted.add("'" + v + "'");
            return "(" + String.join(", ", quoted) + ")";
        }

        <T> void compareNamed(List<T> expectedItems, List<T> actualItems, java.util.function.Function<T, QualifiedName> name, Kind missing, Kind extra,
                              String words) {
            Map<String, T> actualByKey = new LinkedHashMap<>();
            for (T a : actualItems) actualByKey.putIfAbsent(Schema.key(dialect, name.apply(a)), a);
            Set<String> seen = new HashSet<>();
            for (T e : expectedItems) {
                String k = Schema.key(dialect, name.apply(e));
                if (!seen.add(k)) continue;
                if (!actualByKey.containsKey(k)) add(missing, k, null, null, e, null, words + name.apply(e), null, null);
            }
            for (Map.Entry<String, T> entry : actualByKey.entrySet()) {
                if (!seen.contains(entry.getKey())) add(extra, entry.getKey(), null, null, null, entry.getValue(), words + name.apply(entry.getValue()), null, null);
            }
        }
    }
}
