package dev.schemawise.lsp;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Position;

/**
 * Writes diagnostics to JSON field by field instead of through Gson's reflection: a large dump has thousands of
 * findings, all sent again after every edit, and reflective serialisation was most of the publishing time. Fields
 * this server never sets (related information, data) go through Gson's own adapters; reading (a client's code
 * action context) is left to them too.
 */
final class DiagnosticWriter implements TypeAdapterFactory {

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() != Diagnostic.class) return null;
        TypeAdapter<Diagnostic> standard = (TypeAdapter<Diagnostic>) gson.getDelegateAdapter(this, type);
        return (TypeAdapter<T>) new TypeAdapter<Diagnostic>() {
            @Override
            public void write(JsonWriter out, Diagnostic d) throws IOException {
                if (d == null || d.getRelatedInformation() != null || d.getData() != null || d.getRange() == null) {
                    standard.write(out, d);
                    return;
                }
                out.beginObject();
                out.name("range").beginObject();
                position(out.name("start"), d.getRange().getStart());
                position(out.name("end"), d.getRange().getEnd());
                out.endObject();
                if (d.getSeverity() != null) out.name("severity").value(d.getSeverity().getValue());
                if (d.getCode() != null) {
                    out.name("code");
                    if (d.getCode().isLeft()) out.value(d.getCode().getLeft());
                    else out.value(d.getCode().getRight());
                }
                if (d.getCodeDescription() != null) out.name("codeDescription").beginObject().name("href").value(d.getCodeDescription().getHref()).endObject();
                if (d.getSource() != null) out.name("source").value(d.getSource());
                out.name("message");
                if (d.getMessage().isLeft()) out.value(d.getMessage().getLeft());
                else gson.toJson(d.getMessage().getRight(), org.eclipse.lsp4j.MarkupContent.class, out);
                if (d.getTags() != null) {
                    out.name("tags").beginArray();
                    for (DiagnosticTag tag : d.getTags()) out.value(tag.getValue());
                    out.endArray();
                }
                out.endObject();
            }

            @Override
            public Diagnostic read(JsonReader in) throws IOException {
                return standard.read(in);
            }
        };
    }

    private static void position(JsonWriter out, Position p) throws IOException {
        out.beginObject().name("line").value(p.getLine()).name("character").value(p.getCharacter()).endObject();
    }
}
