package dev.schemawise.workspace;

import java.util.Objects;

/**
 * Why a path was not read, as a one-line message such as {@code binary file (contains NUL bytes); skipped}.
 *
 * @param path the display path, in the same form as {@link SourceFile#path()}
 * @param fatal true only for a path the user named that does not exist or cannot be read at all: the run
 *     cannot do what was asked. Everything found while walking a directory is non-fatal.
 */
public record ScanProblem(String path, String message, boolean fatal) {

    public ScanProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
