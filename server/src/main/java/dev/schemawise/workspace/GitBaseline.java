package dev.schemawise.workspace;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Base texts of migration files from git ({@link MigrationHistory}), kept between builds: the language server
 * rebuilds the workspace on every edit, and asking git each time would cost a few processes per keystroke. Texts
 * are asked for again after {@code maxAgeMillis}, or when files appear that were not asked about before.
 */
public final class GitBaseline implements MigrationBaseline {
    private final String configuredRef;
    private final long maxAgeMillis;
    private Base cached;
    private java.util.Set<Path> asked = java.util.Set.of();
    private long at;

    /** @param configuredRef config {@code migrations.baseRef}, or null for the upstream branch, else HEAD */
    public GitBaseline(String configuredRef, long maxAgeMillis) {
        this.configuredRef = configuredRef;
        this.maxAgeMillis = maxAgeMillis;
    }

    @Override
    public synchronized Base base(List<SourceFile> files) {
        Map<Path, String> locations = MigrationBaseline.byLocation(files);
        if (locations.isEmpty()) return Base.NONE;
        long now = System.currentTimeMillis();
        if (cached != null && now - at < maxAgeMillis && asked.containsAll(locations.keySet())) return cached;
        MigrationHistory history = MigrationHistory.open(locations.keySet().iterator().next().getParent(), configuredRef);
        Map<String, String> texts = new HashMap<>();
        if (history != null) {
            for (Map.Entry<Path, String> e : history.baseTexts(locations.keySet()).entrySet()) texts.put(locations.get(e.getKey()), e.getValue());
        }
        cached = new Base(history == null ? null : history.baseRef(), texts);
        asked = java.util.Set.copyOf(locations.keySet());
        at = now;
        return cached;
    }
}
