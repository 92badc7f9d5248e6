package dev.schemawise.rules;

import dev.schemawise.workspace.Migration;
import dev.schemawise.workspace.MigrationLayouts;
import dev.schemawise.workspace.MigrationStep;
import dev.schemawise.workspace.MigrationTool;
import java.util.List;

/** {@code migration-missing-down}: with a tool that has down migrations, every up migration has a down that does something. */
public final class MigrationMissingDown implements Rule {
    public static final RuleInfo INFO = new RuleInfo("migration-missing-down", "migrations", Severity.WARNING, true, RuleInfo.SQL, RuleInfo.Scope.MIGRATIONS,
            "Migrations of tools with down migrations have one, and it is not empty, so a release can be rolled back.",
            """
            "Make migrations reversible - include down/rollback." golang-migrate and sqlx pair every NNN_name.up.sql \
            with a NNN_name.down.sql, dbmate files have a "-- migrate:down" section, and Flyway has U (undo) files. \
            A missing or empty down means the migration cannot be rolled back when the release that needs it is: \
            the rollback then has to be written under pressure, during the incident. Flyway's undo files are a \
            paid feature, so for Flyway the rule only applies to folders that have at least one U file. A folder \
            with no down migration at all is reported once, on its latest migration, rather than once per \
            migration. When a \
            migration really cannot be undone (it drops data), say so in the down file with a comment and a \
            statement that fails on purpose, so nobody mistakes it for an oversight. Tools without down \
            migrations (Prisma Migrate, Drizzle) are not checked; see down-does-not-revert for downs that exist \
            but do not restore the schema.

            Bad (golang-migrate): 000003_add_status.up.sql with no 000003_add_status.down.sql.

            Good:

                -- 000003_add_status.down.sql
                ALTER TABLE orders DROP COLUMN status;
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        List<MigrationStep> steps = ctx.unit().steps().stream().filter(s -> s.migration().tool().hasDownMigrations() && !s.migration().version().equals("R")).toList();
        if (steps.isEmpty()) return;
        boolean anyDown = steps.stream().anyMatch(s -> s.downFile() != null);
        if (!anyDown) {
            // A folder without a single down migration: once, on its latest migration, not once per migration.
            // Flyway's undo files are a paid feature: a Flyway folder without them is left alone.
            MigrationStep last = steps.get(steps.size() - 1);
            if (last.migration().tool() != MigrationTool.FLYWAY && last.migration().tool() != MigrationTool.DBMATE) {
                ctx.report(last.file(), MigrationChecks.line(ctx, last.file(), 0), "none of the " + steps.size() + " migrations of this folder has a down "
                        + "migration, so none can be rolled back; start with this one: " + expected(last.migration()), List.of());
                return;
            }
            if (last.migration().tool() == MigrationTool.FLYWAY) return;
        }
        for (MigrationStep step : steps) {
            Migration m = step.migration();
            if (step.downFile() == null) {
                ctx.report(step.file(), MigrationChecks.line(ctx, step.file(), 0), "migration " + m.version() + " (" + m.name() + ") has no down migration, so it "
                        + "cannot be rolled back; " + expected(m), List.of());
            } else if (step.down().isEmpty()) {
                String file = step.downFile();
                int at = m.tool() == MigrationTool.DBMATE ? MigrationLayouts.dbmateDownStart(ctx.text(file)) : 0;
                ctx.report(file, MigrationChecks.line(ctx, file, at), "the down migration of " + m.version() + " (" + m.name() + ") is empty: rolling back "
                        + "would leave the schema as the up migration made it; write the statements that undo it", List.of());
            }
        }
    }

    private static String expected(Migration m) {
        String up = m.upFile().substring(m.upFile().lastIndexOf('/') + 1);
        return switch (m.tool()) {
            case DBMATE -> "add a \"-- migrate:down\" section to the file";
            case FLYWAY -> "add U" + m.version() + "__" + m.name() + ".sql beside it";
            default -> "add " + (up.toLowerCase(java.util.Locale.ROOT).endsWith(".up.sql") ? up.substring(0, up.length() - ".up.sql".length()) + ".down.sql" : "its down file")
                    + " beside it";
        };
    }

}
