package dev.schemawise.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Derives hasMany / hasOne / belongsTo / manyToMany from a schema's foreign keys. */
public final class RelationDeriver {
    private RelationDeriver() {}

    static List<Relation> derive(Schema schema) {
        List<Relation> out = new ArrayList<>();
        for (Table table : schema.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                Table target = schema.table(fk.targetTable());
                QualifiedName to = target != null ? target.name() : fk.targetTable();
                out.add(new Relation(Relation.Kind.BELONGS_TO, table.name(), to, fk, null));
                Relation.Kind inverse = isUnique(table, fk.columns()) ? Relation.Kind.HAS_ONE : Relation.Kind.HAS_MANY;
                out.add(new Relation(inverse, to, table.name(), fk, null));
            }
            if (isJoinTable(table)) {
                ForeignKey a = table.foreignKeys().get(0);
                ForeignKey b = table.foreignKeys().get(1);
                QualifiedName ta = resolved(schema, a.targetTable());
                QualifiedName tb = resolved(schema, b.targetTable());
                out.add(new Relation(Relation.Kind.MANY_TO_MANY, ta, tb, b, table.name()));
                if (!ta.equals(tb)) out.add(new Relation(Relation.Kind.MANY_TO_MANY, tb, ta, a, table.name()));
            }
        }
        return out;
    }

    private static QualifiedName resolved(Schema schema, QualifiedName name) {
        Table t = schema.table(name);
        return t != null ? t.name() : name;
    }

    /** True when some primary key, unique constraint or unique non-partial index has exactly these columns. */
    public static boolean isUnique(Table table, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        if (table.primaryKey() != null && new HashSet<>(table.primaryKey().columns()).equals(wanted)) return true;
        for (UniqueConstraint u : table.uniques()) {
            if (new HashSet<>(u.columns()).equals(wanted)) return true;
        }
        for (Index i : table.indexes()) {
            if (i.unique() && !i.isPartial() && i.keys().stream().noneMatch(IndexKey::isExpression)
                    && new HashSet<>(i.columns()).equals(wanted)) return true;
        }
        return false;
    }

    /**
     * A join table: exactly two foreign keys, their columns together form the primary key or a unique key,
     * and it has at most two other columns (an id, timestamps).
     */
    public static boolean isJoinTable(Table table) {
        if (table.foreignKeys().size() != 2) return false;
        Set<String> fkColumns = new HashSet<>();
        for (ForeignKey fk : table.foreignKeys()) fkColumns.addAll(fk.columns());
        if (table.columns().size() - fkColumns.size() > 2) return false;
        if (table.origin() == Table.Origin.PRISMA_IMPLICIT) return true;
        List<String> all = new ArrayList<>(fkColumns);
        return isUnique(table, all);
    }
}
