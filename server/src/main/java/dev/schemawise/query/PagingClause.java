package dev.schemawise.query;

/**
 * A row limit or row offset of a query: LIMIT n, OFFSET m [ROWS], FETCH FIRST|NEXT n ROWS ONLY, or MySQL's
 * LIMIT m, n.
 *
 * @param value     the count when it is an integer literal; null for a parameter or any other expression
 * @param parameter whether the count is a bind parameter ({@code $1}, {@code ?}, {@code :name}, {@code @name},
 *                  {@code sqlc.arg(name)}), possibly cast
 * @param range     the clause: {@code LIMIT n}, {@code OFFSET m ROWS}, {@code FETCH NEXT n ROWS ONLY}; for MySQL's
 *                  {@code LIMIT m, n} the limit is the whole clause and the offset is {@code m}
 */
public record PagingClause(Long value, boolean parameter, Range range) {}
