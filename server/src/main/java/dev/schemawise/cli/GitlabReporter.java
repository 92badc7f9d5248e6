package dev.schemawise.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.schemawise.rules.Finding;
import dev.schemawise.text.LineIndex;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * GitLab Code Quality report (a JSON array, for {@code artifacts: reports: codequality}). The fingerprint hashes the
 * file, the rule, the message and the text of the finding's line, not its line number, so a finding keeps its
 * identity when lines are added above it and GitLab shows it as unchanged in a merge request.
 */
final class GitlabReporter implements Reporter {

    @Override
    public void write(Workspace workspace, List<Finding> findings, Summary summary, PrintWriter out) {
        Map<String, LineIndex> files = new HashMap<>();
        for (FileReport f : workspace.files()) files.put(f.path(), f.lines());
        Map<String, Integer> seen = new HashMap<>();
        JsonArray issues = new JsonArray();
        for (Finding f : findings) {
            JsonObject issue = new JsonObject();
            issue.addProperty("description", f.message());
            issue.addProperty("check_name", f.rule());
            String identity = f.file() + "\0" + f.rule() + "\0" + f.message() + "\0" + line(files.get(f.file()), f.range().startLine());
            // the same finding twice on identical lines: number the repeats so fingerprints stay unique
            int repeat = seen.merge(identity, 1, Integer::sum);
            issue.addProperty("fingerprint", sha256(repeat == 1 ? identity : identity + "\0" + repeat));
            issue.addProperty("severity", switch (f.severity()) {
                case ERROR -> "critical";
                case WARNING -> "major";
                default -> "info";
            });
            issue.addProperty("type", "issue");
            JsonObject location = new JsonObject();
            location.addProperty("path", f.file());
            JsonObject lines = new JsonObject();
            lines.addProperty("begin", f.range().startLine() + 1);
            lines.addProperty("end", f.range().endLine() + 1);
            location.add("lines", lines);
            issue.add("location", location);
            issues.add(issue);
        }
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(issues));
    }

    /** The text of a line, trimmed ("" for a file the workspace does not hold). */
    private static String line(LineIndex lines, int line) {
        if (lines == null || line >= lines.lineCount()) return "";
        return lines.text().substring(lines.lineStart(line), lines.lineEnd(line)).strip();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
