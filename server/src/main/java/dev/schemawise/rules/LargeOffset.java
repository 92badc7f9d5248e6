package dev.schemawise.rules;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.Table;
import dev.schemawise.query.ColumnUse;
import dev.schemawise.query.PagingClause;
import dev.schemawise.query.QueryInfo;
import dev.schemawise.query.Range;
import dev.schemawise.query.TableRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code large-offset}: paginated queries page by a key (keyset pagination), not by a large or growing OFFSET. */
public final class LargeOffset implements Rule {
    public static final RuleInfo INFO = new RuleInfo("large-offset", "queries", Severity.WARNING, true, RuleInfo.SQL, RuleInfo.Scope.SCHEMA,
            "Paginated queries ask for the rows after the last one seen (keyset pagination) instead of skipping rows with a large or growing OFFSET.",
            """
            "Large offsets: use cursor pagination." OFFSET n does not jump to row n: the database reads the first n \
            rows in order and throws them away, so page 500 of a listing reads 500 pages' worth of rows, every \
            time, and gets slower as the table grows. Rows inserted or deleted between two requests also shift \
            the pages, so a reader sees a row twice or misses one. Keyset (cursor) pagination remembers the ORDER BY \
            keys of the last row of a page and asks for the rows after them: WHERE (created_at, id) < ($1, $2) \
            ORDER BY created_at DESC, id DESC LIMIT 20 reads only the page, through an index on (created_at, id), \
            however deep it is. The keys must identify a row (end them with the primary key).

            Reported: a literal OFFSET above the threshold (option, default 1000), and an OFFSET given as a bind \
            parameter ($1, ?, :name, @name, sqlc.arg(...)) in a query with a LIMIT: a paginated query, whose offset \
            grows with the page number. MySQL's LIMIT offset, count counts too. The message shows the query \
            rewritten for keyset pagination when the outermost query is a plain SELECT with an ORDER BY (the \
            primary key appended to the keys when they are not unique); without ORDER BY it asks for one first. \
            Views and SQL files of queries are checked, not migrations; queries are read with JSqlParser, and a \
            statement it cannot read is skipped.

            Bad:

                -- name: ListPosts :many
                SELECT id, title FROM posts ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET $1;

            Good:

                -- name: ListPosts :many
                SELECT id, title FROM posts WHERE (created_at, id) < ($1, $2)
                ORDER BY created_at DESC, id DESC LIMIT 20;
            """, RuleInfo.Fixes.NONE, List.of(
                    OptionSpec.integer("threshold", 1000, "The largest literal OFFSET that is not reported.")));

