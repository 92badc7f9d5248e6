package dev.schemawise.query;

import java.util.List;

/**
 * A {@code *} or {@code t.*} in a select list (also sqlc's {@code sqlc.embed(t)}, which stands for {@code t.*}).
 * Stars in RETURNING clauses and inside function calls ({@code count(*)}) are not select stars.
 *
 * @param range       the star expression: {@code *}, {@code t.*}, {@code sqlc.embed(t)}
 * @param qualifier   {@code t} of {@code t.*} as written, or null for a bare {@code *}
 * @param expandsOver what the star stands for, in FROM order: every FROM item of its query for a bare
 *                    {@code *}, the one its qualifier names for {@code t.*} (empty when the qualifier names none)
 * @param output      whether the star's columns are what the statement returns or writes: a star of the outermost
 *                    query block (of each branch of an outermost set operation, of a view's query, of the query of
 *                    INSERT ... SELECT); false in subqueries, common table expressions and EXISTS
 * @param embed       whether it is sqlc's {@code sqlc.embed(t)}
 */
public record SelectStar(Range range, String qualifier, List<Target> expandsOver, boolean output, boolean embed) {

    public SelectStar {
        expandsOver = List.copyOf(expandsOver);
    }

    /**
     * One FROM item a star expands over.
     *
     * @param name  the alias of the item, or the table name when it has none (as written)
     * @param table the table, or null when the item is a subquery, a common table expression, a function or VALUES
     */
    public record Target(String name, TableRef table) {}
}
