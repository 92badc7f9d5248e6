package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import java.util.List;

/**
 * A table column (or a Prisma scalar field).
 *
 * @param name            database name (after folding; a Prisma field's @map name)
 * @param declaredName    the name as declared (the Prisma field name; for SQL the same as name)
 * @param nullable        whether NULL is allowed (after primary keys are taken into account)
 * @param defaultValue    the DEFAULT expression as written, or null
 * @param generated       the expression of a generated (computed) column, or null
 * @param typeRange       the range of the type as written (a Prisma type includes its "?" and "[]")
 * @param history         every statement that shaped this column, oldest first (the declaration included)
 */
public record Column(
        String name,
        String declaredName,
        ColumnType type,
        boolean nullable,
        String defaultValue,
        Identity identity,
        String generated,
        String collation,
        String comment,
        boolean updatedAt,
        SourceRef source,
        Span typeRange,
        List<SourceRef> history) {

    public Column {
        history = List.copyOf(history);
    }

    public boolean hasDefault() {
        return defaultValue != null || identity != Identity.NONE || type.serial();
    }

    public Column withName(String newName) {
        return new Column(newName, newName, type, nullable, defaultValue, identity, generated, collation, comment, updatedAt, source, typeRange, history);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, declaredName, newType, nullable, defaultValue, identity, generated, collation, comment, updatedAt, source, typeRange, history);
    }

    public Column withNullable(boolean value) {
        return new Column(name, declaredName, type, value, defaultValue, identity, generated, collation, comment, updatedAt, source, typeRange, history);
    }

    public Column withDefault(String value) {
        return new Column(name, declaredName, type, nullable, value, identity, generated, collation, comment, updatedAt, source, typeRange, history);
    }

    public Column withIdentity(Identity value) {
        return new Column(name, declaredName, type, nullable, defaultValue, value, generated, collation, comment, updatedAt, source, typeRange, history);
    }

    public Column withComment(String value) {
        return new Column(name, declaredName, type, nullable, defaultValue, identity, generated, collation, value, updatedAt, source, typeRange, history);
    }

    public Column withHistory(SourceRef statement) {
        List<SourceRef> h = new java.util.ArrayList<>(history);
        h.add(statement);
        return new Column(name, declaredName, type, nullable, defaultValue, identity, generated, collation, comment, updatedAt, source, typeRange, h);
    }
}
