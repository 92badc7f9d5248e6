package dev.schemawise.model.ddl;

import dev.schemawise.text.Span;

public record CreateExtension(String name, boolean ifNotExists, Span range) implements Statement {}
