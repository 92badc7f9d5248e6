package dev.schemawise.rules;

import dev.schemawise.text.Span;

/** Replace the text of {@code range} in {@code file} with {@code newText} (an insertion when the range is empty). */
public record TextEdit(String file, Span range, String newText) {}
