package dev.schemawise.model;

import dev.schemawise.text.Span;

/**
 * A name in the source: where a table, column, index, constraint, type, view or sequence is declared or
 * referred to. The front ends record them while reading, so navigation (definition, references, highlights,
 * rename) works from the exact text positions without parsing again.
 *
 * @param table  for TABLE, TYPE, VIEW and SEQUENCE the object itself; for COLUMN, INDEX and CONSTRAINT the table
 *               they belong to (null when a statement does not say, e.g. DROP INDEX name)
 * @param name   the column, index or constraint name; null for TABLE, TYPE, VIEW and SEQUENCE
 * @param range  the name's own range (the last part of a qualified name)
 */
public record Occurrence(Kind kind, QualifiedName table, String name, Span range, boolean declaration) {

    public enum Kind { TABLE, COLUMN, INDEX, CONSTRAINT, TYPE, VIEW, SEQUENCE }
}
