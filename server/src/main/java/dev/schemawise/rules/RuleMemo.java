package dev.schemawise.rules;

import dev.schemawise.config.Config;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Table;
import dev.schemawise.model.ddl.CreateTable;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.prisma.PrismaParseResult;
import dev.schemawise.text.Hashes;
import dev.schemawise.text.Shared;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the {@linkplain Rule#perTable() per-table rules} found in each table of each Prisma or SQL schema at the last
 * analysis, so that an editor re-checks only the tables an edit touched.
 *
 * A table's text is, for a Prisma model, its block with the doc comments and lines before it since the previous
 * block; for a SQL table, each statement that shaped it ({@link Table#history()}: its CREATE TABLE, ALTER TABLEs and
 * CREATE INDEXes), each with the comments and lines before it since the previous statement. A table is kept when its
 * text is the same as then, and so is everything else a per-table rule may read: the configuration, the names of all
 * tables and columns (models and fields, with what they map to), the rest of the schema (a Prisma schema's enums,
 * types and datasource; every SQL statement that shaped no table, and where it stands among those that did), and what
 * the rule itself says it reads of the rest ({@link Rule#environment}). Its findings are then moved with its text;
 * their fixes are worked out again, on the text of the time, when asked for. A table with text near a syntax error,
 * or not set apart from what comes before it by a blank line or a comment, is checked again after every edit, and so
 * are SQL tables that take columns or keys from another (LIKE, PARTITION OF, INHERITS) and their parents.
 *
 * One analysis at a time uses it (the language server's analysis thread); an analysis that is cancelled leaves it
 * as it was. The command line keeps none.
 */
public final class RuleMemo {
    private final Map<String, UnitState> units = new HashMap<>();
    private int lastRechecked = -1;

    /** Where a part of a table's text is: from a line start to the end of the last line of a block or statement. */
    record Piece(String file, int start, int end, int line) {}

    /**
     * A table's text (its pieces' files and texts) and what each per-table rule found in it, placed relative to the
     * pieces (offsets from a piece's start, lines from its first line) and without fixes: the same however the table's
     * text moves in its files.
     */
    private static final class ModelState {
        final String[] files;
        /**
         * Where the text is now: each piece's whole file text and the piece's range in it. Not copies: the tables of a
         * large dump would copy megabytes after every edit, all of it kept until the next one. Moved to the newest text
         * whenever the table is found unchanged, so that no old version of a file is held.
         */
        private String[] texts;
        private int[] starts;
        private int[] ends;
        /**
         * By rule (its place in {@link Rules#all()}); null for a rule whose findings could not be kept (one fell outside
         * the table's text). Written by one analysis, after its rules ran; read by the next, while its rules run.
         */
        final Found[] byRule;

        ModelState(String[] files, String[] texts, int[] starts, int[] ends) {
            this.files = files;
            this.texts = texts;
            this.starts = starts;
            this.ends = ends;
            this.byRule = new Found[Rules.all().size()];
        }

        /** Whether the pieces now hold the same text; if they do, the state moves to where they are now. */
        boolean same(String[] files, String[] texts, int[] starts, int[] ends, SharedTexts shared) {
            if (!Arrays.equals(this.files, files)) return false;
            for (int i = 0; i < files.length; i++) {
                if (ends[i] - starts[i] != this.ends[i] - this.starts[i]) return false;
            }
            for (int i = 0; i < files.length; i++) {
                if (!shared.sameText(this.texts[i], this.starts[i], texts[i], starts[i], ends[i] - starts[i])) return false;
            }
            this.texts = texts;
            this.starts = starts;
            this.ends = ends;
            return true;
        }
    }

    /**
     * Whether a range of one version of a file holds the same text as a range of another ({@link Shared#sameText}),
     * remembering what the last pair of versions asked about share, as thousands of tables ask about the same two.
     */
    private static final class SharedTexts {
        private String before;
        private String after;
        private Shared shared;

        boolean sameText(String a, int aStart, String b, int bStart, int length) {
            if (a != b && (a != before || b != after)) {
                before = a;
                after = b;
                shared = Shared.remembered(a, b);
            }
            return Shared.sameText(a == b ? null : shared, a, aStart, b, bStart, length);
        }
    }

    /** A finding kept relative to one of its table's pieces. */
    private record Kept(int piece, Finding finding) {}

    /** What a rule found in a table, and what it read of the rest of the schema then ({@link Rule#environment}). */
    private record Found(Object environment, List<Kept> findings) {}

    /** A table's state and where its text is now; {@code same} when its text is as at the last analysis. */
    private record Placed(ModelState state, List<Piece> pieces, boolean same) {}

    /** Each rule's place in {@link Rules#all()}. */
    private static final Map<Rule, Integer> INDEX = index();

    private static Map<Rule, Integer> index() {
        Map<Rule, Integer> out = new java.util.IdentityHashMap<>();
        for (int i = 0; i < Rules.all().size(); i++) out.put(Rules.all().get(i), i);
        return out;
    }

    /**
     * A schema at one analysis: its configuration, the hash of what is not its tables' text, each table's state, and
     * per rule the environment that rule read then (by place in {@link Rules#all()}).
     */
    private record UnitState(Config config, long environment, Map<Object, Placed> models, Object[] environments) {}

    /** How many tables the last analysis checked again (of the last schema it committed), or -1 for all of them. */
    synchronized int lastRechecked() {
        return lastRechecked;
    }

    /** Keeps only the units still in the workspace. */
    synchronized void retain(Set<String> unitIds) {
        units.keySet().retainAll(unitIds);
    }

    /** Where each table's text is (by {@link #id}), a hash of the rest, and how many tables the schema has. */
    private record Keys(Map<Object, List<Piece>> pieces, long environment, int tables) {}

    /**
     * How a table is known from one analysis to the next (a model's name, a SQL table's qualified name); null for one
     * never kept (Prisma's implicit join tables).
     */
    static Object id(Table t) {
        return switch (t.origin()) {
            case PRISMA_MODEL -> t.declaredName();
            case SQL -> t.name();
            default -> null;
        };
    }

    /**
     * How one analysis of a schema uses what was kept, or null when nothing can be (migrations, Prisma models declared
     * twice).
     */
    Plan plan(Workspace workspace, SchemaUnit unit, Config config) {
        Keys keys = switch (unit.kind()) {
            case PRISMA_SCHEMA -> prismaKeys(workspace, unit);
            case SQL_SCHEMA -> sqlKeys(workspace, unit);
            default -> null;
        };
        if (keys == null) return null;
        UnitState previous;
        synchronized (this) {
            previous = units.get(unit.id());
        }
        if (previous != null && (previous.environment() != keys.environment() || !previous.config().equals(config))) previous = null;
        Map<Object, Placed> next = new HashMap<>();
        int same = 0;
        SharedTexts shared = new SharedTexts();
        for (Map.Entry<Object, List<Piece>> e : keys.pieces().entrySet()) {
            List<Piece> pieces = e.getValue();
            String[] files = new String[pieces.size()];
            String[] texts = new String[pieces.size()];
            int[] starts = new int[pieces.size()];
            int[] ends = new int[pieces.size()];
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                files[i] = p.file();
                texts[i] = workspace.file(p.file()).text();
                starts[i] = p.start();
                ends[i] = p.end();
            }
            Placed old = previous == null ? null : previous.models().get(e.getKey());
            ModelState state = old == null ? null : old.state();
            boolean unchanged = state != null && state.same(files, texts, starts, ends, shared);
            if (unchanged) same++;
            next.put(e.getKey(), new Placed(unchanged ? state : new ModelState(files, texts, starts, ends), pieces, unchanged));
        }
        // Each table's state by the table itself: asked by every per-table rule about every table.
        Map<Table, Placed> byTable = new java.util.IdentityHashMap<>();
        for (Table t : unit.schema().tables()) {
            Object id = id(t);
            Placed placed = id == null ? null : next.get(id);
            if (placed != null) byTable.put(t, placed);
        }
        return new Plan(unit, previous, new UnitState(config, keys.environment(), next, new Object[Rules.all().size()]), byTable, keys.tables() - same);
    }

    /** Each model's block; the names the models take from one another (as the mapper hashed them) and the other blocks' text. */
    private static Keys prismaKeys(Workspace workspace, SchemaUnit unit) {
        Map<Object, List<Piece>> keys = new HashMap<>();
        Set<String> declared = new HashSet<>();
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
                    int end = lineBreak(text, b.range().end());
                    // A block that starts on the line the previous one ends on or right below it, or near a syntax error
                    // (which may be read another way once the text around it changes), is checked again every time.
                    if (start <= b.range().start() && !near(errors, start, end) && separated(text, start, b.range().start())) {
                        keys.put(b.name(), List.of(new Piece(path, start, end, file.lines().line(start))));
                    }
                } else {
                    environment = Hashes.text(environment, text, b.range().start(), b.range().end());
                }
                from = Math.min(text.length(), lineBreak(text, b.range().end()) + 1);
            }
        }
        return new Keys(keys, environment, declared.size());
    }

    /** More syntax errors than this in a SQL file and none of its tables is kept. */
    private static final int FEW_ERRORS = 32;

    /**
     * Each table's statements. The rest: the dialect, the names of all tables and columns, and each file's statements
     * in order, those that shaped no table by their text and the others by a mark (so that moving a COMMENT ON before
     * the ALTER TABLE that adds its column counts as a change).
     */
    private static Keys sqlKeys(Workspace workspace, SchemaUnit unit) {
        List<Table> tables = unit.schema().tables();
        Map<String, FileReport> files = new HashMap<>();
        Map<String, boolean[]> shaping = new HashMap<>();
        Map<String, int[]> starts = new HashMap<>();
        for (String path : unit.files()) {
            FileReport file = workspace.file(path);
            if (file == null || file.sql() == null) continue;
            files.put(path, file);
            List<Statement> statements = file.sql().statements();
            shaping.put(path, new boolean[statements.size()]);
            int[] at = new int[statements.size()];
            for (int i = 0; i < at.length; i++) at[i] = statements.get(i).range().start();
            starts.put(path, at);
        }
        long environment = Hashes.name(Hashes.START, unit.dialect().name());
        // Where each table's statements are in their files' lists (-1: not found).
        int[][] statement = new int[tables.size()][];
        Set<String> related = new HashSet<>();
        String lastFile = null;
        int[] lastStarts = null;
        boolean[] lastShaping = null;
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            environment = Hashes.name(Hashes.name(environment, t.name().schema()), t.name().name());
            for (dev.schemawise.model.Column c : t.columns()) environment = Hashes.name(environment, c.name());
            List<SourceRef> history = t.history();
            statement[i] = new int[history.size()];
            for (int k = 0; k < history.size(); k++) {
                SourceRef h = history.get(k);
                // most statements are in the file of the one before (a dump is one file): looked up again only when not
                if (!h.file().equals(lastFile)) {
                    lastFile = h.file();
                    lastStarts = starts.get(lastFile);
                    lastShaping = shaping.get(lastFile);
                }
                int at = lastStarts == null ? -1 : java.util.Arrays.binarySearch(lastStarts, h.range().start());
                if (at < 0) at = -1;
                statement[i][k] = at;
                if (at >= 0) lastShaping[at] = true;
            }
            // by bare name, in lower case: how a child writes its parent's name is not always how the parent wrote it
            if (t.partitionOf() != null) related.add(t.partitionOf().name().toLowerCase(java.util.Locale.ROOT));
            for (QualifiedName parent : t.inherits()) related.add(parent.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String path : unit.files()) {
            FileReport file = files.get(path);
            if (file == null) continue;
            environment = Hashes.name(environment, path);
            String text = file.text();
            boolean[] marks = shaping.get(path);
            List<Statement> statements = file.sql().statements();
            for (int i = 0; i < statements.size(); i++) {
                Span r = statements.get(i).range();
                environment = marks[i] ? Hashes.name(environment, "\u0001") : Hashes.text(environment, text, r.start(), Math.min(r.end(), text.length()));
            }
        }
        Map<Object, List<Piece>> keys = new HashMap<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            Object id = id(t);
            if (!seen.add(id)) {
                keys.remove(id);
                continue;
            }
            if (t.partitionOf() != null || t.partitionBy() != null || !t.inherits().isEmpty()
                    || !related.isEmpty() && related.contains(t.name().name().toLowerCase(java.util.Locale.ROOT))) continue;
            List<Piece> pieces = new ArrayList<>(t.history().size());
            for (int k = 0; k < t.history().size() && pieces != null; k++) {
                Piece p = statement[i][k] < 0 ? null : sqlPiece(files.get(t.history().get(k).file()), statement[i][k]);
                if (p == null) pieces = null;
                else pieces.add(p);
            }
            if (pieces != null && !pieces.isEmpty()) keys.put(id, pieces);
        }
        return new Keys(keys, environment, tables.size());
    }

    /**
     * A statement that shaped a table, from the line after the statement before it to the end of its own last line; null
     * when it is not to be kept: it starts on the line the statement before it ends on, is not set apart from it by a
     * blank line or comment, is near a syntax error, or copies another table's columns (LIKE, PARTITION OF).
     *
     * @param at the statement's place in the file's list
     */
    private static Piece sqlPiece(FileReport file, int at) {
        if (file.sql().errors().size() > FEW_ERRORS) return null;
        List<Statement> statements = file.sql().statements();
        Statement statement = statements.get(at);
        if (statement instanceof CreateTable c && (c.likeTable() != null || c.partitionOf() != null)) return null;
        Span range = statement.range();
        String text = file.text();
        int from = at == 0 ? 0 : Math.min(text.length(), lineBreak(text, statements.get(at - 1).range().end()) + 1);
        if (from > range.start() || range.end() > text.length()) return null;
        int end = lineBreak(text, range.end());
        if (near(file.sql().errors(), from, end) || !separated(text, from, range.start())) return null;
        int line = file.lines().line(from);
        // The line above must not read as a comment, or the comments heading the statement would run on above it.
        if (line > 0 && commentAt(text, firstNonBlank(text, file.lines().lineStart(line - 1), from), from)) return null;
        return new Piece(file.path(), from, end, line);
    }

    /** Whether a syntax error is at or next to the text from {@code start} to {@code end}. */
    private static boolean near(List<dev.schemawise.model.SyntaxError> errors, int start, int end) {
        for (dev.schemawise.model.SyntaxError e : errors) {
            Span r = e.range();
            if (r.end() >= start - 1 && r.start() <= end + 1) return true;
        }
        return false;
    }

    /**
     * Whether a text begins with a blank line or a comment (or the file does): a rule that reads the comments heading a
     * group of lines (missing-foreign-key) then stays within it.
     */
    private static boolean separated(String text, int from, int blockStart) {
        if (from == 0) return true;
        int line = from;
        while (line < blockStart) {
            int end = text.indexOf('\n', line);
            if (end < 0 || end > blockStart) end = blockStart;
            int first = firstNonBlank(text, line, end);
            if (first == end || commentAt(text, first, end)) return true;
            line = end + 1;
        }
        return false;
    }

    /** Where the line break after {@code offset} is, or the end of the text. */
    private static int lineBreak(String text, int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline;
    }

    private static int firstNonBlank(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /**
     * Whether the text at {@code at} (up to {@code end}) reads as a comment to a rule that looks for comments heading a
     * group of lines.
     */
    private static boolean commentAt(String text, int at, int end) {
        if (at >= end) return false;
        char c = text.charAt(at);
        char d = at + 1 < end ? text.charAt(at + 1) : 0;
        return c == '*' || c == '#' || (c == '-' && d == '-') || (c == '/' && (d == '/' || d == '*'));
    }

    /** One analysis of one schema. */
    final class Plan {
        private final SchemaUnit unit;
        private final UnitState previous;
        private final UnitState next;
        private final Map<Table, Placed> byTable;
        /** How many tables are checked again: those whose text changed, and those not kept (near a syntax error). */
        private final int rechecked;

        private Plan(SchemaUnit unit, UnitState previous, UnitState next, Map<Table, Placed> byTable, int rechecked) {
            this.unit = unit;
            this.previous = previous;
            this.next = next;
            this.byTable = byTable;
            this.rechecked = rechecked;
        }

        /**
         * The environment a rule read this time, as the object of the last analysis when it is equal: what the tables
         * found with it keep is then known to hold by identity, without comparing (an environment may hold an entry per
         * table). Pass what this returns to {@link #tables} and {@link #merge}.
         */
        Object environment(Rule rule, Object computed) {
            int index = INDEX.get(rule);
            Object last = previous == null ? null : previous.environments()[index];
            Object out = last != null && last.equals(computed) ? last : computed;
            next.environments()[index] = out;
            return out;
        }

        /**
         * Per rule, whether each environment kept from earlier analyses (by identity) equals this one's: tables checked
         * in different analyses hold different but often equal environments, and equals can be costly (one entry per
         * table). Each rule's map is used by the one thread running that rule, then by {@link #merge} after it.
         */
        @SuppressWarnings("unchecked")
        private final Map<Object, Boolean>[] equalEnvironment = new Map[Rules.all().size()];

        /** Whether what a rule found in a table last time is kept: the table's text and the rule's environment are the same. */
        private boolean kept(Placed model, int rule, Object environment) {
            if (previous == null || !model.same()) return false;
            Found found = model.state().byRule[rule];
            if (found == null) return false;
            Object then = found.environment();
            if (then == environment) return true;
            if (then == null || environment == null) return false;
            Map<Object, Boolean> known = equalEnvironment[rule];
            if (known == null) known = equalEnvironment[rule] = new java.util.IdentityHashMap<>();
            return known.computeIfAbsent(then, environment::equals);
        }

        /**
         * The tables a per-table rule checks: every table but those whose findings are kept; null for all.
         *
         * @param environment what the rule reads of the rest of the schema this time
         */
        Predicate<Table> tables(Rule rule, Object environment) {
            if (previous == null) return null;
            int index = INDEX.get(rule);
            return t -> {
                Placed model = byTable.get(t);
                return model == null || !kept(model, index, environment);
            };
        }

        /**
         * What a per-table rule found this time, together with what is kept of last time, moved with each table's
         * text; records it all for the next analysis.
         *
         * @param owners     for each finding, the table the rule was at when it reported it
         * @param recheck    works out the fixes of a kept finding on this text, when asked
         */
        List<Finding> merge(Rule rule, Object environment, List<Finding> found, List<Table> owners, Recheck recheck) {
            int index = INDEX.get(rule);
            Map<Object, List<Kept>> byModel = new HashMap<>();
            Set<Object> spoiled = new HashSet<>();
            for (int i = 0; i < found.size(); i++) {
                Table owner = owners.get(i);
                Object id = owner == null ? null : id(owner);
                Placed model = id == null ? null : next.models().get(id);
                if (model == null) continue;
                Finding f = found.get(i);
                Span r = f.range();
                int piece = -1;
                for (int p = 0; p < model.pieces().size() && piece < 0; p++) {
                    Piece at = model.pieces().get(p);
                    if (f.file().equals(at.file()) && r.start() >= at.start() && r.end() <= at.end()) piece = p;
                }
                if (piece < 0) {
                    spoiled.add(id);
                } else {
                    Piece at = model.pieces().get(piece);
                    Span relative = new Span(r.start() - at.start(), r.end() - at.start(), r.startLine() - at.line(), r.startColumn(),
                            r.endLine() - at.line(), r.endColumn());
                    byModel.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new Kept(piece, new Finding(f.rule(), f.severity(), f.file(), relative, f.message(), List.of())));
                }
            }
            List<Finding> out = new ArrayList<>(found);
            for (Map.Entry<Object, Placed> e : next.models().entrySet()) {
                Object id = e.getKey();
                ModelState state = e.getValue().state();
                if (kept(e.getValue(), index, environment)) {
                    for (Kept k : state.byRule[index].findings()) out.add(placed(k, e.getValue().pieces(), id, recheck));
                } else if (!spoiled.contains(id)) {
                    // A table whose text is as it was may have its state shared with the last analysis: what is added
                    // holds for that text all the same, with the environment it was found in.
                    state.byRule[index] = new Found(environment, byModel.getOrDefault(id, List.of()));
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

    /** A kept finding where its table's text is now, with its fixes worked out on this text when asked for. */
    private static Finding placed(Kept k, List<Piece> pieces, Object table, Recheck recheck) {
        Piece at = pieces.get(k.piece());
        Finding f = k.finding();
        Span r = f.range();
        Span range = new Span(r.start() + at.start(), r.end() + at.start(), r.startLine() + at.line(), r.startColumn(),
                r.endLine() + at.line(), r.endColumn());
        return new Finding(f.rule(), f.severity(), f.file(), range, f.message(), new LazyFixes(() -> recheck.fixes(table, range, f.message())));
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
        private final Map<Object, List<Finding>> byModel = new HashMap<>();

        Recheck(Workspace workspace, SchemaUnit unit, Rule rule, com.google.gson.JsonObject options, Config config) {
            this.workspace = workspace;
            this.unit = unit;
            this.rule = rule;
            this.options = options;
            this.config = config;
        }

        synchronized List<Fix> fixes(Object table, Span range, String message) {
            List<Finding> found = byModel.computeIfAbsent(table, id -> {
                List<Finding> all = new ArrayList<>();
                List<Table> owners = new ArrayList<>();
                rule.check(new RuleContext(workspace, unit, rule.info(), options, config, all::add, t -> id.equals(id(t)), owners));
                return all;
            });
            for (Finding f : found) {
                if (f.range().equals(range) && f.message().equals(message)) return new ArrayList<>(f.fixes());
            }
            return List.of();
        }
    }
}
