package dev.schemawise.ide;

import dev.schemawise.config.Config;
import dev.schemawise.doc.ArchitectureDoc;
import dev.schemawise.doc.Environment;
import dev.schemawise.doc.KeptSections;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.SchemaUnit;
import java.nio.file.Path;
import java.util.List;

/** The architecture document for the editor's {@code schemawise.generateDoc} command. */
public final class ArchitectureDocs {
    private ArchitectureDocs() {}

    /**
     * @param path the workspace path of the document the command was run from (its schema is described), or null
     * @param root the workspace folder, where the project's files (package.json, go.mod...) are looked for
     * @return the Markdown document, or null when the workspace has no schema
     */
    public static String generate(Snapshot snapshot, String path, Path root) {
        List<SchemaUnit> units = snapshot.workspace().units();
        FileReport file = path == null ? null : snapshot.workspace().file(path);
        SchemaUnit unit = file != null && file.unitId() != null ? snapshot.workspace().unit(file.unitId()) : null;
        if (unit == null) unit = ArchitectureDoc.pick(units);
        if (unit == null) return null;
        Config config = snapshot.configs().apply(unit.files().isEmpty() ? unit.id() : unit.files().get(0));
        List<Environment.Detected> detected = root == null ? List.of() : Environment.detect(MarkerFiles.read(List.of(root), root));
        String generated = ArchitectureDoc.generate(new ArchitectureDoc.Input(unit, units, snapshot.findings(), detected,
                config == null ? null : config.multiTenancy(), 10));
        return KeptSections.merge(generated, null);
    }
}
