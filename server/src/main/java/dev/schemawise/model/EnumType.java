package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import java.util.List;

/** An enumerated type: PostgreSQL CREATE TYPE ... AS ENUM or a Prisma enum. */
public record EnumType(QualifiedName name, String declaredName, List<EnumValue> values, String documentation, SourceRef source) {

    public EnumType {
        values = List.copyOf(values);
    }

    /** One label; {@code name} is the database value (a Prisma @map), {@code declaredName} as written. */
    public record EnumValue(String name, String declaredName, SourceRef source) {}
}
