package dev.schemawise.rules;

import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.query.QueryFacts;
import dev.schemawise.query.QueryInfo;
import dev.schemawise.query.TableRef;
import java.util.List;

/** {@code unsafe-dml}: an UPDATE or DELETE without WHERE in a migration changes every row of the table. */
public final class UnsafeDml implements Rule {
    public static final RuleInfo INFO = new RuleInfo("unsafe-dml", "migrations", Severity.ERROR, true, RuleInfo.SQL, RuleInfo.Scope.MIGRATIONS,
            "UPDATE and DELETE in migrations have a WHERE clause, so they change the rows meant and not the whole table.",
            """
            A migration runs once, against production, usually without anyone watching its output. An UPDATE or \
            DELETE without WHERE there rewrites or empties the whole table, and on a large table it also holds \
            row locks on every row until the migration's transaction ends. When the whole table really is meant, \
            say so: WHERE true documents the intent (or TRUNCATE, for emptying a table). Data statements are read \
            with JSqlParser; a statement it cannot read is skipped, never reported.

            Bad:

                UPDATE orders SET status = 'archived';

            Good:

                UPDATE orders SET status = 'archived' WHERE created_at < now() - interval '2 years';
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.upStatements(ctx, (step, s) -> {
            if (!(s instanceof Opaque o)) return;
            String kind0 = o.kind().toUpperCase(java.util.Locale.ROOT);
            if (!kind0.equals("UPDATE") && !kind0.equals("DELETE") && !kind0.equals("WITH")) return;
            String text = ctx.text(step.file());
            // Most have their WHERE in plain sight: no need to start JSqlParser for them.
            if (!kind0.equals("WITH") && s.range().end() <= text.length()
                    && QueryFacts.hasTopLevelWhere(text.substring(s.range().start(), s.range().end()))) return;
            QueryStatements.Query q = QueryStatements.of(ctx.workspace()).at(step.file(), s.range().start());
            if (q == null || q.info().hasWhere() || q.info().keyword() == null) return;
            QueryInfo.Kind kind = q.info().kind();
            if (kind != QueryInfo.Kind.UPDATE && kind != QueryInfo.Kind.DELETE) return;
            TableRef target = target(q.info());
            String what = target == null ? "its table" : "table " + (target.schema() == null ? "" : target.schema() + ".") + target.name();
            int start = q.info().keyword().start();
            ctx.report(step.file(), ctx.span(step.file(), start, q.info().keyword().end()),
                    kind + " without WHERE in a migration " + (kind == QueryInfo.Kind.UPDATE ? "rewrites every row of " : "deletes every row of ")
                            + what.replace("\"", "").replace("`", "") + "; add the WHERE clause meant (WHERE true, if the whole table really is)", List.of());
        });
    }

    /** The table an UPDATE or DELETE writes: the first table named after its keyword (those of a WITH clause come before). */
    static TableRef target(QueryInfo info) {
        for (TableRef t : info.tables()) {
            if (t.range().start() > info.keyword().start()) return t;
        }
        return null;
    }
}
