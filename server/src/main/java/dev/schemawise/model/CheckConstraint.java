package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import java.util.List;

/** A CHECK constraint; {@code columns} are the columns its expression mentions. */
public record CheckConstraint(String name, String expression, List<String> columns, boolean notValid, SourceRef source) implements Constraint {
    public CheckConstraint {
        columns = List.copyOf(columns);
    }

    @Override
    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression, columns, notValid, source);
    }

    public CheckConstraint validated() {
        return new CheckConstraint(name, expression, columns, false, source);
    }
}
