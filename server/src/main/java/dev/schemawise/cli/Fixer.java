package dev.schemawise.cli;

import dev.schemawise.config.Config;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.rules.Finding;
import dev.schemawise.rules.Fix;
import dev.schemawise.rules.FixApplier;
import dev.schemawise.rules.TextEdit;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code check --fix}: applies safe fixes in memory, re-analysing after each pass until nothing more can be
 * fixed (at most ten passes), then writes each changed file atomically. Only schema files and Prisma files that
 * were read and parsed without a syntax error are touched, never migrations, never a file that a symbolic link
 * leads to from outside the paths given, and a file whose fixed text does not parse cleanly is not written. A
 * schema file left alone for a syntax error or a link is reported as a warning.
 */
final class Fixer {
    record Outcome(Workspace workspace, Analyzer.Result result, List<String> report, boolean failed) {}

    private static final int MAX_PASSES = 10;

    private final Map<String, SourceFile> files = new LinkedHashMap<>();
    private final Workspace.Settings settings;
    private final ParseCache cache;
    private final Function<String, Config> configFor;
    /** The paths given on the command line, links resolved: nothing outside them is written. */
    private final List<Path> realRoots = new ArrayList<>();

    Fixer(List<SourceFile> sources, List<Path> roots, Workspace.Settings settings, ParseCache cache, Function<String, Config> configFor) {
        for (SourceFile f : sources) files.put(f.path(), f);
        for (Path root : roots) {
            try {
                realRoots.add(root.toRealPath());
            } catch (IOException e) {
                // A root that cannot be resolved was reported by the scan and holds no file to write.
            }
        }
        this.settings = settings;
        this.cache = cache;
        this.configFor = configFor;
    }

    Outcome run(Analyzer.Result first) {
        Map<String, String> original = new HashMap<>();
        Map<String, String> current = new HashMap<>();
        for (SourceFile f : files.values()) {
            original.put(f.path(), f.text());
            current.put(f.path(), f.text());
        }
        Workspace workspace = Workspace.build(List.copyOf(files.values()), settings, cache);
        Map<String, Boolean> fixable = new HashMap<>();
        List<String> report = new ArrayList<>();
        for (FileReport f : workspace.files()) {
            boolean schema = f.kind() == FileReport.Kind.SQL_SCHEMA || f.kind() == FileReport.Kind.PRISMA;
            SourceFile source = files.get(f.path());
            String outside = schema && source != null ? outsideRoots(source.location()) : null;
            int errors = f.syntaxErrors().size();
            if (schema && errors > 0) {
                report.add("schemawise: warning: not fixing " + f.path() + ": it has " + TextReporter.plural(errors, "syntax error")
                        + "; correct " + (errors == 1 ? "it" : "them") + " and run --fix again");
            } else if (outside != null) {
                report.add("schemawise: warning: not fixing " + f.path() + ": it is a link to " + outside + ", outside the paths given");
            }
            fixable.put(f.path(), schema && errors == 0 && outside == null);
        }
        Analyzer.Result result = first;
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, TreeSet<String>> rules = new TreeMap<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Finding> candidates = new ArrayList<>();
            for (Finding f : result.findings()) {
                if (Boolean.TRUE.equals(fixable.get(f.file()))) candidates.add(f);
            }
            List<Fix> fixes = new ArrayList<>();
            Map<Fix, Finding> origin = new HashMap<>();
            for (Finding f : candidates) {
                for (Fix fix : FixApplier.safeFixes(List.of(f))) {
                    if (fix.edits().stream().allMatch(e -> Boolean.TRUE.equals(fixable.get(e.file())))) {
                        fixes.add(fix);
                        origin.put(fix, f);
                    }
                }
            }
            if (fixes.isEmpty()) break;
            Map<String, String> scope = new HashMap<>();
            for (Fix fix : fixes) {
                for (TextEdit e : fix.edits()) scope.put(e.file(), current.get(e.file()));
            }
            FixApplier.Applied applied = FixApplier.apply(scope, fixes);
            if (applied.texts().isEmpty()) break;
            current.putAll(applied.texts());
            for (Fix fix : applied.fixes()) {
                Finding f = origin.get(fix);
                counts.merge(f.file(), 1, Integer::sum);
                rules.computeIfAbsent(f.file(), k -> new TreeSet<>()).add(f.rule());
            }
            workspace = Workspace.build(sources(current), settings, cache);
            result = Analyzer.analyze(workspace, configFor);
        }
        boolean failed = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String path = e.getKey();
            String text = current.get(path);
            if (text.equals(original.get(path))) continue;
            FileReport after = workspace.file(path);
            if (after == null || !after.syntaxErrors().isEmpty()) {
                report.add("schemawise: not writing " + path + ": the fixed text would not parse (a bug; please report it)");
                failed = true;
                continue;
            }
            try {
                AtomicFiles.replace(files.get(path).location(), original.get(path), text);
                report.add("fixed " + path + ": " + TextReporter.plural(e.getValue(), "fix") + " (" + String.join(", ", rules.get(path)) + ")");
            } catch (IOException ex) {
                report.add("schemawise: not writing " + path + ": " + (ex instanceof AtomicFiles.ChangedOnDisk ? "it changed on disk since it was read" : CheckCommand.describe(ex)));
                failed = true;
            }
        }
        return new Outcome(workspace, result, report, failed);
    }

    /** Where a file read through a link really is, when that is under none of the paths given; else null. */
    private String outsideRoots(Path location) {
        Path real;
        try {
            real = location.toRealPath();
        } catch (IOException e) {
            return null; // gone since it was read: writing it will fail and say so
        }
        for (Path root : realRoots) {
            if (real.startsWith(root)) return null;
        }
        return dev.schemawise.workspace.WorkspaceScanner.display(CheckCommand.workingDirectory(), real);
    }

    private List<SourceFile> sources(Map<String, String> texts) {
        List<SourceFile> out = new ArrayList<>();
        for (SourceFile f : files.values()) out.add(new SourceFile(f.path(), f.location(), texts.get(f.path())));
        return out;
    }
}
