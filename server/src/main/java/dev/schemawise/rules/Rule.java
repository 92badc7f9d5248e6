package dev.schemawise.rules;

import dev.schemawise.workspace.Workspace;
import java.util.function.Consumer;

/** A check over the analysed workspace. Rules report findings; they never do I/O and never build protocol objects. */
public interface Rule {
    RuleInfo info();

    void check(Workspace workspace, Consumer<Finding> report);
}
