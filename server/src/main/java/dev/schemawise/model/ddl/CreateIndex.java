package dev.schemawise.model.ddl;

import dev.schemawise.model.Index;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.Span;

/** CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table ... */
public record CreateIndex(Index index, QualifiedName table, boolean concurrently, boolean ifNotExists, boolean only, Span range)
        implements Statement {}
