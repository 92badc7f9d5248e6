package dev.schemawise.model.ddl;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.Span;

/**
 * COMMENT ON ... IS '...'. For COLUMN, {@code object} is the table and {@code column} the column; for
 * CONSTRAINT, {@code object} is the table and {@code column} the constraint name. {@code comment} is null for IS NULL.
 */
public record CommentOn(Target target, QualifiedName object, String column, String comment, Span range) implements Statement {
    public enum Target { TABLE, COLUMN, INDEX, TYPE, VIEW, SEQUENCE, SCHEMA, EXTENSION, CONSTRAINT, OTHER }
}
