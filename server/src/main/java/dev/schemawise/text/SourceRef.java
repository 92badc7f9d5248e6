package dev.schemawise.text;

/**
 * Where a model element comes from: the file (workspace-relative path with '/'), the range of its whole
 * declaration and the range of its name (where a squiggle goes).
 */
public record SourceRef(String file, Span range, Span nameRange) {

    public SourceRef {
        if (nameRange == null) nameRange = range;
    }

    public static SourceRef of(String file, Span range) {
        return new SourceRef(file, range, range);
    }
}
