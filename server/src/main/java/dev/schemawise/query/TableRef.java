package dev.schemawise.query;

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
public record TableRef(String schema, String name, String alias, Range range) {}
