package dev.schemawise.ide;

import dev.schemawise.config.Config;
import dev.schemawise.rules.Finding;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The workspace analysed at one moment: its files, schemas and findings, the document versions it was built
 * from, and the configuration problems met on the way. Immutable: editor requests read the latest snapshot
 * while the next one is being built. What requests derive from it (findings by file, the symbol index) is
 * computed once and kept here, so it goes when the snapshot does. (Kept in maps weakly keyed by snapshot, it
 * stayed until the next lookup: a server left idle after its documents closed held the last workspace's index.)
 * Snapshots compare by identity.
 */
public final class Snapshot {
    private final long generation;
    private final Workspace workspace;
    private final List<Finding> findings;
    private final Map<String, Integer> versions;
    private final Function<String, Config> configs;
    private final Map<java.nio.file.Path, String> configErrors;
    private final List<String> internalErrors;
    private final Timings timings;
    private volatile Map<String, List<Finding>> findingsByFile;
    private volatile SymbolIndex symbols;

    /**
     * @param versions     the editor's version of each open document the snapshot was built from
     * @param configErrors problems of configuration files, by absolute path of the file
     */
    public Snapshot(long generation, Workspace workspace, List<Finding> findings, Map<String, Integer> versions,
                    Function<String, Config> configs, Map<java.nio.file.Path, String> configErrors, List<String> internalErrors) {
        this(generation, workspace, findings, versions, configs, configErrors, internalErrors, null);
    }

    /**
     * Where an analysis spent its time (the language server logs it with -Dschemawise.timings=true).
     *
     * @param ruleNanos the time of each rule, as the analyzer measured it
     */
    public record Timings(long readMillis, long rulesMillis, Map<String, Long> ruleNanos) {
        /** The {@code count} slowest rules, slowest first, with their milliseconds. */
        public Map<String, Long> slowestRules(int count) {
            Map<String, Long> out = new java.util.LinkedHashMap<>();
            ruleNanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(count)
                    .forEach(e -> out.put(e.getKey(), e.getValue() / 1_000_000));
            return out;
        }
    }

    /** @param timings where the analysis that built it spent its time, or null */
    public Snapshot(long generation, Workspace workspace, List<Finding> findings, Map<String, Integer> versions,
                    Function<String, Config> configs, Map<java.nio.file.Path, String> configErrors, List<String> internalErrors, Timings timings) {
        this.timings = timings;
        this.generation = generation;
        this.workspace = workspace;
        this.findings = List.copyOf(findings);
        this.versions = Map.copyOf(versions);
        this.configs = configs;
        this.configErrors = Map.copyOf(configErrors);
        this.internalErrors = List.copyOf(internalErrors);
    }

    /**
     * This analysis standing for a later generation whose inputs are the same texts (a document opened with the text
     * its file has on disk): the same findings, with the editor's versions.
     */
    public Snapshot sameInputs(long generation, Map<String, Integer> versions) {
        Snapshot s = new Snapshot(generation, workspace, findings, versions, configs, configErrors, internalErrors, null);
        s.findingsByFile = findingsByFile;
        s.symbols = symbols;
        return s;
    }

    /** Whether this snapshot read the file at this workspace path with exactly this text. */
    public boolean read(String path, String text) {
        FileReport file = workspace.file(path);
        return file != null && file.text().equals(text);
    }

    public long generation() {
        return generation;
    }

    /** Where the analysis that built this snapshot spent its time; null when it was not measured. */
    public Timings timings() {
        return timings;
    }

    public Workspace workspace() {
        return workspace;
    }

    public List<Finding> findings() {
        return findings;
    }

    public Map<String, Integer> versions() {
        return versions;
    }

    public Function<String, Config> configs() {
        return configs;
    }

    public Map<java.nio.file.Path, String> configErrors() {
        return configErrors;
    }

    public List<String> internalErrors() {
        return internalErrors;
    }

    /** The findings of one file, in order. */
    public List<Finding> findings(String path) {
        Map<String, List<Finding>> byFile = findingsByFile;
        if (byFile == null) {
            // Two threads may both build it; either result is the same.
            Map<String, List<Finding>> m = new HashMap<>();
            for (Finding f : findings) m.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            findingsByFile = byFile = m;
        }
        return byFile.getOrDefault(path, List.of());
    }

    /** The symbol index of the workspace, built on first use. */
    SymbolIndex symbols() {
        SymbolIndex index = symbols;
        if (index == null) {
            synchronized (this) {
                index = symbols;
                if (index == null) symbols = index = new SymbolIndex(workspace);
            }
        }
        return index;
    }

    @Override
    public String toString() {
        return "Snapshot[generation=" + generation + ", " + workspace.files().size() + " files, " + findings.size() + " findings]";
    }
}
