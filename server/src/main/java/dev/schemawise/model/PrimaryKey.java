package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import java.util.List;

public record PrimaryKey(String name, List<String> columns, SourceRef source) implements Constraint {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    @Override
    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, source);
    }
}
