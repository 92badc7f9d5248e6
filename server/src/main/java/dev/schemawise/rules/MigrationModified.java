package dev.schemawise.rules;

import dev.schemawise.text.LineIndex;
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
        if (base.texts().isEmpty()) return;
        for (MigrationStep step : ctx.unit().steps()) {
            List<String> files = new ArrayList<>();
            files.add(step.file());
            if (step.downFile() != null && !step.downFile().equals(step.file())) files.add(step.downFile());
            for (String file : files) {
                String then = base.texts().get(file);
                if (then == null) continue;
                String now = ctx.text(file);
                int line = firstDifferentLine(now, then);
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

    /** The first 0-based line where two texts differ, line endings aside; -1 when they are the same. */
    static int firstDifferentLine(String a, String b) {
        String[] x = a.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String[] y = b.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!x[i].equals(y[i])) return i;
        }
        return x.length == y.length ? -1 : n;
    }
}
