package dev.schemawise.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.schemawise.config.Config;
import dev.schemawise.config.ConfigException;
import dev.schemawise.ide.Project;
import dev.schemawise.ide.Snapshot;
import dev.schemawise.rules.Finding;
import dev.schemawise.rules.Rule;
import dev.schemawise.rules.RuleSettings;
import dev.schemawise.rules.Rules;
import dev.schemawise.rules.Severity;
import dev.schemawise.text.LineIndex;
import dev.schemawise.workspace.FileReport;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server: capabilities and lifecycle, the project behind it, and diagnostics (pushed to clients
 * that do not pull them, versioned, only when they change). The text document and workspace services adapt
 * the requests; all behaviour lives in {@link dev.schemawise.ide}. Nothing runs on LSP4J's dispatch thread
 * but bookkeeping: analysis has its own thread, requests a small pool, and messages to the client another.
 */
public final class SchemawiseLanguageServer implements LanguageServer, LanguageClientAware {

    static final String SOURCE = "schemawise";
    static final String FIX_ALL_COMMAND = "schemawise.fixAll";
    /** Returns the Database Architecture document (Markdown) of the schema of the document given as argument, or of the workspace. */
    static final String GENERATE_DOC_COMMAND = "schemawise.generateDoc";

    final Documents documents = new Documents();
    final ExecutorService requests = Executors.newFixedThreadPool(2, daemon("schemawise-request"));
    private final ExecutorService outbound = Executors.newSingleThreadExecutor(daemon("schemawise-client"));
    private final SchemawiseTextDocumentService textDocuments = new SchemawiseTextDocumentService(this);
    private final SchemawiseWorkspaceService workspace = new SchemawiseWorkspaceService(this);
    private final Map<String, Published> published = new ConcurrentHashMap<>();
    private final Map<String, String> uriByPath = new ConcurrentHashMap<>();
    /** The language id of each document opened with a URI that is not a file (untitled:, ...). */
    final Map<String, String> languages = new ConcurrentHashMap<>();
    private final PrintStream log;

    volatile LanguageClient client;
    volatile Project project = new Project(null, new ProjectListener());
    volatile Positions positions = new Positions(false);
    volatile boolean pullDiagnostics;
    volatile boolean snippets = true;
    volatile boolean resolveCodeActions;
    volatile boolean hierarchicalSymbols = true;
    volatile boolean keepDatabaseNameOnRename = true;
    /** The editor's "rules" setting, laid over every .schemawise.json. */
    volatile Map<String, Config.RuleSetting> ruleOverrides = Map.of();
    volatile boolean documentChanges;
    private volatile boolean workDoneProgress;
    private volatile boolean watchedFilesRegistration;
    private volatile boolean refreshDiagnostics;
    private volatile boolean shutdownRequested;
    private volatile String progressToken;
    private final AtomicInteger progressTokens = new AtomicInteger();

    private final boolean exitWithParent;

