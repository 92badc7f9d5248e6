package dev.schemawise.query;

import dev.schemawise.query.ColumnUse.Usage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.WindowDefinition;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Walks an expression for the columns it uses and the subqueries it contains, classifying each column by the
 * {@link Mode} of the clause and by the comparison the column is an operand of. JSqlParser's adapter does the
 * traversal; the overrides here add the classification, subqueries (handed back to the {@link FactCollector} with
 * the current scope as their parent), and the parts of function calls the adapter leaves out.
 */
final class ExpressionWalker extends ExpressionVisitorAdapter<Void> {

    /** What a clause does with the columns in it. */
    enum Mode {
        /** WHERE: comparisons of a column itself are EQUALITY or RANGE uses; other columns are OTHER. */
        FILTER,
        /** A JOIN's ON condition: every column is a JOIN use. */
        JOIN,
        /** Anywhere else: every column is an OTHER use. */
        VALUE
    }

    private record Context(Scope scope, Mode mode) {

        /** The context for the operands of anything but AND, OR and parentheses: comparisons there do not filter rows. */
        Context inner() {
            return mode == Mode.FILTER ? new Context(scope, Mode.VALUE) : this;
        }
    }

    private final FactCollector collector;

    ExpressionWalker(FactCollector collector) {
        this.collector = collector;
    }

    /** Walks {@code expression} (null is nothing) in {@code scope}. */
    void walk(Expression expression, Scope scope, Mode mode) {
        if (expression != null) expression.accept(this, new Context(scope, mode));
    }

    /** The expression without parentheses around it: {@code ((a))} is {@code a}. */
    static Expression unparenthesized(Expression e) {
        while (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) e = list.get(0);
        return e;
    }

    /** Whether the call is one of sqlc's macros ({@code sqlc.arg}, {@code sqlc.narg}, {@code sqlc.slice}, {@code sqlc.embed}). */
    static boolean isSqlcMacro(Function f) {
        return f.getName() != null && f.getName().toLowerCase(Locale.ROOT).startsWith("sqlc.");
    }

    private static Context context(Object context) {
        return (Context) context;
    }

    private void walk(Expression e, Context c) {
        if (e != null) e.accept(this, c);
    }

    private void walkAll(Collection<? extends Expression> expressions, Context c) {
        if (expressions == null) return;
        for (Expression e : expressions) walk(e, c);
    }

    private void walkOrderBy(List<OrderByElement> elements, Context c) {
        if (elements == null) return;
        for (OrderByElement e : elements) walk(e.getExpression(), c);
    }

    /**
     * The operands of a comparison: in a WHERE clause, those that are a column itself are uses of kind
     * {@code usage} (when it is not null); everything else is walked as a value.
     */
    private void compare(Context c, Usage usage, Expression... operands) {
        for (Expression operand : operands) {
            Expression bare = unparenthesized(operand);
            if (c.mode == Mode.FILTER && usage != null && bare instanceof Column column) {
                collector.column(column, c.scope, usage);
            } else if (c.mode == Mode.FILTER && usage != null && isRowOfColumns(bare)) {
                // (a, b) = (1, 2), (a, b) IN (...), (a, b) > ($1, $2): each column of the row is compared.
                for (Expression e : (ExpressionList<?>) bare) collector.column((Column) unparenthesized(e), c.scope, usage);
            } else {
                walk(operand, c.inner());
            }
        }
    }

    private static boolean isRowOfColumns(Expression e) {
        if (!(e instanceof ExpressionList<?> row) || row.size() < 2) return false;
        for (Expression element : row) {
            if (!(unparenthesized(element) instanceof Column)) return false;
        }
        return true;
    }

    @Override
    public <S> Void visit(Column column, S context) {
        Context c = context(context);
        collector.column(column, c.scope, c.mode == Mode.JOIN ? Usage.JOIN : Usage.OTHER);
        return null;
    }

    @Override
    protected <S> Void visitExpressions(Expression expression, S context, Collection<Expression> subExpressions) {
        walkAll(subExpressions, context(context).inner());
        return null;
    }

    @Override
    public <S> Void visit(AndExpression e, S context) {
        return connective(e, context(context));
    }

    @Override
    public <S> Void visit(OrExpression e, S context) {
        return connective(e, context(context));
    }

    @Override
    public <S> Void visit(XorExpression e, S context) {
        return connective(e, context(context));
    }

    /**
     * AND, OR, XOR keep the mode for their operands. A chain of thousands of conditions is a left-deep tree, so its
     * left spine is followed in a loop rather than by recursion.
     */
    private Void connective(BinaryExpression chain, Context c) {
        Deque<Expression> rights = new ArrayDeque<>();
        Expression e = chain;
        while (isConnective(e)) {
            BinaryExpression b = (BinaryExpression) e;
            rights.push(b.getRightExpression());
            e = b.getLeftExpression();
        }
        walk(e, c);
        while (!rights.isEmpty()) walk(rights.pop(), c);
        return null;
    }

    @Override
    public <S> Void visit(ExpressionList<? extends Expression> list, S context) {
        Context c = context(context);
        walkAll(list, list instanceof ParenthesedExpressionList && list.size() == 1 ? c : c.inner());
        return null;
    }

    @Override
    public <S> Void visit(NotExpression e, S context) {
        walk(e.getExpression(), context(context).inner());
        return null;
    }

    @Override
    public <S> Void visit(EqualsTo e, S context) {
        compare(context(context), Usage.EQUALITY, e.getLeftExpression(), e.getRightExpression());
        return null;
    }

    @Override
    public <S> Void visit(GreaterThan e, S context) {
        compare(context(context), Usage.RANGE, e.getLeftExpression(), e.getRightExpression());
        return null;
    }

