package dev.schemawise.text;

/** A comment of a source file (SQL line and block comments, Prisma "//" and "///"), with its text as written. */
public record Comment(Span range, String text) {}
