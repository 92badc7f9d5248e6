package dev.schemawise.model;

/**
 * One element of an index: a column or an expression, with its options.
 *
 * @param column       the column name, or null for an expression
 * @param expression   the expression text, or null for a plain column
 * @param descending   DESC
 * @param nulls        "FIRST", "LAST" or null
 * @param prefixLength MySQL prefix length, or 0
 */
public record IndexKey(String column, String expression, String opclass, String collation, boolean descending, String nulls, int prefixLength) {

    public static IndexKey column(String name) {
        return new IndexKey(name, null, null, null, false, null, 0);
    }

    public boolean isExpression() {
        return column == null;
    }

    public IndexKey withColumn(String name) {
        return new IndexKey(name, expression, opclass, collation, descending, nulls, prefixLength);
    }

    public String display() {
        return column != null ? column : "(" + expression + ")";
    }
}
