package dev.schemawise.cli;

import dev.schemawise.doc.ArchitectureDoc;
import dev.schemawise.doc.Environment;
import dev.schemawise.doc.KeptSections;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "doc",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Writes the \"Database Architecture\" document (Markdown) from the schema: engine, key tables, relationships, "
                + "indexes, multi-tenancy, migration conventions, the general rules ticked from the findings, and a Mermaid diagram.",
                "Hand-written parts survive regeneration: the ## Changelog section, and blocks between "
                        + "<!-- schemawise:keep NAME --> and <!-- /schemawise:keep -->."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written (or, with --check, up to date)", "1:--check: the document is out of date", "2:usage, configuration or I/O error"})
final class DocCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SchemaOptions schemaOptions = new SchemaOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the document to FILE (atomically) instead of printing it; "
            + "the hand-written parts of an existing FILE are kept.")
    Path output;

    @Option(names = "--check", paramLabel = "FILE", description = "Do not write: exit 1 when FILE differs from what doc would write.")
    Path check;

    @Option(names = "--key-tables", paramLabel = "N", defaultValue = "10", description = "How many tables the Key Tables section and the diagram show (default: ${DEFAULT-VALUE}).")
    int keyTables;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && check != null) {
            err.println("schemawise: use either -o or --check");
            return Main.ERROR;
        }
        if (keyTables < 1) {
            err.println("schemawise: --key-tables must be at least 1");
            return Main.ERROR;
        }
        Loader.Loaded loaded = schemaOptions.load(err);
        if (loaded == null) return Main.ERROR;
        Workspace workspace = loaded.workspace();
        SchemaUnit primary = schemaOptions.unit(loaded, err);
        if (primary == null) return Main.ERROR;
        Analyzer.Result result = loaded.analyzeOnly(ArchitectureDoc.rulesCounted());
        List<Environment.Detected> detected = Environment.detect(dev.schemawise.ide.MarkerFiles.read(loaded.roots(), loaded.cwd()));
        String generated = ArchitectureDoc.generate(new ArchitectureDoc.Input(primary, workspace.units(), result.findings(), detected,
                loaded.rootConfig().multiTenancy(), keyTables));
        Path target = check != null ? loaded.cwd().resolve(check) : output != null ? loaded.cwd().resolve(output) : null;
        String previous = null;
        if (target != null && Files.exists(target)) {
            try {
                previous = Files.readString(target, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                err.println("schemawise: cannot read " + target + ": " + e.getMessage());
                return Main.ERROR;
            }
        }
        String document = KeptSections.merge(generated, previous);
        if (check != null) {
            if (previous == null) {
                err.println("schemawise: " + check + " does not exist; write it with: schemawise doc " + schemaOptions.pathsForMessage() + " -o " + check);
                return Main.FINDINGS;
            }
            if (previous.replace("\r\n", "\n").equals(document)) {
                err.println(check + " is up to date");
                return Main.OK;
            }
            err.println("schemawise: " + check + " is out of date (first difference at line " + (dev.schemawise.text.LineIndex.firstDifferentLine(previous, document) + 1)
                    + "); regenerate it with: schemawise doc " + schemaOptions.pathsForMessage() + " -o " + check);
            return Main.FINDINGS;
        }
        if (output != null) {
            try {
                AtomicFiles.write(target, document);
            } catch (IOException e) {
                err.println("schemawise: cannot write " + target + ": " + e.getMessage());
                return Main.ERROR;
            }
            err.println("wrote " + output);
            return Main.OK;
        }
        out.print(document);
        out.flush();
        return loaded.fatal() ? Main.ERROR : Main.OK;
    }
}
