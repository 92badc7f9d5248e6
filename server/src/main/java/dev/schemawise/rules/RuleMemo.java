package dev.schemawise.rules;

import dev.schemawise.config.Config;
import dev.schemawise.model.Table;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.prisma.PrismaParseResult;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the {@linkplain Rule#perTable() per-table rules} found in each model of each Prisma schema at the last
 * analysis, so that an editor re-checks only the models an edit touched. A model is kept when its text (its block,
 * with the doc comments and lines before it since the previous block) is the same as then, and so is everything
 * else a per-table rule may read: the configuration, the enums, types and datasource, the names of all models and
 * fields with what they map to, and what the rule itself says it reads of the rest ({@link Rule#environment}). Its
 * findings are then moved with the block; their fixes are worked out again, on the text of the time, when asked for.
 * A model near a syntax error, or not set apart from the block before it by a blank line or a comment, is checked
 * again after every edit.
 *
 * One analysis at a time uses it (the language server's analysis thread); an analysis that is cancelled leaves it
 * as it was. The command line keeps none.
 */
public final class RuleMemo {
    private final Map<String, UnitState> units = new HashMap<>();
    private int lastRechecked = -1;

    /** Where a model's text is: from a line start to the end of the block's last line. */
    record Key(String file, int start, int end, int line) {}

    /**
     * A model's text and what each per-table rule found in it, placed relative to the text (offsets from its start,
     * lines from its first line) and without fixes: the same however the model moves in its file.
     */
    private static final class ModelState {
        final String file;
        final String text;
        /**
         * By rule (its place in {@link Rules#all()}); null for a rule whose findings could not be kept (one fell outside
         * the model's text). Written by one analysis, after its rules ran; read by the next, while its rules run.
         */
        final Found[] byRule;

        ModelState(String file, String text) {
            this.file = file;
            this.text = text;
            this.byRule = new Found[Rules.all().size()];
        }
    }

    /** What a rule found in a model, and what it read of the rest of the schema then ({@link Rule#environment}). */
    private record Found(Object environment, List<Finding> findings) {}

    /** A model's state and where its text is now; {@code same} when its text is as at the last analysis. */
    private record Placed(ModelState state, Key key, boolean same) {}

    /** Each rule's place in {@link Rules#all()}. */
    private static final Map<Rule, Integer> INDEX = index();

    private static Map<Rule, Integer> index() {
        Map<Rule, Integer> out = new java.util.IdentityHashMap<>();
        for (int i = 0; i < Rules.all().size(); i++) out.put(Rules.all().get(i), i);
        return out;
    }

    private record UnitState(Config config, long environment, Map<String, Placed> models) {}

    /** How many models the last analysis checked again (of the last schema it committed), or -1 for all of them. */
    synchronized int lastRechecked() {
        return lastRechecked;
    }

    /** Keeps only the units still in the workspace. */
    synchronized void retain(Set<String> unitIds) {
        units.keySet().retainAll(unitIds);
    }

    /**
     * How one analysis of a Prisma schema uses what was kept, or null when nothing can be (a unit of SQL, models
     * declared twice).
     */
    Plan plan(Workspace workspace, SchemaUnit unit, Config config) {
        if (unit.kind() != SchemaUnit.Kind.PRISMA_SCHEMA) return null;
        Map<String, Key> keys = new HashMap<>();
        Set<String> declared = new HashSet<>();
        // The names the models take from one another (as the mapper hashed them), and the other blocks' whole text.
        long environment = unit.prismaNames();
        for (String path : unit.files()) {
            FileReport file = workspace.file(path);
            PrismaParseResult prisma = file == null ? null : file.prisma();
            if (prisma == null) continue;
            String text = file.text();
            List<dev.schemawise.model.SyntaxError> errors = prisma.errors();
            int from = 0;
            for (PrismaAst.Block b : prisma.blocks()) {
                if (b.kind() == PrismaAst.BlockKind.MODEL) {
                    if (!declared.add(b.name())) return null;
                    int start = from;
                    int newline = text.indexOf('\n', b.range().end());
                    int end = newline < 0 ? text.length() : newline;
                    // A block that starts on the line the previous one ends on or right below it, or near a syntax error
                    // (which may be read another way once the text around it changes), is checked again every time.
                    boolean near = false;
                    for (int i = 0; i < errors.size() && !near; i++) {
                        Span r = errors.get(i).range();
                        near = r.end() >= start - 1 && r.start() <= end + 1;
                    }
                    if (start <= b.range().start() && !near && separated(text, start, b.range().start())) {
                        keys.put(b.name(), new Key(path, start, end, file.lines().line(start)));
                    }
                } else {
                    environment = mix(environment, text, b.range().start(), b.range().end());
                }
                int newline = text.indexOf('\n', b.range().end());
                from = newline < 0 ? text.length() : newline + 1;
            }
        }
        UnitState previous;
        synchronized (this) {
            previous = units.get(unit.id());
        }
        if (previous != null && (previous.environment() != environment || !previous.config().equals(config))) previous = null;
        Map<String, Placed> next = new HashMap<>();
        int same = 0;
        for (Map.Entry<String, Key> e : keys.entrySet()) {
            Key key = e.getValue();
            String text = workspace.file(key.file()).text();
            Placed old = previous == null ? null : previous.models().get(e.getKey());
            ModelState state = old == null ? null : old.state();
            // compared as a copy, which String.equals does many characters at a time (regionMatches one by one)
            String now = text.substring(key.start(), key.end());
            boolean unchanged = state != null && state.file.equals(key.file()) && state.text.equals(now);
            if (unchanged) same++;
            next.put(e.getKey(), new Placed(unchanged ? state : new ModelState(key.file(), now), key, unchanged));
        }
        return new Plan(unit, previous, new UnitState(config, environment, next), declared.size() - same);
    }

    /**
     * Whether a block's text begins with a blank line or a comment (or the file does): a rule that reads the comments
     * heading a group of lines (missing-foreign-key) then stays within it.
     */
    private static boolean separated(String text, int from, int blockStart) {
        if (from == 0) return true;
        int line = from;
        while (line < blockStart) {
            int end = text.indexOf('\n', line);
            if (end < 0 || end > blockStart) end = blockStart;
            String content = text.substring(line, end).strip();
            if (content.isEmpty() || content.startsWith("//")) return true;
            line = end + 1;
        }
        return false;
    }

    private static long mix(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        return (h ^ 0xff) * 0x100000001b3L;
    }

    /** One analysis of one Prisma schema. */
    final class Plan {
        private final SchemaUnit unit;
        private final UnitState previous;
        private final UnitState next;
        /** How many models are checked again: those whose text changed, and those not kept (near a syntax error). */
        private final int rechecked;

        private Plan(SchemaUnit unit, UnitState previous, UnitState next, int rechecked) {
            this.unit = unit;
            this.previous = previous;
            this.next = next;
            this.rechecked = rechecked;
        }

        /** Per rule, an environment of the last analysis found equal to this one's (equals can be costly). */
        private final Object[] equalEnvironment = new Object[Rules.all().size()];

        /** Whether what a rule found in a model last time is kept: the model's text and the rule's environment are the same. */
        private boolean kept(Placed model, int rule, Object environment) {
            if (previous == null || !model.same()) return false;
            Found found = model.state().byRule[rule];
            if (found == null) return false;
            Object then = found.environment();
            if (then == environment || (then != null && then == equalEnvironment[rule])) return true;
            if (!java.util.Objects.equals(then, environment)) return false;
            equalEnvironment[rule] = then;
            return true;
        }

        /**
         * The tables a per-table rule checks: every table but the models whose findings are kept; null for all.
         *
         * @param environment what the rule reads of the rest of the schema this time
         */
        Predicate<Table> tables(Rule rule, Object environment) {
            if (previous == null) return null;
            int index = INDEX.get(rule);
            return t -> {
                if (t.origin() != Table.Origin.PRISMA_MODEL) return true;
                Placed model = next.models().get(t.declaredName());
                return model == null || !kept(model, index, environment);
            };
        }

        /**
         * What a per-table rule found this time, together with what is kept of last time, moved with each model's
         * block; records it all for the next analysis.
         *
         * @param owners     for each finding, the table the rule was at when it reported it
         * @param recheck    works out the fixes of a kept finding on this text, when asked
         */
        List<Finding> merge(Rule rule, Object environment, List<Finding> found, List<Table> owners, Recheck recheck) {
            int index = INDEX.get(rule);
            Map<String, List<Finding>> byModel = new HashMap<>();
            Set<String> spoiled = new HashSet<>();
            for (int i = 0; i < found.size(); i++) {
                Table owner = owners.get(i);
                if (owner == null || owner.origin() != Table.Origin.PRISMA_MODEL) continue;
                Placed model = next.models().get(owner.declaredName());
                if (model == null) continue;
                Finding f = found.get(i);
                Key key = model.key();
                if (!f.file().equals(key.file()) || f.range().start() < key.start() || f.range().end() > key.end()) {
                    spoiled.add(owner.declaredName());
                } else {
                    Span r = f.range();
                    Span relative = new Span(r.start() - key.start(), r.end() - key.start(), r.startLine() - key.line(), r.startColumn(),
                            r.endLine() - key.line(), r.endColumn());
                    byModel.computeIfAbsent(owner.declaredName(), k -> new ArrayList<>())
                            .add(new Finding(f.rule(), f.severity(), f.file(), relative, f.message(), List.of()));
                }
            }
            List<Finding> out = new ArrayList<>(found);
            for (Map.Entry<String, Placed> e : next.models().entrySet()) {
                String name = e.getKey();
                ModelState state = e.getValue().state();
                Key key = e.getValue().key();
                if (kept(e.getValue(), index, environment)) {
                    for (Finding f : state.byRule[index].findings()) out.add(placed(f, key, name, recheck));
                } else if (!spoiled.contains(name)) {
                    // A model whose text is as it was may have its state shared with the last analysis: what is added
                    // holds for that text all the same, with the environment it was found in.
                    state.byRule[index] = new Found(environment, byModel.getOrDefault(name, List.of()));
                }
            }
            return out;
        }

        /** Keeps this analysis's findings for the next one. */
        void commit() {
            synchronized (RuleMemo.this) {
                units.put(unit.id(), next);
                lastRechecked = previous == null ? -1 : rechecked;
            }
        }
    }

    /** A kept finding where its model's text is now, with its fixes worked out on this text when asked for. */
    private static Finding placed(Finding f, Key key, String model, Recheck recheck) {
        Span r = f.range();
        Span range = new Span(r.start() + key.start(), r.end() + key.start(), r.startLine() + key.line(), r.startColumn(),
                r.endLine() + key.line(), r.endColumn());
        return new Finding(f.rule(), f.severity(), f.file(), range, f.message(), new LazyFixes(() -> recheck.fixes(model, range, f.message())));
    }

    /**
     * Checks one model again with one rule, on the text of one analysis, to work out the fixes of a finding that was
     * kept from an earlier one (its fixes were edits of the text of the time). Once per model, when first asked.
     */
    static final class Recheck {
        private final Workspace workspace;
        private final SchemaUnit unit;
        private final Rule rule;
        private final com.google.gson.JsonObject options;
        private final Config config;
        private final Map<String, List<Finding>> byModel = new HashMap<>();

        Recheck(Workspace workspace, SchemaUnit unit, Rule rule, com.google.gson.JsonObject options, Config config) {
            this.workspace = workspace;
            this.unit = unit;
            this.rule = rule;
            this.options = options;
            this.config = config;
        }

        synchronized List<Fix> fixes(String model, Span range, String message) {
            List<Finding> found = byModel.computeIfAbsent(model, name -> {
                List<Finding> all = new ArrayList<>();
                List<Table> owners = new ArrayList<>();
                rule.check(new RuleContext(workspace, unit, rule.info(), options, config, all::add,
                        t -> t.origin() == Table.Origin.PRISMA_MODEL && t.declaredName().equals(name), owners));
                return all;
            });
            for (Finding f : found) {
                if (f.range().equals(range) && f.message().equals(message)) return new ArrayList<>(f.fixes());
            }
            return List.of();
        }
    }
}
