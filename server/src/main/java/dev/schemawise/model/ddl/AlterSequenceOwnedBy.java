package dev.schemawise.model.ddl;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.Span;

/** ALTER SEQUENCE s OWNED BY table.column: how pg_dump writes a serial column. */
public record AlterSequenceOwnedBy(QualifiedName sequence, QualifiedName table, String column, Span range) implements Statement {}
