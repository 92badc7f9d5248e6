package dev.schemawise.ide;

import dev.schemawise.ide.IdeTypes.Action;
import dev.schemawise.ide.IdeTypes.DocumentSymbol;
import dev.schemawise.ide.IdeTypes.Fold;
import dev.schemawise.ide.IdeTypes.Highlight;
import dev.schemawise.ide.IdeTypes.HoverResult;
import dev.schemawise.ide.IdeTypes.Location;
import dev.schemawise.ide.IdeTypes.RenameResult;
import dev.schemawise.ide.IdeTypes.WorkspaceSymbol;
import dev.schemawise.rules.TextEdit;
import dev.schemawise.text.Span;
import java.util.List;

/**
 * The editor features, as plain functions of a {@link Snapshot} and a position (a UTF-16 offset into the file).
 * The language server calls this facade and converts the results to LSP; tests call it directly.
 */
public final class SchemaLanguageService {
    private SchemaLanguageService() {}

    public static HoverResult hover(Snapshot snapshot, String file, int offset) {
        return Hovers.hover(snapshot, file, offset);
    }

    public static List<Location> definition(Snapshot snapshot, String file, int offset) {
        return Navigation.definition(snapshot, file, offset);
    }

    public static List<Location> references(Snapshot snapshot, String file, int offset, boolean includeDeclaration) {
        return Navigation.references(snapshot, file, offset, includeDeclaration);
    }

    public static List<Highlight> highlights(Snapshot snapshot, String file, int offset) {
        return Navigation.highlights(snapshot, file, offset);
    }

    public static Span prepareRename(Snapshot snapshot, String file, int offset) {
        return Navigation.prepareRename(snapshot, file, offset);
    }

    public static RenameResult rename(Snapshot snapshot, String file, int offset, String newName, boolean keepDatabaseName) {
        return Navigation.rename(snapshot, file, offset, newName, keepDatabaseName);
    }

    public static List<DocumentSymbol> documentSymbols(Snapshot snapshot, String file) {
        return Navigation.documentSymbols(snapshot, file);
    }

    public static List<WorkspaceSymbol> workspaceSymbols(Snapshot snapshot, String query) {
        return Navigation.workspaceSymbols(snapshot, query, 500);
    }

    public static List<Fold> folding(Snapshot snapshot, String file) {
        return Navigation.folding(snapshot, file);
    }

    public static List<Action> codeActions(Snapshot snapshot, String file, Span range, boolean onlyFixAll) {
        return CodeActions.actions(snapshot, file, range, onlyFixAll);
    }

    public static List<TextEdit> fixAll(Snapshot snapshot, String file) {
        return CodeActions.fixAll(snapshot, file);
    }

    public static IdeTypes.CompletionResult completion(Snapshot snapshot, String file, String text, int offset) {
        return Completions.complete(snapshot, file, text, offset);
    }

    /** The formatted text of a Prisma schema, or null when the file cannot be formatted (syntax errors, not Prisma). */
    public static String formatPrisma(String text) {
        return PrismaFormatter.format(text);
    }
}
