package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import java.util.List;

/** A table constraint: primary key, unique, foreign key or check. Names may be null (unnamed). */
public sealed interface Constraint permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {

    /**
     * The only "column" of a PRIMARY KEY or UNIQUE constraint added with USING INDEX name, followed by the
     * index name; the replay replaces it with the index's columns.
     */
    String USING_INDEX = "\u0000using-index:";

    String name();

    List<String> columns();

    SourceRef source();

    Constraint withName(String newName);
}
