package dev.schemawise.ide;

import dev.schemawise.config.Config;
import dev.schemawise.config.ConfigException;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import dev.schemawise.workspace.WorkspaceScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The editor's view of a workspace folder: the schema files on disk (indexed in the background when the folder
 * opens) overlaid with the open documents as the editor has them. Every change schedules an analysis on one
 * analysis thread; while an analysis runs, further changes coalesce into the next one, so the waiting time adapts
 * to what an analysis costs (a cheap schema is re-analysed on every keystroke, a huge one at most once per
 * analysis). An analysis made stale early by a newer edit is cancelled, but never two in a row: under a stream of
 * edits faster than an analysis, each would be cancelled by the next and no analysis would finish. Listeners get
 * each new {@link Snapshot}.
 * Protocol-free: the language server adapts it to LSP.
 */
public final class Project {

    /** Receives progress of the initial indexing (a message and a percentage) and each new snapshot. */
    public interface Listener {
        void progress(String message, int percent);

        void analysed(Snapshot previous, Snapshot snapshot);
    }

    /**
     * An open document's text as the editor has it.
     *
     * @param generation the first analysis generation that includes this text: the change that set it asked for that one
     */
    private record Overlay(String text, int version, long generation) {}

    private final Path root;
    private final Listener listener;
    private final ExecutorService analysis = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "schemawise-analysis");
        t.setDaemon(true);
        return t;
    });
    private final ParseCache cache = new ParseCache();
    /** What the per-table rules found in each Prisma model at the last analysis (used on the analysis thread only). */
    private final dev.schemawise.rules.RuleMemo memo = new dev.schemawise.rules.RuleMemo();
    private final Object lock = new Object();
    private final Map<String, SourceFile> disk = new TreeMap<>();
    private final Map<String, Overlay> open = new HashMap<>();
    private final Map<String, Path> locations = new HashMap<>();
    private record Waiter(long generation, CompletableFuture<Snapshot> future) {}

    private final List<Waiter> waiting = new ArrayList<>();
    private final List<Runnable> idle = new ArrayList<>();

    private volatile Snapshot current;
    private volatile long requested;        // generation of the latest change
    private volatile boolean running;
    private volatile boolean scheduled;
    private volatile long lastDurationMillis;
    private volatile long runStarted;
    private volatile boolean lastRunCancelled;
    private volatile boolean closed;
    private volatile Map<String, Config.RuleSetting> ruleOverrides = Map.of();
    /**
     * Whether something besides the texts may have changed since the last analysis (files on disk, configuration,
     * the editor's rule settings, a closed document): then a run analyses even texts it has seen.
     */
    private final java.util.concurrent.atomic.AtomicBoolean otherInputsChanged = new java.util.concurrent.atomic.AtomicBoolean(true);

    /** @param root the workspace folder, or null when the editor opened loose files */
    public Project(Path root, Listener listener) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        this.listener = listener;
        this.current = new Snapshot(0, Workspace.build(List.of(), Workspace.Settings.DEFAULT, cache), List.of(), Map.of(), p -> Config.DEFAULT,
                Map.of(), List.of());
    }

    public Snapshot snapshot() {
        return current;
    }

    public Path root() {
        return root;
    }

    /** Indexes the workspace folder in the background (a no-op without one), then analyses. */
    public void index() {
        if (root == null) return;
        analysis.execute(() -> {
            listener.progress("Indexing " + root.getFileName(), 0);
            WorkspaceScanner.Result scan = WorkspaceScanner.scan(List.of(root), root, WorkspaceScanner.Options.DEFAULT.confinedTo(root));
            synchronized (lock) {
                disk.clear();
                for (SourceFile f : scan.files()) {
                    disk.put(f.path(), f);
                    locations.put(f.path(), f.location());
                }
            }
            listener.progress("Indexed " + scan.files().size() + " files", 50);
            otherInputsChanged.set(true);
            changed();
        });
    }

    /** The workspace path of a file: relative to the folder with '/', or absolute outside it. */
    public String path(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (root != null && absolute.startsWith(root)) return root.relativize(absolute).toString().replace('\\', '/');
        return absolute.toString().replace('\\', '/');
    }

    public Path location(String path) {
        synchronized (lock) {
            Path known = locations.get(path);
            if (known != null) return known;
        }
        Path p = Path.of(path);
        return p.isAbsolute() || root == null ? p : root.resolve(path).normalize();
    }

    public boolean isSchemaFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".sql") || name.endsWith(".prisma");
    }

    public void open(Path file, String text, int version) {
        change(file, text, version);
    }

    public void change(Path file, String text, int version) {
        String path = path(file);
        synchronized (lock) {
            // changed() below raises requested past its value now; a run of that generation or later reads this overlay.
            open.put(path, new Overlay(text, version, requested + 1));
            locations.put(path, file.toAbsolutePath().normalize());
        }
        changed();
    }

    public void close(Path file) {
        String path = path(file);
        synchronized (lock) {
            open.remove(path);
        }
        otherInputsChanged.set(true);
        changed();
    }

    /**
     * Rule settings laid over those of every configuration file (the editor's settings); re-analyses when they
     * change after the first analysis was asked for.
     */
    public void ruleOverrides(Map<String, Config.RuleSetting> overrides) {
        if (overrides.equals(ruleOverrides)) return;
        ruleOverrides = Map.copyOf(overrides);
        otherInputsChanged.set(true);
        if (requested > 0) changed();
    }

    /** Files created, changed or deleted on disk (or a configuration file edited): read them again. */
    public void filesChanged(List<Path> files) {
        analysis.execute(() -> {
            synchronized (lock) {
                for (Path f : files) {
                    String path = path(f);
                    if (!isSchemaFile(f)) continue;
                    WorkspaceScanner.Result one = WorkspaceScanner.scan(List.of(f), root == null ? f.getParent() : root, WorkspaceScanner.Options.DEFAULT.confinedTo(root));
                    disk.remove(path);
                    for (SourceFile s : one.files()) {
                        disk.put(path, new SourceFile(path, s.location(), s.text()));
                        locations.put(path, s.location());
                    }
                    if (one.files().isEmpty()) cache.remove(path);
                }
            }
            otherInputsChanged.set(true);
            changed();
        });
    }

    /**
     * Completes with the first snapshot that includes the document's latest change (or a later one). Which change
     * is latest is the order they arrived in, not their version numbers: a client that numbers its changes out of
     * order still gets answers about the text it sent last.
     */
    public CompletableFuture<Snapshot> snapshotFor(Path file) {
        String path = path(file);
        CompletableFuture<Snapshot> future = new CompletableFuture<>();
        synchronized (lock) {
            Overlay overlay = open.get(path);
            long generation = overlay == null ? 0 : overlay.generation();
            if (current.generation() >= generation || !(running || scheduled)) {
                future.complete(current);
            } else {
                waiting.add(new Waiter(generation, future));
            }
        }
        return future;
    }

    /** The latest snapshot once no analysis is pending (for requests that need the newest analysis). */
    public CompletableFuture<Snapshot> settled() {
        CompletableFuture<Snapshot> future = new CompletableFuture<>();
        synchronized (lock) {
            if (!running && !scheduled) future.complete(current);
            else idle.add(() -> future.complete(current));
        }
        return future;
    }

    public void shutdown() {
        closed = true;
        analysis.shutdownNow();
        try {
            analysis.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ analysis scheduling

    private void changed() {
        long generation;
        synchronized (lock) {
            generation = ++requested;
            if (scheduled) return; // the queued run will see this change
            scheduled = true;
        }
        if (closed) return;
        analysis.execute(this::run);
    }

    /**
     * True when a newer change arrived early in this run: better to start over than to publish a stale result,
     * unless the run before was cancelled too.
     */
    private boolean stale(long generation) {
        if (requested == generation || closed || lastRunCancelled) return closed;
        long elapsed = System.currentTimeMillis() - runStarted;
        return elapsed < Math.max(5, lastDurationMillis / 2);
    }

    private void run() {
        boolean otherInputs = otherInputsChanged.getAndSet(false);
        long generation;
        List<SourceFile> sources = new ArrayList<>();
        Map<String, Integer> versions = new HashMap<>();
        synchronized (lock) {
            scheduled = false;
            running = true;
            generation = requested;
            Map<String, SourceFile> merged = new LinkedHashMap<>(disk);
            for (Map.Entry<String, Overlay> e : open.entrySet()) {
                Path location = locations.getOrDefault(e.getKey(), location(e.getKey()));
                merged.put(e.getKey(), new SourceFile(e.getKey(), location, e.getValue().text()));
                versions.put(e.getKey(), e.getValue().version());
            }
            sources.addAll(merged.values());
        }
        boolean sameInputs = !otherInputs && sameTexts(current, sources);
        runStarted = System.currentTimeMillis();
        Snapshot previous = current;
        try {
            // A document opened with the text its file has on disk (the folder was read first): the last analysis
            // stands, with the editor's version, instead of a second analysis of the same texts.
            Snapshot next = sameInputs ? previous.sameInputs(generation, versions) : analyse(generation, sources, versions);
            forgetClosed(sources);
            current = next;
            if (!sameInputs) lastDurationMillis = System.currentTimeMillis() - runStarted;
            lastRunCancelled = false;
            listener.analysed(previous, next);
        } catch (CancellationException e) {
            // a newer change made this run stale; the run it scheduled starts right after, and is not cancelled
            lastRunCancelled = !closed;
            if (otherInputs) otherInputsChanged.set(true);
        } catch (RuntimeException | StackOverflowError e) {
            if (otherInputs) otherInputsChanged.set(true);
            Snapshot failed = new Snapshot(generation, previous.workspace(), previous.findings(), versions, previous.configs(), previous.configErrors(),
                    List.of("analysis failed: " + e));
            current = failed;
            listener.analysed(previous, failed);
        } finally {
            List<Runnable> done = new ArrayList<>();
            synchronized (lock) {
                running = false;
                Snapshot now = current;
                for (java.util.Iterator<Waiter> it = waiting.iterator(); it.hasNext(); ) {
                    Waiter w = it.next();
                    // satisfied, or nothing more will come for it (no further run queued)
                    if (now.generation() >= w.generation() || !scheduled) {
                        done.add(() -> w.future().complete(now));
                        it.remove();
                    }
                }
                if (!scheduled) {
                    done.addAll(idle);
                    idle.clear();
                }
            }
            done.forEach(Runnable::run);
        }
    }

    /** Whether a snapshot was built from exactly these files and texts (and no run since has failed). */
    private static boolean sameTexts(Snapshot snapshot, List<SourceFile> sources) {
        if (!snapshot.internalErrors().isEmpty() || snapshot.workspace().files().size() != sources.size()) return false;
        for (SourceFile f : sources) {
            if (!snapshot.read(f.path(), f.text())) return false;
        }
        return true;
    }

    /**
     * Drops what is kept by path for files no longer analysed: a document closed without being on disk (an untitled
     * one, a file deleted or never saved) would otherwise keep its parse results for as long as the server runs.
     */
    private void forgetClosed(List<SourceFile> analysed) {
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (SourceFile f : analysed) paths.add(f.path());
        cache.retain(paths);
        synchronized (lock) {
            locations.keySet().removeIf(path -> !disk.containsKey(path) && !open.containsKey(path));
        }
    }

    private Snapshot analyse(long generation, List<SourceFile> sources, Map<String, Integer> versions) {
        Map<Path, String> configErrors = new HashMap<>();
        ConfigFiles configs;
        try {
            configs = new ConfigFiles(root == null ? Path.of("").toAbsolutePath() : root, null, root);
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
        Config rootConfig = config(configs, root, configErrors);
        Workspace.Settings settings = new Workspace.Settings(rootConfig.dialect(), baseline(rootConfig));
        List<SourceFile> kept = new ArrayList<>();
        for (SourceFile f : sources) {
            if (!ignored(rootConfig, f.path())) kept.add(f);
        }
        long started = System.nanoTime();
        Workspace workspace = Workspace.build(kept, settings, cache, () -> stale(generation));
        long read = System.nanoTime();
        Map<String, Config> perFile = new HashMap<>();
        for (var f : workspace.files()) perFile.put(f.path(), config(configs, location(f.path()).getParent(), configErrors));
        Analyzer.Result result = Analyzer.analyze(workspace, path -> perFile.getOrDefault(path, rootConfig), () -> stale(generation), memo);
        long analysed = System.nanoTime();
        Snapshot.Timings timings = new Snapshot.Timings((read - started) / 1_000_000, (analysed - read) / 1_000_000, result.ruleNanos());
        return new Snapshot(generation, workspace, result.findings(), versions, path -> perFile.getOrDefault(path, rootConfig), configErrors,
                result.internalErrors(), timings);
    }

    private dev.schemawise.workspace.GitBaseline baseline;
    private String baselineRef;

    /** The migration files at the base revision, asked of git at most every 30 s (and again when the configured ref changes). */
    private dev.schemawise.workspace.MigrationBaseline baseline(Config config) {
        String ref = config.migrations() == null ? null : config.migrations().baseRef();
        if (baseline == null || !java.util.Objects.equals(ref, baselineRef)) {
            baseline = new dev.schemawise.workspace.GitBaseline(ref, 30_000);
            baselineRef = ref;
        }
        return baseline;
    }

    private Config config(ConfigFiles configs, Path directory, Map<Path, String> errors) {
        return fileConfig(configs, directory, errors).withRuleOverrides(ruleOverrides);
    }

    private Config fileConfig(ConfigFiles configs, Path directory, Map<Path, String> errors) {
        try {
            return configs.forDirectory(directory);
        } catch (ConfigException e) {
            // A broken configuration must not hide the schema problems: report it on the file, analyse with defaults.
            Path file = directory;
            for (Path p = directory; configs.searched(p); p = p.getParent()) {
                if (java.nio.file.Files.isRegularFile(p.resolve(Config.FILE_NAME))) {
                    file = p.resolve(Config.FILE_NAME);
                    break;
                }
            }
            if (file != null) errors.put(file, e.getMessage());
            return Config.DEFAULT;
        }
    }

    private static boolean ignored(Config config, String path) {
        if (config.ignore().isEmpty()) return false;
        dev.schemawise.workspace.GitIgnore rules = dev.schemawise.workspace.GitIgnore.EMPTY;
        for (String glob : config.ignore()) rules = rules.add("", glob);
        return rules.isIgnored(path, false);
    }

    /** Runs on the analysis thread after all queued work (tests use it to wait for indexing). */
    public void whenIdle(Consumer<Snapshot> action) {
        settled().thenAccept(action);
    }
}
