package dev.schemawise.rules;

import dev.schemawise.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a workspace and returns the findings in {@link Finding#ORDER}. */
public final class Analyzer {
    private Analyzer() {}

    public static List<Finding> analyze(Workspace workspace) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : Rules.all()) rule.check(workspace, findings::add);
        findings.sort(Finding.ORDER);
        return findings;
    }
}
