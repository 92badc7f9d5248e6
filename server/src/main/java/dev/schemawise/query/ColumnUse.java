package dev.schemawise.query;

/**
 * A column reference in a query and how the query uses it.
 *
 * @param table     the table the column belongs to: found through its qualifier (an alias or table name, looked up
 *                  in the query's FROM and then the enclosing queries'), or for an unqualified column the only FROM
 *                  item of the query (of SET and INSERT column lists: the target table); null when that is ambiguous
 *                  (several FROM items), unknown, or not a table (a subquery, a common table expression, a function)
 * @param qualifier the qualifier as written ({@code u} of {@code u.id}), or null
 * @param column    the column name as written (quotes kept)
 * @param range     the column name alone, without its qualifier; for an ORDER BY key that names a select-list column
 *                  by alias or position, that key
 * @param usage     what the query does with the column
 */
public record ColumnUse(TableRef table, String qualifier, String column, Range range, Usage usage) {

    /**
     * How a column is used. Only a column that is itself an operand (possibly parenthesized, or one of a row
     * {@code (a, b)}) counts for EQUALITY and RANGE: in {@code lower(email) = $1} or {@code created_at::date = $1}
     * the column is OTHER, since an index on the column does not serve the comparison. Such comparisons count in a
     * WHERE clause (of any query block, and of ON CONFLICT DO UPDATE) through AND, OR and parentheses; under NOT, in
     * CASE, function arguments, the select list, GROUP BY and HAVING every column is OTHER.
     */
    public enum Usage {
        /**
         * {@code col = expr}, {@code col IN (...)}, {@code col = ANY(...)}, {@code col IS NULL},
         * {@code col IS NOT DISTINCT FROM expr}; not their negations.
         */
        EQUALITY,
        /**
         * {@code <}, {@code <=}, {@code >}, {@code >=}, {@code BETWEEN} (each of its three operands), and
         * {@code LIKE 'prefix%'}: a literal pattern not starting with a wildcard (not ILIKE, which needs another index).
         */
        RANGE,
        /**
         * Anywhere in a JOIN's ON condition, or a column of JOIN ... USING: one use for each side, the one before the
         * join without a table unless that side is a single FROM item.
         */
        JOIN,
        /** An ORDER BY key that is the column itself (also through an output alias or a select-list position). */
        ORDER_BY,
        /** Everything else: select list, SET, INSERT column list, function arguments, GROUP BY, HAVING, ... */
        OTHER
    }
}
