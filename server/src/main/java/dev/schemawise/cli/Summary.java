package dev.schemawise.cli;

import dev.schemawise.rules.Finding;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.util.List;

/** The counts every output format reports: what was read and what was found. */
record Summary(int files, int tables, int columns, int foreignKeys, int indexes, int errors, int warnings, int infos) {

    static Summary of(Workspace workspace, List<Finding> findings) {
        int files = 0;
        for (FileReport f : workspace.files()) {
            if (f.kind() != FileReport.Kind.AUXILIARY) files++;
        }
        int tables = 0, columns = 0, fks = 0, indexes = 0;
        for (SchemaUnit u : workspace.units()) {
            tables += u.schema().tables().size();
            columns += u.schema().columnCount();
            fks += u.schema().foreignKeyCount();
            indexes += u.schema().indexCount();
        }
        int errors = 0, warnings = 0, infos = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                default -> infos++;
            }
        }
        return new Summary(files, tables, columns, fks, indexes, errors, warnings, infos);
    }
}
