package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import java.util.List;
import java.util.Map;

/**
 * A table (or a Prisma model, or the join table Prisma creates for an implicit many-to-many relation).
 *
 * @param declaredName the name as declared (the Prisma model name; for SQL the same as name.name())
 * @param origin       where it was declared
 * @param temporary    CREATE TEMP/TEMPORARY TABLE
 * @param partitionBy  the PARTITION BY clause, or null
 * @param partitionOf  the parent of a PARTITION OF table, or null
 * @param inherits     PostgreSQL INHERITS parents
 * @param options      table options (MySQL ENGINE, SQLite STRICT/WITHOUT ROWID, PostgreSQL WITH (...))
 * @param ignored      Prisma @@ignore
 * @param documentation SQL COMMENT ON / MySQL COMMENT / Prisma "///" doc comment, or null
 * @param history      every statement that shaped this table, oldest first (its declaration included)
 */
public record Table(
        QualifiedName name,
        String declaredName,
        Origin origin,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniques,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        boolean temporary,
        String partitionBy,
        QualifiedName partitionOf,
        List<QualifiedName> inherits,
        Map<String, String> options,
        boolean ignored,
        String documentation,
        SourceRef source,
        List<SourceRef> history) {

    /** How a table came to be. */
    public enum Origin {
        /** CREATE TABLE */
        SQL,
        /** a Prisma model */
        PRISMA_MODEL,
        /** the join table of an implicit Prisma many-to-many relation */
        PRISMA_IMPLICIT
    }

    public Table {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        inherits = List.copyOf(inherits);
        options = Map.copyOf(options);
        history = List.copyOf(history);
    }

    /** A column by database name (exact match; callers fold case through the schema's dialect if needed). */
    public Column column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) return c;
        }
        for (Column c : columns) {
            if (c.name().equalsIgnoreCase(columnName)) return c;
        }
        return null;
    }

    public boolean isPrisma() {
        return origin != Origin.SQL;
    }
}
