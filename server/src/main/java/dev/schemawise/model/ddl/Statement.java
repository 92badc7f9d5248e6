package dev.schemawise.model.ddl;

import dev.schemawise.text.Span;

/**
 * One statement of a SQL file, as a dialect-neutral value. Replaying statements in order builds a
 * {@link dev.schemawise.model.Schema}; migration rules look at them one by one with the state before each.
 * Statements that do not shape the schema are {@link Opaque}.
 */
public sealed interface Statement
        permits CreateTable, AlterTable, CreateIndex, Drop, CreateEnum, AlterType, CreateCompositeType,
                CreateSequence, AlterSequenceOwnedBy, CreateView, CreateExtension, CreateSchema, CommentOn,
                RenameIndex, Opaque {

    /** The whole statement, from its first token through its terminating semicolon if any. */
    Span range();
}
