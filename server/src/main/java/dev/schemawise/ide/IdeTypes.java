package dev.schemawise.ide;

import dev.schemawise.rules.Finding;
import dev.schemawise.rules.TextEdit;
import dev.schemawise.text.Span;
import java.util.List;
import java.util.Map;

/** The plain values editor features return; the language server converts them to LSP at the edge. */
public final class IdeTypes {
    private IdeTypes() {}

    public record Location(String file, Span range) {}

    public record HoverResult(String markdown, Span range) {}

    public enum SymbolKind { TABLE, VIEW, COLUMN, INDEX, CONSTRAINT, ENUM, ENUM_MEMBER, TYPE, SEQUENCE, CONFIG }

    public record DocumentSymbol(String name, String detail, SymbolKind kind, Span range, Span selection, List<DocumentSymbol> children) {}

    public record WorkspaceSymbol(String name, String container, SymbolKind kind, Location location) {}

    public record Highlight(Span range, boolean declaration) {}

    /** Edits by file, or an error message saying why the rename is refused. */
    public record RenameResult(Map<String, List<TextEdit>> edits, String error) {}

    public record Fold(int startLine, int endLine, boolean comment) {}

    /**
     * A code action. {@code edits} may be null for a lazily resolved action (fix all), which {@code resolve}
     * fills in.
     */
    public record Action(String title, String kind, List<TextEdit> edits, Finding finding, boolean preferred) {}

    public enum CompletionKind { KEYWORD, TYPE, TABLE, COLUMN, ATTRIBUTE, VALUE, ENUM, FUNCTION, SNIPPET }

    public record Completion(String label, CompletionKind kind, String detail, String insertText, boolean snippet, String sortText,
                             String documentation) {}

    /**
     * What completion offers; {@code incomplete} when it offers only the best of more (the editor asks again as the
     * user types).
     */
    public record CompletionResult(List<Completion> items, boolean incomplete) {}
}