    @Override
    public <S> Void visit(GreaterThanEquals e, S context) {
        compare(context(context), Usage.RANGE, e.getLeftExpression(), e.getRightExpression());
        return null;
    }

    @Override
    public <S> Void visit(MinorThan e, S context) {
        compare(context(context), Usage.RANGE, e.getLeftExpression(), e.getRightExpression());
        return null;
    }

    @Override
    public <S> Void visit(MinorThanEquals e, S context) {
        compare(context(context), Usage.RANGE, e.getLeftExpression(), e.getRightExpression());
        return null;
    }

    @Override
    public <S> Void visit(Between e, S context) {
        compare(context(context), e.isNot() ? null : Usage.RANGE, e.getLeftExpression(), e.getBetweenExpressionStart(),
                e.getBetweenExpressionEnd());
        return null;
    }

    @Override
    public <S> Void visit(InExpression e, S context) {
        Context c = context(context);
        Expression repaired = unswallowed(e.getRightExpression(), first -> {
            e.setRightExpression(first);
            return e;
        });
        if (repaired != null) return repaired.accept(this, c);
        compare(c, e.isNot() ? null : Usage.EQUALITY, e.getLeftExpression());
        walk(e.getRightExpression(), c.inner());
        return null;
    }

    @Override
    public <S> Void visit(IsNullExpression e, S context) {
        compare(context(context), e.isNot() || e.isUseNotNull() ? null : Usage.EQUALITY, e.getLeftExpression());
        return null;
    }

    @Override
    public <S> Void visit(IsDistinctExpression e, S context) {
        compare(context(context), e.isNot() ? Usage.EQUALITY : null, e.getLeftExpression(), e.getRightExpression());
        return null;
    }

    @Override
    public <S> Void visit(LikeExpression e, S context) {
        Context c = context(context);
        Expression repaired = unswallowed(e.getEscape(), first -> {
            e.setEscape(first);
            return e;
        });
        if (repaired != null) return repaired.accept(this, c);
        boolean prefix = !e.isNot() && e.getLikeKeyWord() == LikeExpression.KeyWord.LIKE && isPrefixPattern(e.getRightExpression());
        compare(c, prefix ? Usage.RANGE : null, e.getLeftExpression());
        walk(e.getRightExpression(), c.inner());
        walk(e.getEscape(), c.inner());
        return null;
    }

    /**
     * JSqlParser 5.3 reads what follows IN (and LIKE's ESCAPE) as a whole condition, so {@code c IN (1, 2) AND d = 1}
     * comes out as {@code c IN ((1, 2) AND d = 1)} (JSqlParser issues 2244 and 2282, fixed after 5.3). When
     * {@code operand} is such a swallowed AND/OR/XOR chain, its first operand goes back into the comparison
     * ({@code reattach} puts it there and returns the comparison), the comparison takes its place at the head of
     * the chain, and the chain is returned, to be walked instead of the comparison. AND and OR may then group
     * differently than the database groups them, which does not change how any column is used. Null when
     * {@code operand} is fine.
     */
    private static Expression unswallowed(Expression operand, UnaryOperator<Expression> reattach) {
        if (!isConnective(operand)) return null;
        BinaryExpression head = (BinaryExpression) operand;
        while (isConnective(head.getLeftExpression())) head = (BinaryExpression) head.getLeftExpression();
        head.setLeftExpression(reattach.apply(head.getLeftExpression()));
        return operand;
    }

    private static boolean isConnective(Expression e) {
        return e instanceof AndExpression || e instanceof OrExpression || e instanceof XorExpression;
    }

    /** A literal LIKE pattern an index range can serve: it does not start with a wildcard. */
    private static boolean isPrefixPattern(Expression pattern) {
        if (!(unparenthesized(pattern) instanceof StringValue s)) return false;
        String value = s.getValue();
        return !value.isEmpty() && value.charAt(0) != '%' && value.charAt(0) != '_';
    }

    @Override
    public <S> Void visit(ParenthesedSelect select, S context) {
        collector.query(select, context(context).scope);
        return null;
    }

    @Override
    public <S> Void visit(Select select, S context) {
        collector.query(select, context(context).scope);
        return null;
    }

    @Override
    public <S> Void visit(AnyComparisonExpression e, S context) {
        collector.query(e.getSelect(), context(context).scope);
        return null;
    }

    @Override
    public <S> Void visit(Function function, S context) {
        if (isSqlcMacro(function)) return null;
        Context c = context(context).inner();
        walkAll(function.getParameters(), c);
        walkAll(function.getNamedParameters(), c);
        walk(function.getKeep(), c);
        walkOrderBy(function.getOrderByElements(), c);
        return null;
    }

    @Override
    public <S> Void visit(AnalyticExpression e, S context) {
        Context c = context(context).inner();
        List<Expression> parts = new ArrayList<>();
        parts.add(e.getExpression());
        parts.add(e.getOffset());
        parts.add(e.getDefaultValue());
        parts.add(e.getKeep());
        parts.add(e.getFilterExpression());
        walkAll(parts, c);
        walkOrderBy(e.getFuncOrderBy(), c);
        window(e.getWindowDefinition(), c);
        return null;
    }

    /** The PARTITION BY and ORDER BY of a window (inline, or in a WINDOW clause). */
    void window(WindowDefinition window, Scope scope) {
        window(window, new Context(scope, Mode.VALUE));
    }

    private void window(WindowDefinition window, Context c) {
        if (window == null) return;
        // PartitionByClause hands out a raw ExpressionList.
        ExpressionList<?> partition = window.getPartitionBy() == null ? null : window.getPartitionBy().getPartitionExpressionList();
        walkAll(partition, c);
        if (window.getOrderBy() != null) walkOrderBy(window.getOrderBy().getOrderByElements(), c);
    }
}
