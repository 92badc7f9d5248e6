package dev.schemawise.model.ddl;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.Span;
import java.util.List;

/** DROP TABLE/INDEX/VIEW/MATERIALIZED VIEW/TYPE/SEQUENCE/SCHEMA/EXTENSION. */
public record Drop(Kind kind, List<QualifiedName> names, List<Span> nameRanges, boolean ifExists, boolean cascade,
                   boolean concurrently, QualifiedName onTable, Span range) implements Statement {

    public enum Kind { TABLE, INDEX, VIEW, MATERIALIZED_VIEW, TYPE, SEQUENCE, SCHEMA, EXTENSION }

    public Drop {
        names = List.copyOf(names);
        nameRanges = List.copyOf(nameRanges);
    }
}
