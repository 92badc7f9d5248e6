package dev.schemawise.cli;

import dev.schemawise.config.Config;
import dev.schemawise.ide.ConfigFiles;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.rules.Finding;
import dev.schemawise.rules.Severity;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.Workspace;
import dev.schemawise.workspace.WorkspaceScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Checks the schemas under the given paths against the checklist rules.",
                "Reads the .sql and .prisma files, groups them into schemas (SQL folders, Prisma schemas, migrations folders "
                        + "replayed in order), reports what the rules find and, with --fix, applies their safe fixes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on", "2:usage, configuration or I/O error"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, github, gitlab, junit }

    enum FailOn { error, warning, info, none }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to check (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--dialect", paramLabel = "DIALECT", description = "SQL dialect: postgresql, mysql or sqlite (default: from the configuration, else inferred per schema).")
    String dialect;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file for every checked file (default: the nearest .schemawise.json above each file).")
    Path config;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Exit with 1 when a finding has this severity or worse: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--fix", description = "Apply the safe fixes, rewriting files in place (atomically), then report what is left.")
    boolean fix;

    @Option(names = {"-q", "--quiet"}, description = "Print findings only.")
    boolean quiet;

    @Option(names = "--no-color", description = "Do not color the text output (also when NO_COLOR is set or the output is not a terminal).")
    boolean noColor;

    @Option(names = "--staged", description = "Report only on files staged for commit (the whole workspace is still read).")
    boolean staged;

    @Option(names = "--since", paramLabel = "REF", description = "Report only on files changed since the git revision REF, committed or not.")
    String since;

    @Option(names = "--changed", description = "Report only on files changed on this branch: since its merge base with the base branch "
            + "(origin/$GITHUB_BASE_REF, the upstream, origin/HEAD, main or master).")
    boolean changed;

    @Option(names = "--debug", description = "Print timings, statement counts and statements the model could not apply to stderr, and stack traces on errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = workingDirectory();
        java.util.Set<Path> selected = null;
        int gitModes = (staged ? 1 : 0) + (since != null ? 1 : 0) + (changed ? 1 : 0);
        if (gitModes > 1) {
            err.println("schemawise: use only one of --staged, --since and --changed");
            return Main.ERROR;
        }
        Loader.Loaded loaded;
        try {
            loaded = Loader.load(paths, dialect, config, err);
        } catch (Loader.Failed e) {
            return Main.ERROR;
        }
        if (gitModes == 1) {
            try {
                selected = staged ? GitChanges.staged(cwd) : since != null ? GitChanges.since(cwd, since) : GitChanges.changed(cwd);
            } catch (GitChanges.GitException e) {
                err.println("schemawise: " + e.getMessage());
                return Main.ERROR;
            }
        }
        Workspace workspace = loaded.workspace();
        WorkspaceScanner.Result scan = loaded.scan();
        Workspace.Settings settings = loaded.settings();
        ParseCache cache = loaded.cache();
        boolean fatal = loaded.fatal();
        long started = loaded.nanos()[0];
        long scanned = loaded.nanos()[1];
        long built = loaded.nanos()[2];
        java.util.function.Function<String, Config> configFor = loaded.configFor();
        Analyzer.Result result = only(loaded.analyze(), selected, cwd);

        if (fix) {
            Fixer.Outcome outcome = new Fixer(scan.files(), loaded.roots(), settings, cache, configFor).run(result);
            for (String line : outcome.report()) err.println(Loader.oneLine(line));
            if (outcome.failed()) fatal = true;
            workspace = outcome.workspace();
            result = only(outcome.result(), selected, cwd);
        }
        long analysed = System.nanoTime();
        for (String internal : result.internalErrors()) err.println("schemawise: internal error: " + internal);
        List<Finding> findings = result.findings();
        Summary summary = Summary.of(workspace, findings);
        if (debug) debug(err, workspace, scan, started, scanned, built, analysed, result.ruleNanos());
        reporter(cwd).write(workspace, findings, summary, out);
        out.flush();
        for (Finding f : findings) {
            if (f.fixFailure() != null) err.println("schemawise: internal error: the fixes of " + f.rule() + " at " + f.file() + ":" + (f.range().startLine() + 1) + " failed: " + f.fixFailure());
        }

        if (fatal) return Main.ERROR;
        Severity threshold = switch (failOn) {
            case error -> Severity.ERROR;
            case warning -> Severity.WARNING;
            case info -> Severity.INFO;
            case none -> null;
        };
        if (threshold == null) return Main.OK;
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold)) ? Main.FINDINGS : Main.OK;
    }

    /** The findings in the selected files (all of them when nothing is selected). */
    private static Analyzer.Result only(Analyzer.Result result, java.util.Set<Path> selected, Path cwd) {
        if (selected == null) return result;
        List<Finding> kept = result.findings().stream().filter(f -> selected.contains(GitChanges.real(cwd.resolve(f.file())))).toList();
        return new Analyzer.Result(kept, result.internalErrors(), result.ruleNanos());
    }

    private static void debug(PrintWriter err, Workspace workspace, WorkspaceScanner.Result scan, long started, long scanned, long built, long analysed,
                              java.util.Map<String, Long> ruleNanos) {
        int statements = 0;
        int opaque = 0;
        for (FileReport f : workspace.files()) {
            if (f.sql() == null) continue;
            statements += f.sql().statements().size();
            opaque += (int) f.sql().statements().stream().filter(st -> st instanceof dev.schemawise.model.ddl.Opaque).count();
        }
        err.printf("debug: scan %d ms (%d files), parse and model %d ms (%d SQL statements, %d opaque), rules %d ms%n",
                (scanned - started) / 1_000_000, scan.files().size(), (built - scanned) / 1_000_000, statements, opaque, (analysed - built) / 1_000_000);
        StringBuilder slowest = new StringBuilder();
        ruleNanos.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> slowest.append(slowest.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue() / 1_000_000).append(" ms"));
        if (slowest.length() > 0) err.println("debug: slowest rules: " + slowest);
        int unread = dev.schemawise.rules.QueryStatements.of(workspace).skipped();
        err.println("debug: " + unread + " query statement" + (unread == 1 ? "" : "s") + " JSqlParser could not read " + (unread == 1 ? "was" : "were") + " skipped");
        for (var p : workspace.problems()) err.println("debug: " + p.file() + ":" + (p.range().startLine() + 1) + ": " + p.message());
    }

    /** The folder paths are shown relative to; tests set schemawise.workingDirectory since a JVM cannot change its own. */
    static Path workingDirectory() {
        String configured = System.getProperty("schemawise.workingDirectory");
        return (configured != null ? Path.of(configured) : Path.of("")).toAbsolutePath().normalize();
    }

    private Reporter reporter(Path cwd) {
        return switch (format) {
            case json -> new JsonReporter();
            case sarif -> new SarifReporter(Main.version(), cwd);
            case github -> new GithubReporter();
            case gitlab -> new GitlabReporter();
            case junit -> new JunitReporter();
            default -> new TextReporter(useColor(), quiet);
        };
    }

    private boolean useColor() {
        return !noColor && System.getenv("NO_COLOR") == null && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    static String describe(IOException e) {
        return ConfigFiles.describe(e);
    }

}
