package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import java.util.List;

/**
 * A foreign key (or a Prisma relation with fields/references).
 *
 * @param onDelete      the explicit ON DELETE action, or null when none is written
 * @param onUpdate      the explicit ON UPDATE action, or null
 * @param actionsRange  where ON DELETE/ON UPDATE clauses are (or would be inserted): for SQL the end of the
 *                      REFERENCES clause, for Prisma the @relation attribute
 * @param relationField the Prisma relation field holding @relation, or null for SQL
 */
public record ForeignKey(
        String name,
        List<String> columns,
        QualifiedName targetTable,
        List<String> targetColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean deferrable,
        boolean notValid,
        SourceRef source,
        Span actionsRange,
        String relationField) implements Constraint {

    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }

    @Override
    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, targetTable, targetColumns, onDelete, onUpdate, deferrable, notValid, source, actionsRange, relationField);
    }

    public ForeignKey withTarget(QualifiedName table, List<String> targetCols) {
        return new ForeignKey(name, columns, table, targetCols, onDelete, onUpdate, deferrable, notValid, source, actionsRange, relationField);
    }

    public ForeignKey withColumns(List<String> newColumns) {
        return new ForeignKey(name, newColumns, targetTable, targetColumns, onDelete, onUpdate, deferrable, notValid, source, actionsRange, relationField);
    }

    public ForeignKey validated() {
        return new ForeignKey(name, columns, targetTable, targetColumns, onDelete, onUpdate, deferrable, false, source, actionsRange, relationField);
    }
}
