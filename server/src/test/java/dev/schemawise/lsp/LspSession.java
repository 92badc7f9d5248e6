package dev.schemawise.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language server in this JVM behind a real JSON-RPC connection (pipes, LSP4J's message serialisation on
 * both sides) and a recording client: what tests see is what an editor sees.
 */
final class LspSession implements AutoCloseable {

    final Path root;
    final LanguageServer server;
    /** The client's end of the connection, for messages the typed server interface cannot send (unknown methods, raw params). */
    final org.eclipse.lsp4j.jsonrpc.RemoteEndpoint endpoint;
    final Recorder client = new Recorder();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    InitializeResult initialized;
    private final SchemawiseLanguageServer impl;
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    LspSession(Path root) throws IOException {
        this.root = root;
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        impl = new SchemawiseLanguageServer(new PrintStream(log, true, StandardCharsets.UTF_8), false);
        Launcher<LanguageClient> serverLauncher = JsonRpcConnection.create(impl, serverIn, serverOut);
        impl.connect(serverLauncher.getRemoteProxy());
        Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        server = clientLauncher.getRemoteProxy();
        endpoint = clientLauncher.getRemoteEndpoint();
        var a = serverLauncher.startListening();
        var b = clientLauncher.startListening();
        closeables.add(() -> a.cancel(true));
        closeables.add(() -> b.cancel(true));
        closeables.add(serverIn);
        closeables.add(clientIn);
    }

    /** A client that supports what VS Code supports (push diagnostics, snippets, hierarchical symbols, progress). */
    static ClientCapabilities vscodeLike() {
        var json = """
                {"general":{"positionEncodings":["utf-16"]},
                 "window":{"workDoneProgress":true},
                 "workspace":{"applyEdit":true,"workspaceEdit":{"documentChanges":true},"didChangeWatchedFiles":{"dynamicRegistration":true},
                   "symbol":{},"executeCommand":{},"configuration":true},
                 "textDocument":{"synchronization":{"didSave":true},"hover":{"contentFormat":["markdown","plaintext"]},
                   "completion":{"completionItem":{"snippetSupport":true}},
                   "codeAction":{"codeActionLiteralSupport":{"codeActionKind":{"valueSet":["quickfix","source.fixAll"]}},
                     "resolveSupport":{"properties":["edit"]},"isPreferredSupport":true},
                   "documentSymbol":{"hierarchicalDocumentSymbolSupport":true},"rename":{"prepareSupport":true},
                   "publishDiagnostics":{"versionSupport":true}}}
                """;
        return new com.google.gson.Gson().fromJson(json, ClientCapabilities.class);
    }

    InitializeResult initialize(ClientCapabilities capabilities, Object options) throws Exception {
        initializeOnly(capabilities, options);
        server.initialized(new InitializedParams());
        return initialized;
    }

    /** The initialize request without the initialized notification a client sends after it. */
    InitializeResult initializeOnly(ClientCapabilities capabilities, Object options) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setProcessId((int) ProcessHandle.current().pid());
        if (root != null) p.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), root.getFileName().toString())));
        p.setCapabilities(capabilities);
        p.setInitializationOptions(options);
        initialized = server.initialize(p).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return initialized;
    }

    /** Waits until the server's latest analysis has read this file of the folder. */
    void awaitRead(String relative) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (impl.project.snapshot().workspace().file(relative) == null) {
            if (System.nanoTime() > deadline) throw new AssertionError(relative + " was not read within " + TIMEOUT + "\nserver log:\n" + serverLog());
            Thread.sleep(5);
        }
    }

    /** Waits (up to 5 s) until the server has ended a work-done progress. */
    void awaitProgressEnd() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline && client.progress.stream().noneMatch(x -> x.getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressEnd)) {
            Thread.sleep(10);
        }
    }

    /** Every publication for a document so far, in order. */
    List<PublishDiagnosticsParams> publications(String uri) {
        return client.published.stream().filter(p -> p.getUri().equals(uri)).toList();
    }

    InitializeResult initialize() throws Exception {
        return initialize(vscodeLike(), null);
    }

    String uri(String relative) {
        return root.resolve(relative).toUri().toString();
    }

    String open(String relative) throws IOException {
        return open(relative, Files.readString(root.resolve(relative)));
    }

    String open(String relative, String text) {
        String uri = relative.contains(":") ? relative : uri(relative);
        String language = uri.endsWith(".prisma") ? "prisma" : "sql";
        versions.put(uri, 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, language, 1, text)));
        return uri;
    }

    int change(String uri, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v),
                List.of(new TextDocumentContentChangeEvent(text))));
        return v;
    }

    int edit(String uri, Range range, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v),
                List.of(new TextDocumentContentChangeEvent(range, text))));
        return v;
    }

    int version(String uri) {
        return versions.getOrDefault(uri, 0);
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** The diagnostics published for a document once they satisfy a condition (the last publication wins). */
    PublishDiagnosticsParams diagnostics(String uri, Predicate<PublishDiagnosticsParams> until) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams last = client.lastDiagnostics(uri);
            if (last != null && until.test(last)) return last;
            Thread.sleep(5);
        }
        throw new AssertionError("no diagnostics for " + uri + " matched within " + TIMEOUT + "; last: " + client.lastDiagnostics(uri)
                + "\nserver log:\n" + log.toString(StandardCharsets.UTF_8));
    }

    /** The diagnostics of the document's current version. */
    PublishDiagnosticsParams diagnostics(String uri) throws InterruptedException {
        int v = version(uri);
        return diagnostics(uri, d -> d.getVersion() != null && d.getVersion() >= v);
    }

    static Position pos(int line, int character) {
        return new Position(line, character);
    }

    static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The server object itself (not the proxy), for tests that look at its state. */
    SchemawiseLanguageServer impl() {
        return impl;
    }

    String serverLog() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        for (AutoCloseable c : closeables) c.close();
    }

    /** Records what the server sends; answers its requests the way an editor would. */
    static final class Recorder implements LanguageClient {
        final List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();
        final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
        final List<MessageParams> messages = new CopyOnWriteArrayList<>();
        final List<ApplyWorkspaceEditParams> applied = new CopyOnWriteArrayList<>();
        final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
        final List<String> progressTokens = new CopyOnWriteArrayList<>();
        volatile int refreshes;

        PublishDiagnosticsParams lastDiagnostics(String uri) {
            PublishDiagnosticsParams last = null;
            for (PublishDiagnosticsParams p : published) if (p.getUri().equals(uri)) last = p;
            return last;
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
            messages.add(messageParams);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            messages.add(message);
        }

        @Override
        public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
            applied.add(params);
            return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            registrations.add(params);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
            progressTokens.add(params.getToken().getLeft());
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void notifyProgress(ProgressParams params) {
            progress.add(params);
        }

        @Override
        public CompletableFuture<Void> refreshDiagnostics() {
            refreshes++;
            return CompletableFuture.completedFuture(null);
        }
    }
}
