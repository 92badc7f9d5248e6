package dev.schemawise.ide;

import dev.schemawise.model.Column;
import dev.schemawise.model.EnumType;
import dev.schemawise.model.Index;
import dev.schemawise.model.Occurrence;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.View;
import dev.schemawise.workspace.SchemaUnit;

/** What a symbol denotes in the schema model: the table (model), column (field), index, enum or view. */
final class Elements {
    private Elements() {}

    record Resolved(SchemaUnit unit, Table table, Column column, Index index, EnumType enumType, View view) {}

    static Resolved resolve(Snapshot snapshot, SymbolIndex.Symbol symbol) {
        SchemaUnit unit = snapshot.workspace().unit(symbol.unit());
        if (unit == null) return null;
        Schema schema = unit.schema();
        Table table = null;
        View view = null;
        EnumType enumType = null;
        if (symbol.kind() == Occurrence.Kind.TYPE) {
            enumType = symbol.prisma() ? prismaEnum(schema, symbol.container()) : schema.enumType(symbol.table() == null ? symbol.container() : symbol.table().name());
            return new Resolved(unit, null, null, null, enumType, null);
        }
        if (symbol.table() != null) {
            table = symbol.prisma() ? prismaModel(schema, symbol.container()) : schema.table(symbol.table());
            if (table == null && !symbol.prisma()) table = snapshot.workspace().findTable(symbol.table(), unit);
            if (table == null) {
                for (View v : schema.views()) {
                    if (symbol.prisma() ? v.declaredName().equals(symbol.container()) : Schema.key(schema.dialect(), v.name()).equals(Schema.key(schema.dialect(), symbol.table()))) {
                        view = v;
                    }
                }
            }
        }
        if (symbol.kind() == Occurrence.Kind.COLUMN && symbol.prisma() && table == null) {
            enumType = prismaEnum(schema, symbol.container());
        }
        Column column = null;
        if (symbol.kind() == Occurrence.Kind.COLUMN && symbol.name() != null) {
            if (table != null) column = symbol.prisma() ? prismaField(table, symbol.name()) : table.column(symbol.name());
            if (view != null) {
                for (Column c : view.columns()) {
                    if (c.declaredName().equals(symbol.name()) || c.name().equals(symbol.name())) column = c;
                }
            }
        }
        Index index = null;
        if (symbol.kind() == Occurrence.Kind.INDEX && symbol.name() != null) {
            for (Table t : table != null ? java.util.List.of(table) : schema.tables()) {
                for (Index i : t.indexes()) {
                    if (i.name() != null && schema.dialect().key(i.name()).equals(schema.dialect().key(symbol.name()))) {
                        index = i;
                        table = t;
                    }
                }
            }
        }
        return new Resolved(unit, table, column, index, enumType, view);
    }

    static Table prismaModel(Schema schema, String model) {
        for (Table t : schema.tables()) {
            if (t.declaredName().equals(model)) return t;
        }
        return null;
    }

    static Column prismaField(Table table, String field) {
        for (Column c : table.columns()) {
            if (c.declaredName().equals(field)) return c;
        }
        return null;
    }

    static EnumType prismaEnum(Schema schema, String name) {
        for (EnumType e : schema.enums()) {
            if (e.declaredName().equals(name)) return e;
        }
        return null;
    }
}
