package dev.schemawise.model;

import dev.schemawise.text.SourceRef;

/** A sequence; {@code ownedByTable}/{@code ownedByColumn} from ALTER SEQUENCE ... OWNED BY, else null. */
public record Sequence(QualifiedName name, QualifiedName ownedByTable, String ownedByColumn, SourceRef source) {}
