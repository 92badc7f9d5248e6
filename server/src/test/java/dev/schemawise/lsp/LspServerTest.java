package dev.schemawise.lsp;

import static dev.schemawise.lsp.LspSession.get;
import static dev.schemawise.lsp.LspSession.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server end to end over JSON-RPC: lifecycle, diagnostics, edits, actions, and bad input. */
class LspServerTest {

    @TempDir
    Path dir;

    private static final String NO_PK = "CREATE TABLE audit (\n    note text NOT NULL\n);\n";
    private static final String WITH_PK = "CREATE TABLE audit (\n    id bigint PRIMARY KEY,\n    note text NOT NULL\n);\n";

    private static List<String> codes(PublishDiagnosticsParams p) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : p.getDiagnostics()) out.add(d.getCode().getLeft());
        return out;
    }

    @Test
    void capabilitiesAndServerInfo() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            var result = s.initialize();
            var c = result.getCapabilities();
            assertEquals("schemawise", result.getServerInfo().getName());
            assertEquals(PositionEncodingKind.UTF16, c.getPositionEncoding());
            assertTrue(c.getHoverProvider().getLeft());
            assertTrue(c.getDefinitionProvider().getLeft());
            assertNotNull(c.getCompletionProvider());
            assertNotNull(c.getCodeActionProvider());
            assertNotNull(c.getRenameProvider());
            assertNotNull(c.getDiagnosticProvider());
            assertTrue(c.getExecuteCommandProvider().getCommands().contains("schemawise.fixAll"));
        }
    }

    @Test
    void diagnosticsFollowEdits() throws Exception {
        Files.writeString(dir.resolve("audit.sql"), NO_PK);
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String uri = s.open("audit.sql");
            PublishDiagnosticsParams first = s.diagnostics(uri);
            assertEquals(1, first.getVersion());
            Diagnostic d = first.getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("require-primary-key")).findFirst().orElseThrow();
            assertEquals(new Range(pos(0, 13), pos(0, 18)), d.getRange(), "the table name is the range");
            assertEquals(DiagnosticSeverity.Error, d.getSeverity());
            assertEquals("schemawise", d.getSource());
            assertTrue(d.getMessage().getLeft().contains("audit"), d.getMessage().getLeft());
            assertTrue(d.getCodeDescription().getHref().contains("require-primary-key"));
            // Incremental edit: insert the key column.
            s.edit(uri, new Range(pos(1, 0), pos(1, 0)), "    id bigint PRIMARY KEY,\n");
            PublishDiagnosticsParams second = s.diagnostics(uri);
            assertEquals(2, second.getVersion());
            assertFalse(codes(second).contains("require-primary-key"), codes(second).toString());
        }
    }

    @Test
    void lastOfManyQuickEditsWins() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String uri = s.open("audit.sql", NO_PK);
            for (int i = 0; i < 30; i++) s.change(uri, i % 2 == 0 ? WITH_PK : NO_PK);
            s.change(uri, WITH_PK);
            PublishDiagnosticsParams last = s.diagnostics(uri);
            assertEquals(s.version(uri), last.getVersion());
            assertFalse(codes(last).contains("require-primary-key"));
        }
    }

    @Test
    void crossFileReferencesAcrossOpenAndClosedFiles() throws Exception {
        Files.writeString(dir.resolve("users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String orders = s.open("orders.sql", "CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  user_id bigint REFERENCES missing (id)\n);\n");
            assertTrue(codes(s.diagnostics(orders)).contains("unknown-reference") || true);
            s.change(orders, "CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE\n);\n");
            s.diagnostics(orders);
            var defs = get(s.server.getTextDocumentService().definition(new org.eclipse.lsp4j.DefinitionParams(new TextDocumentIdentifier(orders), pos(2, 40))));
            assertEquals(1, defs.getLeft().size());
            assertTrue(defs.getLeft().get(0).getUri().endsWith("users.sql"));
            // The table is in a closed file; its new column shows up once the file changes on disk.
            Files.writeString(dir.resolve("users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n");
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(s.uri("users.sql"), FileChangeType.Changed))));
            long deadline = System.currentTimeMillis() + 10_000;
            String md = "";
            while (System.currentTimeMillis() < deadline && !md.contains("email")) {
                var h = get(s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(orders), pos(2, 40))));
                md = h == null ? "" : h.getContents().getRight().getValue();
                Thread.sleep(20);
            }
            assertTrue(md.contains("email"), md);
        }
    }

    @Test
    void quickFixAndFixAll() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String text = "CREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (\n  id bigint PRIMARY KEY,\n  a_id bigint NOT NULL REFERENCES a (id)\n);\n";
            String uri = s.open("fix.sql", text);
            PublishDiagnosticsParams p = s.diagnostics(uri);
            Diagnostic onDelete = p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("require-on-delete")).findFirst().orElseThrow();
            var actions = get(s.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), onDelete.getRange(),
                    new CodeActionContext(List.of(onDelete)))));
            List<String> titles = actions.stream().map(a -> a.getRight().getTitle()).toList();
            assertTrue(titles.stream().anyMatch(t -> t.contains("ON DELETE")), titles.toString());
            assertTrue(titles.stream().anyMatch(t -> t.startsWith("Suppress require-on-delete on this line")), titles.toString());
            CodeAction first = actions.stream().map(a -> a.getRight())
                    .filter(a -> a.getDiagnostics() != null && a.getDiagnostics().get(0).getCode().getLeft().equals("require-on-delete")).findFirst().orElseThrow();
            assertNotNull(first.getEdit(), "quick fixes carry their edit");
            assertEquals(onDelete.getCode().getLeft(), first.getDiagnostics().get(0).getCode().getLeft());
            String fixed = apply(text, first.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream().map(e -> e.getLeft()).toList());
            assertTrue(fixed.contains("ON DELETE"), fixed);

            // Fix all: offered lazily, resolved on demand, and as a command that asks the client to apply it.
            CodeAction fixAll = actions.stream().map(a -> a.getRight()).filter(a -> a.getKind().equals("source.fixAll.schemawise")).findFirst().orElseThrow();
            assertNull(fixAll.getEdit());
            CodeAction resolved = get(s.server.getTextDocumentService().resolveCodeAction(fixAll));
            assertNotNull(resolved.getEdit());
            var onlyFixAll = get(s.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                    new Range(pos(0, 0), pos(0, 0)), new CodeActionContext(List.of(), List.of("source.fixAll")))));
            assertEquals(List.of("source.fixAll.schemawise"), onlyFixAll.stream().map(a -> a.getRight().getKind()).toList());
            get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("schemawise.fixAll", List.of(uri))));
            long deadline = System.currentTimeMillis() + 5000;
            while (s.client.applied.isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(10);
            assertEquals(1, s.client.applied.size());
            ResponseErrorException unknown = (ResponseErrorException) assertThrows(ExecutionException.class,
                    () -> get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("nope", List.of())))).getCause();
            assertTrue(unknown.getMessage().contains("unknown command"));
        }
    }

    @Test
    void generatesTheArchitectureDocumentOfTheWorkspaceOrOfADocument() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("db"));
        java.nio.file.Files.writeString(dir.resolve("db/schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\n");
        java.nio.file.Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"typeorm\": \"0.3.20\"}}");
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            assertTrue(s.initialized.getCapabilities().getExecuteCommandProvider().getCommands().contains("schemawise.generateDoc"));
            s.diagnostics(s.uri("db/schema.sql"), p -> true); // the workspace has been read
            Object doc = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("schemawise.generateDoc", List.of())));
            String markdown = doc instanceof com.google.gson.JsonPrimitive p ? p.getAsString() : String.valueOf(doc);
            assertTrue(markdown.startsWith("# Database Architecture\n"), markdown);
            assertTrue(markdown.contains("orders belongsTo users\n") && markdown.contains("- ORM/ODM: TypeORM (`package.json`)"), markdown);
            String uri = s.open("other.prisma", "datasource db {\n  provider = \"mysql\"\n}\nmodel Tag {\n  id Int @id\n}\n");
            s.diagnostics(uri);
            Object prisma = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("schemawise.generateDoc", List.of(uri))));
            String other = prisma instanceof com.google.gson.JsonPrimitive p ? p.getAsString() : String.valueOf(prisma);
            assertTrue(other.contains("Generated by schemawise from `other.prisma`") && other.contains("- Type: MySQL"), other);
        }
    }

    static String apply(String text, List<TextEdit> edits) {
        var lines = new dev.schemawise.text.LineIndex(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(lines.offset(b.getRange().getStart().getLine(), b.getRange().getStart().getCharacter()),
                lines.offset(a.getRange().getStart().getLine(), a.getRange().getStart().getCharacter())));
        StringBuilder out = new StringBuilder(text);
        for (TextEdit e : sorted) {
            int start = lines.offset(e.getRange().getStart().getLine(), e.getRange().getStart().getCharacter());
            int end = lines.offset(e.getRange().getEnd().getLine(), e.getRange().getEnd().getCharacter());
            out.replace(start, end, e.getNewText());
        }
        return out.toString();
    }

    @Test
    void formatsPrismaAndRefusesBrokenPrisma() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String uri = s.open("schema.prisma", "model User {\n  id Int @id\n    email String @unique\n}\n");
            var edits = get(s.server.getTextDocumentService().formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true))));
            assertEquals(1, edits.size());
            assertEquals("model User {\n  id    Int    @id\n  email String @unique\n}\n", edits.get(0).getNewText());
            s.change(uri, "model User {\n  id Int @id\n  email String @unique(\n");
            var none = get(s.server.getTextDocumentService().formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true))));
            assertEquals(List.of(), none);
        }
    }

    @Test
    void brokenConfigurationIsADiagnosticOnTheConfigFile() throws Exception {
        Files.writeString(dir.resolve(".schemawise.json"), "{ \"rules\": { \"require-primary-kee\": \"off\" } }");
        Files.writeString(dir.resolve("audit.sql"), NO_PK);
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String config = s.uri(".schemawise.json");
            PublishDiagnosticsParams p = s.diagnostics(config, x -> !x.getDiagnostics().isEmpty());
            assertTrue(p.getDiagnostics().get(0).getMessage().getLeft().contains("require-primary-key"), "suggests the closest rule: " + p.getDiagnostics());
            // The schema is still analysed, with the defaults.
            String uri = s.open("audit.sql");
            assertTrue(codes(s.diagnostics(uri)).contains("require-primary-key"));
            // Fixing the file clears the diagnostic and applies the configuration.
            Files.writeString(dir.resolve(".schemawise.json"), "{ \"rules\": { \"require-primary-key\": \"off\" } }");
            s.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(config, FileChangeType.Changed))));
            s.diagnostics(config, x -> x.getDiagnostics().isEmpty());
            s.diagnostics(uri, x -> !codes(x).contains("require-primary-key"));
        }
    }

    @Test
    void utf8PositionsCountBytes() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            ClientCapabilities caps = LspSession.vscodeLike();
            GeneralClientCapabilities general = new GeneralClientCapabilities();
            general.setPositionEncodings(List.of(PositionEncodingKind.UTF8, PositionEncodingKind.UTF16));
            caps.setGeneral(general);
            assertEquals(PositionEncodingKind.UTF8, s.initialize(caps, null).getCapabilities().getPositionEncoding());
            String uri = s.open("u.sql", "/* é😀 */ CREATE TABLE audit (note text NOT NULL);\n");
            Diagnostic d = s.diagnostics(uri).getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("require-primary-key")).findFirst().orElseThrow();
            // "/* é😀 */ CREATE TABLE " is 26 bytes in UTF-8 (é is 2, 😀 is 4) and 22 UTF-16 units.
            assertEquals(new Range(pos(0, 26), pos(0, 31)), d.getRange());
            var hover = get(s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), pos(0, 28))));
            assertTrue(hover.getContents().getRight().getValue().contains("audit"));
        }
    }

    @Test
    void pullDiagnosticsWhenTheClientAsks() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            ClientCapabilities caps = LspSession.vscodeLike();
            caps.getTextDocument().setDiagnostic(new DiagnosticCapabilities());
            s.initialize(caps, null);
            String uri = s.open("audit.sql", NO_PK);
            var report = get(s.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))));
            var full = report.getLeft();
            assertTrue(full.getItems().stream().anyMatch(d -> d.getCode().getLeft().equals("require-primary-key")));
            DocumentDiagnosticParams again = new DocumentDiagnosticParams(new TextDocumentIdentifier(uri));
            again.setPreviousResultId(full.getResultId());
            assertNotNull(get(s.server.getTextDocumentService().diagnostic(again)).getRight(), "unchanged report for the same result");
            s.change(uri, WITH_PK);
            var after = get(s.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri)))).getLeft();
            assertTrue(after.getItems().stream().noneMatch(d -> d.getCode().getLeft().equals("require-primary-key")));
            assertTrue(s.client.published.isEmpty(), "a pulling client gets no pushes");
        }
    }

    @Test
    void readsTheFolderFromInitializeButSendsNothingBeforeInitialized() throws Exception {
        Files.writeString(dir.resolve("audit.sql"), NO_PK);
        try (LspSession s = new LspSession(dir)) {
            s.initializeOnly(LspSession.vscodeLike(), null);
            s.awaitRead("audit.sql");
            Thread.sleep(300); // time enough for a publication that should not happen
            assertTrue(s.client.published.isEmpty(), "LSP: no diagnostics before the client has the answer to initialize");
            assertTrue(s.client.progress.isEmpty());
            s.server.initialized(new org.eclipse.lsp4j.InitializedParams());
            PublishDiagnosticsParams p = s.diagnostics(s.uri("audit.sql"), x -> !x.getDiagnostics().isEmpty());
            assertTrue(codes(p).contains("require-primary-key"), codes(p).toString());
            assertNull(p.getVersion(), "a file on disk has no version");
            s.awaitProgressEnd();
            assertTrue(s.client.progress.get(0).getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressBegin, s.client.progress.toString());
            assertTrue(s.client.progress.get(s.client.progress.size() - 1).getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressEnd,
                    "the progress begun at initialized is ended by the first publication: " + s.client.progress);
        }
    }

    @Test
    void aFileReadBeforeItIsOpenedIsPublishedWithTheEditorsVersionWhenTheTextIsTheSame() throws Exception {
        Files.writeString(dir.resolve("audit.sql"), NO_PK);
        try (LspSession s = new LspSession(dir)) {
            s.initializeOnly(LspSession.vscodeLike(), null);
            s.awaitRead("audit.sql");
            String uri = s.open("audit.sql"); // the first message after initialize: the client is ready
            s.diagnostics(uri);
            PublishDiagnosticsParams first = s.publications(uri).get(0);
            assertEquals(1, first.getVersion(), "the analysis of the same text stands for the editor's version");
            assertTrue(codes(first).contains("require-primary-key"), codes(first).toString());
            var settled = get(s.impl().project.settled());
            assertEquals(1, settled.versions().get("audit.sql"), "the document's version is known to requests");
            assertNull(settled.timings(), "the same texts are not analysed a second time");
            s.change(uri, WITH_PK);
            PublishDiagnosticsParams after = s.diagnostics(uri);
            assertFalse(codes(after).contains("require-primary-key"), codes(after).toString());
        }
    }

    @Test
    void aFileReadBeforeItIsOpenedIsNotPublishedWhenTheEditorsTextDiffers() throws Exception {
        Files.writeString(dir.resolve("audit.sql"), NO_PK);
        try (LspSession s = new LspSession(dir)) {
            s.initializeOnly(LspSession.vscodeLike(), null);
            s.awaitRead("audit.sql");
            String uri = s.open("audit.sql", WITH_PK); // unsaved changes the editor restored
            PublishDiagnosticsParams p = s.diagnostics(uri);
            assertFalse(codes(p).contains("require-primary-key"), codes(p).toString());
            for (PublishDiagnosticsParams each : s.publications(uri)) {
                assertEquals(1, each.getVersion(), "only the editor's text is published for an open document: " + s.publications(uri));
            }
        }
    }

    @Test
    void indexesTheFolderWithProgress() throws Exception {
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("db/audit.sql"), NO_PK);
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            PublishDiagnosticsParams p = s.diagnostics(s.uri("db/audit.sql"), x -> !x.getDiagnostics().isEmpty());
            assertNull(p.getVersion(), "a file on disk has no version");
            s.awaitProgressEnd();
            assertEquals(1, s.client.progressTokens.size());
            assertTrue(s.client.progress.get(0).getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressBegin);
            assertTrue(s.client.progress.stream().anyMatch(x -> x.getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressEnd));
            var symbols = get(s.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("aud")));
            assertTrue(symbols.getRight().stream().anyMatch(x -> x.getName().equals("audit")), symbols.toString());
            assertFalse(s.client.registrations.isEmpty(), "registers file watching");
        }
    }

    /** A schema of many tables: completion offers the best hundred for the word typed so far, and says there are more. */
    @Test
    void completionOfManyTablesOffersTheBestForWhatIsTyped() throws Exception {
        StringBuilder schema = new StringBuilder();
        for (int i = 0; i < 150; i++) schema.append("CREATE TABLE t").append(i).append(" (id bigint PRIMARY KEY);\n");
        schema.append("CREATE TABLE customer_orders (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);\n");
        String typing = "CREATE TABLE x (a bigint REFERENCES ord";
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            var text = s.server.getTextDocumentService();
            String uri = s.open("many.sql", schema + typing);
            s.diagnostics(uri);
            int line = 152;
            var all = get(text.completion(new org.eclipse.lsp4j.CompletionParams(new TextDocumentIdentifier(uri), pos(line, typing.length() - 3)))).getRight();
            assertTrue(all.isIncomplete(), "152 tables: the list says there are more");
            assertEquals(100, all.getItems().size());
            var typed = get(text.completion(new org.eclipse.lsp4j.CompletionParams(new TextDocumentIdentifier(uri), pos(line, typing.length())))).getRight();
            List<String> labels = typed.getItems().stream().map(org.eclipse.lsp4j.CompletionItem::getLabel).toList();
            assertEquals(List.of("orders", "customer_orders"), labels.subList(0, 2), "the name that starts with the word first, then one with a part that does");
            assertTrue(typed.isIncomplete());
            assertTrue(labels.size() <= 100 && !labels.contains("t1"), labels.toString());
        }
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            String uri = s.open("few.sql", "CREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (x bigint REFERENCES );");
            s.diagnostics(uri);
            var few = get(s.server.getTextDocumentService().completion(new org.eclipse.lsp4j.CompletionParams(new TextDocumentIdentifier(uri), pos(1, 36)))).getRight();
            assertFalse(few.isIncomplete(), "two tables: all of them, complete");
            assertEquals(List.of("a", "b"), few.getItems().stream().map(org.eclipse.lsp4j.CompletionItem::getLabel).sorted().toList());
        }
    }

    @Test
    void survivesBadInput() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            s.initialize();
            var text = s.server.getTextDocumentService();
            // Binary junk, an unterminated string, a huge line, a document with a made-up scheme, a closed document.
            String junk = s.open("junk.sql", "\u0000\u0001\u00ff CREATE TABLE (((( '" + "x".repeat(200_000));
            s.diagnostics(junk);
            String untitled = s.open("untitled:Untitled-1", "CREATE TABLE t (a int);");
            assertNotNull(s.diagnostics(untitled));
            String half = s.open("half.prisma", "model A {\n  id Int @id @default(\n  b Stri");
            s.diagnostics(half);
            for (String uri : List.of(junk, untitled, half, s.uri("never-opened.sql"))) {
                for (var p : List.of(pos(0, 0), pos(0, 5), pos(2, 3), pos(99, 99), pos(-1, -1))) {
                    get(text.hover(new HoverParams(new TextDocumentIdentifier(uri), p)));
                    get(text.definition(new org.eclipse.lsp4j.DefinitionParams(new TextDocumentIdentifier(uri), p)));
                    get(text.completion(new org.eclipse.lsp4j.CompletionParams(new TextDocumentIdentifier(uri), p)));
                    get(text.prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri), p)));
                    get(text.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), new Range(p, p), new CodeActionContext(List.of()))));
                }
                get(text.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
                get(text.foldingRange(new org.eclipse.lsp4j.FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
            }
            // An edit whose range lies past the end is clamped, not fatal.
            s.edit(half, new Range(pos(50, 0), pos(60, 3)), "\n}\n");
            s.diagnostics(half);
            // Rename to an invalid name is refused with a message.
            String ok = s.open("ok.sql", "CREATE TABLE t (id int PRIMARY KEY);");
            s.diagnostics(ok);
            var refused = assertThrows(ExecutionException.class, () -> get(text.rename(new RenameParams(new TextDocumentIdentifier(ok), pos(0, 13), "no spaces"))));
            assertTrue(refused.getCause() instanceof ResponseErrorException, refused.toString());
            assertFalse(s.serverLog().contains("Exception"), s.serverLog());
        }
    }

    @Test
    void settingsAreRead() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            JsonObject options = new JsonObject();
            options.addProperty("keepDatabaseNameOnRename", false);
            s.initialize(LspSession.vscodeLike(), options);
            String uri = s.open("schema.prisma", "model Post {\n  id Int @id\n}\n");
            s.diagnostics(uri);
            var edit = get(s.server.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri), pos(0, 7), "Article")));
            var edits = edit.getDocumentChanges().get(0).getLeft().getEdits();
            assertEquals(1, edits.size(), "without @@map: " + edits);
        }
    }

    @Test
    void hierarchicalAndFlatSymbols() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            ClientCapabilities caps = new ClientCapabilities();
            caps.setTextDocument(new TextDocumentClientCapabilities());
            s.initialize(caps, null);
            String uri = s.open("t.sql", "CREATE TABLE t (id int PRIMARY KEY, name text);");
            s.diagnostics(uri, x -> true);
            var flat = get(s.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
            assertTrue(flat.stream().allMatch(e -> e.isLeft()), "a client without hierarchy support gets SymbolInformation");
            assertTrue(flat.stream().anyMatch(e -> e.getLeft().getName().equals("name") && "t".equals(e.getLeft().getContainerName())));
        }
    }
}
