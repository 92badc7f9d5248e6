package dev.schemawise.cli;

import dev.schemawise.rules.Finding;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, which CI systems (GitLab, Jenkins, Azure Pipelines, ...) show as test results: one test suite per
 * checked file, one failed test case per finding (named after the rule and the position), and one passing test
 * case for a file without findings.
 */
final class JunitReporter implements Reporter {

    @Override
    public void write(Workspace workspace, List<Finding> findings, Summary summary, PrintWriter out) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (FileReport f : workspace.files()) {
            if (f.kind() != FileReport.Kind.AUXILIARY) byFile.put(f.path(), new ArrayList<>());
        }
        for (Finding f : findings) byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        int tests = 0;
        for (List<Finding> l : byFile.values()) tests += Math.max(1, l.size());
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"schemawise\" tests=\"" + tests + "\" failures=\"" + findings.size() + "\">");
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            List<Finding> list = e.getValue();
            out.println("  <testsuite name=\"" + attr(e.getKey()) + "\" tests=\"" + Math.max(1, list.size()) + "\" failures=\"" + list.size() + "\">");
            if (list.isEmpty()) out.println("    <testcase classname=\"" + attr(e.getKey()) + "\" name=\"schemawise\"/>");
            for (Finding f : list) {
                String position = (f.range().startLine() + 1) + ":" + (f.range().startColumn() + 1);
                out.println("    <testcase classname=\"" + attr(e.getKey()) + "\" name=\"" + attr(f.rule() + " at " + position) + "\" file=\""
                        + attr(f.file()) + "\" line=\"" + (f.range().startLine() + 1) + "\">");
                out.println("      <failure message=\"" + attr(f.message()) + "\" type=\"" + attr(f.rule()) + "\">"
                        + text(f.file() + ":" + position + ": " + f.severity().name().toLowerCase(java.util.Locale.ROOT) + " [" + f.rule() + "] "
                                + f.message()) + "</failure>");
                out.println("    </testcase>");
            }
            out.println("  </testsuite>");
        }
        out.println("</testsuites>");
    }

    /** Text content: &amp;, &lt;, &gt; escaped, and characters XML 1.0 cannot carry dropped. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Attribute values: text escaping plus quotes, and line breaks kept as character references. */
    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }
}
