package dev.schemawise.rules;

import dev.schemawise.model.ddl.Opaque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private static final Set<String> DATA_HEADS = Set.of("UPDATE", "DELETE", "WITH");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        MigrationChecks.upStatements(ctx, (step, s) -> {
            if (!(s instanceof Opaque o) || !DATA_HEADS.contains(o.kind().toUpperCase(Locale.ROOT))) return;
            net.sf.jsqlparser.statement.Statement parsed = MigrationChecks.dml(MigrationChecks.text(ctx, step, s.range()));
            String verb;
            String table;
            if (parsed instanceof net.sf.jsqlparser.statement.update.Update u && u.getWhere() == null) {
                verb = "UPDATE";
                table = u.getTable() == null ? null : u.getTable().getFullyQualifiedName();
            } else if (parsed instanceof net.sf.jsqlparser.statement.delete.Delete d && d.getWhere() == null) {
                verb = "DELETE";
                table = d.getTable() == null ? null : d.getTable().getFullyQualifiedName();
            } else {
                return;
            }
            String text = ctx.text(step.file());
            int at = MigrationChecks.word(text, verb, s.range().start(), s.range().end());
            int start = at >= 0 ? at : s.range().start();
            String target = table == null ? "its table" : "table " + table.replace("\"", "").replace("`", "");
            ctx.report(step.file(), ctx.span(step.file(), start, start + verb.length()),
                    verb + " without WHERE in a migration " + (verb.equals("UPDATE") ? "rewrites every row of " : "deletes every row of ") + target
                            + "; add the WHERE clause meant (WHERE true, if the whole table really is)", List.of());
        });
    }
}
