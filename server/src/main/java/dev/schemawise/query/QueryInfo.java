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
 * @param outer       the outermost query block when the statement is a plain SELECT (also a view's), for rewriting
 *                    it; null for a set operation, VALUES, and INSERT, UPDATE and DELETE
 * @param outputNames the aliases of the select-list entries of every query block, as written: names an unqualified
 *                    column reference may mean in ORDER BY and (PostgreSQL, MySQL) GROUP BY and HAVING
 * @param otherSources the FROM items of every query block that are no table, by the name they go by (alias, common
 *                    table expression or function name; empty for an unaliased subquery): an unqualified column may
 *                    belong to one of these, whose columns the facts do not know
 */
public record QueryInfo(Kind kind, Range keyword, List<TableRef> tables, List<SelectStar> selectStars,
                        List<ColumnUse> columnUses, boolean hasWhere, PagingClause limit, PagingClause offset,
                        OuterQuery outer, List<String> outputNames, List<String> otherSources) {

    public QueryInfo {
        tables = List.copyOf(tables);
        selectStars = List.copyOf(selectStars);
        columnUses = List.copyOf(columnUses);
        outputNames = List.copyOf(outputNames);
        otherSources = List.copyOf(otherSources);
    }

    /**
     * The outermost query block of a SELECT: where a condition would join its WHERE clause and its ORDER BY keys,
     * which is what rewriting an OFFSET query into keyset pagination needs.
     *
     * @param where   the WHERE condition, or null when there is none
     * @param whereAt where a WHERE clause would go when there is none: the start of the first clause after FROM
     *                (GROUP BY, ORDER BY, LIMIT, ...), or the end of the block; -1 without FROM
     * @param orderBy the ORDER BY keys, in order
     * @param grouped whether rows are grouped or made distinct (GROUP BY, HAVING, DISTINCT): a condition in WHERE
     *                then filters the rows before grouping, not the result
     */
    public record OuterQuery(Range where, int whereAt, List<OrderKey> orderBy, boolean grouped) {
        public OuterQuery {
            orderBy = List.copyOf(orderBy);
        }
    }

    /**
     * One ORDER BY key of the outermost query.
     *
     * @param key        the key as written ({@code created_at}, {@code 2}, an alias)
     * @param expression what it stands for, usable in WHERE: the key itself, or for a select-list alias or position
     *                   that entry's expression
     * @param element    the key with its ASC/DESC and NULLS FIRST/LAST
     * @param descending whether it sorts descending
     */
    public record OrderKey(Range key, Range expression, Range element, boolean descending) {}

    /**
     * These facts for the same statement {@code delta} characters further on in its file: the language server reads a
     * statement that an edit above it only moved from its cache instead of parsing it again.
     */
    public QueryInfo shifted(int delta) {
        if (delta == 0) return this;
        java.util.function.Function<TableRef, TableRef> table = t -> t == null ? null : new TableRef(t.schema(), t.name(), t.alias(), shift(t.range(), delta));
        return new QueryInfo(kind, shift(keyword, delta), tables.stream().map(table).toList(),
                selectStars.stream().map(s -> new SelectStar(shift(s.range(), delta), s.qualifier(),
                        s.expandsOver().stream().map(x -> new SelectStar.Target(x.name(), table.apply(x.table()))).toList(), s.output(), s.embed())).toList(),
                columnUses.stream().map(c -> new ColumnUse(table.apply(c.table()), c.qualifier(), c.column(), shift(c.range(), delta), c.usage())).toList(),
                hasWhere, shift(limit, delta), shift(offset, delta),
                outer == null ? null : new OuterQuery(shift(outer.where(), delta), outer.whereAt() < 0 ? outer.whereAt() : outer.whereAt() + delta,
                        outer.orderBy().stream().map(k -> new OrderKey(shift(k.key(), delta), shift(k.expression(), delta), shift(k.element(), delta), k.descending())).toList(),
                        outer.grouped()),
                outputNames, otherSources);
    }

    private static Range shift(Range r, int delta) {
        return r == null ? null : new Range(r.start() + delta, r.end() + delta);
    }

    private static PagingClause shift(PagingClause p, int delta) {
        return p == null ? null : new PagingClause(p.value(), p.parameter(), shift(p.range(), delta));
    }

    /** The statement kinds query facts distinguish; INSERT includes INSERT ... SELECT. */
    public enum Kind { SELECT, UPDATE, DELETE, INSERT, OTHER }
}
