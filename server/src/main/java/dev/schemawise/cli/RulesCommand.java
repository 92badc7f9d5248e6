package dev.schemawise.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.schemawise.rules.Rule;
import dev.schemawise.rules.RuleInfo;
import dev.schemawise.rules.Rules;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Lists every rule: id, default severity, whether it has fixes, and what it checks.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            JsonArray rules = new JsonArray();
            for (Rule r : Rules.all()) {
                RuleInfo i = r.info();
                JsonObject o = new JsonObject();
                o.addProperty("id", i.id());
                o.addProperty("category", i.category());
                o.addProperty("severity", i.defaultSeverity().id());
                o.addProperty("enabledByDefault", i.enabledByDefault());
                o.addProperty("fixes", i.fixes().name().toLowerCase());
                o.addProperty("appliesTo", i.targetNames());
                o.addProperty("summary", i.summary());
                o.addProperty("docs", i.docUrl());
                rules.add(o);
            }
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(rules));
            return Main.OK;
        }
        if (!format.equals("text")) {
            spec.commandLine().getErr().println("schemawise: unknown format '" + format + "' (valid: text, json)");
            return Main.ERROR;
        }
        int width = Rules.all().stream().mapToInt(r -> r.info().id().length()).max().orElse(10);
        out.println(pad("RULE", width) + "  SEVERITY  FIX      SUMMARY");
        for (Rule r : Rules.all()) {
            RuleInfo i = r.info();
            String severity = i.enabledByDefault() ? i.defaultSeverity().id() : "off";
            String fixes = switch (i.fixes()) {
                case SAFE -> "safe";
                case CHOICES -> "choices";
                default -> "-";
            };
            out.println(pad(i.id(), width) + "  " + pad(severity, 8) + "  " + pad(fixes, 7) + "  " + i.summary());
        }
        out.println();
        out.println("'schemawise explain <rule>' shows a rule's explanation, examples and options.");
        return Main.OK;
    }

    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
