package dev.schemawise.model.ddl;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.Span;

/** ALTER INDEX name RENAME TO new_name. */
public record RenameIndex(QualifiedName from, String to, Span range) implements Statement {}
