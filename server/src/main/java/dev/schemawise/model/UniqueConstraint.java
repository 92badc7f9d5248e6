package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import java.util.List;

public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, SourceRef source) implements Constraint {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    @Override
    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns, nullsNotDistinct, source);
    }
}
