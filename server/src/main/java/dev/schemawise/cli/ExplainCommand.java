package dev.schemawise.cli;

import dev.schemawise.rules.Rule;
import dev.schemawise.rules.Rules;
import dev.schemawise.text.ClosestName;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Explains a rule: why it matters, a bad and a good example, its options and fixes.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as listed by 'schemawise rules'.")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Rule rule = Rules.byId(id);
        if (rule == null) {
            String closest = ClosestName.of(id, Rules.all().stream().map(r -> r.info().id()).toList());
            spec.commandLine().getErr().println("schemawise: unknown rule '" + id + "'" + (closest != null ? "; did you mean '" + closest + "'?" : "")
                    + " (run 'schemawise rules' for the list)");
            return Main.ERROR;
        }
        out.print(dev.schemawise.rules.RuleDocs.text(rule.info()));
        return Main.OK;
    }

}
