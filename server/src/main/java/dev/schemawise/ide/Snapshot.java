package dev.schemawise.ide;

import dev.schemawise.config.Config;
import dev.schemawise.rules.Finding;
import dev.schemawise.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The workspace analysed at one moment: its files, schemas and findings, the document versions it was built
 * from, and the configuration problems met on the way. Immutable: editor requests read the latest snapshot
 * while the next one is being built.
 *
 * @param versions     the editor's version of each open document the snapshot was built from
 * @param configErrors problems of configuration files, by absolute path of the file
 */
public record Snapshot(long generation, Workspace workspace, List<Finding> findings, Map<String, Integer> versions,
                       Function<String, Config> configs, Map<java.nio.file.Path, String> configErrors, List<String> internalErrors) {

    public Snapshot {
        findings = List.copyOf(findings);
        versions = Map.copyOf(versions);
        configErrors = Map.copyOf(configErrors);
        internalErrors = List.copyOf(internalErrors);
    }

    private static final Map<Snapshot, Map<String, List<Finding>>> BY_FILE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The findings of one file, in order. */
    public List<Finding> findings(String path) {
        Map<String, List<Finding>> byFile = BY_FILE.computeIfAbsent(this, s -> {
            Map<String, List<Finding>> m = new HashMap<>();
            for (Finding f : s.findings) m.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            return m;
        });
        return byFile.getOrDefault(path, List.of());
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
