package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Index;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.query.ColumnUse;
import dev.schemawise.query.TableRef;
import dev.schemawise.text.SourceRef;
import dev.schemawise.workspace.FileReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code unindexed-query-column}: the columns a query filters, joins or pages by lead some index of their table.
 */
public final class UnindexedQueryColumn implements Rule {
    public static final RuleInfo INFO = new RuleInfo("unindexed-query-column", "queries", Severity.INFO, true, RuleInfo.SQL, RuleInfo.Scope.SCHEMA,
            "The columns a query filters by (WHERE), joins on or pages by (ORDER BY with LIMIT) lead an index of their table.",
            """
            "Index strategically: based on query patterns, not assumptions." The queries of the workspace (view \
            bodies, SQL files of queries, sqlc files) say which columns rows are looked up by. When none of the \
            columns a query compares a table's rows by in WHERE (=, IN, <, BETWEEN, LIKE 'prefix%') is the \
            leading column of an index, primary key or unique constraint of that table, the database reads the \
            whole table for every run (EXPLAIN shows a Seq Scan). The same goes for a table joined on columns no \
            index starts with, while the query filters another table (each joined row is then looked up by a \
            scan), and for the first rows of a table by an ORDER BY with LIMIT (every row is read and sorted to \
            return a few).

            The message and the fix give one composite index in the order the seed advises: equality columns \
            first, then range columns, then sort columns (CREATE INDEX orders_user_id_created_at_idx ON orders \
            (user_id, created_at)). The fix adds it after the table's last statement in its SQL schema file, which \
            may be another file than the query's; for a table of a migrations folder the message asks for a new \
            migration, and for a Prisma model for @@index. It is offered, not applied by --fix: an index costs \
            every write, so adding one is a decision.

            "When NOT to index: small tables (< 1000 rows), columns with low cardinality, frequently updated \
            columns, columns rarely queried." Tables listed in the smallTables option are not reported; nor are \
            filters only on booleans, enums or IS [NOT] NULL, tables whose filter already uses an index (one \
            indexed column is enough for the planner to start from), join columns of a foreign key (left to \
            require-fk-index; InnoDB indexes them itself), tables of another schema or views, and data statements \
            in migrations (they run once). Only the leading column of an index counts, since an index on (a, b) \
            does not serve lookups by b; partial indexes count for their columns and the columns of their WHERE.

            Bad:

                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL);

                -- name: RecentOrders :many
                SELECT id FROM orders WHERE status = $1 ORDER BY created_at DESC LIMIT 20;

            Good:

                CREATE INDEX orders_status_created_at_idx ON orders (status, created_at);
            """, RuleInfo.Fixes.CHOICES, List.of(
                    OptionSpec.strings("smallTables", List.of(),
                            "Tables that stay small (up to some thousand rows): a scan of them is cheap, so their query columns need no index.")));

    private static final Pattern NULL_TEST = Pattern.compile("(?i)^\\s*IS\\s+(?:NOT\\s+)?NULL\\b");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Why a table's columns are reported: which clause looks its rows up. */
    private enum Clause { WHERE, JOIN, ORDER_BY }

    @Override
    public void check(RuleContext ctx) {
        if (!QueryTables.workspaceHasTables(ctx.workspace())) return;
        Set<String> small = new HashSet<>();
        for (String name : ctx.stringsOption("smallTables")) small.add(name.toLowerCase(Locale.ROOT));
        for (QueryStatements.Query q : QueryStatements.of(ctx.workspace()).of(ctx.unit())) {
            if (q.origin() == QueryStatements.Origin.MIGRATION) continue;
            String text = ctx.text(q.file());
            Map<TableRef, List<ColumnUse>> byRef = new LinkedHashMap<>();
            Set<TableRef> filtered = new HashSet<>();
            boolean unresolvedFilter = false;
            for (ColumnUse u : q.info().columnUses()) {
                if (u.usage() == ColumnUse.Usage.OTHER) continue;
                TableRef ref = QueryTables.owner(ctx, q.info(), u);
                if (ref != null) byRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(u);
                if (isFilter(u)) {
                    if (ref != null) filtered.add(ref);
                    else unresolvedFilter = true;
                }
            }
            Set<String> reported = new HashSet<>();
            for (Map.Entry<TableRef, List<ColumnUse>> e : byRef.entrySet()) {
                Table t = QueryTables.table(ctx, e.getKey());
                if (t == null || isSmall(t, small)) continue;
                boolean othersFiltered = unresolvedFilter || filtered.stream().anyMatch(r -> !r.equals(e.getKey()));
                Suggestion s = suggestion(ctx, q, t, e.getValue(), text, othersFiltered);
                if (s == null || !reported.add(Schema.key(ctx.dialect(), t.name()) + " " + s.columns())) continue;
                ctx.report(q.file(), ctx.span(q.file(), s.at().range().start(), s.at().range().end()), message(ctx, q, t, s), java.util.Arrays.asList(fix(ctx, t, s)));
            }
        }
    }

