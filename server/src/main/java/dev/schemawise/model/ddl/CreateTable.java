package dev.schemawise.model.ddl;

import dev.schemawise.model.Column;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.Index;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import java.util.List;
import java.util.Map;

/**
 * CREATE TABLE. Inline column constraints (PRIMARY KEY, UNIQUE, REFERENCES, CHECK) are lifted into
 * {@code constraints}; MySQL's inline KEY/INDEX definitions are in {@code indexes}.
 *
 * @param likeTable   MySQL CREATE TABLE t LIKE other / PostgreSQL (LIKE other), or null
 * @param asQuery     CREATE TABLE ... AS SELECT (columns unknown)
 */
public record CreateTable(
        QualifiedName name,
        SourceRef source,
        boolean ifNotExists,
        boolean temporary,
        List<Column> columns,
        List<Constraint> constraints,
        List<Index> indexes,
        String partitionBy,
        QualifiedName partitionOf,
        List<QualifiedName> inherits,
        Map<String, String> options,
        String comment,
        QualifiedName likeTable,
        boolean asQuery,
        Span range) implements Statement {

    public CreateTable {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
        inherits = List.copyOf(inherits);
        options = Map.copyOf(options);
    }
}
