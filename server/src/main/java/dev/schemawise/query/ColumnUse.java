package dev.schemawise.query;

/**
 * A column reference in a query and how the query uses it.
 *
 * @param table     the table the column belongs to: found through its qualifier (an alias or table name, looked up
 *                  in the query's FROM and then the enclosing queries'), or for an unqualified column the only FROM
 *                  item of the query; null when that is ambiguous (several FROM items), unknown, or not a table
 *                  (a subquery, a common table expression, a function)
 * @param qualifier the qualifier as written ({@code u} of {@code u.id}), or null
 * @param column    the column name as written (quotes kept)
 * @param range     the column name alone, without its qualifier
 * @param usage     what the query does with the column
 */
public record ColumnUse(TableRef table, String qualifier, String column, Range range, Usage usage) {

    /**
     * How a column is used. Only a column that is itself an operand counts for EQUALITY and RANGE: in
     * {@code lower(email) = $1} or {@code created_at::date = $1} the column is OTHER, since an index on the
     * column does not serve the comparison. Comparisons count in WHERE (and the WHERE of ON CONFLICT DO UPDATE);
     * under NOT, and in the select list, GROUP BY and HAVING, every column is OTHER.
     */
    public enum Usage {
        /** {@code col = expr}, {@code col IN (...)}, {@code col = ANY(...)}, {@code col IS NULL}, {@code col IS NOT DISTINCT FROM expr}. */
        EQUALITY,
        /** {@code <}, {@code <=}, {@code >}, {@code >=}, {@code BETWEEN}, and {@code LIKE 'prefix%'} (a literal pattern not starting with a wildcard). */
        RANGE,
        /** Anywhere in a JOIN's ON condition, or a column of JOIN ... USING (one use for each side). */
        JOIN,
        /** An ORDER BY key that is the column itself (also through an output alias or a select-list position). */
        ORDER_BY,
        /** Everything else: select list, SET, INSERT column list, function arguments, GROUP BY, HAVING, ... */
        OTHER
    }
}
