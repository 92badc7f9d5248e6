package dev.schemawise.workspace;

import dev.schemawise.model.CheckConstraint;
import dev.schemawise.model.Column;
import dev.schemawise.model.ColumnType;
import dev.schemawise.model.CompositeType;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.EnumType;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Identity;
import dev.schemawise.model.Index;
import dev.schemawise.model.PrimaryKey;
import dev.schemawise.model.Problem;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Sequence;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.model.View;
import dev.schemawise.model.ddl.AlterAction;
import dev.schemawise.model.ddl.AlterSequenceOwnedBy;
import dev.schemawise.model.ddl.AlterTable;
import dev.schemawise.model.ddl.AlterType;
import dev.schemawise.model.ddl.CommentOn;
import dev.schemawise.model.ddl.CreateCompositeType;
import dev.schemawise.model.ddl.CreateEnum;
import dev.schemawise.model.ddl.CreateExtension;
import dev.schemawise.model.ddl.CreateIndex;
import dev.schemawise.model.ddl.CreateSchema;
import dev.schemawise.model.ddl.CreateSequence;
import dev.schemawise.model.ddl.CreateTable;
import dev.schemawise.model.ddl.CreateView;
import dev.schemawise.model.ddl.Drop;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.RenameIndex;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies statements in order to a schema state, as the database would: a table created by one migration
 * and altered by a later one is one table whose history lists both statements. Statements that cannot
 * apply (ALTER of an unknown table, say) are skipped and recorded as {@link Problem}s.
 *
 * <p>Mutable while replaying; {@link #snapshot()} returns an immutable {@link Schema} at any point, so
 * migration checks can look at the state before a statement. Pure: no I/O.
 */
public final class Replay {

    private final Dialect dialect;
    private final Map<String, MutableTable> tables = new LinkedHashMap<>();
    private final Map<String, View> views = new LinkedHashMap<>();
    private final Map<String, EnumType> enums = new LinkedHashMap<>();
    private final Map<String, CompositeType> composites = new LinkedHashMap<>();
    private final Map<String, Sequence> sequences = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    public Replay(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * A replay that starts from a schema state instead of from nothing (to try statements on a copy of the state
     * before a migration: its up, then its down). The state's problems are not carried over.
     */
    public static Replay from(Schema state) {
        Replay r = new Replay(state.dialect());
        for (Table t : state.tables()) {
            MutableTable m = r.new MutableTable(t.name(), t.source());
            for (Column c : t.columns()) m.columns.put(r.columnKey(c.name()), c);
            m.primaryKey = t.primaryKey();
            m.uniques.addAll(t.uniques());
            m.indexes.addAll(t.indexes());
            m.foreignKeys.addAll(t.foreignKeys());
            m.checks.addAll(t.checks());
            m.history.addAll(t.history());
            m.temporary = t.temporary();
            m.partitionBy = t.partitionBy();
            m.partitionOf = t.partitionOf();
            m.inherits = t.inherits();
            m.options = t.options();
            m.documentation = t.documentation();
            r.tables.put(r.key(t.name()), m);
        }
        for (View v : state.views()) r.views.put(r.key(v.name()), v);
        for (EnumType e : state.enums()) r.enums.put(r.key(e.name()), e);
        for (CompositeType c : state.compositeTypes()) r.composites.put(r.key(c.name()), c);
        for (Sequence q : state.sequences()) r.sequences.put(r.key(q.name()), q);
        r.extensions.addAll(state.extensions());
        return r;
    }

    public Dialect dialect() {
        return dialect;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** True when a table of that name exists now. */
    public boolean hasTable(QualifiedName name) {
        return tables.containsKey(key(name));
    }

    /** True when some table has an index (or an index-backed constraint) of that name now. */
    public boolean hasIndex(QualifiedName name) {
        for (MutableTable t : tables.values()) {
            if (t.findIndex(name.name()) != null) return true;
        }
        return false;
    }

    /** The type of a table's column now, or null when the table or the column is unknown. */
    public ColumnType columnType(QualifiedName table, String column) {
        MutableTable t = tables.get(key(table));
        Column c = t == null ? null : t.columns.get(columnKey(column));
        return c == null ? null : c.type();
    }

    public void applyAll(List<Statement> statements, String file) {
        for (Statement s : statements) apply(s, file);
    }

    public void apply(Statement statement, String file) {
        SourceRef at = SourceRef.of(file, statement.range());
        if (statement instanceof CreateTable c) {
            createTable(c, at);
        } else if (statement instanceof AlterTable a) {
            alterTable(a, at);
        } else if (statement instanceof CreateIndex c) {
            createIndex(c, at);
        } else if (statement instanceof Drop d) {
            drop(d, at);
        } else if (statement instanceof CreateEnum c) {
            enums.put(key(c.type().name()), c.type());
        } else if (statement instanceof AlterType a) {
            alterType(a);
        } else if (statement instanceof CreateCompositeType c) {
            composites.put(key(c.type().name()), c.type());
        } else if (statement instanceof CreateSequence c) {
            if (!(c.ifNotExists() && sequences.containsKey(key(c.sequence().name())))) sequences.put(key(c.sequence().name()), c.sequence());
        } else if (statement instanceof AlterSequenceOwnedBy o) {
            ownedBy(o);
        } else if (statement instanceof CreateView c) {
            views.put(key(c.view().name()), c.view());
        } else if (statement instanceof CreateExtension c) {
            if (c.name() != null && !extensions.contains(c.name())) extensions.add(c.name());
        } else if (statement instanceof CommentOn c) {
            comment(c, at);
        } else if (statement instanceof RenameIndex r) {
            renameIndex(r.from(), r.to(), at);
        }
        // CreateSchema and Opaque statements do not change the model.
    }

    // ------------------------------------------------------------------ tables

    private void createTable(CreateTable c, SourceRef at) {
        String k = key(c.name());
        if (tables.containsKey(k)) {
            if (c.ifNotExists()) return;
            problems.add(new Problem(at.file(), c.source().nameRange(), "table " + c.name() + " is created again; the earlier definition is replaced"));
        }
        MutableTable t = new MutableTable(c.name(), c.source());
        t.temporary = c.temporary();
        t.partitionBy = c.partitionBy();
        t.partitionOf = c.partitionOf();
        t.inherits = c.inherits();
        t.options = c.options();
        t.documentation = c.comment();
        t.history.add(at);
        QualifiedName copyFrom = c.likeTable() != null ? c.likeTable() : c.partitionOf();
        if (copyFrom != null) {
            MutableTable source = tables.get(key(copyFrom));
            if (source != null) {
                for (Column col : source.columns.values()) t.columns.put(columnKey(col.name()), col);
            }
        }
        for (Column col : c.columns()) t.columns.put(columnKey(col.name()), col);
        for (Constraint constraint : c.constraints()) addConstraint(t, constraint, at);
        t.indexes.addAll(c.indexes());
        tables.put(k, t);
    }

    private void alterTable(AlterTable a, SourceRef at) {
        MutableTable t = tables.get(key(a.table()));
        if (t == null) {
            // PostgreSQL accepts ALTER TABLE on sequences and views too (pg_dump writes OWNER TO that way).
            if (sequences.containsKey(key(a.table())) || views.containsKey(key(a.table()))) return;
            if (!a.ifExists()) problems.add(new Problem(at.file(), a.source().nameRange(), "ALTER TABLE of unknown table " + a.table()));
            return;
        }
        t.history.add(at);
        for (AlterAction action : a.actions()) {
            alter(t, action, at);
            if (action instanceof AlterAction.RenameTable) t = tables.get(key(t.name));
        }
    }

    private void alter(MutableTable t, AlterAction action, SourceRef at) {
        if (action instanceof AlterAction.AddColumn add) {
            String k = columnKey(add.column().name());
            if (t.columns.containsKey(k)) {
                if (!add.ifNotExists()) problem(at, add.range(), "column " + add.column().name() + " already exists in " + t.name);
                return;
            }
            t.columns.put(k, add.column());
            for (Constraint c : add.constraints()) addConstraint(t, c, at);
        } else if (action instanceof AlterAction.DropColumn drop) {
            if (t.columns.remove(columnKey(drop.column())) == null) {
                if (!drop.ifExists()) problem(at, drop.range(), "DROP COLUMN of unknown column " + drop.column() + " in " + t.name);
                return;
            }
            t.dropDependents(drop.column());
            String tableKey = key(t.name);
            sequences.values().removeIf(q -> q.ownedByTable() != null && q.ownedByColumn() != null && key(q.ownedByTable()).equals(tableKey)
                    && columnKey(q.ownedByColumn()).equals(columnKey(drop.column())));
        } else if (action instanceof AlterAction.AlterColumnType change) {
            updateColumn(t, change.column(), at, change.range(), c -> c.withType(change.type()));
        } else if (action instanceof AlterAction.SetNotNull s) {
            updateColumn(t, s.column(), at, s.range(), c -> c.withNullable(false));
        } else if (action instanceof AlterAction.DropNotNull s) {
            updateColumn(t, s.column(), at, s.range(), c -> c.withNullable(true));
        } else if (action instanceof AlterAction.SetDefault s) {
            updateColumn(t, s.column(), at, s.range(), c -> {
                Column updated = c.withDefault(s.expression());
                boolean nextval = s.expression() != null && s.expression().toLowerCase(Locale.ROOT).startsWith("nextval(");
                return nextval && c.identity() == Identity.NONE ? updated.withIdentity(Identity.SERIAL) : updated;
            });
        } else if (action instanceof AlterAction.DropDefault s) {
            updateColumn(t, s.column(), at, s.range(), c -> {
                Column updated = c.withDefault(null);
                return c.identity() == Identity.SERIAL ? updated.withIdentity(Identity.NONE) : updated;
            });
        } else if (action instanceof AlterAction.SetIdentity s) {
            updateColumn(t, s.column(), at, s.range(),
                    c -> s.identity() == Identity.NONE ? c.withIdentity(Identity.NONE) : c.withIdentity(s.identity()).withNullable(false));
        } else if (action instanceof AlterAction.ModifyColumn m) {
            Column old = t.columns.get(columnKey(m.oldName()));
            if (old == null) {
                problem(at, m.range(), "unknown column " + m.oldName() + " in " + t.name);
                return;
            }
            Column replacement = m.column();
            for (SourceRef h : old.history()) replacement = replacement.withHistory(h);
            t.replaceColumn(m.oldName(), replacement.withHistory(at));
            if (!columnKey(m.oldName()).equals(columnKey(m.column().name()))) renameColumnEverywhere(t, m.oldName(), m.column().name());
        } else if (action instanceof AlterAction.RenameColumn r) {
            Column old = t.columns.get(columnKey(r.from()));
            if (old == null) {
                problem(at, r.range(), "RENAME COLUMN of unknown column " + r.from() + " in " + t.name);
                return;
            }
            t.replaceColumn(r.from(), old.withName(r.to()).withHistory(at));
            renameColumnEverywhere(t, r.from(), r.to());
        } else if (action instanceof AlterAction.RenameTable r) {
            renameTable(t, r.newName());
        } else if (action instanceof AlterAction.AddConstraint add) {
            addConstraint(t, add.constraint(), at);
        } else if (action instanceof AlterAction.AddIndex add) {
            t.indexes.add(add.index());
        } else if (action instanceof AlterAction.DropConstraint d) {
            if (!t.dropConstraint(d.name(), d.kind()) && !d.ifExists()) {
                problem(at, d.range(), "DROP of unknown constraint " + (d.name() == null ? "PRIMARY KEY" : d.name()) + " on " + t.name);
            }
        } else if (action instanceof AlterAction.ValidateConstraint v) {
            t.validate(v.name());
        } else if (action instanceof AlterAction.RenameConstraint r) {
            t.renameConstraint(r.from(), r.to());
        } else if (action instanceof AlterAction.RenameIndexAction r) {
            t.renameConstraint(r.from(), r.to());
        } else if (action instanceof AlterAction.SetSchema s) {
            renameTable(t, new QualifiedName(s.schema(), t.name.name()));
        } else if (action instanceof AlterAction.Partition p) {
            MutableTable child = tables.get(key(p.partition()));
            if (child == null) {
                problem(at, p.range(), (p.attach() ? "ATTACH" : "DETACH") + " PARTITION of unknown table " + p.partition());
                return;
            }
            child.history.add(at);
            child.partitionOf = p.attach() ? t.name : null;
        }
        // AlterAction.Other (OWNER TO, ENABLE TRIGGER, ...) does not change the model.
    }

    private void updateColumn(MutableTable t, String column, SourceRef at, Span range, UnaryOperator<Column> change) {
        String k = columnKey(column);
        Column c = t.columns.get(k);
        if (c == null) {
            problem(at, range, "unknown column " + column + " in " + t.name);
            return;
        }
        t.columns.put(k, change.apply(c).withHistory(at));
    }

    private void renameTable(MutableTable t, QualifiedName newName) {
        QualifiedName old = t.name;
        QualifiedName target = newName.schema() == null && old.schema() != null ? new QualifiedName(old.schema(), newName.name()) : newName;
        tables.remove(key(old));
        t.name = target;
        tables.put(key(target), t);
        String oldKey = key(old);
        for (MutableTable other : tables.values()) {
            other.foreignKeys.replaceAll(fk -> key(fk.targetTable()).equals(oldKey) ? fk.withTarget(target, fk.targetColumns()) : fk);
        }
    }

    private void renameColumnEverywhere(MutableTable t, String from, String to) {
        t.renameColumnInConstraints(from, to);
        String tableKey = key(t.name);
        for (MutableTable other : tables.values()) {
            other.foreignKeys.replaceAll(fk -> key(fk.targetTable()).equals(tableKey)
                    ? fk.withTarget(fk.targetTable(), rename(fk.targetColumns(), from, to, dialect)) : fk);
        }
    }

    private void addConstraint(MutableTable t, Constraint constraint, SourceRef at) {
        if (constraint instanceof PrimaryKey pk) {
            PrimaryKey resolved = usesIndex(pk.columns()) ? new PrimaryKey(pk.name(), t.takeIndexColumns(pk.columns().get(0)), pk.source()) : pk;
            t.primaryKey = resolved;
            for (String col : resolved.columns()) {
                Column c = t.columns.get(columnKey(col));
                if (c != null && c.nullable()) t.columns.put(columnKey(col), c.withNullable(false));
            }
        } else if (constraint instanceof UniqueConstraint u) {
            t.uniques.add(usesIndex(u.columns()) ? new UniqueConstraint(u.name(), t.takeIndexColumns(u.columns().get(0)), false, u.source()) : u);
        } else if (constraint instanceof ForeignKey fk) {
            t.foreignKeys.add(fk);
        } else if (constraint instanceof CheckConstraint ck) {
            List<String> columns = ck.columns().stream().filter(c -> t.columns.containsKey(columnKey(c))).toList();
            t.checks.add(new CheckConstraint(ck.name(), ck.expression(), columns, ck.notValid(), ck.source()));
        }
    }

    private static boolean usesIndex(List<String> columns) {
        return columns.size() == 1 && columns.get(0).startsWith(Constraint.USING_INDEX);
    }

    private void createIndex(CreateIndex c, SourceRef at) {
        MutableTable t = tables.get(key(c.table()));
        View view = views.get(key(c.table()));
        if (t == null && view != null && view.materialized()) {
            views.put(key(c.table()), view.withIndex(c.index()));
            return;
        }
        if (t == null) {
            problem(at, c.index().source().nameRange(), "CREATE INDEX on unknown table " + c.table());
            return;
        }
        if (c.index().name() != null && t.findIndex(c.index().name()) != null) {
            if (!c.ifNotExists()) problem(at, c.index().source().nameRange(), "index " + c.index().name() + " already exists");
            return;
        }
        t.indexes.add(c.index());
        t.history.add(at);
    }

    private void drop(Drop d, SourceRef at) {
        for (int i = 0; i < d.names().size(); i++) {
            QualifiedName name = d.names().get(i);
            Span range = d.nameRanges().get(i);
            boolean found;
            switch (d.kind()) {
                case TABLE -> found = dropTable(name, d.cascade());
                case INDEX -> found = dropIndex(name, d.onTable());
                case VIEW, MATERIALIZED_VIEW -> found = views.remove(key(name)) != null;
                case TYPE -> found = enums.remove(key(name)) != null | composites.remove(key(name)) != null;
                case SEQUENCE -> found = sequences.remove(key(name)) != null;
                case EXTENSION -> found = extensions.remove(name.name());
                default -> found = true;
            }
            if (!found && !d.ifExists()) problem(at, range, "DROP of unknown " + d.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + name);
        }
    }

    private boolean dropTable(QualifiedName name, boolean cascade) {
        MutableTable removed = tables.remove(key(name));
        if (removed == null) return false;
        // A sequence OWNED BY a column goes with its table.
        String tableKey = key(removed.name);
        sequences.values().removeIf(q -> q.ownedByTable() != null && key(q.ownedByTable()).equals(tableKey));
        if (cascade) {
            String k = key(removed.name);
            for (MutableTable other : tables.values()) other.foreignKeys.removeIf(fk -> key(fk.targetTable()).equals(k));
        }
        return true;
    }

    private boolean dropIndex(QualifiedName name, QualifiedName onTable) {
        if (onTable != null) {
            MutableTable t = tables.get(key(onTable));
            return t != null && t.dropConstraint(name.name(), AlterAction.DropConstraint.Kind.INDEX);
        }
        for (MutableTable t : tables.values()) {
            Index index = t.findIndex(name.name());
            if (index != null) {
                t.indexes.remove(index);
                return true;
            }
        }
        return false;
    }

    private void renameIndex(QualifiedName from, String to, SourceRef at) {
        for (MutableTable t : tables.values()) {
            if (t.renameConstraint(from.name(), to)) return;
        }
        problem(at, at.range(), "ALTER INDEX of unknown index " + from);
    }

    private void alterType(AlterType a) {
        if (a.name() == null) return;
        String k = key(a.name());
        EnumType e = enums.get(k);
        if (e == null) return;
        switch (a.kind()) {
            case ADD_VALUE -> {
                if (a.value() == null || e.values().stream().anyMatch(v -> v.name().equals(a.value()))) return;
                List<EnumType.EnumValue> values = new ArrayList<>(e.values());
                values.add(new EnumType.EnumValue(a.value(), a.value(), SourceRef.of(e.source().file(), a.range())));
                enums.put(k, new EnumType(e.name(), e.declaredName(), values, e.documentation(), e.source()));
            }
            case RENAME_VALUE -> {
                List<EnumType.EnumValue> values = e.values().stream()
                        .map(v -> v.name().equals(a.value()) ? new EnumType.EnumValue(a.newValue(), a.newValue(), v.source()) : v).toList();
                enums.put(k, new EnumType(e.name(), e.declaredName(), values, e.documentation(), e.source()));
            }
            case RENAME -> {
                if (a.newValue() == null) return;
                enums.remove(k);
                QualifiedName renamed = e.name().withName(a.newValue());
                enums.put(key(renamed), new EnumType(renamed, renamed.name(), e.values(), e.documentation(), e.source()));
                renameTypeOfColumns(e.name().name(), a.newValue());
            }
            case OTHER -> { }
        }
    }

    /**
     * Columns of a renamed type now have the new name, as in the database (Prisma changes an enum by creating
     * "Status_new", moving the columns to it, then renaming it to "Status"). Type names are folded to lower case by
     * {@link dev.schemawise.model.Types}, so they are matched without case.
     */
    private void renameTypeOfColumns(String from, String to) {
        for (MutableTable t : tables.values()) {
            for (Map.Entry<String, Column> e : t.columns.entrySet()) {
                ColumnType type = e.getValue().type();
                String name = type.name();
                int dot = name.lastIndexOf('.');
                String bare = dot >= 0 ? name.substring(dot + 1) : name;
                if (!bare.replace("\"", "").equalsIgnoreCase(from)) continue;
                String renamed = (dot >= 0 ? name.substring(0, dot + 1) : "") + to.toLowerCase(Locale.ROOT);
                String raw = (to.equals(to.toLowerCase(Locale.ROOT)) ? to : "\"" + to + "\"") + "[]".repeat(type.arrayDimensions());
                e.setValue(e.getValue().withType(new ColumnType(type.family(), renamed, raw, type.arguments(), type.arrayDimensions(), type.serial())));
            }
        }
    }

    private void ownedBy(AlterSequenceOwnedBy o) {
        Sequence s = sequences.get(key(o.sequence()));
        if (s != null) sequences.put(key(o.sequence()), new Sequence(s.name(), o.table(), o.column(), s.source()));
    }

    private void comment(CommentOn c, SourceRef at) {
        if (c.object() == null) return;
        switch (c.target()) {
            case TABLE -> {
                MutableTable t = tables.get(key(c.object()));
                if (t != null) t.documentation = c.comment();
            }
            case COLUMN -> {
                MutableTable t = tables.get(key(c.object()));
                if (t != null && c.column() != null) {
                    String k = columnKey(c.column());
                    Column col = t.columns.get(k);
                    if (col != null) t.columns.put(k, col.withComment(c.comment()));
                }
            }
            case VIEW -> {
                View v = views.get(key(c.object()));
                if (v != null) {
                    views.put(key(c.object()), v.withDocumentation(c.comment()));
                }
            }
            case TYPE -> {
                EnumType e = enums.get(key(c.object()));
                if (e != null) enums.put(key(c.object()), new EnumType(e.name(), e.declaredName(), e.values(), c.comment(), e.source()));
            }
            default -> { }
        }
    }

    private void problem(SourceRef at, Span range, String message) {
        problems.add(new Problem(at.file(), range, message));
    }

    // ------------------------------------------------------------------ snapshots

    /** The current state as an immutable schema. Columns of an enum type get the ENUM family. */
    public Schema snapshot() {
        return snapshot(null);
    }

    /**
     * The current state with only the tables and views whose keys ({@link Schema#key}) are given (types, sequences and
     * extensions all included): a cheap look at the part of a large schema that a few statements touch.
     */
    public Schema snapshot(java.util.Set<String> tableKeys) {
        Map<String, EnumType> enumsByBareName = new LinkedHashMap<>();
        for (EnumType e : enums.values()) enumsByBareName.put(dialect.key(e.name().name()), e);
        List<Table> out = new ArrayList<>(tableKeys == null ? tables.size() : tableKeys.size());
        if (tableKeys == null) {
            for (MutableTable t : tables.values()) out.add(t.freeze(enumsByBareName));
        } else {
            // Looked up by key, not found by a walk over every table: a long history asks once per migration.
            for (String key : new java.util.TreeSet<>(tableKeys)) {
                MutableTable t = tables.get(key);
                if (t != null) out.add(t.freeze(enumsByBareName));
            }
        }
        List<View> shownViews = new ArrayList<>();
        if (tableKeys == null) {
            shownViews.addAll(views.values());
        } else {
            for (String key : new java.util.TreeSet<>(tableKeys)) {
                View v = views.get(key);
                if (v != null) shownViews.add(v);
            }
        }
        return new Schema(dialect, out, shownViews, List.copyOf(enums.values()), List.copyOf(composites.values()),
                List.copyOf(sequences.values()), extensions);
    }

    /** The table holding an index (or index-backed constraint) of that name now, or null. */
    public QualifiedName indexTable(QualifiedName index) {
        for (MutableTable t : tables.values()) {
            if (t.findIndex(index.name()) != null) return t.name;
        }
        return null;
    }

    private String key(QualifiedName name) {
        return Schema.key(dialect, name);
    }

    private String columnKey(String column) {
        return dialect.key(column);
    }

    static List<String> rename(List<String> columns, String from, String to, Dialect dialect) {
        List<String> out = new ArrayList<>(columns.size());
        for (String c : columns) out.add(dialect.key(c).equals(dialect.key(from)) ? to : c);
        return out;
    }

    /** A table under construction. */
    private final class MutableTable {
        QualifiedName name;
        final SourceRef source;
        final LinkedHashMap<String, Column> columns = new LinkedHashMap<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<SourceRef> history = new ArrayList<>();
        boolean temporary;
        String partitionBy;
        QualifiedName partitionOf;
        List<QualifiedName> inherits = List.of();
        Map<String, String> options = Map.of();
        String documentation;

        MutableTable(QualifiedName name, SourceRef source) {
            this.name = name;
            this.source = source;
        }

        void replaceColumn(String oldName, Column replacement) {
            LinkedHashMap<String, Column> copy = new LinkedHashMap<>();
            String oldKey = columnKey(oldName);
            for (Map.Entry<String, Column> e : columns.entrySet()) {
                if (e.getKey().equals(oldKey)) {
                    copy.put(columnKey(replacement.name()), replacement);
                } else {
                    copy.put(e.getKey(), e.getValue());
                }
            }
            columns.clear();
            columns.putAll(copy);
        }

        /** Dropping a column drops the indexes and constraints that use it, as PostgreSQL and MySQL do. */
        void dropDependents(String column) {
            String k = dialect.key(column);
            if (primaryKey != null && primaryKey.columns().stream().anyMatch(c -> dialect.key(c).equals(k))) primaryKey = null;
            uniques.removeIf(u -> u.columns().stream().anyMatch(c -> dialect.key(c).equals(k)));
            indexes.removeIf(i -> i.columns().stream().anyMatch(c -> dialect.key(c).equals(k)));
            foreignKeys.removeIf(f -> f.columns().stream().anyMatch(c -> dialect.key(c).equals(k)));
            checks.removeIf(c -> c.columns().stream().anyMatch(x -> dialect.key(x).equals(k)));
        }

        void renameColumnInConstraints(String from, String to) {
            if (primaryKey != null) primaryKey = new PrimaryKey(primaryKey.name(), rename(primaryKey.columns(), from, to, dialect), primaryKey.source());
            uniques.replaceAll(u -> new UniqueConstraint(u.name(), rename(u.columns(), from, to, dialect), u.nullsNotDistinct(), u.source()));
            foreignKeys.replaceAll(f -> f.withColumns(rename(f.columns(), from, to, dialect)));
            checks.replaceAll(c -> new CheckConstraint(c.name(), c.expression(), rename(c.columns(), from, to, dialect), c.notValid(), c.source()));
            indexes.replaceAll(i -> i.withKeys(i.keys().stream()
                    .map(k -> k.column() != null && dialect.key(k.column()).equals(dialect.key(from)) ? k.withColumn(to) : k).toList()));
        }

        Index findIndex(String indexName) {
            for (Index i : indexes) {
                if (i.name() != null && dialect.key(i.name()).equals(dialect.key(indexName))) return i;
            }
            return null;
        }

        /** The columns of an index used by ADD CONSTRAINT ... USING INDEX; the index becomes the constraint's. */
        List<String> takeIndexColumns(String marker) {
            String indexName = marker.substring(Constraint.USING_INDEX.length());
            Index index = findIndex(indexName);
            if (index == null) return List.of();
            indexes.remove(index);
            return index.columns();
        }

        boolean dropConstraint(String constraintName, AlterAction.DropConstraint.Kind kind) {
            if (kind == AlterAction.DropConstraint.Kind.PRIMARY_KEY) {
                boolean had = primaryKey != null;
                primaryKey = null;
                return had;
            }
            if (constraintName == null) return false;
            String k = dialect.key(constraintName);
            if (kind != AlterAction.DropConstraint.Kind.INDEX && primaryKey != null && primaryKey.name() != null
                    && dialect.key(primaryKey.name()).equals(k)) {
                primaryKey = null;
                return true;
            }
            boolean removed = false;
            if (kind != AlterAction.DropConstraint.Kind.FOREIGN_KEY) {
                removed |= uniques.removeIf(u -> u.name() != null && dialect.key(u.name()).equals(k));
                removed |= checks.removeIf(c -> c.name() != null && dialect.key(c.name()).equals(k));
                removed |= indexes.removeIf(i -> i.name() != null && dialect.key(i.name()).equals(k));
            }
            if (kind != AlterAction.DropConstraint.Kind.INDEX) {
                removed |= foreignKeys.removeIf(f -> f.name() != null && dialect.key(f.name()).equals(k));
            }
            return removed;
        }

        void validate(String constraintName) {
            if (constraintName == null) return;
            String k = dialect.key(constraintName);
            foreignKeys.replaceAll(f -> f.name() != null && dialect.key(f.name()).equals(k) ? f.validated() : f);
            checks.replaceAll(c -> c.name() != null && dialect.key(c.name()).equals(k) ? c.validated() : c);
        }

        boolean renameConstraint(String from, String to) {
            if (from == null || to == null) return false;
            String k = dialect.key(from);
            boolean found = false;
            if (primaryKey != null && primaryKey.name() != null && dialect.key(primaryKey.name()).equals(k)) {
                primaryKey = primaryKey.withName(to);
                found = true;
            }
            for (int i = 0; i < uniques.size(); i++) {
                if (uniques.get(i).name() != null && dialect.key(uniques.get(i).name()).equals(k)) {
                    uniques.set(i, uniques.get(i).withName(to));
                    found = true;
                }
            }
            for (int i = 0; i < foreignKeys.size(); i++) {
                if (foreignKeys.get(i).name() != null && dialect.key(foreignKeys.get(i).name()).equals(k)) {
                    foreignKeys.set(i, foreignKeys.get(i).withName(to));
                    found = true;
                }
            }
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i).name() != null && dialect.key(checks.get(i).name()).equals(k)) {
                    checks.set(i, checks.get(i).withName(to));
                    found = true;
                }
            }
            for (int i = 0; i < indexes.size(); i++) {
                if (indexes.get(i).name() != null && dialect.key(indexes.get(i).name()).equals(k)) {
                    indexes.set(i, indexes.get(i).withName(to));
                    found = true;
                }
            }
            return found;
        }

        Table freeze(Map<String, EnumType> enumsByBareName) {
            List<Column> cols = new ArrayList<>(columns.size());
            for (Column c : columns.values()) {
                ColumnType type = c.type();
                if (type.family() == TypeFamily.OTHER && !type.name().isEmpty()) {
                    String bare = type.name().contains(".") ? type.name().substring(type.name().lastIndexOf('.') + 1) : type.name();
                    if (enumsByBareName.containsKey(dialect.key(bare))) {
                        c = c.withType(new ColumnType(TypeFamily.ENUM, type.name(), type.raw(), type.arguments(), type.arrayDimensions(), false));
                    }
                }
                cols.add(c);
            }
            return new Table(name, name.name(), Table.Origin.SQL, cols, primaryKey, uniques, indexes, foreignKeys, checks, temporary,
                    partitionBy, partitionOf, inherits, options, false, documentation, source, history);
        }
    }

}
