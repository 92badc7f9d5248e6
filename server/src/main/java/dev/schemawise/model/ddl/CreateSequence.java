package dev.schemawise.model.ddl;

import dev.schemawise.model.Sequence;
import dev.schemawise.text.Span;

public record CreateSequence(Sequence sequence, boolean ifNotExists, Span range) implements Statement {}
