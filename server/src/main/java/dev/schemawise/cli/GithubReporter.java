package dev.schemawise.cli;

import dev.schemawise.rules.Finding;
import dev.schemawise.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;

/** GitHub Actions workflow commands: one ::error/::warning/::notice annotation per finding. */
final class GithubReporter implements Reporter {

    @Override
    public void write(Workspace workspace, List<Finding> findings, Summary summary, PrintWriter out) {
        for (Finding f : findings) {
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                default -> "notice";
            };
            out.println("::" + command + " file=" + property(f.file())
                    + ",line=" + (f.range().startLine() + 1) + ",col=" + (f.range().startColumn() + 1)
                    + ",endLine=" + (f.range().endLine() + 1) + ",endColumn=" + (f.range().endColumn() + 1)
                    + ",title=" + property("schemawise " + f.rule()) + "::" + data(f.message()));
        }
    }

    /** Escaping of the toolkit's issueCommand: message data. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of property values, which also may not contain ':' or ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
