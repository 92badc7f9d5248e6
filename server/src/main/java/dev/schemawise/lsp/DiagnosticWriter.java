package dev.schemawise.lsp;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;

/**
 * Writes each diagnostic as one piece of JSON text instead of through Gson's reflection: a large dump has thousands
 * of findings, all sent again after every edit, and reflective serialisation was most of the publishing time. Fields
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
                if (d == null || d.getRelatedInformation() != null || d.getData() != null || d.getRange() == null || d.getMessage() == null) {
                    standard.write(out, d);
                    return;
                }
                // The whole object as one piece of text: thousands of diagnostics go out after every edit of a large dump.
                boolean html = out.isHtmlSafe();
                // Sized for the message, as most of the text is: no regrowth while thousands of these are written.
                String text = d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
                StringBuilder json = new StringBuilder(160 + (text == null ? 0 : text.length()));
                json.append("{\"range\":{\"start\":");
                position(json, d.getRange().getStart());
                json.append(",\"end\":");
                position(json, d.getRange().getEnd());
                json.append('}');
                if (d.getSeverity() != null) json.append(",\"severity\":").append(d.getSeverity().getValue());
                if (d.getCode() != null) {
                    json.append(",\"code\":");
                    if (d.getCode().isLeft()) string(json, d.getCode().getLeft(), html);
                    else json.append(d.getCode().getRight().intValue());
                }
                if (d.getCodeDescription() != null) {
                    json.append(",\"codeDescription\":{\"href\":");
                    string(json, d.getCodeDescription().getHref(), html);
                    json.append('}');
                }
                if (d.getSource() != null) string(json.append(",\"source\":"), d.getSource(), html);
                json.append(",\"message\":");
                if (d.getMessage().isLeft()) {
                    string(json, d.getMessage().getLeft(), html);
                } else {
                    // MarkupContent, as Gson writes it: its fields in declaration order, nulls left out.
                    org.eclipse.lsp4j.MarkupContent markup = d.getMessage().getRight();
                    json.append('{');
                    if (markup.getKind() != null) string(json.append("\"kind\":"), markup.getKind(), html);
                    if (markup.getValue() != null) string(json.append(markup.getKind() != null ? "," : "").append("\"value\":"), markup.getValue(), html);
                    json.append('}');
                }
                if (d.getTags() != null) {
                    json.append(",\"tags\":[");
                    for (int i = 0; i < d.getTags().size(); i++) json.append(i == 0 ? "" : ",").append(d.getTags().get(i).getValue());
                    json.append(']');
                }
                out.jsonValue(json.append('}').toString());
            }

            @Override
            public Diagnostic read(JsonReader in) throws IOException {
                return standard.read(in);
            }
        };
    }

    private static void position(StringBuilder json, Position p) {
        json.append("{\"line\":").append(p.getLine()).append(",\"character\":").append(p.getCharacter()).append('}');
    }

    /** The ASCII characters Gson escapes, without and with HTML safety. */
    private static final boolean[] ESCAPED = new boolean[128];
    private static final boolean[] ESCAPED_HTML = new boolean[128];

    static {
        for (char c = 0; c < 0x20; c++) ESCAPED[c] = ESCAPED_HTML[c] = true;
        ESCAPED['"'] = ESCAPED_HTML['"'] = true;
        ESCAPED['\\'] = ESCAPED_HTML['\\'] = true;
        for (char c : "<>&='".toCharArray()) ESCAPED_HTML[c] = true;
    }

    /**
     * A JSON string as Gson writes it: quotes, backslashes, control characters, U+2028 and U+2029 escaped, and when
     * the writer is HTML-safe (LSP4J's is) also {@code < > & = '}.
     */
    static void string(StringBuilder json, String s, boolean htmlSafe) {
        // The same messages, rule ids and links go out after every edit: each is escaped once.
        java.util.concurrent.ConcurrentHashMap<String, String> known = htmlSafe ? ESCAPED_HTML_SAFE : ESCAPED_PLAIN;
        String escaped = known.get(s);
        if (escaped == null) {
            StringBuilder b = new StringBuilder(s.length() + 8);
            escape(b, s, htmlSafe);
            escaped = b.toString();
            if (known.size() > KNOWN_LIMIT) known.clear();
            known.put(s, escaped);
        }
        json.append(escaped);
    }

    /** How many escaped strings are kept (a large dump's messages), before all are forgotten at once. */
    private static final int KNOWN_LIMIT = 20_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> ESCAPED_HTML_SAFE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> ESCAPED_PLAIN = new java.util.concurrent.ConcurrentHashMap<>();

    private static void escape(StringBuilder json, String s, boolean htmlSafe) {
        json.append('"');
        boolean[] table = htmlSafe ? ESCAPED_HTML : ESCAPED;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? !table[c] : c != '\u2028' && c != '\u2029') continue;
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\f' -> "\\f";
                default -> String.format("\\u%04x", (int) c);
            };
            json.append(s, from, i).append(escaped);
            from = i + 1;
        }
        json.append(s, from, s.length()).append('"');
    }
}
