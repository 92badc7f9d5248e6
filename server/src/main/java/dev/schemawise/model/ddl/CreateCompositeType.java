package dev.schemawise.model.ddl;

import dev.schemawise.model.CompositeType;
import dev.schemawise.text.Span;

/** CREATE TYPE name AS (attribute type, ...). */
public record CreateCompositeType(CompositeType type, Span range) implements Statement {}
