package dev.schemawise.model.ddl;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.Span;

/** ALTER TYPE: ADD VALUE, RENAME VALUE, RENAME TO; other forms are OTHER. */
public record AlterType(QualifiedName name, Kind kind, String value, String newValue, boolean ifNotExists, Span range) implements Statement {
    public enum Kind { ADD_VALUE, RENAME_VALUE, RENAME, OTHER }
}
