package dev.schemawise.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one database schema: what a schema file declares, what a Prisma schema maps to, or what a
 * migrations folder leaves after replay. Immutable; lookup tables and relations are built on first use.
 */
public final class Schema {
    private final Dialect dialect;
    private final List<Table> tables;
    private final List<View> views;
    private final List<EnumType> enums;
    private final List<CompositeType> compositeTypes;
    private final List<Sequence> sequences;
    private final List<String> extensions;

    private volatile Map<String, Table> tablesByKey;
    private volatile Map<String, List<Table>> tablesByBareName;
    private volatile List<Relation> relations;
    /** Facts other layers derive from this schema (see {@link #derived()}). */
    private final java.util.concurrent.ConcurrentMap<String, Object> derived = new java.util.concurrent.ConcurrentHashMap<>(8);

    public Schema(Dialect dialect, List<Table> tables, List<View> views, List<EnumType> enums,
                  List<CompositeType> compositeTypes, List<Sequence> sequences, List<String> extensions) {
        this.dialect = dialect;
        this.tables = List.copyOf(tables);
        this.views = List.copyOf(views);
        this.enums = List.copyOf(enums);
        this.compositeTypes = List.copyOf(compositeTypes);
        this.sequences = List.copyOf(sequences);
        this.extensions = List.copyOf(extensions);
    }

    /**
     * Where other layers keep what they derive from this schema, by question (the rules' facts): kept exactly as
     * long as the schema itself. A cache held elsewhere, keyed weakly by the schema, would keep answers that refer to
     * its tables alive after the schema is gone, until its key is found cleared.
     */
    public java.util.concurrent.ConcurrentMap<String, Object> derived() {
        return derived;
    }

    public static Schema empty(Dialect dialect) {
        return new Schema(dialect, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Dialect dialect() {
        return dialect;
    }

    public List<Table> tables() {
        return tables;
    }

    public List<View> views() {
        return views;
    }

    public List<EnumType> enums() {
        return enums;
    }

    public List<CompositeType> compositeTypes() {
        return compositeTypes;
    }

    public List<Sequence> sequences() {
        return sequences;
    }

    public List<String> extensions() {
        return extensions;
    }

    public int columnCount() {
        int n = 0;
        for (Table t : tables) n += t.columns().size();
        return n;
    }

    public int foreignKeyCount() {
        int n = 0;
        for (Table t : tables) n += t.foreignKeys().size();
        return n;
    }

    /** Indexes of tables and materialized views. */
    public int indexCount() {
        int n = 0;
        for (Table t : tables) n += t.indexes().size();
        for (View v : views) n += v.indexes().size();
        return n;
    }

    /** The lookup key of a name: the default schema (public, or none) is left out; case folded per dialect. */
    public static String key(Dialect dialect, QualifiedName name) {
        return name.inDefaultSchema() ? dialect.key(name.name()) : dialect.key(name.schema()) + "." + dialect.key(name.name());
    }

    /** A table by name; an unqualified name also finds a qualified table when only one table has that name. */
    public Table table(QualifiedName name) {
        Map<String, Table> byKey = tablesByKey;
        if (byKey == null) {
            byKey = new HashMap<>();
            Map<String, List<Table>> byBare = new HashMap<>();
            for (Table t : tables) {
                byKey.putIfAbsent(key(dialect, t.name()), t);
                byBare.computeIfAbsent(dialect.key(t.name().name()), k -> new ArrayList<>()).add(t);
            }
            tablesByBareName = byBare;
            tablesByKey = byKey;
        }
        Table t = byKey.get(key(dialect, name));
        if (t != null || name.schema() != null) return t;
        List<Table> candidates = tablesByBareName.get(dialect.key(name.name()));
        return candidates != null && candidates.size() == 1 ? candidates.get(0) : null;
    }

    public Table table(String name) {
        return table(QualifiedName.of(name));
    }

    public EnumType enumType(String name) {
        for (EnumType e : enums) {
            if (dialect.key(e.name().name()).equals(dialect.key(name)) || e.declaredName().equals(name)) return e;
        }
        return null;
    }

    /** Relations derived from the foreign keys (see {@link Relation}), in table order. */
    public List<Relation> relations() {
        List<Relation> result = relations;
        if (result == null) {
            result = List.copyOf(RelationDeriver.derive(this));
            relations = result;
        }
        return result;
    }

    @Override
    public String toString() {
        return "Schema[" + dialect + ", " + tables.size() + " tables]";
    }
}
