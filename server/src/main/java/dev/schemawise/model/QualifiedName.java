package dev.schemawise.model;

/** A possibly schema-qualified object name, as the database knows it (after case folding). */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        if (name == null) throw new IllegalArgumentException("name");
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    public QualifiedName withName(String newName) {
        return new QualifiedName(schema, newName);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
