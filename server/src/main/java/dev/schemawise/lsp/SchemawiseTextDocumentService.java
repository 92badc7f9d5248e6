package dev.schemawise.lsp;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.schemawise.ide.IdeTypes;
import dev.schemawise.ide.SchemaLanguageService;
import dev.schemawise.ide.Snapshot;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FullDocumentDiagnosticReport;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * textDocument/* requests: each converts LSP positions to offsets, asks {@link SchemaLanguageService} on the
 * snapshot that includes the document's current version, and converts the answer back. Requests run on the
 * server's request pool; a failure is logged and answered with an error, never thrown at the connection.
 */
final class SchemawiseTextDocumentService implements TextDocumentService {
    static final String FIX_ALL_KIND = "source.fixAll.schemawise";

    private final SchemawiseLanguageServer server;

    SchemawiseTextDocumentService(SchemawiseLanguageServer server) {
        this.server = server;
    }

    // ------------------------------------------------------------------ synchronisation

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        if (SchemawiseLanguageServer.TIMINGS) server.log("didOpen at " + SchemawiseLanguageServer.uptime() + " ms");
        if (!item.getUri().startsWith("file:") && item.getLanguageId() != null) server.languages.put(item.getUri(), item.getLanguageId());
        Documents.Document d = server.documents.open(item.getUri(), item.getText(), item.getVersion());
        Path path = server.path(item.getUri());
        server.workspacePath(item.getUri());
        if (server.project.isSchemaFile(path)) server.project.open(path, d.text(), d.version());
        // After the document is known: a snapshot read from disk before it is then published with its version, or not
        // at all when the editor's text differs. A client that never sends initialized still gets diagnostics.
        server.clientReady();
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        Integer version = params.getTextDocument().getVersion();
        Documents.Document d = server.documents.change(uri, version == null ? 0 : version, params.getContentChanges(), server.positions);
        if (d == null) return;
        Path path = server.path(uri);
        if (server.project.isSchemaFile(path)) server.project.change(path, d.text(), d.version());
        server.clientReady();
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        server.documents.close(uri);
        Path path = server.path(uri);
        if (server.project.isSchemaFile(path)) server.project.close(path);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // A saved configuration file changes the analysis of every schema file under it. Clients that watch files
        // also send didChangeWatchedFiles; reading once more is cheap.
        Path path = server.path(params.getTextDocument().getUri());
        if (path.getFileName() != null && path.getFileName().toString().equals(dev.schemawise.config.Config.FILE_NAME)) {
            server.project.filesChanged(List.of(path));
        }
    }

    // ------------------------------------------------------------------ plumbing

    /** A document's position in a snapshot: workspace path, UTF-16 offset, and the snapshot's line index. */
    record At(Snapshot snapshot, String file, LineIndex lines, int offset) {}

    /** The snapshot that includes the document's latest change (or the settled one for a closed file). */
    CompletableFuture<Snapshot> snapshot(String uri) {
        Documents.Document d = server.documents.get(uri);
        Path path = server.path(uri);
        if (d == null || !server.project.isSchemaFile(path)) return server.project.settled();
        return server.project.snapshotFor(path);
    }

    <T> CompletableFuture<T> withSnapshot(String what, String uri, Function<Snapshot, T> body) {
        return server.guard(what, snapshot(uri).thenApplyAsync(body, server.requests));
    }

    <T> CompletableFuture<T> at(String what, String uri, Position position, Function<At, T> body) {
        return withSnapshot(what, uri, snapshot -> {
            String file = server.workspacePath(uri);
            LineIndex lines = SchemawiseLanguageServer.lines(snapshot, file);
            return body.apply(new At(snapshot, file, lines, server.positions.offset(lines, position)));
        });
    }

    Range range(LineIndex lines, Span span) {
        return server.positions.range(lines, span);
    }

    Location location(Snapshot snapshot, IdeTypes.Location l) {
        return new Location(server.uri(l.file()), range(SchemawiseLanguageServer.lines(snapshot, l.file()), l.range()));
    }

    // ------------------------------------------------------------------ reading

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return at("hover", params.getTextDocument().getUri(), params.getPosition(), at -> {
            IdeTypes.HoverResult h = SchemaLanguageService.hover(at.snapshot(), at.file(), at.offset());
            if (h == null) return null;
            Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, h.markdown()));
            if (h.range() != null) hover.setRange(range(at.lines(), h.range()));
            return hover;
        });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return at("definition", params.getTextDocument().getUri(), params.getPosition(), at -> {
            List<Location> out = new ArrayList<>();
            for (IdeTypes.Location l : SchemaLanguageService.definition(at.snapshot(), at.file(), at.offset())) out.add(location(at.snapshot(), l));
            return Either.forLeft(out);
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean declaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return at("references", params.getTextDocument().getUri(), params.getPosition(), at -> {
            List<Location> out = new ArrayList<>();
            for (IdeTypes.Location l : SchemaLanguageService.references(at.snapshot(), at.file(), at.offset(), declaration)) {
                out.add(location(at.snapshot(), l));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return at("documentHighlight", params.getTextDocument().getUri(), params.getPosition(), at -> {
            List<DocumentHighlight> out = new ArrayList<>();
            for (IdeTypes.Highlight h : SchemaLanguageService.highlights(at.snapshot(), at.file(), at.offset())) {
                out.add(new DocumentHighlight(range(at.lines(), h.range()), h.declaration() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        String uri = params.getTextDocument().getUri();
        return withSnapshot("documentSymbol", uri, snapshot -> {
            String file = server.workspacePath(uri);
            LineIndex lines = SchemawiseLanguageServer.lines(snapshot, file);
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            for (IdeTypes.DocumentSymbol s : SchemaLanguageService.documentSymbols(snapshot, file)) {
                if (server.hierarchicalSymbols) out.add(Either.forRight(symbol(lines, s)));
                else flatten(uri, lines, s, null, out);
            }
            return out;
        });
    }

    private DocumentSymbol symbol(LineIndex lines, IdeTypes.DocumentSymbol s) {
        List<DocumentSymbol> children = new ArrayList<>();
        for (IdeTypes.DocumentSymbol c : s.children()) children.add(symbol(lines, c));
        DocumentSymbol d = new DocumentSymbol(s.name(), kind(s.kind()), range(lines, s.range()), range(lines, s.selection()), s.detail());
        d.setChildren(children);
        return d;
    }

    @SuppressWarnings("deprecation")
    private void flatten(String uri, LineIndex lines, IdeTypes.DocumentSymbol s, String container, List<Either<SymbolInformation, DocumentSymbol>> out) {
        out.add(Either.forLeft(new SymbolInformation(s.name(), kind(s.kind()), new Location(uri, range(lines, s.selection())), container)));
        for (IdeTypes.DocumentSymbol c : s.children()) flatten(uri, lines, c, s.name(), out);
    }

    static SymbolKind kind(IdeTypes.SymbolKind k) {
        return switch (k) {
            case TABLE -> SymbolKind.Struct;
            case VIEW -> SymbolKind.Interface;
            case COLUMN -> SymbolKind.Field;
            case INDEX -> SymbolKind.Key;
            case CONSTRAINT -> SymbolKind.Property;
            case ENUM -> SymbolKind.Enum;
            case ENUM_MEMBER -> SymbolKind.EnumMember;
            case TYPE -> SymbolKind.TypeParameter;
            case SEQUENCE -> SymbolKind.Number;
            case CONFIG -> SymbolKind.Module;
        };
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        String uri = params.getTextDocument().getUri();
        return withSnapshot("foldingRange", uri, snapshot -> {
            List<FoldingRange> out = new ArrayList<>();
            for (IdeTypes.Fold f : SchemaLanguageService.folding(snapshot, server.workspacePath(uri))) {
                FoldingRange r = new FoldingRange(f.startLine(), f.endLine());
                if (f.comment()) r.setKind(FoldingRangeKind.Comment);
                out.add(r);
            }
            return out;
        });
    }

    // ------------------------------------------------------------------ completion

    /**
     * Completion answers from the editor's text and the latest snapshot without waiting for the analysis of the
     * last keystroke: the names it offers rarely change between two keys, and typing must not wait.
     */
    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String uri = params.getTextDocument().getUri();
        return server.guard("completion", CompletableFuture.supplyAsync(() -> {
            Documents.Document d = server.documents.get(uri);
            if (d == null) return Either.forRight(new CompletionList(false, List.of()));
            LineIndex lines = d.lines();
            int offset = server.positions.offset(lines, params.getPosition());
            IdeTypes.CompletionResult result = SchemaLanguageService.completion(server.project.snapshot(), server.workspacePath(uri), d.text(), offset);
            List<CompletionItem> items = new ArrayList<>(result.items().size());
            for (IdeTypes.Completion c : result.items()) items.add(item(c));
            return Either.forRight(new CompletionList(result.incomplete(), items));
        }, server.requests));
    }

    private CompletionItem item(IdeTypes.Completion c) {
        CompletionItem item = new CompletionItem(c.label());
        item.setKind(switch (c.kind()) {
            case KEYWORD -> CompletionItemKind.Keyword;
            case TYPE -> CompletionItemKind.TypeParameter;
            case TABLE -> CompletionItemKind.Struct;
            case COLUMN -> CompletionItemKind.Field;
            case ATTRIBUTE -> CompletionItemKind.Property;
            case VALUE -> CompletionItemKind.Value;
            case ENUM -> CompletionItemKind.Enum;
            case FUNCTION -> CompletionItemKind.Function;
            case SNIPPET -> CompletionItemKind.Snippet;
        });
        if (c.detail() != null) item.setDetail(c.detail());
        if (c.documentation() != null) item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, c.documentation()));
        if (c.sortText() != null) item.setSortText(c.sortText());
        if (c.insertText() != null) {
            if (c.snippet() && server.snippets) {
                item.setInsertText(c.insertText());
                item.setInsertTextFormat(InsertTextFormat.Snippet);
            } else {
                item.setInsertText(c.snippet() ? plain(c.insertText()) : c.insertText());
                item.setInsertTextFormat(InsertTextFormat.PlainText);
            }
        }
        return item;
    }

    /** A snippet as plain text: placeholders keep their default text, tab stops vanish, escapes resolve. */
    static String plain(String snippet) {
        return snippet.replaceAll("\\$\\{\\d+:([^}]*)}", "$1").replaceAll("\\$\\{\\d+}", "").replaceAll("\\$\\d+", "")
                .replace("\\$", "$").replace("\\}", "}");
    }

    // ------------------------------------------------------------------ code actions

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        if (params.getRange() == null || params.getRange().getStart() == null || params.getRange().getEnd() == null) {
            return SchemawiseLanguageServer.invalidParams("textDocument/codeAction needs a range");
        }
        return at("codeAction", uri, params.getRange().getStart(), at -> {
            int end = server.positions.offset(at.lines(), params.getRange().getEnd());
            Span span = at.lines().span(Math.min(at.offset(), end), Math.max(at.offset(), end));
            boolean onlyFixAll = only != null && !only.isEmpty() && only.stream().noneMatch(k -> matches(k, "quickfix"));
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            for (IdeTypes.Action a : SchemaLanguageService.codeActions(at.snapshot(), at.file(), span, onlyFixAll)) {
                String kind = a.kind().equals("quickfix") ? org.eclipse.lsp4j.CodeActionKind.QuickFix : a.kind();
                if (only != null && !only.isEmpty() && only.stream().noneMatch(k -> matches(k, kind))) continue;
                CodeAction action = new CodeAction(a.title());
                action.setKind(kind);
                if (a.finding() != null) action.setDiagnostics(List.of(server.diagnostic(at.lines(), a.finding())));
                if (a.preferred()) action.setIsPreferred(true);
                if (a.edits() != null) {
                    action.setEdit(edit(at.snapshot(), a.edits()));
                } else if (server.resolveCodeActions) {
                    JsonObject data = new JsonObject();
                    data.add("uri", new JsonPrimitive(uri));
                    action.setData(data);
                } else {
                    action.setEdit(edit(at.snapshot(), SchemaLanguageService.fixAll(at.snapshot(), at.file())));
                }
                out.add(Either.forRight(action));
            }
            return out;
        });
    }

    /** Whether an action of {@code kind} is asked for by a requested kind: equal, or a sub-kind of it. */
    static boolean matches(String requested, String kind) {
        return kind.equals(requested) || kind.startsWith(requested + ".");
    }

    @Override
    public CompletableFuture<CodeAction> resolveCodeAction(CodeAction action) {
        if (action.getEdit() != null || !(action.getData() instanceof JsonObject data) || !data.has("uri")) {
            return CompletableFuture.completedFuture(action);
        }
        String uri = data.get("uri").getAsString();
        return withSnapshot("codeAction/resolve", uri, snapshot -> {
            action.setEdit(edit(snapshot, SchemaLanguageService.fixAll(snapshot, server.workspacePath(uri))));
            return action;
        });
    }

    /** Edits as a workspace edit, versioned by the snapshot so a client can refuse them against newer text. */
    WorkspaceEdit edit(Snapshot snapshot, List<dev.schemawise.rules.TextEdit> edits) {
        Map<String, List<TextEdit>> byUri = new LinkedHashMap<>();
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (dev.schemawise.rules.TextEdit e : edits) {
            String uri = server.uri(e.file());
            byUri.computeIfAbsent(uri, k -> new ArrayList<>())
                    .add(new TextEdit(range(SchemawiseLanguageServer.lines(snapshot, e.file()), e.range()), e.newText()));
            versions.put(uri, snapshot.versions().get(e.file()));
        }
        if (!server.documentChanges) return new WorkspaceEdit(byUri);
        List<Either<TextDocumentEdit, org.eclipse.lsp4j.ResourceOperation>> changes = new ArrayList<>();
        for (Map.Entry<String, List<TextEdit>> e : byUri.entrySet()) {
            List<Either<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>> plain = new ArrayList<>();
            for (TextEdit t : e.getValue()) plain.add(Either.forLeft(t));
            changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(e.getKey(), versions.get(e.getKey())), plain)));
        }
        return new WorkspaceEdit(changes);
    }

    // ------------------------------------------------------------------ rename and formatting

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(PrepareRenameParams params) {
        return at("prepareRename", params.getTextDocument().getUri(), params.getPosition(), at -> {
            Span span = SchemaLanguageService.prepareRename(at.snapshot(), at.file(), at.offset());
            if (span == null) return null;
            String placeholder = at.lines().text().substring(span.start(), span.end());
            if (placeholder.length() >= 2 && (placeholder.charAt(0) == '"' || placeholder.charAt(0) == '`')) {
                placeholder = placeholder.substring(1, placeholder.length() - 1);
            }
            return Either3.forSecond(new PrepareRenameResult(range(at.lines(), span), placeholder));
        });
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return at("rename", params.getTextDocument().getUri(), params.getPosition(), at -> {
            IdeTypes.RenameResult r = SchemaLanguageService.rename(at.snapshot(), at.file(), at.offset(), params.getNewName(),
                    server.keepDatabaseNameOnRename);
            if (r.error() != null) throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, r.error(), null));
            List<dev.schemawise.rules.TextEdit> all = new ArrayList<>();
            r.edits().values().forEach(all::addAll);
            return edit(at.snapshot(), all);
        });
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        String uri = params.getTextDocument().getUri();
        return server.guard("formatting", CompletableFuture.supplyAsync(() -> {
            Documents.Document d = server.documents.get(uri);
            if (d == null || !server.path(uri).toString().endsWith(".prisma")) return List.<TextEdit>of();
            String formatted = SchemaLanguageService.formatPrisma(d.text());
            if (formatted == null) {
                server.showWarning("schemawise: the schema has syntax errors; fix them to format " + server.path(uri).getFileName());
                return List.<TextEdit>of();
            }
            if (formatted.equals(d.text())) return List.<TextEdit>of();
            LineIndex lines = d.lines();
            return List.of(new TextEdit(range(lines, lines.span(0, d.text().length())), formatted));
        }, server.requests));
    }

    // ------------------------------------------------------------------ pull diagnostics

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        String uri = params.getTextDocument().getUri();
        String previous = params.getPreviousResultId();
        return withSnapshot("diagnostic", uri, snapshot -> {
            List<Diagnostic> diagnostics = diagnostics(snapshot, uri);
            String resultId = Integer.toHexString(diagnostics.hashCode());
            if (resultId.equals(previous)) return new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(resultId));
            RelatedFullDocumentDiagnosticReport full = new RelatedFullDocumentDiagnosticReport(diagnostics);
            full.setResultId(resultId);
            return new DocumentDiagnosticReport(full);
        });
    }

    /** The diagnostics of one document: its findings, or for a configuration file the problem with it. */
    List<Diagnostic> diagnostics(Snapshot snapshot, String uri) {
        Path path = server.path(uri).toAbsolutePath().normalize();
        String error = snapshot.configErrors().get(path);
        if (error != null) return List.of(server.configDiagnostic(error));
        String file = server.workspacePath(uri);
        FileReport report = snapshot.workspace().file(file);
        if (report == null) return List.of();
        return server.diagnostics(snapshot, file);
    }

    static FullDocumentDiagnosticReport full(List<Diagnostic> diagnostics, String resultId) {
        FullDocumentDiagnosticReport r = new FullDocumentDiagnosticReport(diagnostics);
        r.setResultId(resultId);
        return r;
    }
}
