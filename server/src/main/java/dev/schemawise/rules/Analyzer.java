package dev.schemawise.rules;

import dev.schemawise.config.Config;
import dev.schemawise.text.Comment;
import dev.schemawise.text.LineIndex;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.MigrationLayouts;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the rules: each enabled rule over each schema it applies to, then the configured severities, then the
 * suppression comments (reporting those that suppress nothing). Findings come back in {@link Finding#ORDER}.
 * A rule that throws is recorded as an internal error and the others still run.
 */
public final class Analyzer {
    private Analyzer() {}

    /** @param ruleNanos time spent in each rule, summed over schemas (for --debug and benchmarks) */
    /** Rules run in parallel unless -Dschemawise.parallelRules=false (to measure them one by one). */
    private static final boolean PARALLEL = !"false".equals(System.getProperty("schemawise.parallelRules"));

    public record Result(List<Finding> findings, List<String> internalErrors, Map<String, Long> ruleNanos) {}

    /** With the default configuration everywhere. */
    public static List<Finding> analyze(Workspace workspace) {
        return analyze(workspace, file -> Config.DEFAULT).findings();
    }

    /** @param configFor the configuration that applies to a file (found upward from it, or given) */
    public static Result analyze(Workspace workspace, Function<String, Config> configFor) {
        return analyze(workspace, configFor, () -> false);
    }

    /**
     * @param cancelled checked between rules; when it says true the analysis stops with a
     *                  {@link java.util.concurrent.CancellationException} (a newer edit made it stale)
     */
    public static Result analyze(Workspace workspace, Function<String, Config> configFor, java.util.function.BooleanSupplier cancelled) {
        return analyze(workspace, configFor, cancelled, null);
    }

    /**
     * @param memo what the per-table rules found at the previous analysis of the same files (an editor's), kept for
     *             the models an edit did not touch and updated unless the analysis is cancelled; null to check all
     */
    public static Result analyze(Workspace workspace, Function<String, Config> configFor, java.util.function.BooleanSupplier cancelled,
                                 RuleMemo memo) {
        List<Finding> raw = new ArrayList<>();
        List<String> internalErrors = new ArrayList<>();
        Map<String, Long> nanos = new java.util.LinkedHashMap<>();
        // The rules of a schema are independent: they run in parallel, and their findings are kept in rule order.
        record Task(SchemaUnit unit, Rule rule, RuleSettings.Effective setting, Config config, List<Finding> found, long[] nanos, String[] error,
                    RuleMemo.Plan plan, List<dev.schemawise.model.Table> owners, Object[] environment) {}
        if (PARALLEL) QueryStatements.readAhead(workspace);
        List<Task> tasks = new ArrayList<>();
        List<RuleMemo.Plan> plans = new ArrayList<>();
        for (SchemaUnit unit : workspace.units()) {
            Config config = configFor.apply(unit.files().isEmpty() ? unit.id() : unit.files().get(0));
            boolean derived = isDerived(unit, workspace);
            RuleMemo.Plan plan = memo == null ? null : memo.plan(workspace, unit, config);
            if (plan != null) plans.add(plan);
            for (Rule rule : Rules.all()) {
                RuleInfo info = rule.info();
                RuleSettings.Effective setting = RuleSettings.effective(info, config);
                if (!setting.enabled() || !applies(info, unit, derived)) continue;
                boolean memoized = plan != null && rule.perTable();
                tasks.add(new Task(unit, rule, setting, config, new ArrayList<>(), new long[1], new String[1], memoized ? plan : null,
                        memoized ? new ArrayList<>() : null, new Object[1]));
            }
        }
        java.util.function.Consumer<Task> run = task -> {
            if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException("stale analysis");
            long start = System.nanoTime();
            RuleInfo info = task.rule().info();
            try {
                java.util.function.Predicate<dev.schemawise.model.Table> only = null;
                if (task.plan() != null) {
                    task.environment()[0] = task.plan().environment(task.rule(),
                            task.rule().environment(new RuleContext(workspace, task.unit(), info, task.setting().options(), task.config(), f -> { })));
                    only = task.plan().tables(task.rule(), task.environment()[0]);
                }
                task.rule().check(new RuleContext(workspace, task.unit(), info, task.setting().options(), task.config(), task.found()::add,
                        only, task.owners()));
            } catch (RuntimeException | StackOverflowError e) {
                task.error()[0] = "rule " + info.id() + " failed on " + task.unit().id() + ": " + e;
            }
            task.nanos()[0] = System.nanoTime() - start;
        };
        if (tasks.size() > 1 && PARALLEL) {
            tasks.parallelStream().forEach(run);
        } else {
            tasks.forEach(run);
        }
        for (Task task : tasks) {
            List<Finding> found = task.found();
            // A rule that failed adds nothing to what is kept: the models it did not finish are checked again next time.
            if (task.plan() != null && task.error()[0] == null) {
                found = task.plan().merge(task.rule(), task.environment()[0], found, task.owners(),
                        new RuleMemo.Recheck(workspace, task.unit(), task.rule(), task.setting().options(), task.config()));
            }
            raw.addAll(found);
            if (task.error()[0] != null) internalErrors.add(task.error()[0]);
            nanos.merge(task.rule().info().id(), task.nanos()[0], Long::sum);
        }
        if (memo != null) {
            plans.forEach(RuleMemo.Plan::commit);
            Set<String> unitIds = new java.util.HashSet<>();
            for (SchemaUnit unit : workspace.units()) unitIds.add(unit.id());
            memo.retain(unitIds);
        }
        Map<String, Config> configs = new HashMap<>();
        List<Finding> configured = new ArrayList<>();
        for (Finding f : raw) {
            Config config = configs.computeIfAbsent(f.file(), configFor);
            Rule rule = Rules.byId(f.rule());
            RuleSettings.Effective setting = RuleSettings.effective(rule.info(), config);
            if (!setting.enabled()) continue;
            FileReport file = workspace.file(f.file());
            boolean migrationFile = file != null && (file.kind() == FileReport.Kind.SQL_MIGRATION || file.kind() == FileReport.Kind.SQL_DOWN_MIGRATION);
            // Never offer to edit an applied migration for a schema-design finding: the fix belongs in a new migration.
            List<Fix> fixes = migrationFile && rule.info().scope() == RuleInfo.Scope.SCHEMA ? List.of() : f.fixes();
            configured.add(new Finding(f.rule(), setting.severity(), f.file(), f.range(), f.message(), fixes));
        }
        List<Finding> out = suppress(workspace, configured, configs, configFor);
        out.sort(Finding.ORDER);
        return new Result(dedupe(out), internalErrors, nanos);
    }

    private static List<Finding> suppress(Workspace workspace, List<Finding> findings, Map<String, Config> configs, Function<String, Config> configFor) {
        Set<String> known = new LinkedHashSet<>();
        for (Rule r : Rules.all()) known.add(r.info().id());
        Map<String, Suppressions> byFile = new HashMap<>();
        for (FileReport f : workspace.files()) {
            List<Comment> comments = f.sql() != null ? f.sql().comments() : f.prisma() != null ? f.prisma().comments() : List.of();
            if (comments.stream().noneMatch(c -> c.text().contains("schemawise-disable"))) continue;
            LineIndex lines = f.lines();
            byFile.put(f.path(), Suppressions.parse(comments, lines, known));
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Suppressions s = byFile.get(f.file());
            if (s != null && s.suppresses(f.rule(), f.range().startLine())) continue;
            out.add(f);
        }
        RuleInfo unused = UnusedSuppression.INFO;
        for (Map.Entry<String, Suppressions> e : byFile.entrySet()) {
            Config config = configs.computeIfAbsent(e.getKey(), configFor);
            RuleSettings.Effective setting = RuleSettings.effective(unused, config);
            if (!setting.enabled()) continue;
            Suppressions s = e.getValue();
            if (s.suppresses(unused.id(), -2)) continue; // a file-level "schemawise-disable unused-suppression"
            for (Suppressions.Problem p : s.problems()) {
                out.add(new Finding(unused.id(), setting.severity(), e.getKey(), p.range(), p.message(), List.of()));
            }
            for (Suppressions.Entry entry : s.entries()) {
                if (entry.used() || entry.rule.equals(unused.id())) continue;
                out.add(UnusedSuppression.finding(workspace.file(e.getKey()), entry, setting.severity()));
            }
        }
        return out;
    }

    private static List<Finding> dedupe(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>(sorted.size());
        Finding previous = null;
        for (Finding f : sorted) {
            if (previous != null && previous.rule().equals(f.rule()) && previous.file().equals(f.file()) && previous.range().equals(f.range())
                    && previous.message().equals(f.message())) continue;
            out.add(f);
            previous = f;
        }
        return out;
    }

    /** Whether a rule looks at a schema: its dialect and front end, and its scope. */
    static boolean applies(RuleInfo info, SchemaUnit unit, boolean derived) {
        RuleInfo.Target dialect = switch (unit.dialect()) {
            case MYSQL -> RuleInfo.Target.MYSQL;
            case SQLITE -> RuleInfo.Target.SQLITE;
            default -> RuleInfo.Target.POSTGRESQL;
        };
        boolean prisma = unit.kind() == SchemaUnit.Kind.PRISMA_SCHEMA;
        if (!info.targets().contains(dialect) || (prisma && !info.targets().contains(RuleInfo.Target.PRISMA))) return false;
        return switch (info.scope()) {
            case FILES -> true;
            case SCHEMA -> !derived;
            case MIGRATIONS -> unit.kind() == SchemaUnit.Kind.MIGRATIONS;
        };
    }

    /**
     * A migrations folder kept in step with a Prisma schema (prisma/migrations beside prisma/schema.prisma) describes
     * the same database: schema rules look at the Prisma schema only, so each problem is reported once, where it is fixed.
     */
    static boolean isDerived(SchemaUnit unit, Workspace workspace) {
        for (SchemaUnit other : workspace.units()) {
            if (keptInStep(unit, other)) return true;
        }
        return false;
    }

    /** Whether a Prisma migrations folder belongs to a Prisma schema, laid out the way Prisma Migrate lays them out. */
    static boolean keptInStep(SchemaUnit migrations, SchemaUnit prisma) {
        if (migrations.kind() != SchemaUnit.Kind.MIGRATIONS || migrations.tool() != dev.schemawise.workspace.MigrationTool.PRISMA) return false;
        if (prisma.kind() != SchemaUnit.Kind.PRISMA_SCHEMA) return false;
        String owner = MigrationLayouts.parentOf(migrations.id());
        boolean multiFile = prisma.files().size() > 1;
        String prismaDir = multiFile ? prisma.id() : MigrationLayouts.parentOf(prisma.id());
        // prisma/migrations beside prisma/schema.prisma, inside a prisma/schema/ folder, or beside that folder
        return prismaDir.equals(owner) || owner.startsWith(prismaDir + "/") || (multiFile && MigrationLayouts.parentOf(prismaDir).equals(owner));
    }
}
