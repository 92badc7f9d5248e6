package dev.schemawise.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.schemawise.rules.Finding;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;

/**
 * The JSON contract (version 1, documented in docs/output-formats.md): findings with 0-based LSP positions and
 * '/'-separated paths relative to the working directory, and a summary of what was read and found.
 */
final class JsonReporter implements Reporter {

    @Override
    public void write(Workspace workspace, List<Finding> findings, Summary summary, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        JsonArray array = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.addProperty("file", f.file());
            o.addProperty("rule", f.rule());
            o.addProperty("severity", f.severity().id());
            o.addProperty("message", f.message());
            o.add("range", range(f.range()));
            array.add(o);
        }
        root.add("findings", array);
        JsonObject s = new JsonObject();
        s.addProperty("files", summary.files());
        s.addProperty("tables", summary.tables());
        s.addProperty("columns", summary.columns());
        s.addProperty("foreignKeys", summary.foreignKeys());
        s.addProperty("indexes", summary.indexes());
        s.addProperty("errors", summary.errors());
        s.addProperty("warnings", summary.warnings());
        s.addProperty("infos", summary.infos());
        root.add("summary", s);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    static JsonObject range(Span span) {
        JsonObject r = new JsonObject();
        r.add("start", position(span.startLine(), span.startColumn()));
        r.add("end", position(span.endLine(), span.endColumn()));
        return r;
    }

    private static JsonObject position(int line, int character) {
        JsonObject p = new JsonObject();
        p.addProperty("line", line);
        p.addProperty("character", character);
        return p;
    }
}
