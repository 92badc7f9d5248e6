package dev.schemawise.rules;

/**
 * A check. A rule is one class whose metadata ({@link #info()}) sits beside its logic; it looks at one schema
 * at a time through its {@link RuleContext} and reports findings with fixes as text edits. It never does I/O
 * and never builds protocol objects.
 */
public interface Rule {
    RuleInfo info();

    void check(RuleContext context);

    /**
     * Whether what this rule finds about a table depends only on the table's own text (a Prisma model's block; the
     * statements that shaped a SQL table), the names of the schema's tables and columns (models, fields and enums, and
     * what they map to), the rest of the schema that shapes no table (enums, types, datasource; views, functions,
     * comments), and the configuration: never on another table's columns, types or constraints. Such a rule walks
     * {@link RuleContext#tables()} and reports each table's findings while at it, so that after an edit the editor
     * re-checks only the tables the edit touched and keeps (moved with their text) what it found in the others.
     * {@code RuleMemoTest} holds every rule that says so to giving what a full check gives.
     */
    default boolean perTable() {
        return false;
    }

    /**
     * What a {@link #perTable()} rule reads of the whole schema beyond the names (the tenant column, each table's
     * key), as a value compared with {@code equals}: when it is not what it was at the last analysis, every table is
     * checked again. Null for nothing.
     */
    default Object environment(RuleContext context) {
        return null;
    }
}
