package dev.schemawise.query;

import dev.schemawise.query.ColumnUse.Usage;
import dev.schemawise.query.ExpressionWalker.Mode;
import dev.schemawise.query.QueryInfo.Kind;
import dev.schemawise.query.Scope.Source;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AllValue;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.NumericBind;
import net.sf.jsqlparser.expression.UserVariable;
import net.sf.jsqlparser.expression.WindowDefinition;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertConflictAction;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.FunctionAllColumns;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Turns one parsed statement into {@link QueryInfo}: walks its queries block by block, each with a {@link Scope}
 * of its FROM items, records tables, stars and column uses with their ranges, and reads the outermost query's
 * paging. One collector per statement.
 */
final class FactCollector {
    /** SQL's functions called without parentheses, which JSqlParser reads as columns. */
    private static final Set<String> NILADIC_FUNCTIONS = Set.of("current_user", "session_user", "user", "current_role",
            "current_catalog", "current_schema", "current_date", "current_time", "current_timestamp", "localtime",
            "localtimestamp", "system_user");

    private final Tokens tokens;
    private final ExpressionWalker expressions = new ExpressionWalker(this);
    private final List<TableRef> tables = new ArrayList<>();
    private final List<SelectStar> stars = new ArrayList<>();
    private final List<ColumnUse> uses = new ArrayList<>();
    /** Columns already recorded, in case JSqlParser reaches one object on two paths. */
    private final Set<Column> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The query blocks whose select list is what the statement returns or writes (see {@link SelectStar#output}). */
    private final Set<PlainSelect> outputBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> outputNames = new ArrayList<>();
    private final List<String> otherSources = new ArrayList<>();

    FactCollector(Tokens tokens) {
        this.tokens = tokens;
    }

    QueryInfo collect(Statement statement) {
        Kind kind = Kind.OTHER;
        boolean hasWhere = false;
        Paging paging = Paging.NONE;
        QueryInfo.OuterQuery outer = null;
        if (statement instanceof Select select) {
            kind = Kind.SELECT;
            outputBlocks(select);
            query(select, null);
            outer = outer(select);
            hasWhere = hasWhere(select);
            paging = paging(select);
        } else if (statement instanceof Update update) {
            kind = Kind.UPDATE;
            update(update, null);
            hasWhere = update.getWhere() != null;
            paging = new Paging(limit(update.getLimit()), null);
        } else if (statement instanceof Delete delete) {
            kind = Kind.DELETE;
            delete(delete, null);
            hasWhere = delete.getWhere() != null;
            paging = new Paging(limit(delete.getLimit()), null);
        } else if (statement instanceof Insert insert) {
            kind = Kind.INSERT;
            outputBlocks(insert.getSelect());
            insert(insert, null);
            paging = insert.getSelect() == null ? Paging.NONE : paging(insert.getSelect());
        } else if (statement instanceof CreateView view && view.getSelect() != null) {
            outputBlocks(view.getSelect());
            query(view.getSelect(), null);
            outer = outer(view.getSelect());
            hasWhere = hasWhere(view.getSelect());
            paging = paging(view.getSelect());
        }
        Comparator<Range> byPosition = Comparator.comparingInt(Range::start);
        tables.sort(Comparator.comparing(TableRef::range, byPosition));
        stars.sort(Comparator.comparing(SelectStar::range, byPosition));
        uses.sort(Comparator.comparing(ColumnUse::range, byPosition));
        return new QueryInfo(kind, keyword(kind), tables, stars, uses, hasWhere, paging.limit, paging.offset, outer, outputNames, otherSources);
    }

    /** Marks the query blocks whose select lists make the result of {@code select}: itself, or each branch of a set operation. */
    private void outputBlocks(Select select) {
        if (select instanceof PlainSelect plain) {
            outputBlocks.add(plain);
        } else if (select instanceof SetOperationList set) {
            for (Select branch : set.getSelects()) outputBlocks(branch);
        } else if (select instanceof ParenthesedSelect parenthesed) {
            outputBlocks(parenthesed.getSelect());
        }
    }

    // ---- queries ----

    /** Walks a query (any kind of SELECT) whose enclosing scope is {@code outer} (null at the top). */
    void query(Select select, Scope outer) {
        if (select == null) return;
        Scope scope = withItems(select.getWithItemsList(), outer);
        if (select instanceof PlainSelect plain) {
            plainSelect(plain, Scope.in(scope));
        } else if (select instanceof SetOperationList setOperation) {
            for (Select branch : setOperation.getSelects()) query(branch, scope);
            trailingClauses(setOperation, scope);
        } else if (select instanceof ParenthesedSelect parenthesed) {
            query(parenthesed.getSelect(), scope);
            trailingClauses(parenthesed, scope);
        } else if (select instanceof Values values) {
            expressions.walk(values.getExpressions(), scope, Mode.VALUE);
        }
    }

    /** Declares a WITH clause's common table expressions and walks their bodies; the scope they are visible in. */
    private Scope withItems(List<WithItem<?>> items, Scope outer) {
        if (items == null || items.isEmpty()) return outer;
        Scope scope = Scope.in(outer);
        for (WithItem<?> item : items) {
            scope.declareCommonTable(item.getAliasName());
            if (item.getSelect() != null) {
                query(item.getSelect(), scope);
            } else if (item.getInsert() != null) {
                insert(item.getInsert().getInsert(), scope);
            } else if (item.getUpdate() != null) {
                update(item.getUpdate().getUpdate(), scope);
            } else if (item.getDelete() != null) {
                delete(item.getDelete().getDelete(), scope);
            }
        }
        return scope;
    }

    private void plainSelect(PlainSelect select, Scope scope) {
        from(select.getFromItem(), select.getJoins(), scope);
        scope.setOutputs(select.getSelectItems());
        if (select.getSelectItems() != null) {
            for (SelectItem<?> item : select.getSelectItems()) {
                if (item.getAlias() != null && item.getAlias().getName() != null) outputNames.add(item.getAlias().getName());
            }
        }
        selectItems(select.getSelectItems(), scope, outputBlocks.contains(select));
        if (select.getDistinct() != null && select.getDistinct().getOnSelectItems() != null) {
            for (SelectItem<?> item : select.getDistinct().getOnSelectItems()) expressions.walk(item.getExpression(), scope, Mode.VALUE);
        }
        expressions.walk(select.getWhere(), scope, Mode.FILTER);
        groupBy(select.getGroupBy(), scope);
        expressions.walk(select.getHaving(), scope, Mode.VALUE);
        expressions.walk(select.getQualify(), scope, Mode.VALUE);
        if (select.getWindowDefinitions() != null) {
            for (WindowDefinition window : select.getWindowDefinitions()) expressions.window(window, scope);
        }
        trailingClauses(select, scope);
    }

    /** ORDER BY, LIMIT, OFFSET and FETCH of a query; a set operation's see only its output columns. */
    private void trailingClauses(Select select, Scope scope) {
        Scope own = select instanceof PlainSelect ? scope : Scope.opaqueIn(scope);
        orderBy(select.getOrderByElements(), own);
        Limit limit = select.getLimit();
        if (limit != null) {
            expressions.walk(limit.getRowCount(), own, Mode.VALUE);
            expressions.walk(limit.getOffset(), own, Mode.VALUE);
        }
        if (select.getOffset() != null) expressions.walk(select.getOffset().getOffset(), own, Mode.VALUE);
        if (select.getFetch() != null) expressions.walk(select.getFetch().getExpression(), own, Mode.VALUE);
    }

    private void groupBy(GroupByElement groupBy, Scope scope) {
        if (groupBy == null) return;
        expressions.walk(groupBy.getGroupByExpressionList(), scope, Mode.VALUE);
        if (groupBy.getGroupingSets() != null) {
            for (ExpressionList<?> set : groupBy.getGroupingSets()) expressions.walk(set, scope, Mode.VALUE);
        }
    }

    private void selectItems(List<SelectItem<?>> items, Scope scope, boolean output) {
        if (items == null) return;
        for (SelectItem<?> item : items) {
            Expression e = item.getExpression();
            if (e instanceof AllTableColumns all) {
                Table qualifier = all.getTable();
                star(rangeOr(all, item), qualifier.getFullyQualifiedName(), qualifier.getSchemaName(), qualifier.getName(), scope, output, false);
            } else if (e instanceof FunctionAllColumns all) {
                expressions.walk(all.getFunction(), scope, Mode.VALUE);
            } else if (e instanceof AllColumns) {
                star(rangeOr(e, item), null, null, null, scope, output, false);
            } else if (e instanceof Function f && isEmbed(f)) {
                Column embedded = (Column) f.getParameters().get(0);
                String schema = embedded.getTable() == null ? null : embedded.getTable().getName();
                star(tokens.span(f), embedded.getFullyQualifiedName(), schema, embedded.getColumnName(), scope, output, true);
            } else {
                expressions.walk(e, scope, Mode.VALUE);
            }
        }
    }

    /** sqlc's {@code sqlc.embed(t)}: all columns of t, as one struct. */
    private static boolean isEmbed(Function f) {
        return "sqlc.embed".equalsIgnoreCase(f.getName()) && f.getParameters() != null && f.getParameters().size() == 1
                && f.getParameters().get(0) instanceof Column;
    }

    private void star(Range range, String qualifier, String schema, String name, Scope scope, boolean output, boolean embed) {
        if (range == null) return;
        List<SelectStar.Target> targets = new ArrayList<>();
        if (qualifier == null) {
            for (Source s : scope.sources()) targets.add(new SelectStar.Target(s.name(), s.table()));
        } else {
            Source s = scope.find(schema, name);
            if (s != null) targets.add(new SelectStar.Target(s.name(), s.table()));
        }
        stars.add(new SelectStar(range, qualifier, targets, output, embed));
    }

    private void orderBy(List<OrderByElement> elements, Scope scope) {
        if (elements == null) return;
        for (OrderByElement element : elements) {
            Expression key = ExpressionWalker.unparenthesized(element.getExpression());
            Column output = outputColumn(key, scope);
            if (output != null) {
                addUse(output, tokens.span(key), resolve(output, scope), Usage.ORDER_BY);
            } else if (key instanceof Column column && !isOutputAlias(column, scope)) {
                column(column, scope, Usage.ORDER_BY);
            } else if (!(key instanceof Column)) {
                expressions.walk(element.getExpression(), scope, Mode.VALUE);
            }
        }
    }

    /** The column an ORDER BY key stands for when it names a select-list entry (by alias or position) that is one. */
    private static Column outputColumn(Expression key, Scope scope) {
        SelectItem<?> item = outputItem(key, scope.outputs());
        Expression e = item == null ? null : ExpressionWalker.unparenthesized(item.getExpression());
        return e instanceof Column c ? c : null;
    }

    /** The select-list entry an ORDER BY key names by position or alias, or null. */
    private static SelectItem<?> outputItem(Expression key, List<SelectItem<?>> outputs) {
        if (outputs == null) return null;
        if (key instanceof LongValue position) {
            long p = position.getValue();
            return p >= 1 && p <= outputs.size() ? outputs.get((int) p - 1) : null;
        }
        if (key instanceof Column column && column.getTable() == null) {
            String name = Scope.key(column.getColumnName());
            for (SelectItem<?> item : outputs) {
                if (item.getAlias() != null && Scope.key(item.getAlias().getName()).equals(name)) return item;
            }
        }
        return null;
    }

    private static boolean isOutputAlias(Column column, Scope scope) {
        return column.getTable() == null && output(column, scope) != null;
    }

    private static SelectItem<?> output(Column column, Scope scope) {
        return outputItem(column, scope.outputs());
    }

    // ---- FROM ----

    /** A FROM clause: its first item, then its joins; ON conditions and USING columns once every item is known. */
    private void from(FromItem first, List<Join> joins, Scope scope) {
        if (first != null) fromItem(first, scope);
        if (joins == null) return;
        for (Join join : joins) {
            int before = scope.size();
            fromItem(join.getFromItem(), scope);
            if (join.getUsingColumns() != null) using(join.getUsingColumns(), scope, before);
        }
        for (Join join : joins) {
            if (join.getOnExpressions() == null) continue;
            for (Expression on : join.getOnExpressions()) expressions.walk(on, scope, Mode.JOIN);
        }
    }

    /** JOIN ... USING (c): a JOIN use of c in the joined item and, when it is a single item, in the one before. */
    private void using(List<Column> columns, Scope scope, int before) {
        List<Source> sources = scope.sources();
        Source right = sources.size() == before + 1 ? sources.get(before) : null;
        Source left = before == 1 ? sources.get(0) : null;
        for (Column c : columns) {
            Range range = columnRange(c);
            addUse(c, range, right == null ? null : right.table(), Usage.JOIN);
            addUse(c, range, left == null ? null : left.table(), Usage.JOIN);
        }
    }

    private void fromItem(FromItem item, Scope scope) {
        String alias = aliasName(item.getAlias());
        if (item instanceof Table table) {
            tableSource(table, scope);
        } else if (item instanceof ParenthesedFromItem parenthesed) {
            from(parenthesed.getFromItem(), parenthesed.getJoins(), scope);
        } else if (item instanceof TableFunction function) {
            expressions.walk(function.getFunction(), scope, Mode.VALUE);
            String name = alias != null ? alias : function.getFunction().getName();
            scope.add(new Source(name, null, alias != null, null));
            otherSources.add(name == null ? "" : name);
        } else if (item instanceof Select select) {
            // A subquery sees the enclosing queries but not its siblings in FROM, unless it is LATERAL.
            query(select, item instanceof LateralSubSelect ? scope : scope.parent);
            scope.add(new Source(alias, null, true, null));
            otherSources.add(alias == null ? "" : alias);
        } else {
            scope.add(new Source(alias, null, true, null));
            otherSources.add(alias == null ? "" : alias);
        }
    }

    /**
     * A table in FROM (or a target of INSERT, UPDATE, DELETE): its reference, unless it names a common table
     * expression (or JSqlParser left it out: null).
     */
    private TableRef tableSource(Table table, Scope scope) {
        if (table == null) return null;
        String alias = aliasName(table.getAlias());
        String name = alias != null ? alias : table.getName();
        if (table.getSchemaName() == null && scope.isCommonTable(table.getName())) {
            scope.add(new Source(name, null, alias != null, null));
            otherSources.add(name);
            return null;
        }
        TableRef ref = tableRef(table);
        scope.add(new Source(name, table.getSchemaName(), alias != null, ref));
        return ref;
    }

    private TableRef tableRef(Table table) {
        Range range = tokens.dottedName(tokens.first(table), Math.max(1, table.getNameParts().size()));
        if (range == null) return null;
        TableRef ref = new TableRef(table.getSchemaName(), table.getName(), aliasName(table.getAlias()), range);
        tables.add(ref);
        return ref;
    }

    private static String aliasName(Alias alias) {
        return alias == null ? null : alias.getName();
    }

    // ---- data-changing statements ----

    private void update(Update update, Scope outer) {
        Scope scope = Scope.in(withItems(update.getWithItemsList(), outer));
        TableRef target = tableSource(update.getTable(), scope);
        from(null, update.getStartJoins(), scope);
        from(update.getFromItem(), update.getJoins(), scope);
        assignments(update.getUpdateSets(), target, scope);
        expressions.walk(update.getWhere(), scope, Mode.FILTER);
        orderBy(update.getOrderByElements(), scope);
        if (update.getLimit() != null) expressions.walk(update.getLimit().getRowCount(), scope, Mode.VALUE);
        returning(update.getReturningClause(), scope);
    }

    private void delete(Delete delete, Scope outer) {
        Scope scope = Scope.in(withItems(delete.getWithItemsList(), outer));
        if (delete.getTable() != null) tableSource(delete.getTable(), scope);
        if (delete.getUsingList() != null) {
            for (Table t : delete.getUsingList()) tableSource(t, scope);
        }
        from(null, delete.getJoins(), scope);
        if (delete.getTables() != null) {
            // MySQL's DELETE t1, t2 FROM ...: the targets usually name FROM items.
            for (Table t : delete.getTables()) {
                if (scope.find(t.getSchemaName(), t.getName()) == null) tableRef(t);
            }
        }
        expressions.walk(delete.getWhere(), scope, Mode.FILTER);
        orderBy(delete.getOrderByElements(), scope);
        if (delete.getLimit() != null) expressions.walk(delete.getLimit().getRowCount(), scope, Mode.VALUE);
        returning(delete.getReturningClause(), scope);
    }

    private void insert(Insert insert, Scope outer) {
        Scope with = withItems(insert.getWithItemsList(), outer);
        Scope scope = Scope.in(with);
        TableRef target = tableSource(insert.getTable(), scope);
        if (insert.getColumns() != null) {
            for (Column c : insert.getColumns()) targetColumn(c, target, scope);
        }
        // The rows to insert come from a query that does not see the target table.
        query(insert.getSelect(), with);
        assignments(insert.getSetUpdateSets(), target, scope);
        assignments(insert.getDuplicateUpdateSets(), target, scope);
        InsertConflictAction conflict = insert.getConflictAction();
        if (conflict != null) {
            Scope excluded = Scope.in(scope);
            excluded.add(new Source("excluded", null, true, target));
            assignments(conflict.getUpdateSets(), target, excluded);
            expressions.walk(conflict.getWhereExpression(), excluded, Mode.FILTER);
        }
        returning(insert.getReturningClause(), scope);
    }

    /** SET c = v: c is a column of the target (unless qualified otherwise), v a value. */
    private void assignments(List<UpdateSet> sets, TableRef target, Scope scope) {
        if (sets == null) return;
        for (UpdateSet set : sets) {
            if (set.getColumns() != null) {
                for (Column c : set.getColumns()) targetColumn(c, target, scope);
            }
            expressions.walk(set.getValues(), scope, Mode.VALUE);
        }
    }

    private void targetColumn(Column column, TableRef target, Scope scope) {
        if (isQualified(column)) {
            column(column, scope, Usage.OTHER);
        } else if (seen.add(column)) {
            addUse(column, columnRange(column), target, Usage.OTHER);
        }
    }

    private void returning(List<SelectItem<?>> items, Scope scope) {
        if (items == null) return;
        for (SelectItem<?> item : items) {
            if (!(item.getExpression() instanceof AllColumns)) expressions.walk(item.getExpression(), scope, Mode.VALUE);
        }
    }

    // ---- columns ----

    /** A column reference in {@code scope}, resolved to its table. */
    void column(Column column, Scope scope, Usage usage) {
        if (!isPseudoColumn(column) && seen.add(column)) addUse(column, columnRange(column), resolve(column, scope), usage);
    }

    /** What JSqlParser reads as a column but is none: SQL's functions called without parentheses, dollar-quoted strings. */
    private static boolean isPseudoColumn(Column column) {
        String name = column.getColumnName();
        return !isQualified(column) && name != null
                && (name.startsWith("$") || NILADIC_FUNCTIONS.contains(name.toLowerCase(Locale.ROOT)));
    }

    private static boolean isQualified(Column column) {
        return column.getTable() != null && column.getTable().getName() != null;
    }

    private static TableRef resolve(Column column, Scope scope) {
        Source source = isQualified(column)
                ? scope.find(column.getTable().getSchemaName(), column.getTable().getName())
                : scope.only();
        return source == null ? null : source.table();
    }

    private Range columnRange(Column column) {
        return tokens.lastNamed(column, column.getColumnName());
    }

    private void addUse(Column column, Range range, TableRef table, Usage usage) {
        if (range == null) return;
        String qualifier = isQualified(column) ? column.getTable().getFullyQualifiedName() : null;
        uses.add(new ColumnUse(table, qualifier, column.getColumnName(), range, usage));
    }

    private Range rangeOr(Expression preferred, SelectItem<?> fallback) {
        Range r = tokens.span(preferred);
        return r != null ? r : tokens.span(fallback);
    }

    // ---- statement-level facts ----

    private static boolean hasWhere(Select select) {
        if (select instanceof ParenthesedSelect p) return hasWhere(p.getSelect());
        return select instanceof PlainSelect plain && plain.getWhere() != null;
    }

    /** The statement's keyword: the first one of its kind outside parentheses (so after a WITH clause). */
    private Range keyword(Kind kind) {
        if (tokens.size() == 0) return null;
        String word = kind == Kind.OTHER ? null : kind.name();
        int at = word == null ? 0 : tokens.findAtLevel(0, word);
        if (at < 0 && kind == Kind.SELECT) at = tokens.findAtLevel(0, "VALUES");
        if (at < 0 && word != null) at = tokens.findShallowest(word);
        if (at < 0) at = 0;
        return tokens.range(at, at);
    }

    /** The clauses that may follow FROM in a query block, where a WHERE clause would go before. */
    private static final List<String> AFTER_FROM = List.of("WHERE", "GROUP", "HAVING", "WINDOW", "QUALIFY", "ORDER", "LIMIT", "OFFSET",
            "FETCH", "FOR", "LOCK");

    /** The outermost query block of a plain SELECT, for rewriting it; null for anything else or when a range is unknown. */
    private QueryInfo.OuterQuery outer(Select select) {
        if (!(select instanceof PlainSelect plain)) return null;
        Range where = plain.getWhere() == null ? null : tokens.span(plain.getWhere());
        if (plain.getWhere() != null && where == null) return null;
        List<QueryInfo.OrderKey> keys = new ArrayList<>();
        if (plain.getOrderByElements() != null) {
            for (OrderByElement element : plain.getOrderByElements()) {
                QueryInfo.OrderKey key = orderKey(element, plain.getSelectItems());
                if (key == null) return null;
                keys.add(key);
            }
        }
        boolean grouped = plain.getGroupBy() != null || plain.getHaving() != null || plain.getDistinct() != null;
        return new QueryInfo.OuterQuery(where, where != null ? -1 : whereAt(plain), keys, grouped);
    }

    /** Where a WHERE clause would start in a block without one: at the clause following FROM, or at the block's end. */
    private int whereAt(PlainSelect plain) {
        int first = tokens.first(plain);
        int from = first < 0 ? -1 : tokens.findAtLevel(first, "FROM");
        if (from < 0) return -1;
        int next = -1;
        for (String clause : AFTER_FROM) {
            int at = tokens.findAtLevel(from, clause);
            if (at >= 0 && (next < 0 || at < next)) next = at;
        }
        if (next >= 0) return tokens.range(next, next).start();
        int last = tokens.last(plain);
        return last < 0 ? -1 : tokens.range(last, last).end();
    }

    private QueryInfo.OrderKey orderKey(OrderByElement element, List<SelectItem<?>> outputs) {
        Expression key = element.getExpression();
        Range keyRange = tokens.span(key);
        int last = tokens.last(key);
        if (keyRange == null || last < 0) return null;
        SelectItem<?> item = outputItem(ExpressionWalker.unparenthesized(key), outputs);
        Range expression = item == null ? keyRange : tokens.span(item.getExpression());
        if (expression == null) return null;
        int end = last;
        if (tokens.is(end + 1, "ASC") || tokens.is(end + 1, "DESC")) end++;
        if (end + 1 < tokens.size() && tokens.image(end + 1).toUpperCase(Locale.ROOT).matches("NULLS\\s+(FIRST|LAST)")) {
            end++;
        } else if (tokens.is(end + 1, "NULLS") && (tokens.is(end + 2, "FIRST") || tokens.is(end + 2, "LAST"))) {
            end += 2;
        }
        return new QueryInfo.OrderKey(keyRange, expression, new Range(keyRange.start(), tokens.range(end, end).end()), !element.isAsc());
    }

    private record Paging(PagingClause limit, PagingClause offset) {
        static final Paging NONE = new Paging(null, null);
    }

    /** LIMIT/FETCH and OFFSET of the outermost query. */
    private Paging paging(Select select) {
        Select holder = pagingHolder(select);
        if (holder == null) return Paging.NONE;
        PagingClause limit = limit(holder.getLimit());
        if (limit == null && holder.getFetch() != null) limit = fetch(holder, holder.getFetch());
        PagingClause offset = holder.getOffset() != null
                ? offset(holder.getOffset())
                : holder.getLimit() == null || holder.getLimit().getOffset() == null ? null : clause(holder.getLimit().getOffset(), tokens.span(holder.getLimit().getOffset()));
        return new Paging(limit, offset);
    }

    /**
     * The query block whose LIMIT/OFFSET/FETCH apply to the whole result. JSqlParser leaves a LIMIT after a set
     * operation without ORDER BY on its last branch; the database applies it to the whole set operation.
     */
    private static Select pagingHolder(Select select) {
        if (select.getLimit() != null || select.getOffset() != null || select.getFetch() != null) return select;
        if (select instanceof SetOperationList set && !set.getSelects().isEmpty()
                && set.getSelects().get(set.getSelects().size() - 1) instanceof PlainSelect last) {
            return last.getLimit() != null || last.getOffset() != null || last.getFetch() != null ? last : null;
        }
        if (select instanceof ParenthesedSelect p) return pagingHolder(p.getSelect());
        return null;
    }

    private PagingClause limit(Limit limit) {
        if (limit == null) return null;
        Expression count = limit.getRowCount();
        if (count == null || count instanceof AllValue || count instanceof NullValue) return null;
        return clause(count, tokens.span(limit));
    }

    /** OFFSET m [ROW|ROWS]: from the keyword (the token before m) to m or the ROWS after it. */
    private PagingClause offset(Offset offset) {
        Expression count = offset.getOffset();
        int first = tokens.first(count);
        int last = tokens.last(count);
        if (first < 0 || last < 0) return null;
        if (tokens.is(first - 1, "OFFSET")) first--;
        if (tokens.is(last + 1, "ROWS") || tokens.is(last + 1, "ROW")) last++;
        return clause(count, tokens.range(first, last));
    }

    /** FETCH FIRST|NEXT [n] ROW|ROWS ONLY|WITH TIES; without n one row. */
    private PagingClause fetch(Select holder, Fetch fetch) {
        Expression count = fetch.getExpression();
        int keyword = count != null ? tokens.first(count) - 2 : tokens.findAtLevel(tokens.first(holder), "FETCH");
        if (!tokens.is(keyword, "FETCH")) return null;
        int last = count != null ? tokens.last(count) : keyword + 1;
        while (tokens.is(last + 1, "PERCENT") || tokens.is(last + 1, "ROW") || tokens.is(last + 1, "ROWS")) last++;
        if (tokens.is(last + 1, "ONLY")) {
            last++;
        } else if (last + 1 < tokens.size() && tokens.image(last + 1).toUpperCase(Locale.ROOT).matches("WITH\\s+TIES")) {
            last++;
        } else if (tokens.is(last + 1, "WITH") && tokens.is(last + 2, "TIES")) {
            last += 2;
        }
        Range range = tokens.range(keyword, last);
        return count == null ? new PagingClause(1L, false, range) : clause(count, range);
    }

    private static PagingClause clause(Expression count, Range range) {
        return range == null ? null : new PagingClause(literal(count), isParameter(count), range);
    }

    private static Long literal(Expression e) {
        if (!(ExpressionWalker.unparenthesized(e) instanceof LongValue value)) return null;
        BigInteger v = value.getBigIntegerValue();
        return v.bitLength() < 64 ? v.longValue() : null;
    }

    /** A bind parameter, possibly cast ({@code $1::int}) or parenthesized. */
    static boolean isParameter(Expression e) {
        Expression x = ExpressionWalker.unparenthesized(e);
        while (x instanceof CastExpression cast) x = ExpressionWalker.unparenthesized(cast.getLeftExpression());
        return x instanceof JdbcParameter || x instanceof JdbcNamedParameter || x instanceof UserVariable
                || x instanceof NumericBind || x instanceof Function f && ExpressionWalker.isSqlcMacro(f);
    }
}
