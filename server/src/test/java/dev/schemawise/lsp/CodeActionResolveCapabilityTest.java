package dev.schemawise.lsp;

import static dev.schemawise.lsp.LspSession.get;
import static dev.schemawise.lsp.LspSession.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a code action's edit comes inline or from codeAction/resolve depends on what the client announces.
 * The capabilities below are those of the editors our clients are tested in: eglot 1.9 (Debian's) announces no
 * resolveSupport and never calls codeAction/resolve, so every edit must be inline; Neovim 0.7 announces
 * resolveSupport for "edit" and resolves the fix-all action when it is picked.
 */
class CodeActionResolveCapabilityTest {

    @TempDir Path dir;

    private static final String SCHEMA = "CREATE TABLE a (id bigint PRIMARY KEY);\n"
            + "CREATE TABLE b (\n  id bigint PRIMARY KEY,\n  a_id bigint NOT NULL REFERENCES a (id)\n);\n";

    /** The codeAction and workspaceEdit parts of eglot 1.9's initialize request. */
    private static ClientCapabilities eglot19() {
        return new com.google.gson.Gson().fromJson("""
                {"workspace":{"applyEdit":true,"workspaceEdit":{"documentChanges":true},"executeCommand":{"dynamicRegistration":false}},
                 "textDocument":{"codeAction":{"dynamicRegistration":false,
                   "codeActionLiteralSupport":{"codeActionKind":{"valueSet":["quickfix","refactor","refactor.extract",
                     "refactor.inline","refactor.rewrite","source","source.organizeImports"]}},
                   "isPreferredSupport":true},
                   "publishDiagnostics":{"relatedInformation":false}}}
                """, ClientCapabilities.class);
    }

    /** The codeAction and workspaceEdit parts of Neovim 0.7's initialize request. */
    private static ClientCapabilities neovim07() {
        return new com.google.gson.Gson().fromJson("""
                {"workspace":{"applyEdit":true,"workspaceEdit":{"resourceOperations":["rename","create","delete"]}},
                 "textDocument":{"codeAction":{"dynamicRegistration":false,
                   "codeActionLiteralSupport":{"codeActionKind":{"valueSet":["","quickfix","refactor","refactor.extract",
                     "refactor.inline","refactor.rewrite","source","source.organizeImports"]}},
                   "dataSupport":true,"resolveSupport":{"properties":["edit"]}},
                   "publishDiagnostics":{"relatedInformation":true}}}
                """, ClientCapabilities.class);
    }

    private static List<CodeAction> actions(LspSession s, String uri, Range range, List<String> only) throws Exception {
        return get(s.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range,
                new CodeActionContext(List.of(), only)))).stream().map(a -> a.getRight()).toList();
    }

    @Test
    void withoutResolveSupportEveryEditIsInline() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            s.initialize(eglot19(), null);
            String uri = s.open("fix.sql", SCHEMA);
            s.diagnostics(uri, d -> !d.getDiagnostics().isEmpty());
            Range fk = new Range(pos(3, 2), pos(3, 6));
            List<CodeAction> all = actions(s, uri, fk, null);
            assertFalse(all.isEmpty());
            for (CodeAction a : all) {
                assertNotNull(a.getEdit(), a.getTitle() + " needs its edit inline");
                assertNull(a.getData(), a.getTitle() + " carries no resolve data");
            }
            List<CodeAction> fixAll = actions(s, uri, new Range(pos(0, 0), pos(0, 0)), List.of("source.fixAll.schemawise"));
            assertEquals(1, fixAll.size());
            assertNotNull(fixAll.get(0).getEdit(), "the fix-all action needs its edit inline");
            assertFalse(fixAll.get(0).getEdit().getDocumentChanges().get(0).getLeft().getEdits().isEmpty());
        }
    }

    @Test
    void withResolveSupportTheFixAllEditComesFromResolve() throws Exception {
        try (LspSession s = new LspSession(dir)) {
            s.initialize(neovim07(), null);
            String uri = s.open("fix.sql", SCHEMA);
            s.diagnostics(uri, d -> !d.getDiagnostics().isEmpty());
            List<CodeAction> fixAll = actions(s, uri, new Range(pos(0, 0), pos(0, 0)), List.of("source.fixAll"));
            assertEquals(1, fixAll.size());
            assertNull(fixAll.get(0).getEdit());
            CodeAction resolved = get(s.server.getTextDocumentService().resolveCodeAction(fixAll.get(0)));
            assertNotNull(resolved.getEdit());
            // no documentChanges capability: the edit is a plain map of changes
            assertFalse(resolved.getEdit().getChanges().get(uri).isEmpty());
        }
    }
}
