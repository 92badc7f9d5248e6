package dev.schemawise.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** The hand-written diagnostic writer produces the JSON LSP4J's own adapters produce, for every shape we send. */
class DiagnosticWriterTest {

    private static Gson gson(boolean fast) {
        GsonBuilder builder = new MessageJsonHandler(java.util.Map.of()).getDefaultGsonBuilder();
        if (fast) builder.registerTypeAdapterFactory(new DiagnosticWriter());
        return builder.create();
    }

    @Test
    void writesWhatLsp4jWrites() {
        Range range = new Range(new Position(3, 4), new Position(5, 0));
        Diagnostic full = new Diagnostic(range, "column orders.user_id → users \"quoted\" \\ tab\t é 漢", DiagnosticSeverity.Warning, "schemawise", "require-fk-index");
        full.setCodeDescription(new DiagnosticCodeDescription("https://example.com/rules/require-fk-index.md"));
        full.setTags(List.of(DiagnosticTag.Unnecessary, DiagnosticTag.Deprecated));
        Diagnostic bare = new Diagnostic(range, "bare");
        Diagnostic numeric = new Diagnostic(range, "numeric code");
        numeric.setCode(Either.forRight(42));
        Diagnostic markup = new Diagnostic(range, "x");
        markup.setMessage(Either.forRight(new MarkupContent("markdown", "**bold**")));
        Diagnostic related = new Diagnostic(range, "with related information", DiagnosticSeverity.Error, "schemawise");
        related.setRelatedInformation(List.of(new DiagnosticRelatedInformation(new Location("file:///a.sql", range), "here")));
        Diagnostic data = new Diagnostic(range, "with data");
        data.setData(java.util.Map.of("fix", 1));
        for (Diagnostic d : List.of(full, bare, numeric, markup, related, data)) {
            PublishDiagnosticsParams params = new PublishDiagnosticsParams("file:///a.sql", List.of(d, d), 7);
            assertEquals(JsonParser.parseString(gson(false).toJson(params)), JsonParser.parseString(gson(true).toJson(params)), d.getMessage().toString());
        }
    }

    @Test
    void writesTheSameTextAsLsp4j() {
        StringBuilder message = new StringBuilder("all escapes: \" \\ / < > & = ' \u2028 \u2029 \u007f é → 😀 ");
        for (char c = 0; c < 0x20; c++) message.append(c);
        Diagnostic d = new Diagnostic(new Range(new Position(0, 0), new Position(12, 3)), message.toString(), DiagnosticSeverity.Error, "schemawise", "rule \"x\"");
        d.setCodeDescription(new DiagnosticCodeDescription("https://example.com/a?b=c&d=\"e\""));
        d.setTags(List.of(DiagnosticTag.Deprecated));
        Diagnostic numeric = new Diagnostic(new Range(new Position(1, 1), new Position(1, 1)), "");
        numeric.setCode(Either.forRight(-3));
        Diagnostic markup = new Diagnostic(new Range(new Position(2, 0), new Position(2, 4)), "x");
        markup.setMessage(Either.forRight(new MarkupContent("markdown", "**bold** <b> \"q\"")));
        Diagnostic markupNoKind = new Diagnostic(new Range(new Position(2, 0), new Position(2, 4)), "x");
        MarkupContent valueOnly = new MarkupContent(); // kind unset, as a client's JSON may leave it
        valueOnly.setValue("v");
        markupNoKind.setMessage(Either.forRight(valueOnly));
        PublishDiagnosticsParams params = new PublishDiagnosticsParams("file:///a.sql", List.of(d, numeric, markup, markupNoKind, d), null);
        assertEquals(gson(false).toJson(params), gson(true).toJson(params));
    }

    @Test
    void readsThroughTheStandardAdapter() {
        Diagnostic d = new Diagnostic(new Range(new Position(1, 2), new Position(1, 9)), "m", DiagnosticSeverity.Information, "schemawise", "rule");
        assertEquals(d, gson(true).fromJson(gson(false).toJson(d), Diagnostic.class));
    }
}
