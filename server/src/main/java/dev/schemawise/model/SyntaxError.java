package dev.schemawise.model;

import dev.schemawise.text.Span;

/** A problem reading a file: the range of the offending text and a message saying what was expected. */
public record SyntaxError(Span range, String message) {}
