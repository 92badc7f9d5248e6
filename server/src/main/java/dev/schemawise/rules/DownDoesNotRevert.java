package dev.schemawise.rules;

import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Schema;
import dev.schemawise.model.SchemaDiff;
import dev.schemawise.model.ddl.AlterAction;
import dev.schemawise.model.ddl.AlterTable;
import dev.schemawise.model.ddl.CreateTable;
import dev.schemawise.model.ddl.CreateView;
import dev.schemawise.model.ddl.Drop;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.RenameIndex;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.Migration;
import dev.schemawise.workspace.MigrationLayouts;
import dev.schemawise.workspace.MigrationStep;
import dev.schemawise.workspace.MigrationTool;
import dev.schemawise.workspace.Replay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code down-does-not-revert}: replaying a migration's up and then its down in the model gives back the schema as it
 * was before the up. What the down leaves behind is reported at the start of the down; what it removes or changes
 * beyond that, at the down statement that does it.
 */
public final class DownDoesNotRevert implements Rule {
    public static final RuleInfo INFO = new RuleInfo("down-does-not-revert", "migrations", Severity.WARNING, true, RuleInfo.SQL, RuleInfo.Scope.MIGRATIONS,
            "A down migration restores the schema as it was before its up migration: it leaves nothing behind and removes nothing more.",
            """
            "Always test rollback", checked without a database: schemawise replays each migration's up statements \
            and then its down statements on the schema the migrations before it built, and compares the result \
            with the schema before the up. A down that forgets the index, enum type or column its up created leaves \
            it behind: rolling back and migrating again then fails on "already exists", or the old release runs \
            against a column it does not know. A down that drops more than its up created (a column that existed \
            before, a table the up only created IF NOT EXISTS) destroys data on rollback. What is left behind is \
            reported at the start of the down; what the down drops or changes beyond its up, at its statement. \
            Names of indexes and constraints, column order and comments are not compared. Migrations whose up \
            or down the model cannot follow (syntax errors, DO blocks and procedures, statements on tables no \
            migration created, DROP SCHEMA) are skipped rather than guessed at, as are downs made only of \
            statements that do not change the schema (a deliberate failure that marks a migration irreversible). \
            Enum values a PostgreSQL up adds with ALTER TYPE ... ADD VALUE are not reported when the down leaves             them: PostgreSQL cannot drop an enum value short of recreating the type.             Migrations without a down are left to migration-missing-down. Works with golang-migrate and sqlx \
            (.down.sql files), dbmate ("-- migrate:down" sections) and Flyway undo (U) files.

            Bad:

                -- 000003_create_orders.up.sql
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);
                CREATE INDEX orders_user_id_idx ON orders (user_id);
                ALTER TABLE users ADD COLUMN last_order_at timestamptz;

                -- 000003_create_orders.down.sql: leaves users.last_order_at behind
                DROP TABLE orders;

            Good:

                -- 000003_create_orders.down.sql
                ALTER TABLE users DROP COLUMN last_order_at;
                DROP TABLE orders;
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        List<MigrationStep> steps = ctx.unit().steps();
        if (steps.stream().noneMatch(DownDoesNotRevert::hasDown)) return;
        // The same replay the workspace made, step by step, so each down is tried on the state before its up.
        Replay replay = new Replay(ctx.dialect());
        for (MigrationStep step : steps) {
            if (hasDown(step)) check(ctx, step, replay.snapshot(touched(step, replay)));
            replay.applyAll(step.up(), step.file());
        }
    }

    /**
     * Keys of the tables and views a migration's up and down statements work on: only those can change, so only those
     * are copied and compared (a long history would otherwise copy every table and view once per migration).
     */
    private static Set<String> touched(MigrationStep step, Replay replay) {
        Set<String> keys = new HashSet<>();
        List<Statement> all = new ArrayList<>(step.up());
        all.addAll(step.down());
        for (Statement s : all) {
            List<QualifiedName> names = new ArrayList<>(MigrationStep.tables(s));
            if (s instanceof CreateView v) {
                names.add(v.view().name());
            } else if (s instanceof Drop d && (d.kind() == Drop.Kind.VIEW || d.kind() == Drop.Kind.MATERIALIZED_VIEW)) {
                names.addAll(d.names());
            } else if (s instanceof CreateTable c) {
                if (c.likeTable() != null) names.add(c.likeTable());
                if (c.partitionOf() != null) names.add(c.partitionOf());
            } else if (s instanceof AlterTable a) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.Partition p) names.add(p.partition());
                }
            } else if (s instanceof Drop d && d.kind() == Drop.Kind.INDEX && d.onTable() == null) {
                for (QualifiedName index : d.names()) names.add(replay.indexTable(index));
            } else if (s instanceof RenameIndex r) {
                names.add(replay.indexTable(r.from()));
            }
            for (QualifiedName n : names) {
                if (n != null) keys.add(Schema.key(step.dialect(), n));
            }
        }
        return keys;
    }

    private static boolean hasDown(MigrationStep step) {
        return step.downFile() != null && !step.down().isEmpty() && step.migration().tool().hasDownMigrations();
    }

    private static void check(RuleContext ctx, MigrationStep step, Schema before) {
        if (!followable(ctx, step)) return;
        Replay trial = Replay.from(before);
        trial.applyAll(step.up(), step.file());
        if (!trial.problems().isEmpty()) return;
        Schema afterUp = trial.snapshot();
        trial.applyAll(step.down(), step.downFile());
        if (!trial.problems().isEmpty()) return;
        List<SchemaDiff.Difference> differences = SchemaDiff.compare(before, trial.snapshot());
        if (differences.isEmpty()) return;
        boolean cascade = step.down().stream().anyMatch(s -> s instanceof Drop d && d.cascade());
        Map<String, SchemaDiff.Difference> afterUpByKey = new HashMap<>();
        for (SchemaDiff.Difference d : SchemaDiff.compare(before, afterUp)) afterUpByKey.put(d.key(), d);
        for (SchemaDiff.Difference d : differences) {
            // DROP ... CASCADE also drops the views on a table, which the model does not connect to it.
            if (cascade && d.kind() == SchemaDiff.Kind.VIEW_EXTRA) continue;
            // PostgreSQL has no ALTER TYPE ... DROP VALUE: a value the up added stays, and the down cannot help it.
            if (d.kind() == SchemaDiff.Kind.ENUM_VALUES && ctx.dialect() == dev.schemawise.model.Dialect.POSTGRESQL && addsEnumValue(step)) continue;
            SchemaDiff.Difference afterUpDifference = afterUpByKey.get(d.key());
            boolean fromUp = afterUpDifference != null && java.util.Objects.equals(afterUpDifference.actualValue(), d.actualValue());
            if (fromUp) {
                ctx.report(step.downFile(), downStart(ctx, step), message(step, d, true), List.of());
            } else {
                Statement at = introducedBy(step, afterUp, before, d);
                Span range = at == null ? downStart(ctx, step) : firstLine(ctx, step.downFile(), at);
                ctx.report(step.downFile(), range, message(step, d, false), List.of());
            }
        }
    }

    /**
     * Whether the model can follow the migration: both parts parse, and neither holds a statement that may change the
     * schema in ways the model does not read. A down of only such statements that do not change the schema (SELECT,
     * an UPDATE, a deliberate failure) is not an attempt at reverting the schema.
     */
    private static boolean followable(RuleContext ctx, MigrationStep step) {
        for (String file : List.of(step.file(), step.downFile())) {
            FileReport report = ctx.workspace().file(file);
            if (report == null || !report.syntaxErrors().isEmpty()) return false;
        }
        for (Statement s : step.up()) {
            if (opaqueChange(s)) return false;
        }
        boolean changes = false;
        for (Statement s : step.down()) {
            if (opaqueChange(s)) return false;
            if (!(s instanceof Opaque)) changes = true;
        }
        return changes;
    }

    /** Statement heads the model reads when it can; an opaque one of these is a schema change it could not read. */
    private static final List<String> SCHEMA_CHANGES = List.of("CREATE TABLE", "CREATE INDEX", "CREATE UNIQUE", "CREATE FULLTEXT", "CREATE SPATIAL",
            "CREATE VIEW", "CREATE MATERIALIZED", "ALTER TABLE", "ALTER TYPE", "ALTER INDEX", "DROP", "RENAME");

    /** Statements whose effect on the schema is unknown: procedural code, unreadable DDL, DROP SCHEMA/OWNED. */
    static boolean opaqueChange(Statement s) {
        if (s instanceof Drop d) return d.kind() == Drop.Kind.SCHEMA;
        if (!(s instanceof Opaque o)) return false;
        String kind = o.kind().toUpperCase(Locale.ROOT).trim();
        if (kind.isEmpty() || kind.equals("UNREADABLE") || kind.equals("DO") || kind.equals("DELIMITED") || kind.equals("CALL") || kind.equals("EXECUTE")
                || kind.equals("EXEC")) return true;
        if (kind.startsWith("DROP ")) {
            String object = kind.substring("DROP ".length());
            return object.startsWith("SCHEMA") || object.startsWith("OWNED") || object.startsWith("DATABASE") || object.startsWith("TABLE")
                    || object.startsWith("INDEX") || object.startsWith("VIEW") || object.startsWith("TYPE") || object.startsWith("MATERIALIZED");
        }
        for (String head : SCHEMA_CHANGES) {
            if (kind.equals(head) || kind.startsWith(head + " ") && !head.equals("DROP")) return true;
        }
        return false;
    }

    /** The down statement after which the difference first shows, replaying the down one statement at a time. */
    private static Statement introducedBy(MigrationStep step, Schema afterUp, Schema before, SchemaDiff.Difference wanted) {
        Replay replay = Replay.from(afterUp);
        for (Statement s : step.down()) {
            replay.apply(s, step.downFile());
            if (s instanceof Opaque) continue;
            for (SchemaDiff.Difference d : SchemaDiff.compare(before, replay.snapshot())) {
                if (d.key().equals(wanted.key()) && java.util.Objects.equals(d.actualValue(), wanted.actualValue())) return s;
            }
        }
        return null;
    }

    private static Span downStart(RuleContext ctx, MigrationStep step) {
        String file = step.downFile();
        int at = step.migration().tool() == MigrationTool.DBMATE ? MigrationLayouts.dbmateDownStart(ctx.text(file)) : 0;
        return MigrationChecks.line(ctx, file, at);
    }

    /** The statement's first line, from where it starts. */
    private static Span firstLine(RuleContext ctx, String file, Statement s) {
        var lines = ctx.lines(file);
        int start = s.range().start();
        int end = Math.min(s.range().end(), lines.lineEnd(lines.line(start)));
        return ctx.span(file, start, Math.max(start, end));
    }

    private static boolean addsEnumValue(MigrationStep step) {
        return step.up().stream().anyMatch(s -> s instanceof dev.schemawise.model.ddl.AlterType a && a.kind() == dev.schemawise.model.ddl.AlterType.Kind.ADD_VALUE);
    }

    static String message(MigrationStep step, SchemaDiff.Difference d, boolean fromUp) {
        Migration m = step.migration();
        String down = "the down migration of " + m.version() + " (" + m.name() + ")";
        if (d.kind().extra()) {
            return down + " leaves " + d.subject() + " behind: it did not exist before the up migration";
        }
        if (d.kind().missing()) {
            return fromUp ? down + " does not restore " + d.subject() + ", which the up migration removes"
                    : down + " drops " + d.subject() + ", which existed before the up migration";
        }
        String what = switch (d.kind()) {
            case COLUMN_TYPE -> "type";
            case COLUMN_NULLABILITY -> "nullability";
            case COLUMN_DEFAULT -> "default";
            case FOREIGN_KEY_ACTIONS -> "actions";
            case ENUM_VALUES -> "values";
            default -> "definition";
        };
        String verb = fromUp ? " does not restore the " + what + " of " : " changes the " + what + " of ";
        return down + verb + d.subject() + ": " + d.actualValue() + " after it, " + d.expectedValue() + " before the up migration";
    }
}