    /** Rewritten queries longer than this are described in words instead. */
    private static final int MAX_REWRITE = 400;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        long threshold = ctx.intOption("threshold");
        for (QueryStatements.Query q : QueryStatements.of(ctx.workspace()).of(ctx.unit())) {
            if (q.origin() == QueryStatements.Origin.MIGRATION) continue;
            PagingClause offset = q.info().offset();
            if (offset == null) continue;
            boolean large = offset.value() != null && offset.value() > threshold;
            boolean paged = offset.parameter() && q.info().limit() != null;
            if (!large && !paged) continue;
            String text = ctx.text(q.file());
            PagingClause limit = q.info().limit();
            boolean inLimit = limit != null && limit.range().start() <= offset.range().start() && offset.range().end() <= limit.range().end();
            String written = compact((inLimit ? limit : offset).range().textIn(text));
            String head = large
                    ? written + " in " + q.describe() + " reads and throws away " + offset.value() + " rows each time it runs"
                    : written + " in " + paginated(q) + " reads and throws away every row before the page asked for, so each page is slower than the one before";
            ctx.report(q.file(), ctx.span(q.file(), offset.range().start(), offset.range().end()), head + "; " + advice(ctx, q, text), List.of());
        }
    }

    /** {@code paginated query ListPosts}, {@code this paginated query}. */
    private static String paginated(QueryStatements.Query q) {
        return q.name() == null && q.origin() != QueryStatements.Origin.VIEW ? "this paginated query" : "paginated " + q.describe();
    }

    // ------------------------------------------------------------------ advice

    private static final String GENERIC = "use keyset (cursor) pagination: remember the ORDER BY keys of the last row of a page and ask for the rows "
            + "after them (WHERE (key1, key2) > (last key1, last key2)) instead of skipping rows with OFFSET";

    private static String advice(RuleContext ctx, QueryStatements.Query q, String text) {
        QueryInfo.OuterQuery outer = q.info().outer();
        if (q.origin() == QueryStatements.Origin.VIEW) {
            return "a view cannot be paged by key (it takes no parameters): drop the OFFSET and page in the queries reading the view, asking for the "
                    + "rows after the last key seen (WHERE key > last key ORDER BY key LIMIT n)";
        }
        if (outer == null || outer.grouped()) return GENERIC;
        if (outer.orderBy().isEmpty()) {
            return "without ORDER BY the pages have no defined order (OFFSET may skip or repeat rows): order by a unique key first, then use keyset "
                    + "(cursor) pagination, asking for the rows after the last key seen (WHERE id > last id ORDER BY id) instead of an OFFSET";
        }
        Keys keys = keys(ctx, q, text);
        String rewritten = rewrite(ctx, q, text, keys);
        String after = "; pass the " + String.join(", ", keys.names()) + " of the last row of the previous page";
        if (rewritten == null) return GENERIC;
        String note = keys.unique() ? "" : " (the keys must identify a row: end the ORDER BY with a unique column)";
        if (rewritten.length() > MAX_REWRITE) {
            return "use keyset (cursor) pagination instead of OFFSET: add " + keys.condition() + " to the WHERE clause, order by "
                    + String.join(", ", keys.orderBy()) + " and drop the OFFSET" + after + note;
        }
        return "use keyset (cursor) pagination instead: " + rewritten + after + note;
    }

    /**
     * The ORDER BY keys of the outermost query and the keyset condition over them.
     *
     * @param expressions the keys as usable in WHERE (an output alias replaced by what it names), the primary key appended
     *                    when the keys were not unique
     * @param orderBy     the ORDER BY elements, as written, plus the appended ones
     * @param appended    the text to add after the last ORDER BY element, or ""
     * @param names       names for the last-seen values, one per key
     * @param condition   the keyset condition
     * @param unique      whether the keys are known to identify a row
     */
    private record Keys(List<String> expressions, List<String> orderBy, String appended, List<String> names, String condition, boolean unique) {}

    private static Keys keys(RuleContext ctx, QueryStatements.Query q, String text) {
        QueryInfo info = q.info();
        List<QueryInfo.OrderKey> order = info.outer().orderBy();
        List<String> expressions = new ArrayList<>();
        List<String> orderBy = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (QueryInfo.OrderKey k : order) {
            expressions.add(compact(k.expression().textIn(text)));
            orderBy.add(compact(k.element().textIn(text)));
            descending.add(k.descending());
            names.add(valueName(k.expression().textIn(text), names.size()));
        }
        // Keys that are columns of one known table: unique through a key of it, or made so with its primary key.
        TableRef ref = null;
        String qualifier = null;
        List<String> columns = new ArrayList<>();
        for (QueryInfo.OrderKey k : order) {
            ColumnUse use = info.columnUses().stream().filter(u -> u.usage() == ColumnUse.Usage.ORDER_BY
                    && k.key().start() <= u.range().start() && u.range().end() <= k.key().end()).findFirst().orElse(null);
            if (use == null || use.table() == null || ref != null && !ref.equals(use.table())) {
                ref = null;
                break;
            }
            ref = use.table();
            if (qualifier == null) qualifier = use.qualifier();
            columns.add(QueryTables.fold(use.column(), ctx.dialect()));
        }
        Table table = ref == null ? null : QueryTables.table(ctx, ref);
        boolean unique = table != null && SchemaFacts.isUnique(table, columns, ctx.dialect());
        StringBuilder appended = new StringBuilder();
        if (table != null && !unique && table.primaryKey() != null && !table.primaryKey().columns().isEmpty()) {
            boolean desc = descending.get(descending.size() - 1);
            for (String pk : table.primaryKey().columns()) {
                if (SchemaFacts.keySet(columns, ctx.dialect()).contains(ctx.dialect().key(pk))) continue;
                String expression = (qualifier != null ? qualifier + "." : "") + SqlSource.quote(pk, ctx.dialect());
                expressions.add(expression);
                orderBy.add(expression + (desc ? " DESC" : ""));
                descending.add(desc);
                names.add(valueName(pk, names.size()));
                appended.append(", ").append(expression).append(desc ? " DESC" : "");
            }
            unique = true;
        }
        List<String> values = placeholders(ctx, q.info(), text, q.query(), names);
        return new Keys(expressions, orderBy, appended.toString(), names, condition(expressions, descending, values), unique);
    }

    /** {@code (a, b) < ($3, $4)} when all keys sort the same way, else the same spelt out with OR. */
    private static String condition(List<String> expressions, List<Boolean> descending, List<String> values) {
        boolean same = descending.stream().distinct().count() == 1;
        if (same) {
            String op = descending.get(0) ? " < " : " > ";
            if (expressions.size() == 1) return expressions.get(0) + op + values.get(0);
            return "(" + String.join(", ", expressions) + ")" + op + "(" + String.join(", ", values) + ")";
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) parts.add(expressions.get(j) + " = " + values.get(j));
            parts.add(expressions.get(i) + (descending.get(i) ? " < " : " > ") + values.get(i));
            alternatives.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")");
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }

    private static final Pattern NUMBERED = Pattern.compile("\\$(\\d+)");
    private static final Pattern AT_NAME = Pattern.compile("(?<![@\\w])@[A-Za-z_]");
    private static final Pattern COLON_NAME = Pattern.compile("(?<![:\\w]):[A-Za-z_]");

    /** Placeholders for the last row's values, in the style of the query's own parameters. */
    private static List<String> placeholders(RuleContext ctx, QueryInfo info, String text, dev.schemawise.text.Span query, List<String> names) {
        String statement = text.substring(query.start(), query.end());
        List<String> out = new ArrayList<>();
        Matcher numbered = NUMBERED.matcher(statement);
        int max = 0;
        while (numbered.find()) max = Math.max(max, Integer.parseInt(numbered.group(1).length() > 6 ? "0" : numbered.group(1)));
        boolean none = !statement.contains("?") && !statement.toLowerCase(Locale.ROOT).contains("sqlc.") && !AT_NAME.matcher(statement).find()
                && !COLON_NAME.matcher(statement).find();
        for (int i = 0; i < names.size(); i++) {
            String name = "last_" + names.get(i);
            if (max > 0 || none && ctx.dialect() == Dialect.POSTGRESQL) out.add("$" + (max + i + 1));
            else if (statement.toLowerCase(Locale.ROOT).contains("sqlc.arg(") || statement.toLowerCase(Locale.ROOT).contains("sqlc.narg(")) out.add("sqlc.arg(" + name + ")");
            else if (AT_NAME.matcher(statement).find()) out.add("@" + name);
            else if (statement.contains("?") || none) out.add("?");
            else out.add(":" + name);
        }
        return out;
    }

    /** A name for the last-seen value of a key: its column name, else key1, key2... */
    private static String valueName(String expression, int index) {
        String e = expression.strip();
        int dot = e.lastIndexOf('.');
        String last = dot >= 0 ? e.substring(dot + 1) : e;
        last = last.replaceAll("[\"`\\[\\]]", "");
        return last.matches("[A-Za-z_][A-Za-z0-9_]*") ? last.toLowerCase(Locale.ROOT) : "key" + (index + 1);
    }

    /** The statement with the keyset condition in its WHERE clause, the keys completed and the OFFSET dropped; null if it cannot be. */
    private static String rewrite(RuleContext ctx, QueryStatements.Query q, String text, Keys keys) {
        QueryInfo info = q.info();
        QueryInfo.OuterQuery outer = info.outer();
        record Edit(int start, int end, String text) {}
        List<Edit> edits = new ArrayList<>();
        PagingClause offset = info.offset();
        PagingClause limit = info.limit();
        Range o = offset.range();
        if (limit != null && limit.range().start() <= o.start() && o.end() <= limit.range().end()) {
            // MySQL's LIMIT offset, count: keep LIMIT count.
            int comma = text.indexOf(',', o.end());
            if (comma < 0 || comma >= limit.range().end()) return null;
            int next = comma + 1;
            while (next < limit.range().end() && Character.isWhitespace(text.charAt(next))) next++;
            edits.add(new Edit(o.start(), next, ""));
        } else {
            int start = o.start();
            while (start > q.query().start() && Character.isWhitespace(text.charAt(start - 1))) start--;
            edits.add(new Edit(start, o.end(), ""));
        }
        if (!keys.appended().isEmpty()) {
            QueryInfo.OrderKey last = outer.orderBy().get(outer.orderBy().size() - 1);
            edits.add(new Edit(last.element().end(), last.element().end(), keys.appended()));
        }
        if (outer.where() != null) {
            Range w = outer.where();
            boolean or = MigrationChecks.word(text, "OR", w.start(), w.end()) >= 0;
            String condition = compact(w.textIn(text));
            edits.add(new Edit(w.start(), w.end(), (or ? "(" + condition + ")" : condition) + " AND " + keys.condition()));
        } else if (outer.whereAt() >= 0) {
            int at = outer.whereAt();
            boolean atEnd = text.substring(at, q.query().end()).strip().replace(";", "").isEmpty();
            edits.add(new Edit(at, at, atEnd ? " WHERE " + keys.condition() : "WHERE " + keys.condition() + " "));
        } else {
            return null;
        }
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        int base = q.query().start();
        StringBuilder b = new StringBuilder(text.substring(base, q.query().end()));
        for (Edit e : edits) {
            if (e.start() < base || e.end() > q.query().end() || e.end() < e.start()) return null;
            b.replace(e.start() - base, e.end() - base, e.text());
        }
        String out = compact(b.toString());
        return out.endsWith(";") ? out.substring(0, out.length() - 1).stripTrailing() : out;
    }

    /** SQL text on one line: comments dropped, runs of whitespace made one space (outside quotes). */
    static String compact(String sql) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        int n = sql.length();
        boolean space = false;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
                space = true;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                space = true;
            } else if (Character.isWhitespace(c)) {
                space = true;
                i++;
            } else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                if (c == '\'' || c == '"' || c == '`') {
                    int close = sql.indexOf(c, i + 1);
                    int end = close < 0 ? n : close + 1;
                    b.append(sql, i, end);
                    i = end;
                } else {
                    b.append(c);
                    i++;
                }
            }
        }
        return b.toString();
    }
}