    /**
     * The index a table of a query needs.
     *
     * @param clause  what looks rows up: the WHERE filter (with the sort that follows), a join, or a sort with LIMIT
     * @param unindexed the columns of the clause, none of which leads an index (database names)
     * @param columns the index to add: equality, range, then sort columns
     * @param at      the use to report at
     */
    private record Suggestion(Clause clause, List<String> unindexed, List<String> columns, ColumnUse at) {}

    private static Suggestion suggestion(RuleContext ctx, QueryStatements.Query q, Table t, List<ColumnUse> uses, String text, boolean othersFiltered) {
        Map<String, ColumnUse> equality = new LinkedHashMap<>();
        Map<String, ColumnUse> range = new LinkedHashMap<>();
        Map<String, ColumnUse> sort = new LinkedHashMap<>();
        Map<String, ColumnUse> join = new LinkedHashMap<>();
        for (ColumnUse u : uses) {
            Column c = QueryTables.column(ctx, t, u.column());
            if (c == null) continue; // unknown columns are unknown-reference's
            switch (u.usage()) {
                case EQUALITY -> {
                    if (!NULL_TEST.matcher(text.substring(u.range().end(), Math.min(text.length(), u.range().end() + 40))).find()) equality.putIfAbsent(c.name(), u);
                }
                case RANGE -> range.putIfAbsent(c.name(), u);
                case ORDER_BY -> sort.putIfAbsent(c.name(), u);
                case JOIN -> join.putIfAbsent(c.name(), u);
                default -> { }
            }
        }
        range.keySet().removeAll(equality.keySet());
        Map<String, ColumnUse> filter = new LinkedHashMap<>(equality);
        filter.putAll(range);
        if (!filter.isEmpty()) {
            if (filter.keySet().stream().anyMatch(c -> leads(ctx, t, c))) return null;
            if (filter.keySet().stream().allMatch(c -> lowCardinality(t.column(c)))) return null;
            List<String> columns = new ArrayList<>(filter.keySet());
            for (String c : sort.keySet()) {
                if (!columns.contains(c)) columns.add(c);
            }
            return new Suggestion(Clause.WHERE, new ArrayList<>(filter.keySet()), columns, first(filter));
        }
        if (!join.isEmpty()) {
            // A join looks rows up one by one only when the query narrows another table down first.
            if (!othersFiltered || join.keySet().stream().anyMatch(c -> leads(ctx, t, c)) || isForeignKey(t, join.keySet(), ctx.dialect())) return null;
            return new Suggestion(Clause.JOIN, new ArrayList<>(join.keySet()), new ArrayList<>(join.keySet()), first(join));
        }
        if (!sort.isEmpty() && q.info().limit() != null) {
            String leading = sort.keySet().iterator().next();
            if (leads(ctx, t, leading)) return null;
            return new Suggestion(Clause.ORDER_BY, List.of(leading), new ArrayList<>(sort.keySet()), sort.get(leading));
        }
        return null;
    }

    /** The use that comes first in the text. */
    private static ColumnUse first(Map<String, ColumnUse> uses) {
        ColumnUse out = null;
        for (ColumnUse u : uses.values()) {
            if (out == null || u.range().start() < out.range().start()) out = u;
        }
        return out;
    }

    /** A use that narrows rows down: a WHERE comparison of a column itself. */
    private static boolean isFilter(ColumnUse u) {
        return u.usage() == ColumnUse.Usage.EQUALITY || u.usage() == ColumnUse.Usage.RANGE;
    }

