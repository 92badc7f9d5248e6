package dev.schemawise.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.schemawise.ide.IdeTypes;
import dev.schemawise.ide.SchemaLanguageService;
import dev.schemawise.workspace.FileReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/** workspace/* requests and notifications: symbols, commands, settings, watched files, workspace diagnostics. */
final class SchemawiseWorkspaceService implements WorkspaceService {
    private final SchemawiseLanguageServer server;

    SchemawiseWorkspaceService(SchemawiseLanguageServer server) {
        this.server = server;
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(WorkspaceSymbolParams params) {
        String query = params.getQuery() == null ? "" : params.getQuery();
        return server.guard("workspace/symbol", server.project.settled().thenApplyAsync(snapshot -> {
            List<WorkspaceSymbol> out = new ArrayList<>();
            for (IdeTypes.WorkspaceSymbol s : SchemaLanguageService.workspaceSymbols(snapshot, query)) {
                Location location = new Location(server.uri(s.location().file()),
                        server.positions.range(SchemawiseLanguageServer.lines(snapshot, s.location().file()), s.location().range()));
                WorkspaceSymbol w = new WorkspaceSymbol(s.name(), SchemawiseTextDocumentService.kind(s.kind()), Either.forLeft(location));
                if (s.container() != null) w.setContainerName(s.container());
                out.add(w);
            }
            return Either.forRight(out);
        }, server.requests));
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        if (SchemawiseLanguageServer.GENERATE_DOC_COMMAND.equals(params.getCommand())) {
            String from = argument(params.getArguments());
            return server.guard("executeCommand", server.project.settled().thenApplyAsync(
                    snapshot -> (Object) dev.schemawise.ide.ArchitectureDocs.generate(snapshot, from == null ? null : server.workspacePath(from), server.project.root()),
                    server.requests));
        }
        if (!SchemawiseLanguageServer.FIX_ALL_COMMAND.equals(params.getCommand())) {
            return SchemawiseLanguageServer.invalidParams("unknown command " + params.getCommand() + "; schemawise knows "
                    + SchemawiseLanguageServer.FIX_ALL_COMMAND + " and " + SchemawiseLanguageServer.GENERATE_DOC_COMMAND);
        }
        String uri = argument(params.getArguments());
        if (uri == null) {
            return SchemawiseLanguageServer.invalidParams(SchemawiseLanguageServer.FIX_ALL_COMMAND + " takes the document URI as its argument");
        }
        SchemawiseTextDocumentService text = (SchemawiseTextDocumentService) server.getTextDocumentService();
        return server.guard("executeCommand", text.snapshot(uri).thenApplyAsync(snapshot -> {
            var edits = SchemaLanguageService.fixAll(snapshot, server.workspacePath(uri));
            if (edits.isEmpty()) return (Object) null;
            ApplyWorkspaceEditParams apply = new ApplyWorkspaceEditParams(text.edit(snapshot, edits), "Fix all safe problems (schemawise)");
            server.toClient(() -> server.client.applyEdit(apply));
            return null;
        }, server.requests));
    }

    private static String argument(List<Object> arguments) {
        if (arguments == null || arguments.isEmpty()) return null;
        Object a = arguments.get(0);
        if (a instanceof JsonPrimitive p && p.isString()) return p.getAsString();
        if (a instanceof JsonElement e && e.isJsonObject() && e.getAsJsonObject().has("uri")) return e.getAsJsonObject().get("uri").getAsString();
        if (a instanceof String s) return s;
        return null;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        server.settings(params.getSettings());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        List<Path> files = new ArrayList<>();
        for (FileEvent e : params.getChanges()) files.add(server.path(e.getUri()));
        if (!files.isEmpty()) server.project.filesChanged(files);
    }

    @Override
    public CompletableFuture<WorkspaceDiagnosticReport> diagnostic(WorkspaceDiagnosticParams params) {
        return server.guard("workspace/diagnostic", server.project.settled().thenApplyAsync(snapshot -> {
            List<WorkspaceDocumentDiagnosticReport> items = new ArrayList<>();
            for (FileReport f : snapshot.workspace().files()) {
                String uri = server.uri(f.path());
                List<Diagnostic> diagnostics = server.diagnostics(snapshot, f.path());
                // migration_lock.toml and the like are listed only when something is wrong in them
                if (f.kind() == FileReport.Kind.AUXILIARY && diagnostics.isEmpty()) continue;
                Integer version = snapshot.versions().get(f.path());
                WorkspaceFullDocumentDiagnosticReport r = new WorkspaceFullDocumentDiagnosticReport(diagnostics, uri, version);
                r.setResultId(Integer.toHexString(diagnostics.hashCode()));
                items.add(new WorkspaceDocumentDiagnosticReport(r));
            }
            for (Map.Entry<Path, String> e : snapshot.configErrors().entrySet()) {
                items.add(new WorkspaceDocumentDiagnosticReport(new WorkspaceFullDocumentDiagnosticReport(
                        List.of(server.configDiagnostic(e.getValue())), e.getKey().toUri().toString(), null)));
            }
            return new WorkspaceDiagnosticReport(items);
        }, server.requests));
    }
}
