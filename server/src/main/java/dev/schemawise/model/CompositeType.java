package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import java.util.List;

/** A composite type: PostgreSQL CREATE TYPE ... AS (...) or a Prisma "type" block. */
public record CompositeType(QualifiedName name, String declaredName, List<Column> fields, String documentation, SourceRef source) {

    public CompositeType {
        fields = List.copyOf(fields);
    }
}
