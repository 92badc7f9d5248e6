package dev.schemawise.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the migration files were at the base revision (config {@code migrations.baseRef}, else the upstream branch,
 * else HEAD), for the {@code migration-modified} rule. The workspace asks once per build with the files of its
 * migrations folders; the CLI and the language server answer from git ({@link GitBaseline}), tests with fixed texts.
 */
public interface MigrationBaseline {

    /**
     * @param ref   the revision as users know it ("origin/main", "HEAD"), for messages
     * @param texts the base text of each migration file that exists there, by workspace path; a file missing from
     *              it is new (or cannot be compared) and is never reported
     */
    record Base(String ref, Map<String, String> texts) {
        public static final Base NONE = new Base(null, Map.of());

        public Base {
            texts = Map.copyOf(texts);
        }
    }

    /** No history: outside git, or not asked for. */
    MigrationBaseline NONE = files -> Base.NONE;

    /** @param files the migration files (workspace path and location on disk) */
    Base base(List<SourceFile> files);

    /** Fixed texts (tests, fixtures). */
    static MigrationBaseline of(String ref, Map<String, String> texts) {
        return files -> new Base(ref, texts);
    }

    /** Helper for implementations: the location of each file. */
    static Map<Path, String> byLocation(List<SourceFile> files) {
        Map<Path, String> out = new java.util.LinkedHashMap<>();
        for (SourceFile f : files) {
            if (f.location() != null) out.put(f.location(), f.path());
        }
        return out;
    }
}
