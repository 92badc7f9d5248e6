package dev.schemawise.model.ddl;

import dev.schemawise.model.View;
import dev.schemawise.text.Span;

public record CreateView(View view, boolean orReplace, boolean ifNotExists, Span range) implements Statement {}
