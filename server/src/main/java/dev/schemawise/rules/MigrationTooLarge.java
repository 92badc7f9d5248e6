package dev.schemawise.rules;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Schema;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.query.QueryInfo;
import dev.schemawise.query.TableRef;
import dev.schemawise.workspace.MigrationStep;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code migration-too-large}: a migration changes a few existing tables, and schema and data separately. */
public final class MigrationTooLarge implements Rule {
    public static final RuleInfo INFO = new RuleInfo("migration-too-large", "migrations", Severity.INFO, true, RuleInfo.SQL, RuleInfo.Scope.MIGRATIONS,
            "Migrations are small and focused: a few existing tables at a time, and data changes apart from schema changes.",
            """
            "Small, focused changes - one logical change per migration." A migration that alters many existing \
            tables holds locks on all of them, is hard to review and hard to roll back half-way; one that mixes \
            schema changes with data changes (UPDATE, INSERT, DELETE of existing tables) runs the data change \
            under the schema change's locks, and when the data change fails or is slow the schema change goes \
            with it. Tables the migration creates do not count (a new feature's tables arrive together), nor \
            does the first migration of a folder (the initial schema), nor data written into tables the same \
            migration creates (seed rows).

            Bad: one migration adding columns to orders, users, products, invoices, payments and shipments, then \
            UPDATE orders SET ... to backfill.

            Good: one migration per logical change; the backfill in a migration (or a job) of its own.
            """, RuleInfo.Fixes.NONE, List.of(
                    new OptionSpec("maxTables", OptionSpec.Type.INTEGER, "5", List.of(),
                            "How many existing tables one migration may change before it is reported."),
                    OptionSpec.enumeration("mixedChanges", "report", List.of("report", "allow"),
                            "Whether a migration changing both the schema and the data of existing tables is reported.")));

    private static final Set<String> DATA = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "COPY");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        int max = Math.max(1, ctx.intOption("maxTables"));
        boolean mixed = ctx.stringOption("mixedChanges").equals("report");
        for (MigrationStep step : ctx.unit().steps()) {
            if (step.index() == 0 || step.up().isEmpty()) continue;
            Set<String> changed = new LinkedHashSet<>();
            Statement firstData = null;
            for (Statement s : step.up()) {
                for (QualifiedName t : MigrationStep.tables(s)) {
                    if (!step.createdHere(t)) changed.add(t.display());
                }
                if (firstData == null && s instanceof Opaque o && DATA.contains(o.kind().toUpperCase(Locale.ROOT)) && !intoNewTable(ctx, step, o)) firstData = s;
            }
            String migration = "migration " + step.migration().version() + " (" + step.migration().name() + ")";
            if (changed.size() > max) {
                Statement first = step.up().get(0);
                ctx.report(step.file(), MigrationChecks.line(ctx, step.file(), first.range().start()), migration + " changes " + changed.size() + " existing tables ("
                        + String.join(", ", changed) + "), more than " + max + ": split it into smaller migrations, one logical change each", List.of());
            }
            if (mixed && firstData != null && !changed.isEmpty()) {
                ctx.report(step.file(), MigrationChecks.line(ctx, step.file(), firstData.range().start()), migration + " changes data as well as the schema of "
                        + String.join(", ", changed) + ": put the data change in a migration of its own, so it neither runs under the schema "
                        + "change's locks nor takes it down when it fails", List.of());
            }
        }
    }

    /** An INSERT into a table the same migration creates (seed rows), as far as JSqlParser can tell. */
    private static boolean intoNewTable(RuleContext ctx, MigrationStep step, Opaque o) {
        if (!o.kind().equalsIgnoreCase("INSERT")) return false;
        QueryStatements.Query q = QueryStatements.of(ctx.workspace()).at(step.file(), o.range().start());
        if (q == null || q.info().kind() != QueryInfo.Kind.INSERT || q.info().keyword() == null) return false;
        TableRef target = UnsafeDml.target(q.info());
        return target != null && step.createdHere(QueryTables.name(target, step.dialect()));
    }

}
