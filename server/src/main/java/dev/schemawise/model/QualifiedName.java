package dev.schemawise.model;

/** A possibly schema-qualified object name, as the database knows it (after case folding). */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        if (name == null) throw new IllegalArgumentException("name");
    }

    // equals and hashCode are written out as a record's would be (RecordMethodsTest): a record's own are bootstrapped
    // on first use, which spins method-handle classes in a language server's first analysis (docs/PERFORMANCE.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof QualifiedName q && name.equals(q.name) && java.util.Objects.equals(schema, q.schema);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(schema) * 31 + name.hashCode();
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    public QualifiedName withName(String newName) {
        return new QualifiedName(schema, newName);
    }

    /**
     * Whether the name is in the default schema: no schema given, {@code public}, or a schema a template fills in
     * ({@code "{{ .Options.Namespace }}"} in supabase/auth's migrations), which reads as the default.
     */
    public boolean inDefaultSchema() {
        return schema == null || schema.equalsIgnoreCase("public") || schema.startsWith("{{") || schema.startsWith("\"{{");
    }

    /** How messages and documents write the name: bare in the default schema, else {@code schema.name}. */
    public String display() {
        return inDefaultSchema() ? name : schema + "." + name;
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
