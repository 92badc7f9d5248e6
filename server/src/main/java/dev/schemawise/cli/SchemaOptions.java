package dev.schemawise.cli;

import dev.schemawise.doc.ArchitectureDoc;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of the commands that describe one schema of a workspace (doc, erd): what to read and which schema. */
final class SchemaOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to read (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "PATH", description = "The schema to describe when there are several (a schema file, "
            + "or a migrations folder, as `check` lists them; default: a Prisma schema, else the SQL schema, else the migrations, with the most tables).")
    String schema;

    @Option(names = "--dialect", paramLabel = "DIALECT", description = "SQL dialect: postgresql, mysql or sqlite (default: from the configuration, else inferred).")
    String dialect;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: the nearest .schemawise.json).")
    Path config;

    /** The workspace, or null when it cannot be read (the reason is printed). */
    Loader.Loaded load(PrintWriter err) {
        try {
            return Loader.load(paths, dialect, config, err);
        } catch (Loader.Failed e) {
            return null;
        }
    }

    /** The schema --schema names, or the one a reader most likely means; null (with the reason printed) when --schema names none. */
    SchemaUnit unit(Loader.Loaded loaded, PrintWriter err) {
        Workspace workspace = loaded.workspace();
        if (schema == null) return ArchitectureDoc.pick(workspace.units());
        String wanted = schema.replace('\\', '/').replaceAll("/+$", "");
        Path cwd = loaded.cwd();
        for (SchemaUnit u : workspace.units()) {
            if (u.id().equals(wanted) || u.files().contains(wanted) || cwd.resolve(u.id()).normalize().equals(cwd.resolve(wanted).normalize())) return u;
        }
        err.println("schemawise: no schema " + schema + " here; the schemas are: " + String.join(", ", workspace.units().stream().map(SchemaUnit::id).toList()));
        return null;
    }

    String pathsForMessage() {
        return String.join(" ", paths.stream().map(Path::toString).toList());
    }
}
