package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Table;
import dev.schemawise.query.QueryInfo;
import java.util.ArrayList;
import java.util.List;

/** {@code select-star}: views and queries list the columns they need instead of {@code SELECT *}. */
public final class SelectStar implements Rule {
    public static final RuleInfo INFO = new RuleInfo("select-star", "queries", Severity.WARNING, true, RuleInfo.SQL, RuleInfo.Scope.SCHEMA,
            "Views and queries list the columns they need instead of SELECT *.",
            """
            "SELECT *: only select needed columns." A query selecting * reads and sends every column, wide \
            text and JSON ones included, and rules out index-only scans; its result changes shape whenever the \
            table does, so code reading columns by position, or generated from the query (sqlc), breaks or \
            silently carries new columns. In a view the star is worse: PostgreSQL and MySQL expand it once, \
            when the view is created, so columns added later never appear in the view, and the definition hides \
            which columns the view depends on.

            Reported: a star (or t.*) in the select list of a view's query and of a SELECT in an SQL file of \
            queries (plain or sqlc-style, with -- name: headers) or in a schema file. Not reported: stars in \
            subqueries, common table expressions and EXISTS (the outer query picks the columns), sqlc.embed(t) \
            (sqlc's way to ask for a table's model), INSERT ... SELECT * (copying rows between tables of one \
            shape is what the star is for), count(*), RETURNING *, and data statements in migrations (run once). \
            Queries are read with JSqlParser; a statement it cannot read is skipped, never reported.

            The fix replaces the star with the columns of its tables, in the order the database has them, \
            qualified when the star covers several tables. It is offered when every table the star covers is \
            known with all its columns (not a subquery, a view, a Prisma model, whose field order need not be \
            the database's, or a table with inherited columns), and the query joins nothing with USING or \
            NATURAL (which merge the joined columns). It is never offered in a migration that ran already.

            Bad:

                CREATE VIEW active_users AS SELECT * FROM users WHERE deleted_at IS NULL;

                -- name: GetUser :one
                SELECT * FROM users WHERE id = $1;

            Good:

                CREATE VIEW active_users AS SELECT id, email, name FROM users WHERE deleted_at IS NULL;

                -- name: GetUser :one
                SELECT id, email, name FROM users WHERE id = $1;
            """, RuleInfo.Fixes.SAFE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        for (QueryStatements.Query q : QueryStatements.of(ctx.workspace()).of(ctx.unit())) {
            if (q.origin() == QueryStatements.Origin.MIGRATION || q.info().kind() != QueryInfo.Kind.SELECT) continue;
            for (dev.schemawise.query.SelectStar star : q.info().selectStars()) {
                if (!star.output() || star.embed()) continue;
                List<Table> tables = new ArrayList<>();
                List<String> covered = new ArrayList<>();
                for (dev.schemawise.query.SelectStar.Target target : star.expandsOver()) {
                    Table t = target.table() == null ? null : QueryTables.table(ctx, target.table());
                    tables.add(t);
                    covered.add(describe(ctx, target, t));
                }
                String star0 = ctx.text(q.file()).substring(star.range().start(), star.range().end());
                String what = covered.isEmpty() ? "" : " from " + String.join(", ", covered);
                String why = q.origin() == QueryStatements.Origin.VIEW
                        ? ": list the columns it needs (the star is expanded once, when the view is created, and hides what the view depends on)"
                        : ": list the columns it needs (every column is read and sent, and the result changes shape whenever the table does)";
                ctx.report(q.file(), ctx.span(q.file(), star.range().start(), star.range().end()), q.describe() + " selects " + star0 + what + why,
                        java.util.Arrays.asList(fix(ctx, q, star, tables)));
            }
        }
    }

    /** {@code table users}, {@code view active_users}, {@code s} (a subquery, a common table expression or a function). */
    private static String describe(RuleContext ctx, dev.schemawise.query.SelectStar.Target target, Table t) {
        if (t != null) return ctx.name(t);
        if (target.table() == null) return target.name() == null || target.name().isEmpty() ? "a subquery" : target.name();
        return (QueryTables.view(ctx, target.table()) != null ? "view " : "table ") + target.table().name();
    }

    /** The star replaced by the columns it stands for; null unless every table it covers is known with all its columns. */
    private static Fix fix(RuleContext ctx, QueryStatements.Query q, dev.schemawise.query.SelectStar star, List<Table> tables) {
        if (tables.isEmpty() || tables.contains(null)) return null;
        String text = ctx.text(q.file());
        if (MigrationChecks.word(text, "USING", q.query().start(), q.query().end()) >= 0
                || MigrationChecks.word(text, "NATURAL", q.query().start(), q.query().end()) >= 0) return null;
        boolean qualify = star.qualifier() != null || tables.size() > 1;
        List<String> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            if (t.isPrisma() || !UnknownReference.columnsKnown(ctx, t)) return null;
            String qualifier = star.qualifier() != null ? star.qualifier() : star.expandsOver().get(i).name();
            for (Column c : t.columns()) columns.add((qualify ? qualifier + "." : "") + SqlSource.quote(c.name(), ctx.dialect()));
            names.add(t.name().name());
        }
        if (columns.isEmpty()) return null;
        return Edits.safe("Select the columns of " + String.join(", ", names) + " instead of " + (star.qualifier() != null ? star.qualifier() + ".*" : "*"),
                Edits.replace(ctx, q.file(), star.range().start(), star.range().end(), String.join(", ", columns)));
    }
}
