package dev.schemawise.model.ddl;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import java.util.List;

/** ALTER TABLE [IF EXISTS] [ONLY] name action, action, ... (and MySQL's RENAME TABLE). */
public record AlterTable(QualifiedName table, SourceRef source, boolean ifExists, boolean only, List<AlterAction> actions, Span range)
        implements Statement {

    public AlterTable {
        actions = List.copyOf(actions);
    }
}
