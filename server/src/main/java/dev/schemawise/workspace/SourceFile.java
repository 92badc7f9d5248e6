package dev.schemawise.workspace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A schema or migration file read from disk.
 *
 * @param path the display path: relative to the working directory with '/' separators when the file is under
 *     it, otherwise the absolute path with '/' separators. Used in diagnostics, so it is stable across
 *     platforms.
 * @param location the absolute, normalized path the file was read from (not resolved through symbolic links)
 * @param text the content decoded as UTF-8; a leading byte order mark is kept as U+FEFF so offsets
 *     match the bytes on disk
 */
public record SourceFile(String path, Path location, String text) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
    }
}
