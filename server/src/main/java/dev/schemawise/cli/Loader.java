package dev.schemawise.cli;

import dev.schemawise.config.Config;
import dev.schemawise.config.ConfigException;
import dev.schemawise.ide.ConfigFiles;
import dev.schemawise.model.Dialect;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.GitBaseline;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.ScanProblem;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import dev.schemawise.workspace.WorkspaceScanner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the commands that read a workspace share: resolve the paths, read the configuration, scan, build the
 * workspace and run the rules. Problems are printed to {@code err}; a {@link Failed} carries the exit code.
 */
final class Loader {
    private Loader() {}

    /** The command cannot go on; the message was printed. */
    static final class Failed extends Exception {
        Failed() {
            super(null, null, false, false);
        }
    }

    /**
     * @param fatal   some file could not be read (reported; the rest was analysed)
     * @param nanos   when the scan started, ended, and when the workspace was built (System.nanoTime)
     */
    record Loaded(Path cwd, List<Path> roots, Config rootConfig, WorkspaceScanner.Result scan, Workspace.Settings settings, ParseCache cache,
                  Workspace workspace, Function<String, Config> configFor, boolean fatal, long[] nanos) {

        Analyzer.Result analyze() {
            return Analyzer.analyze(workspace, configFor);
        }

        /** Runs only these rules (with their configured settings): what a command that counts a few of them needs. */
        Analyzer.Result analyzeOnly(java.util.Set<String> ruleIds) {
            Map<String, Config.RuleSetting> off = new HashMap<>();
            for (dev.schemawise.rules.Rule r : dev.schemawise.rules.Rules.all()) {
                String id = r.info().id();
                if (!ruleIds.contains(id)) off.put(id, new Config.RuleSetting("off", new com.google.gson.JsonObject(), id));
            }
            return Analyzer.analyze(workspace, path -> configFor.apply(path).withRuleOverrides(off));
        }
    }

    static Loaded load(List<Path> paths, String dialect, Path configFile, PrintWriter err) throws Failed {
        Path cwd = CheckCommand.workingDirectory();
        List<Path> roots = new ArrayList<>();
        for (Path p : paths.isEmpty() ? List.of(Path.of(".")) : paths) roots.add(cwd.resolve(p).normalize());
        Dialect dialectOption = null;
        if (dialect != null) {
            dialectOption = Dialect.fromId(dialect);
            if (dialectOption == null) {
                err.println("schemawise: unknown dialect '" + dialect + "' (valid: postgresql, mysql, sqlite)");
                throw new Failed();
            }
        }
        ConfigFiles configs;
        Config rootConfig;
        try {
            configs = new ConfigFiles(cwd, configFile);
            Path first = roots.get(0);
            rootConfig = configs.forDirectory(Files.isDirectory(first) ? first : first.getParent());
        } catch (ConfigException e) {
            err.println("schemawise: " + oneLine(e.getMessage()));
            throw new Failed();
        }
        long started = System.nanoTime();
        WorkspaceScanner.Result scan = WorkspaceScanner.scan(roots, cwd,
                new WorkspaceScanner.Options(WorkspaceScanner.Options.DEFAULT.maxFileBytes(), rootConfig.ignore()));
        boolean fatal = false;
        for (ScanProblem p : scan.problems()) {
            err.println("schemawise: " + (p.fatal() ? "" : "warning: ") + oneLine(p.path() + ": " + p.message()));
            fatal |= p.fatal();
        }
        // A configuration file that cannot be used leaves the files it governs unchecked; the others still are.
        Map<String, Config> perFile = new HashMap<>();
        Set<String> unusable = new HashSet<>();
        List<SourceFile> configured = new ArrayList<>();
        for (SourceFile f : scan.files()) {
            try {
                perFile.put(f.path(), configs.forFile(f.path()));
                configured.add(f);
            } catch (ConfigException e) {
                if (unusable.add(e.getMessage())) err.println("schemawise: " + oneLine(e.getMessage()) + " (the files it applies to are not checked)");
                fatal = true;
            }
        }
        if (configured.size() < scan.files().size()) scan = new WorkspaceScanner.Result(configured, scan.problems());
        Dialect chosen = dialectOption != null ? dialectOption : rootConfig.dialect();
        String baseRef = rootConfig.migrations() == null ? null : rootConfig.migrations().baseRef();
        Workspace.Settings settings = new Workspace.Settings(chosen, new GitBaseline(baseRef, Long.MAX_VALUE));
        ParseCache cache = new ParseCache();
        long scanned = System.nanoTime();
        Workspace workspace = Workspace.build(scan.files(), settings, cache);
        long built = System.nanoTime();
        if (workspace.files().stream().allMatch(f -> f.kind() == FileReport.Kind.AUXILIARY)) {
            if (!fatal) {
                String where = String.join(", ", roots.stream().map(r -> WorkspaceScanner.display(cwd, r)).toList());
                err.println("schemawise: " + oneLine(scan.problems().isEmpty() ? "no .sql or .prisma files found in " + where
                        : "no .sql or .prisma file could be read in " + where + " (see the warnings above)"));
            }
            throw new Failed();
        }
        Config root = rootConfig;
        Function<String, Config> configFor = path -> perFile.getOrDefault(path, root);
        return new Loaded(cwd, roots, rootConfig, scan, settings, cache, workspace, configFor, fatal, new long[] {started, scanned, built});
    }

    /**
     * A message kept on one line whatever the file names in it: control characters (a newline in a file name) are
     * written as escapes, so no file name can start a line that looks like another message or a finding.
     */
    static String oneLine(String message) {
        StringBuilder b = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c >= 0x20 && c != 0x7F) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(message.substring(0, i));
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
            }
        }
        return b == null ? message : b.toString();
    }
}
