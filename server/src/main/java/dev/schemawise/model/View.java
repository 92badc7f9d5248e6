package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import java.util.List;

/**
 * A view or materialized view (or a Prisma view block). {@code query} is the body as written (null for
 * Prisma); {@code columns} are the declared column names or Prisma fields, possibly empty; {@code indexes}
 * are those of a materialized view.
 */
public record View(
        QualifiedName name,
        String declaredName,
        boolean materialized,
        List<Column> columns,
        String query,
        Span queryRange,
        String documentation,
        List<Index> indexes,
        SourceRef source) {

    public View {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
    }

    public View withIndex(Index index) {
        List<Index> more = new java.util.ArrayList<>(indexes);
        more.add(index);
        return new View(name, declaredName, materialized, columns, query, queryRange, documentation, more, source);
    }

    public View withDocumentation(String doc) {
        return new View(name, declaredName, materialized, columns, query, queryRange, doc, indexes, source);
    }
}
