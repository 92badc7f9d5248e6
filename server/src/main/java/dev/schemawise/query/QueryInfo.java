package dev.schemawise.query;

import java.util.List;

/**
 * What one query statement reads and writes, for lint rules: its tables, its select stars, its column uses and
 * its paging. Made by {@link QueryFacts#analyze}; every range is an absolute offset in the file the statement
 * came from. Lists are in text order and immutable.
 *
 * @param kind        the statement's kind; a CREATE VIEW is OTHER, with the facts of its query
 * @param keyword     the statement's leading keyword (SELECT, INSERT, UPDATE, DELETE; after any WITH clause), or
 *                    its first token for OTHER
 * @param tables      every table reference, also those in subqueries and in the bodies of common table expressions
 *                    (a reference to a common table expression is none)
 * @param selectStars every star of every select list
 * @param columnUses  every column reference
 * @param hasWhere    for UPDATE and DELETE whether there is a WHERE clause (false: the statement writes every row);
 *                    for a SELECT or a view whether its outermost query block has one (a set operation has none);
 *                    false for INSERT
 * @param limit       the row limit of the outermost query (of INSERT ... SELECT: of its query), LIMIT or FETCH, also
 *                    MySQL's UPDATE/DELETE ... LIMIT; null when there is none (LIMIT ALL counts as none)
 * @param offset      the row offset of the outermost query, or null
 */
public record QueryInfo(Kind kind, Range keyword, List<TableRef> tables, List<SelectStar> selectStars,
                        List<ColumnUse> columnUses, boolean hasWhere, PagingClause limit, PagingClause offset) {

    public QueryInfo {
        tables = List.copyOf(tables);
        selectStars = List.copyOf(selectStars);
        columnUses = List.copyOf(columnUses);
    }

    /** The statement kinds query facts distinguish; INSERT includes INSERT ... SELECT. */
    public enum Kind { SELECT, UPDATE, DELETE, INSERT, OTHER }
}
