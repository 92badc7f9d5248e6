package dev.schemawise.query;

import java.util.Objects;

/**
 * A reference to a table (or view) in a query: in FROM, JOIN, USING, or as the target of INSERT, UPDATE or
 * DELETE. References to a common table expression of the same statement are not table references.
 *
 * <p>Names are as written: quotes kept, case unchanged; callers fold them the way their dialect does.
 *
 * @param schema the schema qualifier, or null when the name is unqualified
 * @param name   the table name
 * @param alias  the alias the query gives the table, or null
 * @param range  the qualified name as written ({@code public.users}), without the alias
 */
public record TableRef(String schema, String name, String alias, Range range) {

    // equals and hashCode are written out as a record's would be (RecordMethodsTest): a record's own are bootstrapped
    // on first use, which spins method-handle classes in a language server's first analysis (docs/PERFORMANCE.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof TableRef t && Objects.equals(schema, t.schema) && Objects.equals(name, t.name) && Objects.equals(alias, t.alias)
                && Objects.equals(range, t.range);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(schema) * 31 + Objects.hashCode(name)) * 31 + Objects.hashCode(alias)) * 31 + Objects.hashCode(range);
    }
}
