package dev.schemawise.cli;

import dev.schemawise.doc.Erd;
import dev.schemawise.model.Table;
import dev.schemawise.workspace.SchemaUnit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "erd",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Prints an entity-relationship diagram of the schema: Mermaid erDiagram or Graphviz dot.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:usage, configuration or I/O error (or an unknown table in --tables)"})
final class ErdCommand implements Callable<Integer> {

    enum Format { mermaid, dot }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SchemaOptions schemaOptions = new SchemaOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--tables", paramLabel = "TABLE", split = ",", description = "Only these tables (comma-separated); default: all.")
    List<String> tables = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Loader.Loaded loaded = schemaOptions.load(err);
        if (loaded == null) return Main.ERROR;
        SchemaUnit unit = schemaOptions.unit(loaded, err);
        if (unit == null) return Main.ERROR;
        List<Table> drawn = new ArrayList<>();
        if (tables.isEmpty()) {
            drawn.addAll(Erd.drawable(unit.schema()));
        } else {
            for (String name : tables) {
                Table t = unit.schema().table(name.strip());
                if (t == null) {
                    List<String> known = unit.schema().tables().stream().map(x -> x.name().name()).toList();
                    String closest = dev.schemawise.text.ClosestName.of(name.strip(), known);
                    err.println("schemawise: no table " + name.strip() + " in " + unit.id() + (closest != null ? "; did you mean " + closest + "?" : ""));
                    return Main.ERROR;
                }
                if (!drawn.contains(t)) drawn.add(t);
            }
        }
        out.print(Erd.render(unit.schema(), drawn, format == Format.dot ? Erd.Format.DOT : Erd.Format.MERMAID));
        out.flush();
        return loaded.fatal() ? Main.ERROR : Main.OK;
    }
}
