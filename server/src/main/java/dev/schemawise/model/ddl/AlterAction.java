package dev.schemawise.model.ddl;

import dev.schemawise.model.Column;
import dev.schemawise.model.ColumnType;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.Identity;
import dev.schemawise.model.Index;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.text.Span;

/** One action of an ALTER TABLE statement. {@code range} covers the action's own text. */
public sealed interface AlterAction {

    Span range();

    /** ADD COLUMN; {@code constraints} are the column's inline PRIMARY KEY/UNIQUE/REFERENCES/CHECK. */
    record AddColumn(Column column, boolean ifNotExists, java.util.List<Constraint> constraints, Span range) implements AlterAction {
        public AddColumn {
            constraints = java.util.List.copyOf(constraints);
        }
    }

    record DropColumn(String column, boolean ifExists, boolean cascade, Span range) implements AlterAction {}

    record AlterColumnType(String column, ColumnType type, String using, Span range) implements AlterAction {}

    record SetNotNull(String column, Span range) implements AlterAction {}

    record DropNotNull(String column, Span range) implements AlterAction {}

    record SetDefault(String column, String expression, Span range) implements AlterAction {}

    record DropDefault(String column, Span range) implements AlterAction {}

    /** ADD GENERATED ... AS IDENTITY (identity ALWAYS/BY_DEFAULT) or DROP IDENTITY (NONE). */
    record SetIdentity(String column, Identity identity, Span range) implements AlterAction {}

    /** MySQL MODIFY [COLUMN] (oldName equals the column's name) and CHANGE [COLUMN] old new_definition. */
    record ModifyColumn(String oldName, Column column, Span range) implements AlterAction {}

    record RenameColumn(String from, String to, Span range) implements AlterAction {}

    record RenameTable(QualifiedName newName, Span range) implements AlterAction {}

    /** ADD [CONSTRAINT name] PRIMARY KEY/UNIQUE/FOREIGN KEY/CHECK ..., possibly NOT VALID. */
    record AddConstraint(Constraint constraint, Span range) implements AlterAction {}

    /** MySQL ADD INDEX/KEY/FULLTEXT. */
    record AddIndex(Index index, Span range) implements AlterAction {}

    /**
     * DROP CONSTRAINT name, and MySQL's DROP PRIMARY KEY (name null, kind PRIMARY_KEY), DROP FOREIGN KEY name,
     * DROP INDEX/KEY name.
     */
    record DropConstraint(String name, boolean ifExists, Kind kind, Span range) implements AlterAction {
        public enum Kind { ANY, PRIMARY_KEY, FOREIGN_KEY, INDEX }
    }

    record ValidateConstraint(String name, Span range) implements AlterAction {}

    record RenameConstraint(String from, String to, Span range) implements AlterAction {}

    /** MySQL RENAME INDEX/KEY old TO new. */
    record RenameIndexAction(String from, String to, Span range) implements AlterAction {}

    record SetSchema(String schema, Span range) implements AlterAction {}

    /** PostgreSQL ATTACH PARTITION child ... (attach true) and DETACH PARTITION child (attach false). */
    record Partition(QualifiedName partition, boolean attach, Span range) implements AlterAction {}

    /** Anything that does not change the model (OWNER TO, ENABLE TRIGGER, SET (fillfactor=...), ...). */
    record Other(String text, Span range) implements AlterAction {}
}