    /**
     * @param log            where the server writes its own log (stderr for stdio; never stdout)
     * @param exitWithParent stop when the client process named in initialize exits (false in tests)
     */
    public SchemawiseLanguageServer(PrintStream log, boolean exitWithParent) {
        this.log = log;
        this.exitWithParent = exitWithParent;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    /** Milliseconds since this class was loaded, i.e. since the server started (for the start-up log lines). */
    static long uptime() {
        // Measured from here rather than with the JMX runtime bean, whose loading alone costs tens of milliseconds.
        return (System.nanoTime() - LOADED) / 1_000_000;
    }

    private static final long LOADED = System.nanoTime();

    private volatile boolean firstPublished;
    /** Whether the client may be sent diagnostics (see {@link #clientReady}). */
    private volatile boolean clientReady;

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        log("initialize at " + uptime() + " ms");
        var capabilities = params.getCapabilities();
        boolean utf8 = false;
        if (capabilities != null && capabilities.getGeneral() != null && capabilities.getGeneral().getPositionEncodings() != null) {
            List<String> encodings = capabilities.getGeneral().getPositionEncodings();
            utf8 = !encodings.isEmpty() && PositionEncodingKind.UTF8.equals(encodings.get(0));
        }
        positions = new Positions(utf8);
        if (capabilities != null) {
            var text = capabilities.getTextDocument();
            pullDiagnostics = text != null && text.getDiagnostic() != null;
            snippets = text != null && text.getCompletion() != null && text.getCompletion().getCompletionItem() != null
                    && Boolean.TRUE.equals(text.getCompletion().getCompletionItem().getSnippetSupport());
            resolveCodeActions = text != null && text.getCodeAction() != null && text.getCodeAction().getResolveSupport() != null
                    && text.getCodeAction().getResolveSupport().getProperties() != null && text.getCodeAction().getResolveSupport().getProperties().contains("edit");
            hierarchicalSymbols = text != null && text.getDocumentSymbol() != null
                    && Boolean.TRUE.equals(text.getDocumentSymbol().getHierarchicalDocumentSymbolSupport());
            workDoneProgress = capabilities.getWindow() != null && Boolean.TRUE.equals(capabilities.getWindow().getWorkDoneProgress());
            var ws = capabilities.getWorkspace();
            documentChanges = ws != null && ws.getWorkspaceEdit() != null && Boolean.TRUE.equals(ws.getWorkspaceEdit().getDocumentChanges());
            watchedFilesRegistration = ws != null && ws.getDidChangeWatchedFiles() != null && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
            refreshDiagnostics = ws != null && ws.getDiagnostics() != null && Boolean.TRUE.equals(ws.getDiagnostics().getRefreshSupport());
        }
        settings(params.getInitializationOptions());
        if (exitWithParent) watchParent(params.getProcessId());
        Path root = root(params);
        Project old = project;
        project = new Project(root, new ProjectListener());
        project.ruleOverrides(ruleOverrides);
        old.shutdown();
        // The folder is read from now on, while the client takes in the answer and sends initialized and its first
        // didOpen (a large document's JSON takes a while on both sides); what it finds is published once the client
        // may receive it (clientReady).
        project.index();

        ServerCapabilities c = new ServerCapabilities();
        c.setPositionEncoding(utf8 ? PositionEncodingKind.UTF8 : PositionEncodingKind.UTF16);
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        c.setTextDocumentSync(sync);
        c.setHoverProvider(true);
        c.setCompletionProvider(new CompletionOptions(false, List.of("@", ".", "(", "[", ":", " ", ",")));
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        c.setDocumentHighlightProvider(true);
        c.setDocumentSymbolProvider(true);
        c.setWorkspaceSymbolProvider(true);
        CodeActionOptions codeActions = new CodeActionOptions(List.of(CodeActionKind.QuickFix, SchemawiseTextDocumentService.FIX_ALL_KIND));
        codeActions.setResolveProvider(true);
        c.setCodeActionProvider(codeActions);
        c.setRenameProvider(new RenameOptions(true));
        c.setDocumentFormattingProvider(true);
        c.setFoldingRangeProvider(true);
        c.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(FIX_ALL_COMMAND, GENERATE_DOC_COMMAND)));
        DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(true, true);
        diagnostics.setIdentifier(SOURCE);
        c.setDiagnosticProvider(diagnostics);
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        c.setWorkspace(new WorkspaceServerCapabilities(folders));
        return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("schemawise", version())));
    }

    /**
     * Serves one client on these streams until it exits or closes the input; returns the process exit code
     * (0 after a shutdown request, 1 otherwise).
     */
    public static int serve(java.io.InputStream in, java.io.OutputStream out, PrintStream log) throws InterruptedException {
        SchemawiseLanguageServer server = new SchemawiseLanguageServer(log, true);
        var launcher = JsonRpcConnection.create(server, in, out);
        server.connect(launcher.getRemoteProxy());
        server.log("language server " + version() + " listening " + uptime() + " ms after it started (Java " + System.getProperty("java.version") + ")");
        try {
            launcher.startListening().get();
        } catch (java.util.concurrent.ExecutionException e) {
            server.log("connection failed: " + e.getCause());
        }
        return server.exitCode();
    }

    static String version() {
        String v = SchemawiseLanguageServer.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** Exits when the editor that started us is gone (LSP's processId), so a crashed editor leaves no server behind. */
    private void watchParent(Integer pid) {
        if (pid == null) return;
        java.util.Optional<ProcessHandle> parent = ProcessHandle.of(pid.longValue());
        if (parent.isEmpty()) return;
        parent.get().onExit().thenRun(() -> {
            log("the editor (process " + pid + ") has exited; stopping");
            System.exit(1);
        });
    }

    private static Path root(InitializeParams params) {
        try {
            if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
                return Path.of(URI.create(params.getWorkspaceFolders().get(0).getUri()));
            }
            @SuppressWarnings("deprecation")
            String rootUri = params.getRootUri();
            if (rootUri != null) return Path.of(URI.create(rootUri));
        } catch (RuntimeException e) {
            // not a file: URI; work without a folder
        }
        return null;
    }

    void settings(Object options) {
        if (!(options instanceof JsonObject o)) return;
        JsonElement section = o.has("schemawise") ? o.get("schemawise") : o;
        if (!section.isJsonObject()) return;
        JsonElement keep = section.getAsJsonObject().get("keepDatabaseNameOnRename");
        if (keep != null && keep.isJsonPrimitive() && keep.getAsJsonPrimitive().isBoolean()) keepDatabaseNameOnRename = keep.getAsBoolean();
        if (section.getAsJsonObject().has("rules")) ruleOverrides(section.getAsJsonObject().get("rules"));
    }

    /**
     * The editor's rule settings, written as the "rules" of .schemawise.json and checked the same way; when they
     * are not valid, the client is told why and none of them apply.
     */
    private void ruleOverrides(JsonElement rules) {
        Map<String, Config.RuleSetting> overrides = Map.of();
        if (!rules.isJsonNull()) {
            JsonObject wrapper = new JsonObject();
            wrapper.add("rules", rules);
            try {
                Config parsed = Config.parse(wrapper.toString(), "the editor's schemawise.rules setting");
                RuleSettings.validate(parsed);
                overrides = parsed.rules();
            } catch (ConfigException e) {
                showWarning("schemawise: " + e.getMessage() + "; the editor's rule settings are not applied");
            }
        }
        ruleOverrides = overrides;
        project.ruleOverrides(overrides);
    }

    @Override
    public void initialized(InitializedParams params) {
        // Never call the client from here synchronously (lsp4j#775): everything goes through the outbound thread.
        outbound.execute(() -> {
            try {
                if (watchedFilesRegistration) {
                    DidChangeWatchedFilesRegistrationOptions watch = new DidChangeWatchedFilesRegistrationOptions(List.of(
                            new FileSystemWatcher(Either.forLeft("**/*.sql")), new FileSystemWatcher(Either.forLeft("**/*.prisma")),
                            new FileSystemWatcher(Either.forLeft("**/.schemawise.json"))));
                    client.registerCapability(new RegistrationParams(List.of(new Registration("schemawise-watch", "workspace/didChangeWatchedFiles", watch))));
                }
                if (workDoneProgress && project.root() != null) {
                    String token = "schemawise-index-" + progressTokens.incrementAndGet();
                    client.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(token))).get(5, TimeUnit.SECONDS);
                    progressToken = token;
                    WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
                    begin.setTitle("schemawise");
                    begin.setMessage("Indexing the workspace");
                    begin.setPercentage(0);
                    client.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(begin)));
                }
            } catch (Exception e) {
                log("could not set up progress or file watching: " + e);
            }
        });
        // Queued after the set-up above: a progress begun there is ended by the first publication.
        clientReady();
    }

    /**
     * The client has the answer to initialize (it sent initialized, or a document): from now on diagnostics may be
     * sent. Before, LSP allows the server no notifications but log and show messages, so an analysis that ends
     * earlier waits here.
     */
    void clientReady() {
        if (clientReady) return;
        clientReady = true;
        if (unpublished.get() != null) outbound.execute(this::publishNewest);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        project.shutdown();
        requests.shutdownNow();
        return CompletableFuture.completedFuture(null);
    }

    /** The exit code once the connection ends: 0 after a shutdown request, 1 otherwise (LSP's exit rule). */
    public int exitCode() {
        return shutdownRequested ? 0 : 1;
    }

    @Override
    public void exit() {
        outbound.shutdownNow();
        System.exit(shutdownRequested ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    // ------------------------------------------------------------------ paths and URIs

    Path path(String uri) {
        try {
            URI u = URI.create(uri);
            if ("file".equals(u.getScheme())) return Path.of(u);
        } catch (RuntimeException e) {
            // fall through: a document the client made up (untitled:...)
        }
        // A document the client made up (untitled:, a diff view): a stable name with the extension of its language.
        String extension = "prisma".equals(languages.get(uri)) ? ".prisma" : ".sql";
        return Path.of(System.getProperty("java.io.tmpdir"), "schemawise-untitled",
                Integer.toHexString(uri.hashCode()) + "-" + uri.replaceAll("[^A-Za-z0-9._-]", "_") + extension);
    }

    /** The workspace path of a document, remembering its URI as the client wrote it. */
    String workspacePath(String uri) {
        String path = project.path(path(uri));
        uriByPath.put(path, uri);
        return path;
    }

    String uri(String workspacePath) {
        String known = uriByPath.get(workspacePath);
        return known != null ? known : project.location(workspacePath).toUri().toString();
    }

    /** The line index of a file of a snapshot (positions of its findings and symbols refer to that text). */
    static LineIndex lines(Snapshot snapshot, String path) {
        FileReport f = snapshot.workspace().file(path);
        return f == null ? new LineIndex("") : f.lines();
    }

    // ------------------------------------------------------------------ diagnostics

    Diagnostic diagnostic(LineIndex lines, Finding f) {
        Diagnostic d = new Diagnostic(positions.range(lines, f.range()), f.message());
        d.setSeverity(switch (f.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            default -> DiagnosticSeverity.Information;
        });
        d.setSource(SOURCE);
        d.setCode(Either.forLeft(f.rule()));
        Rule rule = Rules.byId(f.rule());
        if (rule != null) d.setCodeDescription(new DiagnosticCodeDescription(rule.info().docUrl()));
        if (f.rule().equals("unused-suppression") || f.rule().equals("duplicate-index")) d.setTags(List.of(DiagnosticTag.Unnecessary));
        return d;
    }

    List<Diagnostic> diagnostics(Snapshot snapshot, String path) {
        LineIndex lines = lines(snapshot, path);
        List<Diagnostic> out = new ArrayList<>();
        for (Finding f : snapshot.findings(path)) out.add(diagnostic(lines, f));
        return out;
    }

    /** A configuration file that cannot be used: one diagnostic on its first line. */
    Diagnostic configDiagnostic(String message) {
        Diagnostic d = new Diagnostic(new Range(new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.Position(0, 1)), message);
        d.setSeverity(DiagnosticSeverity.Error);
        d.setSource(SOURCE);
        d.setCode(Either.forLeft("config"));
        return d;
    }

    /** What was last published for a document: its diagnostics and the version they belong to. */
    private record Published(List<Diagnostic> diagnostics, Integer version) {
        /** The version first: after an edit it differs, and thousands of diagnostics need not be compared. */
        boolean same(Published other) {
            return other != null && java.util.Objects.equals(version, other.version) && diagnostics.equals(other.diagnostics);
        }
    }

    /**
     * Pushes diagnostics that changed: a file's findings, or a newer version of an open document (so the editor
     * knows its current text is analysed, even when nothing changed). Files that became clean get an empty list.
     */
    private void publish(Snapshot snapshot) {
        LanguageClient c = client;
        if (c == null || pullDiagnostics) {
            if (c != null && pullDiagnostics && refreshDiagnostics) c.refreshDiagnostics();
            return;
        }
        Map<String, List<Diagnostic>> next = new HashMap<>();
        for (FileReport f : snapshot.workspace().files()) {
            String uri = uri(f.path());
            List<Diagnostic> d = diagnostics(snapshot, f.path());
            if (!d.isEmpty() || published.containsKey(uri) || snapshot.versions().containsKey(f.path())) next.put(uri, d);
        }
        for (Map.Entry<Path, String> e : snapshot.configErrors().entrySet()) {
            next.put(e.getKey().toUri().toString(), List.of(configDiagnostic(e.getValue())));
        }
        for (String uri : published.keySet()) next.putIfAbsent(uri, List.of());
        for (Map.Entry<String, List<Diagnostic>> e : next.entrySet()) {
            String uri = e.getKey();
            Documents.Document open = documents.get(uri);
            Integer version = open == null ? null : snapshot.versions().get(project.path(path(uri)));
            if (open != null && version == null) {
                // Analysed from disk before the editor's text reached the analysis (the folder is read from
                // initialize on): the editor's version when its text is the same, nothing when it differs (the
                // next analysis, which reads the editor's text, publishes for it).
                if (!snapshot.read(project.path(path(uri)), open.text())) continue;
                version = open.version();
            }
            Published before = published.get(uri);
            Published now = new Published(e.getValue(), version);
            if (now.same(before)) continue;
            if (before == null && e.getValue().isEmpty() && version == null) continue;
            if (e.getValue().isEmpty() && version == null) published.remove(uri);
            else published.put(uri, now);
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, e.getValue(), version));
        }
    }

    /**
     * Forgets the URIs and languages of documents that are closed and no longer analysed (an untitled document, a
     * file not on disk, a URI a request named): kept, they would add up for as long as the server runs. Runs after
     * the publication of a snapshot, which still names the documents it was built with.
     */
    private void forgetClosed(Snapshot snapshot) {
        uriByPath.entrySet().removeIf(e -> documents.get(e.getValue()) == null && snapshot.workspace().file(e.getKey()) == null);
        languages.keySet().removeIf(uri -> documents.get(uri) == null && !uriByPath.containsValue(uri));
    }

    void log(String message) {
        log.println("schemawise: " + message);
        log.flush();
    }

    /** An unexpected failure: logged, and shown in the client's log, never fatal. */
    void error(String what, Throwable e) {
        log(what + ": " + e);
        e.printStackTrace(log);
        LanguageClient c = client;
        if (c != null) outbound.execute(() -> c.logMessage(new MessageParams(MessageType.Error, "schemawise: " + what + ": " + e)));
    }

    void toClient(Runnable r) {
        outbound.execute(r);
    }

    void showWarning(String message) {
        LanguageClient c = client;
        if (c != null) outbound.execute(() -> c.showMessage(new MessageParams(MessageType.Warning, message)));
    }

    /** A request refused because its parameters are wrong (JSON-RPC InvalidParams), with what is wrong. */
    static <T> CompletableFuture<T> invalidParams(String message) {
        return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null)));
    }

    /**
     * A request's future, with failures turned into response errors: a refusal ({@link ResponseErrorException})
     * goes to the client as it is, anything else is logged and answered as an internal error. Cancelling it (LSP4J
     * does on $/cancelRequest) cancels the work behind it, which then does not run if it has not started.
     */
    <T> CompletableFuture<T> guard(String what, CompletableFuture<T> future) {
        CompletableFuture<T> guarded = future.handle((value, failure) -> {
            if (failure == null) return value;
            Throwable cause = failure;
            while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof ResponseErrorException refusal) throw refusal;
            if (cause instanceof java.util.concurrent.CancellationException c) throw c;
            // After a shutdown request the request pool is stopped; LSP asks for InvalidRequest, not an internal error.
            if (shutdownRequested) throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, "schemawise: the server is shutting down", null));
            error(what, cause);
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError, "schemawise: " + what + " failed: " + cause, null));
        });
        guarded.whenComplete((value, failure) -> {
            if (guarded.isCancelled()) future.cancel(true);
        });
        return guarded;
    }

    /** -Dschemawise.timings=true: log where each analysis spent its time (docs/PERFORMANCE.md). */
    static final boolean TIMINGS = Boolean.getBoolean("schemawise.timings");

    private final java.util.concurrent.atomic.AtomicReference<Snapshot> unpublished = new java.util.concurrent.atomic.AtomicReference<>();

    private final class ProjectListener implements Project.Listener {
        @Override
        public void progress(String message, int percent) {
            String token = progressToken;
            LanguageClient c = client;
            if (token == null || c == null) return;
            outbound.execute(() -> {
                WorkDoneProgressReport report = new WorkDoneProgressReport();
                report.setMessage(message);
                report.setPercentage(percent);
                c.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(report)));
            });
        }

        @Override
        public void analysed(Snapshot previous, Snapshot snapshot) {
            for (String internal : snapshot.internalErrors()) log("internal error: " + internal);
            // Only the newest snapshot is published. While the client does not read (or a publication is slow) the
            // outbound thread waits, and a task per snapshot would queue up, each holding a whole workspace.
            if (unpublished.getAndSet(snapshot) != null) return; // the queued task will take this one
            if (clientReady) outbound.execute(SchemawiseLanguageServer.this::publishNewest);
        }
    }

    /** Publishes the newest analysed snapshot not yet published, if any (runs on the outbound thread). */
    private void publishNewest() {
        Snapshot newest = unpublished.getAndSet(null);
        if (newest == null) return; // taken by a task queued before this one
        try {
            long started = System.nanoTime();
            long at = uptime();
            publish(newest);
            if (TIMINGS && newest.timings() != null) {
                Snapshot.Timings t = newest.timings();
                log("analysis " + newest.generation() + ": read " + t.readMillis() + " ms, rules " + t.rulesMillis() + " ms " + t.slowestRules(5)
                        + ", published in " + (System.nanoTime() - started) / 1_000_000 + " ms from " + at + " ms");
            }
            forgetClosed(newest);
            if (!firstPublished) {
                firstPublished = true;
                log("first diagnostics at " + uptime() + " ms (" + newest.workspace().files().size() + " files)");
            }
            String token = progressToken;
            if (token != null) {
                progressToken = null;
                WorkDoneProgressEnd end = new WorkDoneProgressEnd();
                end.setMessage(newest.workspace().files().size() + " files, " + newest.findings().size() + " findings");
                client.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(end)));
            }
        } catch (RuntimeException e) {
            error("publishing diagnostics", e);
        }
    }

    static Severity severity(DiagnosticSeverity s) {
        return s == DiagnosticSeverity.Error ? Severity.ERROR : s == DiagnosticSeverity.Warning ? Severity.WARNING : Severity.INFO;
    }
}
