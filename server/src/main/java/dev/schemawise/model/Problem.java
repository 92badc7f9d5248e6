package dev.schemawise.model;

import dev.schemawise.text.Span;

/**
 * Something the model builder could not make sense of: a statement that cannot apply to the schema state
 * (ALTER of an unknown table) or a Prisma field of an unknown type. Rules decide whether to report it.
 */
public record Problem(String file, Span range, String message) {}
