package dev.schemawise.lsp;

import static dev.schemawise.lsp.LspSession.get;
import static dev.schemawise.lsp.LspSession.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.schemawise.TestFiles;
import dev.schemawise.text.LineIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server under a misbehaving client, in this JVM over a real JSON-RPC connection: unknown methods,
 * requests for documents that are not open and positions that do not exist, changes whose ranges make no sense,
 * versions out of order, notifications for unopened documents, and a storm of cancelled requests. After each
 * fault the server must still hold the client's text exactly and answer the next valid request correctly.
 * (Byte-level faults of the stream, floods and memory are {@link LspFaultIT}'s, on the real jar.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LspFaultTest {

    @TempDir
    Path dir;

    /** "audit" has no primary key (line 4); hovering its name describes the table. */
    private static final String SCHEMA = """
            CREATE TABLE users (
                id bigint PRIMARY KEY,
                email text NOT NULL
            );
            CREATE TABLE audit (
                note text NOT NULL
            );
            """;

    /** A file on disk beside the open document, with tables of its own. */
    private static final String ON_DISK = "CREATE TABLE disk_only (\n    note text\n);\n";

    /** Positions that exist in no document. */
    private static final List<Position> NOWHERE = List.of(pos(1_000_000, 0), pos(0, 1_000_000), pos(2, 1_000_000), pos(-1, -1),
            pos(-5, 3), pos(Integer.MAX_VALUE, Integer.MAX_VALUE), pos(3, Integer.MAX_VALUE), pos(Integer.MIN_VALUE, Integer.MIN_VALUE));

    // LSP4J reports what it could not dispatch (and exceptions thrown at it) through java.util.logging.
    private final Logger lsp4j = Logger.getLogger("org.eclipse.lsp4j");
    private final List<LogRecord> lsp4jLog = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) lsp4jLog.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void recordLsp4jLog() {
        lsp4j.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        lsp4j.removeHandler(recorder);
    }

    private String lsp4jLog() {
        StringBuilder out = new StringBuilder();
        for (LogRecord r : lsp4jLog) out.append(r.getLevel()).append(' ').append(r.getMessage()).append(r.getThrown() == null ? "" : " " + r.getThrown()).append('\n');
        return out.toString();
    }

    // ------------------------------------------------------------------ helpers

    private static void didChange(LspSession s, String uri, Integer version, TextDocumentContentChangeEvent... changes) {
        s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), Arrays.asList(changes)));
    }

    /** A change of a range; null parts are left out of the message (LSP4J's constructors refuse them). */
    private static TextDocumentContentChangeEvent replace(Position start, Position end, String text) {
        Range range = new Range();
        if (start != null) range.setStart(start);
        if (end != null) range.setEnd(end);
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent();
        change.setRange(range);
        if (text != null) change.setText(text);
        return change;
    }

    private static TextDocumentContentChangeEvent full(String text) {
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent();
        if (text != null) change.setText(text);
        return change;
    }

    private static TextDocumentIdentifier doc(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    /** The diagnostics the server computes now for a document (pull: it waits for the analysis of the latest change). */
    private static List<Diagnostic> pulled(LspSession s, String uri) throws Exception {
        return get(s.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(doc(uri)))).getLeft().getItems();
    }

    /** The diagnostics of a text seen fresh: a new server that only ever saw it, as the same file name in an empty folder. */
    private List<Diagnostic> fresh(String name, String text) throws Exception {
        Path folder = Files.createTempDirectory(dir, "fresh");
        try (LspSession s = new LspSession(folder)) {
            s.initialize();
            String uri = s.open(name, text);
            return pulled(s, uri);
        }
    }

    /**
     * The server answers correctly for this text: it holds exactly the text (and a line index that matches it),
     * hovering "audit" describes the table, and its diagnostics, pulled and pushed, are those of the text seen fresh.
     */
    private void assertHealthy(LspSession s, String uri, String text) throws Exception {
        assertHealthy(s, uri, text, "audit");
    }

    private void assertHealthy(LspSession s, String uri, String text, String table) throws Exception {
        List<Diagnostic> now = pulled(s, uri); // a round trip: the server has handled every notification sent before
        Documents.Document d = s.impl().documents.get(uri);
        assertNotNull(d, "the document is open");
        assertEquals(text, d.text(), "the server's copy of the document");
        LineIndex rebuilt = new LineIndex(d.text());
        assertEquals(rebuilt.lineCount(), d.lines().lineCount(), "line count of the incrementally kept line index");
        for (int line = 0; line < rebuilt.lineCount(); line++) assertEquals(rebuilt.lineStart(line), d.lines().lineStart(line), "start of line " + line);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("TABLE (?:public\\.)?(" + table + ")\\b").matcher(text);
        if (m.find()) {
            Position at = pos(rebuilt.line(m.start(1)), rebuilt.column(m.start(1)) + 2);
            Hover h = get(s.server.getTextDocumentService().hover(new HoverParams(doc(uri), at)));
            assertNotNull(h, "a hover on " + table + " at " + at + "\nserver log:\n" + s.serverLog());
            String md = h.getContents().getRight().getValue();
            assertTrue(md.contains("**table** `" + table + "`") || md.contains("**table** `public." + table + "`"), md);
        }
        String name = Path.of(java.net.URI.create(uri)).getFileName().toString();
        List<Diagnostic> expected = fresh(name, text);
        assertEquals(expected, now, "pulled diagnostics");
        PublishDiagnosticsParams pushed = s.diagnostics(uri, p -> p.getDiagnostics().equals(expected) && p.getVersion() != null
                && p.getVersion() == d.version());
        assertEquals(expected, pushed.getDiagnostics());
    }

    /** The request failed as a refusal (an error response the client can show), not as a crash of the handler. */
    private static void assertRefused(ExecutionException e, String what) {
        assertTrue(e.getCause() instanceof ResponseErrorException, what + ": " + e);
        int code = ((ResponseErrorException) e.getCause()).getResponseError().getCode();
        assertNotEquals(ResponseErrorCode.InternalError.getValue(), code, what + " failed inside the server: " + e.getCause().getMessage());
    }

    /** A request's answer, or null when it was refused with an error response (never an internal error). */
    private static <T> T answerOrRefusal(String what, Supplier<CompletableFuture<T>> request) throws Exception {
        try {
            return get(request.get());
        } catch (ExecutionException e) {
            assertRefused(e, what);
            return null;
        }
    }

    private static boolean empty(Object result) {
        if (result == null) return true;
        if (result instanceof List<?> l) return l.isEmpty();
        if (result instanceof org.eclipse.lsp4j.jsonrpc.messages.Either<?, ?> e) return empty(e.get());
        if (result instanceof org.eclipse.lsp4j.CompletionList c) return c.getItems().isEmpty();
        if (result instanceof org.eclipse.lsp4j.WorkspaceEdit w) {
            return (w.getChanges() == null || w.getChanges().isEmpty()) && (w.getDocumentChanges() == null || w.getDocumentChanges().isEmpty());
        }
        return false;
    }

    // ------------------------------------------------------------------ methods the server does not know

    @Test
    void unknownRequestsAreRefusedAndUnknownNotificationsIgnored() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String uri = s.open("faults.sql", SCHEMA);
            JsonObject params = new JsonObject();
            params.addProperty("anything", 1);
            for (String method : List.of("schemawise/noSuchRequest", "textDocument/noSuchRequest", "$/noSuchRequest")) {
                ExecutionException e = assertThrows(ExecutionException.class, () -> get(s.endpoint.request(method, params)), method);
                assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
                assertEquals(ResponseErrorCode.MethodNotFound.getValue(), ((ResponseErrorException) e.getCause()).getResponseError().getCode(), method);
            }
            for (String method : List.of("schemawise/noSuchNotification", "textDocument/noSuchNotification", "$/noSuchNotification")) {
                s.endpoint.notify(method, params);
                s.endpoint.notify(method, null);
            }
            // Methods LSP defines but the server does not offer (it does not advertise them): refused the same way.
            JsonObject at = new JsonObject();
            at.add("textDocument", new com.google.gson.Gson().toJsonTree(doc(uri)));
            at.add("position", new com.google.gson.Gson().toJsonTree(pos(0, 0)));
            at.add("range", new com.google.gson.Gson().toJsonTree(new Range(pos(0, 0), pos(1, 0))));
            for (String method : List.of("textDocument/semanticTokens/full", "textDocument/inlayHint", "textDocument/codeLens", "textDocument/signatureHelp",
                    "textDocument/typeDefinition", "textDocument/implementation", "textDocument/rangeFormatting", "textDocument/documentLink",
                    "textDocument/selectionRange", "textDocument/prepareCallHierarchy")) {
                ExecutionException e = assertThrows(ExecutionException.class, () -> get(s.endpoint.request(method, at)), method);
                assertTrue(e.getCause() instanceof ResponseErrorException, method + ": " + e);
                int code = ((ResponseErrorException) e.getCause()).getResponseError().getCode();
                assertTrue(code == ResponseErrorCode.MethodNotFound.getValue() || code == ResponseErrorCode.RequestFailed.getValue(),
                        method + " answered " + e.getCause().getMessage());
            }
            assertHealthy(s, uri, SCHEMA);
            assertTrue(!s.serverLog().contains("Exception"), s.serverLog());
        }
    }

    @Test
    void requestsAfterShutdownAreRefusedAsInvalid() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String uri = s.open("faults.sql", SCHEMA);
            s.diagnostics(uri);
            get(s.server.shutdown());
            // An editor restarting its client may still send a request or two to the old server.
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> get(s.server.getTextDocumentService().hover(new org.eclipse.lsp4j.HoverParams(doc(uri), pos(0, 15)))));
            assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
            assertEquals(ResponseErrorCode.InvalidRequest.getValue(), ((ResponseErrorException) e.getCause()).getResponseError().getCode(), e.toString());
            assertTrue(!s.serverLog().contains("Exception"), s.serverLog());
        }
    }

    // ------------------------------------------------------------------ requests for nothing

    @Test
    void requestsForUnopenedDocumentsAndPositionsThatDoNotExist() throws Exception {
        Files.writeString(dir.resolve("on-disk.sql"), ON_DISK);
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String uri = s.open("faults.sql", SCHEMA);
            s.diagnostics(uri);
            String onDisk = s.uri("on-disk.sql");
            s.diagnostics(onDisk, p -> !p.getDiagnostics().isEmpty()); // indexed
            // Documents that do not exist anywhere: their answers are empty.
            List<String> missing = List.of(s.uri("never-opened.sql"), s.uri("never-opened.prisma"), "untitled:Untitled-9", "file:///no/such/dir/x.sql",
                    "not a uri", "file:///%zz.sql", "", "schemawise://x/y.sql");
            TextDocumentService text = s.server.getTextDocumentService();
            List<String> uris = new ArrayList<>(missing);
            uris.add(uri);
            uris.add(onDisk);
            int requests = 0;
            for (String u : uris) {
                boolean nothing = missing.contains(u);
                List<Object> answers = new ArrayList<>();
                for (Position p : NOWHERE) {
                    Range r = new Range(p, pos(p.getLine(), p.getCharacter() + 1));
                    answers.add(answerOrRefusal("hover", () -> text.hover(new HoverParams(doc(u), p))));
                    answers.add(answerOrRefusal("definition", () -> text.definition(new DefinitionParams(doc(u), p))));
                    answers.add(answerOrRefusal("references", () -> text.references(new ReferenceParams(doc(u), p, new ReferenceContext(true)))));
                    answers.add(answerOrRefusal("documentHighlight", () -> text.documentHighlight(new DocumentHighlightParams(doc(u), p))));
                    answers.add(answerOrRefusal("completion", () -> text.completion(new CompletionParams(doc(u), p))));
                    answers.add(answerOrRefusal("prepareRename", () -> text.prepareRename(new PrepareRenameParams(doc(u), p))));
                    answers.add(answerOrRefusal("rename", () -> text.rename(new RenameParams(doc(u), p, "renamed"))));
                    answers.add(answerOrRefusal("codeAction", () -> text.codeAction(new CodeActionParams(doc(u), r, new CodeActionContext(List.of())))));
                    requests += 8;
                }
                answers.add(answerOrRefusal("documentSymbol", () -> text.documentSymbol(new DocumentSymbolParams(doc(u)))));
                answers.add(answerOrRefusal("foldingRange", () -> text.foldingRange(new FoldingRangeRequestParams(doc(u)))));
                answers.add(answerOrRefusal("formatting", () -> text.formatting(new DocumentFormattingParams(doc(u), new FormattingOptions(2, true)))));
                var report = answerOrRefusal("diagnostic", () -> text.diagnostic(new DocumentDiagnosticParams(doc(u))));
                answers.add(report == null ? null : report.getLeft().getItems());
                answers.add(answerOrRefusal("fixAll", () -> s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("schemawise.fixAll", List.of(u)))));
                CodeAction unresolved = new CodeAction("Fix all");
                JsonObject data = new JsonObject();
                data.addProperty("uri", u);
                unresolved.setData(data);
                CodeAction resolved = answerOrRefusal("codeAction/resolve", () -> text.resolveCodeAction(unresolved));
                answers.add(resolved == null ? null : resolved.getEdit());
                requests += 6;
                if (nothing) {
                    for (Object a : answers) assertTrue(empty(a), u + ": an answer about a document that does not exist: " + a);
                }
            }
            // Requests without a position or range: answered as if at the start of the document, or refused.
            for (String method : List.of("textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/documentHighlight",
                    "textDocument/completion", "textDocument/prepareRename", "textDocument/rename", "textDocument/codeAction")) {
                JsonObject params = new JsonObject();
                params.add("textDocument", new com.google.gson.Gson().toJsonTree(doc(uri)));
                params.addProperty("newName", "renamed");
                params.add("context", new JsonObject());
                answerOrRefusal(method + " without a position", () -> s.endpoint.request(method, params));
                requests++;
            }
            // Requests without a document or without parameters at all: error responses.
            for (String method : List.of("textDocument/hover", "textDocument/definition", "textDocument/completion", "textDocument/documentSymbol",
                    "textDocument/formatting", "textDocument/diagnostic", "textDocument/codeAction", "textDocument/rename")) {
                for (Object params : Arrays.asList(null, new JsonObject())) {
                    ExecutionException e = assertThrows(ExecutionException.class, () -> get(s.endpoint.request(method, params)), method + " " + params);
                    assertTrue(e.getCause() instanceof ResponseErrorException, method + ": " + e);
                    requests++;
                }
            }
            assertTrue(requests > 500, "requests sent: " + requests);
            assertHealthy(s, uri, SCHEMA);
            assertTrue(!s.serverLog().contains("Exception"), s.serverLog());
        }
    }

    // ------------------------------------------------------------------ changes that make no sense

    /** One didChange whose ranges are wrong, and the text the server must hold afterwards (ranges clamp; an inverted range is read forwards). */
    private record BadChange(String what, String before, List<TextDocumentContentChangeEvent> changes, String after) {
        BadChange(String what, String before, TextDocumentContentChangeEvent change, String after) {
            this(what, before, List.of(change), after);
        }
    }

    @Test
    void changesWithRangesPastTheEndInvertedOrOverlappingNeverCorruptTheDocument() throws Exception {
        String ab = "ab\ncd\n";
        List<BadChange> cases = List.of(
                new BadChange("insert on a line past the end", ab, replace(pos(1_000_000, 0), pos(1_000_000, 0), "X"), ab + "X"),
                new BadChange("replace up to a line past the end", ab, replace(pos(0, 1), pos(1_000_000, 5), "X"), "aX"),
                new BadChange("start and end past the end of their lines", ab, replace(pos(0, 99), pos(1, 99), "X"), "abX\n"),
                new BadChange("inverted range", ab, replace(pos(1, 1), pos(0, 1), "X"), "aXd\n"),
                new BadChange("negative positions", ab, replace(pos(-5, -5), pos(0, 1), "X"), "Xb\ncd\n"),
                new BadChange("Integer.MAX_VALUE positions", ab, replace(pos(1, Integer.MAX_VALUE), pos(Integer.MAX_VALUE, Integer.MAX_VALUE), "X"), "ab\ncdX"),
                new BadChange("Integer.MIN_VALUE positions", ab, replace(pos(Integer.MIN_VALUE, Integer.MIN_VALUE), pos(0, 0), "X"), "X" + ab),
                new BadChange("character past the end of a CRLF line", "ab\r\ncd\r\n", replace(pos(0, 3), pos(0, 7), "X"), "abX\r\ncd\r\n"),
                new BadChange("a range without an end", ab, replace(pos(0, 1), null, "X"), "aXb\ncd\n"),
                new BadChange("a change without text", ab, replace(pos(0, 0), pos(0, 1), null), "b\ncd\n"),
                new BadChange("a full change without text", ab, full(null), ""),
                new BadChange("overlapping changes (each applies to the text the one before left)", ab,
                        List.of(replace(pos(0, 0), pos(0, 2), "xyz"), replace(pos(0, 1), pos(0, 3), "Q"), replace(pos(0, 0), pos(5, 0), "")), ""),
                new BadChange("a range inside a surrogate pair", "a\uD83D\uDE00b\n", replace(pos(0, 2), pos(0, 2), "X"), "a\uD83DX\uDE00b\n"),
                new BadChange("no changes at all", ab, List.of(), ab));
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String uri = s.open("faults.sql", SCHEMA);
            s.diagnostics(uri);
            int version = 1;
            for (BadChange c : cases) {
                didChange(s, uri, ++version, new TextDocumentContentChangeEvent(c.before()));
                didChange(s, uri, ++version, c.changes().toArray(TextDocumentContentChangeEvent[]::new));
                int v = version;
                s.diagnostics(uri, p -> p.getVersion() != null && p.getVersion() >= v);
                assertEquals(c.after(), s.impl().documents.get(uri).text(), c.what());
                // Then the editor's real text again: answers are those of that text.
                didChange(s, uri, ++version, new TextDocumentContentChangeEvent(SCHEMA));
                assertHealthy(s, uri, SCHEMA);
            }
            // A null list of changes, and incremental edits building the schema up from nothing.
            DidChangeTextDocumentParams nothing = new DidChangeTextDocumentParams();
            nothing.setTextDocument(new VersionedTextDocumentIdentifier(uri, ++version));
            s.server.getTextDocumentService().didChange(nothing);
            didChange(s, uri, ++version, new TextDocumentContentChangeEvent(""));
            for (String line : SCHEMA.split("(?<=\n)")) didChange(s, uri, ++version, replace(pos(1_000_000, 0), pos(1_000_000, 0), line));
            assertHealthy(s, uri, SCHEMA);
            assertTrue(!s.serverLog().contains("Exception"), s.serverLog());
            assertEquals("", lsp4jLog());
        }
    }

    // ------------------------------------------------------------------ versions

    /**
     * Versions out of order, repeated or missing: the text follows the changes in the order they arrive (that is
     * the text the client has, whatever it numbered it), the version the server reports never goes down, and a
     * request after the change is answered from the changed text.
     */
    @Test
    void staleRepeatedAndMissingVersionsStillApplyTheChangeAndRequestsSeeIt() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String uri = s.open("faults.sql", "CREATE TABLE first (id bigint PRIMARY KEY);\n");
            didChange(s, uri, 10, new TextDocumentContentChangeEvent("CREATE TABLE second (id bigint PRIMARY KEY);\n"));
            assertEquals(10, s.diagnostics(uri, p -> p.getVersion() != null && p.getVersion() == 10).getVersion());
            String text = SCHEMA;
            String other = "CREATE TABLE second (id bigint PRIMARY KEY);\n";
            // Older versions than the server has, the same again, none, negative: applied, and the next requests see them.
            for (Integer stale : Arrays.asList(3, 10, null, -7, Integer.MIN_VALUE, 9)) {
                didChange(s, uri, stale, new TextDocumentContentChangeEvent(text));
                Hover h = get(s.server.getTextDocumentService().hover(new HoverParams(doc(uri), pos(4, 15))));
                assertNotNull(h, "version " + stale + ": a hover on audit right after the change");
                assertTrue(h.getContents().getRight().getValue().contains("**table** `audit`"), "version " + stale + ": " + h.getContents().getRight().getValue());
                assertEquals(10, s.impl().documents.get(uri).version(), "the reported version never goes down");
                assertHealthy(s, uri, text);
                didChange(s, uri, stale, new TextDocumentContentChangeEvent(other));
                assertNull(get(s.server.getTextDocumentService().hover(new HoverParams(doc(uri), pos(4, 15)))), "version " + stale + ": no audit any more");
                assertEquals(List.of(), pulled(s, uri), "version " + stale);
            }
            didChange(s, uri, 4, new TextDocumentContentChangeEvent(text));
            // Incremental edits under stale versions are applied in order too.
            didChange(s, uri, 2, replace(pos(5, 4), pos(5, 8), "remark"));
            didChange(s, uri, 1, replace(pos(5, 4), pos(5, 4), "-- a remark\n    "));
            text = text.replace("    note text", "    -- a remark\n    remark text");
            assertHealthy(s, uri, text);
            // Then a well-behaved client again.
            didChange(s, uri, 11, new TextDocumentContentChangeEvent(SCHEMA));
            assertHealthy(s, uri, SCHEMA);
            assertEquals(11, s.impl().documents.get(uri).version());
        }
    }

    // ------------------------------------------------------------------ notifications for documents that are not open

    @Test
    void changeCloseAndSaveOfUnopenedDocumentsAreIgnoredAndReopeningReplaces() throws Exception {
        Files.writeString(dir.resolve("on-disk.sql"), ON_DISK);
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            TextDocumentService text = s.server.getTextDocumentService();
            String onDisk = s.uri("on-disk.sql");
            String never = s.uri("never.sql");
            s.diagnostics(onDisk, p -> !p.getDiagnostics().isEmpty());
            for (String u : List.of(onDisk, never)) {
                didChange(s, u, 2, new TextDocumentContentChangeEvent("CREATE TABLE nothing (x int);"));
                didChange(s, u, 3, replace(pos(0, 0), pos(0, 5), "junk"));
                text.didClose(new DidCloseTextDocumentParams(doc(u)));
                text.didSave(new DidSaveTextDocumentParams(doc(u)));
                assertNull(s.impl().documents.get(u), "a change to an unopened document does not open it");
            }
            assertEquals(fresh("on-disk.sql", ON_DISK), pulled(s, onDisk), "the file on disk is analysed as it is on disk");
            assertEquals(List.of(), pulled(s, never));
            // Opened, closed twice, opened again with other text, and opened once more without a close.
            String uri = s.open("faults.sql", "CREATE TABLE first (id bigint PRIMARY KEY);\n");
            text.didClose(new DidCloseTextDocumentParams(doc(uri)));
            text.didClose(new DidCloseTextDocumentParams(doc(uri)));
            didChange(s, uri, 5, new TextDocumentContentChangeEvent("CREATE TABLE closed (x int);"));
            text.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "sql", 1, "CREATE TABLE second (id bigint PRIMARY KEY);\n")));
            text.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "sql", 1, SCHEMA)));
            assertHealthy(s, uri, SCHEMA);
            // An open without text or language.
            TextDocumentItem bare = new TextDocumentItem();
            bare.setUri(s.uri("empty.sql"));
            text.didOpen(new DidOpenTextDocumentParams(bare));
            assertEquals(List.of(), pulled(s, s.uri("empty.sql")));
            assertTrue(!s.serverLog().contains("Exception"), s.serverLog());
        }
    }

    // ------------------------------------------------------------------ cancellation

    /**
     * Hundreds of requests on a mid-size schema, all cancelled at once (LSP4J sends $/cancelRequest for each): the
     * server answers each with a cancellation or its result, and the next request is answered correctly and soon.
     */
    @Test
    void aCancellationStormLeavesTheServerAnswering() throws Exception {
        String pagila = TestFiles.read(TestFiles.corpus("sql/pagila-schema.sql"));
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String big = s.open("pagila.sql", pagila);
            s.diagnostics(big);
            TextDocumentService text = s.server.getTextDocumentService();
            LineIndex lines = new LineIndex(pagila);
            Random random = new Random(7);
            int version = 1;
            // For comparison: an edit and a hover right after it, without a storm (the hover waits for the analysis).
            int customerLine = new LineIndex(pagila).line(pagila.indexOf("CREATE TABLE public.customer ("));
            long quiet = System.nanoTime();
            didChange(s, big, ++version, replace(pos(0, 0), pos(0, 0), "-- edit\n"));
            assertNotNull(get(text.hover(new HoverParams(doc(big), pos(customerLine + 1, 22)))));
            long quietMillis = (System.nanoTime() - quiet) / 1_000_000;
            List<CompletableFuture<?>> storm = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 200; i++) {
                    Position p = pos(random.nextInt(lines.lineCount()), random.nextInt(40));
                    storm.add(switch (i % 8) {
                        case 0 -> text.hover(new HoverParams(doc(big), p));
                        case 1 -> text.references(new ReferenceParams(doc(big), p, new ReferenceContext(true)));
                        case 2 -> text.documentSymbol(new DocumentSymbolParams(doc(big)));
                        case 3 -> text.completion(new CompletionParams(doc(big), p));
                        case 4 -> text.diagnostic(new DocumentDiagnosticParams(doc(big)));
                        case 5 -> text.codeAction(new CodeActionParams(doc(big), new Range(p, p), new CodeActionContext(List.of())));
                        case 6 -> text.documentHighlight(new DocumentHighlightParams(doc(big), p));
                        default -> s.server.getWorkspaceService().symbol(new org.eclipse.lsp4j.WorkspaceSymbolParams("a"));
                    });
                    // Edits among the requests: each makes the pending analysis stale.
                    if (i % 50 == 49) didChange(s, big, ++version, replace(pos(0, 0), pos(0, 0), "-- edit\n"));
                }
                for (CompletableFuture<?> f : storm) f.cancel(true);
            }
            String edited = "-- edit\n".repeat(13) + pagila;
            LineIndex editedLines = new LineIndex(edited);
            int customer = edited.indexOf("CREATE TABLE public.customer (") + "CREATE TABLE public.cu".length();
            long start = System.nanoTime();
            Hover h = get(s.server.getTextDocumentService().hover(new HoverParams(doc(big), pos(editedLines.line(customer), editedLines.column(customer)))));
            long recoveredMillis = (System.nanoTime() - start) / 1_000_000;
            Position at = pos(editedLines.line(customer), editedLines.column(customer));
            assertNotNull(h, "hover at " + at + " on '" + edited.substring(editedLines.lineStart(at.getLine()), editedLines.lineEnd(at.getLine()))
                    + "'; the server has '" + s.impl().documents.get(big).lines().text().substring(s.impl().documents.get(big).lines().lineStart(at.getLine()), s.impl().documents.get(big).lines().lineEnd(at.getLine())) + "'\n" + s.serverLog());
            assertTrue(h.getContents().getRight().getValue().contains("customer"), h.getContents().getRight().getValue());
            System.out.println("cancellation storm: " + storm.size() + " requests cancelled; the next request answered correctly after " + recoveredMillis
                    + " ms (an edit and a hover without a storm: " + quietMillis + " ms)");
            assertTrue(recoveredMillis < 10_000, "recovered after " + recoveredMillis + " ms");
            // The analysis of the big document caught up with the edits too.
            assertHealthy(s, big, edited, "customer");
            assertTrue(!s.serverLog().contains("Exception"), s.serverLog());
        }
    }
}
