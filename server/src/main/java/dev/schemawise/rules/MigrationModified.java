package dev.schemawise.rules;

import dev.schemawise.text.LineIndex;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.MigrationBaseline;
import dev.schemawise.workspace.MigrationHistory;
import dev.schemawise.workspace.MigrationLayouts;
import dev.schemawise.workspace.MigrationTool;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.MigrationStep;
import java.util.ArrayList;
import java.util.List;

/** {@code migration-modified}: a migration that exists at the base revision has not been changed since. */
public final class MigrationModified implements Rule {
    public static final RuleInfo INFO = new RuleInfo("migration-modified", "migrations", Severity.ERROR, true, RuleInfo.SQL, RuleInfo.Scope.MIGRATIONS,
            "Migrations that were committed (and so may have run) are never edited; changes go in a new migration.",
            """
            "Never modify a migration that has been run - create a new one." A database that already applied a \
            migration will not apply it again: an edit reaches only fresh databases (CI, new developers), so \
            production and development drift apart, and tools that checksum their migrations (Prisma Migrate, \
            Flyway) refuse to run at all. The rule compares every migration file (up and down) with its text at \
            the base revision: config migrations.baseRef if set, else the branch's upstream (origin/main, say), \
            else HEAD. A migration that is new since the base is yours to change. Line endings do not count. \
            git is asked with fixed arguments (ls-tree and cat-file); outside a git repository the rule is silent. \
            The finding points at the first line that differs.

            For Prisma Migrate the rule also reads migrations/migration_lock.toml: its provider must be the one it             had at the base revision (the migrations were written in that database's SQL), and the one of the             schema's datasource block, or prisma migrate stops with P3019. This part needs no git.

            Bad (000001_init.up.sql is at origin/main, and was edited on this branch):

                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);  -- user_id added in place

            Good: revert the file (git checkout origin/main -- 000001_init.up.sql) and add a migration:

                -- 000007_orders_user_id.up.sql
                ALTER TABLE orders ADD COLUMN user_id bigint;
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        var base = ctx.workspace().baseline();
        if (ctx.unit().tool() == MigrationTool.PRISMA) checkLock(ctx, base);
        if (base.texts().isEmpty()) return;
        for (MigrationStep step : ctx.unit().steps()) {
            List<String> files = new ArrayList<>();
            files.add(step.file());
            if (step.downFile() != null && !step.downFile().equals(step.file())) files.add(step.downFile());
            for (String file : files) {
                String then = base.texts().get(file);
                if (then == null) continue;
                String now = ctx.text(file);
                int line = LineIndex.firstDifferentLine(now, then);
                if (line < 0) continue;
                LineIndex lines = ctx.lines(file);
                int shown = Math.min(line, lines.lineCount() - 1);
                ctx.report(file, ctx.span(file, lines.lineStart(shown), lines.lineEnd(shown)),
                        "migration " + step.migration().version() + " (" + step.migration().name() + ") differs from its text at " + base.ref()
                                + " (from line " + (line + 1) + "): never modify a migration that has been run; revert the change and put it in a new migration",
                        List.of());
            }
        }
    }

    /**
     * The provider of Prisma's migration_lock.toml against its text at the base revision and against the datasource
     * of the Prisma schema whose migrations folder this is.
     */
    private static void checkLock(RuleContext ctx, MigrationBaseline.Base base) {
        String file = MigrationLayouts.prismaLockFile(ctx.unit().id());
        FileReport lock = ctx.workspace().file(file);
        if (lock == null) return;
        String provider = MigrationHistory.lockProvider(lock.text());
        if (provider == null) return;
        Span at = providerLine(ctx, file, lock.text());
        String then = MigrationHistory.lockProvider(base.texts().get(file));
        if (then != null && !sameProvider(then, provider)) {
            ctx.report(file, at, "migration_lock.toml says provider \"" + provider + "\" but said \"" + then + "\" at " + base.ref()
                    + ": the migrations were written in " + then + "'s SQL and have run there; changing the database means a new migration history"
                    + " (a new baseline migration), not an edited lock file", List.of());
            return;
        }
        for (SchemaUnit prisma : ctx.workspace().units()) {
            if (prisma.prismaProvider() == null || !Analyzer.keptInStep(ctx.unit(), prisma)) continue;
            if (sameProvider(prisma.prismaProvider(), provider)) continue;
            ctx.report(file, at, "migration_lock.toml says provider \"" + provider + "\" but the datasource of " + prisma.id() + " says \""
                    + prisma.prismaProvider() + "\": prisma migrate refuses to run (P3019); the migrations in " + ctx.unit().id()
                    + " were written for " + provider + ", so either the datasource is wrong or the database changed and needs a new migration history",
                    List.of());
        }
    }

    private static boolean sameProvider(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    private static Span providerLine(RuleContext ctx, String file, String text) {
        LineIndex lines = ctx.lines(file);
        for (int i = 0; i < lines.lineCount(); i++) {
            String line = text.substring(lines.lineStart(i), lines.lineEnd(i)).strip();
            if (line.startsWith("provider") || line.startsWith("\"provider\"") || line.startsWith("'provider'")) {
                return ctx.span(file, lines.lineStart(i), lines.lineEnd(i));
            }
        }
        return ctx.span(file, 0, lines.lineEnd(0));
    }
}
