package dev.schemawise.model.ddl;

import dev.schemawise.text.Span;

/**
 * A statement that does not shape the schema model: functions, triggers, GRANT, SET, INSERT/UPDATE/DELETE,
 * COPY, psql meta-commands, MySQL DELIMITER blocks... {@code kind} is its head in upper case
 * ("CREATE FUNCTION", "INSERT", "\\connect").
 */
public record Opaque(String kind, Span range) implements Statement {}
