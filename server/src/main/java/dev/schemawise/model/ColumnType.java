package dev.schemawise.model;

import java.util.List;

/**
 * A column's type: its family, the text as written (e.g. "character varying(255)", "Int", "@db.VarChar(191)"),
 * the arguments, the number of array dimensions, and whether the type itself generates values (serial,
 * bigserial). {@code name} is the base name folded to lower case ("varchar", "int4", "my_enum").
 */
public record ColumnType(TypeFamily family, String name, String raw, List<String> arguments, int arrayDimensions, boolean serial) {

    public ColumnType {
        arguments = List.copyOf(arguments);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** Two types store the same values (for foreign keys): same family, and same length or precision where it matters. */
    public boolean compatibleWith(ColumnType other) {
        if (other == null) return false;
        if (isArray() != other.isArray()) return false;
        if (family != other.family) return false;
        if (family == TypeFamily.ENUM || family == TypeFamily.OTHER) return name.equals(other.name);
        if (family == TypeFamily.NUMERIC) return arguments.equals(other.arguments);
        return true;
    }

    @Override
    public String toString() {
        return raw;
    }
}