    /**
     * Whether a column is the leading column of an index of the table (any method; a partial index also for the
     * columns of its predicate), of its primary key or of a unique constraint; in MySQL also of a foreign key, which
     * InnoDB indexes itself.
     */
    static boolean leads(RuleContext ctx, Table t, String column) {
        Dialect d = ctx.dialect();
        String key = d.key(column);
        if (t.primaryKey() != null && !t.primaryKey().columns().isEmpty() && d.key(t.primaryKey().columns().get(0)).equals(key)) return true;
        for (UniqueConstraint u : t.uniques()) {
            if (!u.columns().isEmpty() && d.key(u.columns().get(0)).equals(key)) return true;
        }
        for (Index i : t.indexes()) {
            if (!i.keys().isEmpty() && i.keys().get(0).column() != null && d.key(i.keys().get(0).column()).equals(key)) return true;
            if (i.isPartial() && SchemaFacts.mentions(i.where(), column)) return true;
        }
        if (d == Dialect.MYSQL) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!fk.columns().isEmpty() && d.key(fk.columns().get(0)).equals(key)) return true;
            }
        }
        return false;
    }

    /** Whether the columns are those of a foreign key of the table (require-fk-index asks for its index). */
    private static boolean isForeignKey(Table t, Set<String> columns, Dialect d) {
        Set<String> have = SchemaFacts.keySet(new ArrayList<>(columns), d);
        for (ForeignKey fk : t.foreignKeys()) {
            if (!fk.columns().isEmpty() && have.equals(SchemaFacts.keySet(fk.columns(), d))) return true;
        }
        return false;
    }

    /** Booleans and enums: an index on them alone rarely narrows a search (see low-cardinality-index). */
    private static boolean lowCardinality(Column c) {
        return c != null && !c.type().isArray() && (c.type().family() == TypeFamily.BOOLEAN || c.type().family() == TypeFamily.ENUM);
    }

    private static boolean isSmall(Table t, Set<String> small) {
        String bare = t.name().name().toLowerCase(Locale.ROOT);
        String qualified = t.name().schema() == null ? bare : t.name().schema().toLowerCase(Locale.ROOT) + "." + bare;
        return small.contains(bare) || small.contains(qualified) || small.contains(t.declaredName().toLowerCase(Locale.ROOT));
    }

    // ------------------------------------------------------------------ message and fix

    private static String message(RuleContext ctx, QueryStatements.Query q, Table t, Suggestion s) {
        String table = t.name().name();
        List<String> named = new ArrayList<>();
        for (String c : s.unindexed()) named.add(table + "." + c);
        String columns = (named.size() == 1 ? "column " : "columns ") + join(named, "and");
        String none = named.size() == 1 ? "no index of table " + table + " starts with it" : "no index of table " + table + " starts with any of them";
        String head = switch (s.clause()) {
            case WHERE -> q.describe() + " filters by " + columns + " in WHERE, but " + none + ", so every run reads the whole table";
            case JOIN -> q.describe() + " joins table " + table + " on " + columns + ", but " + none + ", so each row joined is looked up by a scan";
            case ORDER_BY -> q.describe() + " returns the first rows by " + columns + " (ORDER BY with LIMIT), but " + none
                    + ", so every row is read and sorted";
        };
        String order = s.columns().size() > 1 ? " (equality columns first, then range, then sort)" : "";
        String smallHint = "; if " + table + " stays small, list it in the rule's smallTables option";
        if (t.isPrisma()) {
            List<String> fields = new ArrayList<>();
            for (String c : s.columns()) fields.add(PrismaSource.fieldName(t, c));
            return head + ": add @@index([" + String.join(", ", fields) + "]) to model " + t.declaredName() + order + smallHint;
        }
        String sql = createIndex(ctx, t, s);
        sql = sql.substring(0, sql.length() - 1); // without its semicolon, inside a sentence
        boolean migrations = !inSchemaFile(ctx, t);
        return head + ": " + (migrations ? "add " + sql + " in a new migration" : "add " + sql) + order + smallHint;
    }

    private static String join(List<String> items, String conjunction) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }

    private static String createIndex(RuleContext ctx, Table t, Suggestion s) {
        Dialect d = tableDialect(ctx, t);
        return SqlSource.createIndex(d, t.name(), SqlSource.indexName(t.name(), s.columns(), "idx", d), s.columns(), false);
    }

    /** The dialect of the file declaring the table (a query file may be read as another). */
    private static Dialect tableDialect(RuleContext ctx, Table t) {
        FileReport f = t.source() == null ? null : ctx.workspace().file(t.source().file());
        return f != null && f.dialect() != null ? f.dialect() : ctx.dialect();
    }

    private static boolean inSchemaFile(RuleContext ctx, Table t) {
        SourceRef last = lastStatement(t);
        FileReport f = last == null ? null : ctx.workspace().file(last.file());
        return f != null && f.kind() == FileReport.Kind.SQL_SCHEMA;
    }

    /** The last statement that shaped the table (a column the index needs may come from an ALTER TABLE after the CREATE TABLE). */
    private static SourceRef lastStatement(Table t) {
        return t.history().isEmpty() ? t.source() : t.history().get(t.history().size() - 1);
    }

    /** The CREATE INDEX after the table's last statement in its SQL schema file; null for Prisma and migrations. */
    private static Fix fix(RuleContext ctx, Table t, Suggestion s) {
        if (t.isPrisma() || !inSchemaFile(ctx, t)) return null;
        Dialect d = tableDialect(ctx, t);
        String name = SqlSource.indexName(t.name(), s.columns(), "idx", d);
        for (Index i : t.indexes()) {
            if (name.equalsIgnoreCase(i.name())) return null;
        }
        SourceRef last = lastStatement(t);
        return Edits.choice("Add index " + name + " on " + t.name().name() + " (" + String.join(", ", s.columns()) + ")",
                SqlSource.afterStatement(ctx, last.file(), last.range(), createIndex(ctx, t, s)));
    }
}
