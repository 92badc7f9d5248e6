package dev.schemawise.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.schemawise.rules.Finding;
import dev.schemawise.rules.Rule;
import dev.schemawise.rules.RuleInfo;
import dev.schemawise.rules.Rules;
import dev.schemawise.rules.Severity;
import dev.schemawise.workspace.Workspace;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0: one run, every rule's metadata in tool.driver.rules, 1-based UTF-16 regions relative to %SRCROOT%. */
final class SarifReporter implements Reporter {
    private final String version;
    private final java.nio.file.Path workingDirectory;

    SarifReporter(String version, java.nio.file.Path workingDirectory) {
        this.version = version;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(Workspace workspace, List<Finding> findings, Summary summary, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.addProperty("version", "2.1.0");
        JsonObject run = new JsonObject();
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "schemawise");
        driver.addProperty("semanticVersion", version);
        driver.addProperty("version", version);
        driver.addProperty("informationUri", "https://github.com/schemawise/schemawise");
        JsonArray rules = new JsonArray();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            ruleIndex.put(info.id(), rules.size());
            JsonObject r = new JsonObject();
            r.addProperty("id", info.id());
            r.addProperty("name", camel(info.id()));
            r.add("shortDescription", text(info.summary()));
            r.add("fullDescription", text(info.explanation().strip()));
            r.addProperty("helpUri", info.docUrl());
            r.add("help", text(info.summary() + " See " + info.docUrl()));
            JsonObject configuration = new JsonObject();
            configuration.addProperty("level", level(info.defaultSeverity()));
            r.add("defaultConfiguration", configuration);
            JsonObject properties = new JsonObject();
            JsonArray tags = new JsonArray();
            tags.add(info.category());
            properties.add("tags", tags);
            r.add("properties", properties);
            rules.add(r);
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        run.add("tool", tool);
        JsonObject srcRoot = new JsonObject();
        JsonObject base = new JsonObject();
        base.addProperty("uri", workingDirectory.toUri().toString());
        srcRoot.add("%SRCROOT%", base);
        run.add("originalUriBaseIds", srcRoot);
        JsonArray results = new JsonArray();
        for (Finding f : findings) {
            JsonObject result = new JsonObject();
            result.addProperty("ruleId", f.rule());
            Integer index = ruleIndex.get(f.rule());
            if (index != null) result.addProperty("ruleIndex", index);
            result.addProperty("level", level(f.severity()));
            result.add("message", text(f.message()));
            JsonObject region = new JsonObject();
            region.addProperty("startLine", f.range().startLine() + 1);
            region.addProperty("startColumn", f.range().startColumn() + 1);
            region.addProperty("endLine", f.range().endLine() + 1);
            region.addProperty("endColumn", f.range().endColumn() + 1);
            JsonObject artifact = new JsonObject();
            artifact.addProperty("uri", uri(f.file()));
            if (!f.file().startsWith("/")) artifact.addProperty("uriBaseId", "%SRCROOT%");
            JsonObject physical = new JsonObject();
            physical.add("artifactLocation", artifact);
            physical.add("region", region);
            JsonObject location = new JsonObject();
            location.add("physicalLocation", physical);
            JsonArray locations = new JsonArray();
            locations.add(location);
            result.add("locations", locations);
            results.add(result);
        }
        run.add("results", results);
        run.addProperty("columnKind", "utf16CodeUnits");
        JsonArray runs = new JsonArray();
        runs.add(run);
        root.add("runs", runs);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }

    /** A relative path as a URI reference (percent-encoding what URIs do not allow); absolute paths as file URIs. */
    static String uri(String path) {
        if (path.startsWith("/")) return java.nio.file.Path.of(path).toUri().toString();
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
