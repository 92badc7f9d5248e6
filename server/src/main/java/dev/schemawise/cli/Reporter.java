package dev.schemawise.cli;

import dev.schemawise.rules.Finding;
import dev.schemawise.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;

/** An output format of {@code schemawise check}. */
interface Reporter {
    void write(Workspace workspace, List<Finding> findings, Summary summary, PrintWriter out);
}
