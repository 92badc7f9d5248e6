package dev.schemawise.model.ddl;

import dev.schemawise.model.EnumType;
import dev.schemawise.text.Span;

/** CREATE TYPE name AS ENUM (...). */
public record CreateEnum(EnumType type, Span range) implements Statement {}
