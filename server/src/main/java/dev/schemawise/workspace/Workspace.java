package dev.schemawise.workspace;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.Problem;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.prisma.PrismaParseResult;
import dev.schemawise.prisma.PrismaSchemaMapper;
import dev.schemawise.sql.SqlParseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The analysed workspace: every file read, grouped into schema units (see {@link SchemaUnit}), each with its
 * schema model. Immutable; {@link #build} is pure (texts in, values out), so the CLI and the language server
 * share it, and a {@link ParseCache} makes rebuilding after an edit re-parse only the edited file.
 */
public final class Workspace {

    /**
     * Options that change how files are read. {@code dialect} overrides inference for SQL files when set;
     * {@code baseline} tells what the migration files were at the base revision (for migration-modified).
     */
    public record Settings(Dialect dialect, MigrationBaseline baseline) {
        public static final Settings DEFAULT = new Settings(null);

        public Settings(Dialect dialect) {
            this(dialect, MigrationBaseline.NONE);
        }

        public Settings {
            if (baseline == null) baseline = MigrationBaseline.NONE;
        }
    }

    private final List<SchemaUnit> units;
    private final Map<String, FileReport> files;
    private final MigrationBaseline.Base baseline;

    private Workspace(List<SchemaUnit> units, Map<String, FileReport> files, MigrationBaseline.Base baseline) {
        this.units = List.copyOf(units);
        this.files = Collections.unmodifiableMap(files);
        this.baseline = baseline;
    }

    /** The migration files' texts at the base revision (empty outside git). */
    public MigrationBaseline.Base baseline() {
        return baseline;
    }

    public List<SchemaUnit> units() {
        return units;
    }

    /** Every file, in path order. */
    public List<FileReport> files() {
        return List.copyOf(files.values());
    }

    public FileReport file(String path) {
        return files.get(path);
    }

    public SchemaUnit unit(String id) {
        for (SchemaUnit u : units) {
            if (u.id().equals(id)) return u;
        }
        return null;
    }

    /** A table of that name in any unit (for references that cross units), preferring the given unit. */
    public Table findTable(QualifiedName name, SchemaUnit preferred) {
        if (preferred != null) {
            Table t = preferred.schema().table(name);
            if (t != null) return t;
        }
        for (SchemaUnit u : units) {
            Table t = u.schema().table(name);
            if (t != null) return t;
        }
        return null;
    }

    public static Workspace build(List<SourceFile> sources, Settings settings, ParseCache cache) {
        return build(sources, settings, cache, () -> false);
    }

    /**
     * @param cancelled checked between files; when it says true the build stops with a
     *                  {@link java.util.concurrent.CancellationException} (a newer edit made it stale)
     */
    public static Workspace build(List<SourceFile> sources, Settings settings, ParseCache cache, java.util.function.BooleanSupplier cancelled) {
        return new Builder(sources, settings, cache, cancelled).build();
    }

    private static final class Builder {
        final Settings settings;
        final ParseCache cache;
        final Map<String, String> sqlTexts = new TreeMap<>();
        final Map<String, String> prismaTexts = new TreeMap<>();
        final Map<String, String> auxTexts = new TreeMap<>();
        final Map<String, FileReport> reports = new TreeMap<>();
        final List<SchemaUnit> units = new ArrayList<>();
        final Map<String, SourceFile> sources = new HashMap<>();

        final java.util.function.BooleanSupplier cancelled;

        Builder(List<SourceFile> sources, Settings settings, ParseCache cache, java.util.function.BooleanSupplier cancelled) {
            this.settings = settings;
            this.cache = cache;
            this.cancelled = cancelled;
            for (SourceFile f : sources) {
                this.sources.put(f.path(), f);
                String lower = f.path().toLowerCase(Locale.ROOT);
                if (lower.endsWith(".prisma")) {
                    prismaTexts.put(f.path(), f.text());
                } else if (lower.endsWith("migration_lock.toml") || lower.endsWith("_journal.json")) {
                    auxTexts.put(f.path(), f.text());
                } else {
                    sqlTexts.put(f.path(), f.text());
                }
            }
        }

        Workspace build() {
            List<MigrationLayouts.Folder> folders = MigrationLayouts.detect(sqlTexts, auxTexts);
            Map<String, String> claimedBy = new HashMap<>();
            for (MigrationLayouts.Folder folder : folders) {
                for (String f : folder.files()) claimedBy.put(f, folder.root());
            }
            parseInParallel(folders, claimedBy);
            for (MigrationLayouts.Folder folder : folders) migrationsUnit(folder);
            sqlSchemaUnits(claimedBy);
            prismaUnits();
            java.util.Set<String> roots = new java.util.HashSet<>();
            for (MigrationLayouts.Folder folder : folders) roots.add(folder.root());
            for (Map.Entry<String, String> aux : auxTexts.entrySet()) {
                String dir = MigrationLayouts.parent(aux.getKey());
                // drizzle keeps _journal.json in meta/ under its migrations folder
                String owner = roots.contains(dir) ? dir : roots.contains(MigrationLayouts.parent(dir)) ? MigrationLayouts.parent(dir) : null;
                reports.put(aux.getKey(), FileReport.auxiliary(aux.getKey(), aux.getValue(), owner));
            }
            units.sort(Comparator.comparing(SchemaUnit::id));
            List<SourceFile> migrationFiles = new ArrayList<>();
            for (MigrationLayouts.Folder folder : folders) {
                for (String f : folder.files()) {
                    if (this.sources.containsKey(f)) migrationFiles.add(this.sources.get(f));
                }
                SourceFile lock = this.sources.get(MigrationLayouts.prismaLockFile(folder.root()));
                if (lock != null) migrationFiles.add(lock);
            }
            MigrationBaseline.Base base = migrationFiles.isEmpty() ? MigrationBaseline.Base.NONE : settings.baseline().base(migrationFiles);
            return new Workspace(units, new LinkedHashMap<>(reports), base == null ? MigrationBaseline.Base.NONE : base);
        }

        // Dialects are decided per unit before parsing, since the lexer depends on them.
        final Map<String, Dialect> dialectOfFile = new HashMap<>();
        final Map<String, SqlParseResult> parsedSql = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<String, PrismaParseResult> parsedPrisma = new java.util.concurrent.ConcurrentHashMap<>();

        void parseInParallel(List<MigrationLayouts.Folder> folders, Map<String, String> claimedBy) {
            for (MigrationLayouts.Folder folder : folders) {
                Dialect d = migrationsDialect(folder);
                for (String f : folder.files()) dialectOfFile.put(f, d);
            }
            Map<String, List<String>> plainByDir = plainSqlByDirectory(claimedBy);
            for (List<String> group : plainByDir.values()) {
                Dialect d = majorityDialect(group);
                for (String f : group) dialectOfFile.put(f, d);
            }
            List<String> all = new ArrayList<>(sqlTexts.keySet());
            all.addAll(prismaTexts.keySet());
            all.parallelStream().forEach(path -> {
                if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException("stale workspace build");
                if (prismaTexts.containsKey(path)) {
                    parsedPrisma.put(path, cache.prisma(path, prismaTexts.get(path)));
                } else {
                    parsedSql.put(path, cache.sql(path, sqlTexts.get(path), dialectOfFile.getOrDefault(path, Dialect.POSTGRESQL)));
                }
            });
        }

        /**
         * Plain SQL files grouped by folder and dialect: a file whose own markers name a dialect goes with the
         * files of that dialect; files without markers follow the folder's majority.
         */
        Map<String, List<String>> plainSqlByDirectory(Map<String, String> claimedBy) {
            Map<String, List<String>> byDir = new TreeMap<>();
            for (String path : sqlTexts.keySet()) {
                if (!claimedBy.containsKey(path)) byDir.computeIfAbsent(MigrationLayouts.parent(path), k -> new ArrayList<>()).add(path);
            }
            Map<String, List<String>> out = new TreeMap<>();
            for (Map.Entry<String, List<String>> dir : byDir.entrySet()) {
                Dialect majority = majorityDialect(dir.getValue());
                Map<Dialect, List<String>> byDialect = new TreeMap<>();
                for (String path : dir.getValue()) {
                    Dialect own = settings.dialect() != null ? settings.dialect() : guess(path);
                    byDialect.computeIfAbsent(own != null ? own : majority, k -> new ArrayList<>()).add(path);
                }
                for (Map.Entry<Dialect, List<String>> e : byDialect.entrySet()) {
                    out.put(byDialect.size() == 1 ? dir.getKey() : dir.getKey() + "\u0000" + e.getKey().id(), e.getValue());
                }
            }
            return out;
        }

        final Map<String, java.util.Optional<Dialect>> guesses = new HashMap<>();

        /** A file's own dialect markers, or null when it has none (computed once per file). */
        Dialect guess(String path) {
            return guesses.computeIfAbsent(path, p -> java.util.Optional.ofNullable(cache.guessDialect(p, sqlTexts.get(p)))).orElse(null);
        }

        Dialect majorityDialect(List<String> paths) {
            if (settings.dialect() != null) return settings.dialect();
            Map<Dialect, Integer> votes = new HashMap<>();
            for (String p : paths) {
                Dialect d = guess(p);
                if (d != null) votes.merge(d, 1, Integer::sum);
            }
            return votes.entrySet().stream().max(Map.Entry.<Dialect, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                    .map(Map.Entry::getKey).orElse(Dialect.POSTGRESQL);
        }

        Dialect migrationsDialect(MigrationLayouts.Folder folder) {
            if (settings.dialect() != null) return settings.dialect();
            String lock = auxTexts.get(MigrationLayouts.prismaLockFile(folder.root()));
            Dialect locked = Dialect.fromId(MigrationHistory.lockProvider(lock));
            if (locked != null) return locked;
            List<String> files = new ArrayList<>();
            for (Migration mig : folder.migrations()) files.add(mig.upFile());
            return majorityDialect(files.size() > 50 ? files.subList(0, 50) : files);
        }

        void migrationsUnit(MigrationLayouts.Folder folder) {
            Dialect dialect = dialectOfFile.getOrDefault(folder.migrations().get(0).upFile(), Dialect.POSTGRESQL);
            Replay replay = new Replay(dialect);
            List<String> files = new ArrayList<>();
            List<MigrationStep> steps = new ArrayList<>();
            for (Migration m : folder.migrations()) {
                SqlParseResult up = parsedSql.get(m.upFile());
                files.add(m.upFile());
                String upText = sqlTexts.get(m.upFile());
                boolean dbmate = m.tool() == MigrationTool.DBMATE;
                int upEnd = dbmate ? MigrationLayouts.dbmateDownStart(upText) : Integer.MAX_VALUE;
                List<Statement> upStatements = new ArrayList<>();
                List<Statement> downStatements = new ArrayList<>();
                for (Statement s : up.statements()) (s.range().start() < upEnd ? upStatements : downStatements).add(s);
                if (!dbmate && m.downFile() != null && parsedSql.get(m.downFile()) != null) downStatements.addAll(parsedSql.get(m.downFile()).statements());
                steps.add(step(m, steps.size(), dialect, replay, upStatements, downStatements, upText));
                for (Statement s : upStatements) replay.apply(s, m.upFile());
                reports.put(m.upFile(), new FileReport(m.upFile(), FileReport.Kind.SQL_MIGRATION, dialect, up, null, folder.root()));
                if (m.downFile() != null && !m.downFile().equals(m.upFile())) {
                    files.add(m.downFile());
                    reports.put(m.downFile(), new FileReport(m.downFile(), FileReport.Kind.SQL_DOWN_MIGRATION, dialect, parsedSql.get(m.downFile()), null,
                            folder.root()));
                }
            }
            // Flyway undo files of versions without a V file, and the like, still get their syntax checked.
            units.add(new SchemaUnit(folder.root(), SchemaUnit.Kind.MIGRATIONS, dialect, folder.tool(), files, folder.migrations(),
                    replay.snapshot(), replay.problems(), null, null, steps, 0));
        }

        /** A migration with what existed before it: the state of the replay just before its statements apply. */
        static MigrationStep step(Migration m, int index, Dialect dialect, Replay before, List<Statement> up, List<Statement> down, String upText) {
            java.util.Set<String> tables = new java.util.HashSet<>();
            java.util.Set<String> indexes = new java.util.HashSet<>();
            java.util.Set<String> created = new java.util.HashSet<>();
            Map<String, dev.schemawise.model.ColumnType> columnTypes = new HashMap<>();
            for (Statement s : up) {
                if (s instanceof dev.schemawise.model.ddl.CreateTable c) created.add(Schema.key(dialect, c.name()));
                for (QualifiedName t : MigrationStep.tables(s)) {
                    if (before.hasTable(t)) tables.add(Schema.key(dialect, t));
                }
                if (s instanceof dev.schemawise.model.ddl.Drop d && d.kind() == dev.schemawise.model.ddl.Drop.Kind.INDEX) {
                    for (QualifiedName i : d.names()) {
                        if (before.hasIndex(i)) indexes.add(dialect.key(i.name()));
                    }
                }
                if (s instanceof dev.schemawise.model.ddl.AlterTable a) {
                    for (dev.schemawise.model.ddl.AlterAction action : a.actions()) {
                        if (!(action instanceof dev.schemawise.model.ddl.AlterAction.AlterColumnType t)) continue;
                        dev.schemawise.model.ColumnType type = before.columnType(a.table(), t.column());
                        if (type != null) columnTypes.putIfAbsent(MigrationStep.columnKey(dialect, a.table(), t.column()), type);
                    }
                }
            }
            return new MigrationStep(m, index, dialect, up, down, m.downFile(), tables, created, indexes, columnTypes, wrapsInTransaction(m, up, upText));
        }

        /**
         * Whether the tool runs a migration's statements in one transaction. Supabase wraps each script; Drizzle's
         * migrator runs all pending migrations in one transaction; Flyway wraps each script too,
         * unless every statement of it is one PostgreSQL refuses to run in a transaction (CREATE/DROP INDEX
         * CONCURRENTLY), which it detects (a script configuration file saying executeInTransaction=false is not
         * read); dbmate unless its up line says {@code transaction:false}; Prisma Migrate and golang-migrate send the
         * whole script as one query, which PostgreSQL runs as one implicit transaction when it holds more than one
         * statement ({@link MigrationTool#sendsFileAsOneQuery}).
         */
        static boolean wrapsInTransaction(Migration m, List<Statement> up, String upText) {
            if (m.tool().sendsFileAsOneQuery()) return up.size() > 1;
            return switch (m.tool()) {
                case FLYWAY -> !up.stream().allMatch(MigrationStep::concurrentIndexStatement);
                case DBMATE -> !DBMATE_NO_TRANSACTION.matcher(upText).find();
                default -> m.tool().transactional();
            };
        }

        static final Pattern DBMATE_NO_TRANSACTION = Pattern.compile("(?m)^--\\s*migrate:up\\b[^\\n]*\\btransaction:false\\b");

        void sqlSchemaUnits(Map<String, String> claimedBy) {
            for (Map.Entry<String, List<String>> group : plainSqlByDirectory(claimedBy).entrySet()) {
                List<String> paths = group.getValue();
                String folder = group.getKey().contains("\u0000") ? group.getKey().substring(0, group.getKey().indexOf('\u0000')) : group.getKey();
                if (paths.size() > 1 && createSameTables(paths)) {
                    // Alternative versions of one schema (dumps side by side): each file is a schema of its own.
                    for (String p : paths) sqlSchemaUnit(p, List.of(p));
                } else {
                    sqlSchemaUnit(paths.size() == 1 ? paths.get(0) : group.getKey().contains("\u0000") ? folder + " (" + dialectOfFile.get(paths.get(0)) + ")" : folder, paths);
                }
            }
        }

        /** True when two files of a group both create a table of the same name. */
        boolean createSameTables(List<String> paths) {
            Map<String, String> creator = new HashMap<>();
            for (String p : paths) {
                for (Statement st : parsedSql.get(p).statements()) {
                    if (!(st instanceof dev.schemawise.model.ddl.CreateTable c)) continue;
                    String key = Schema.key(parsedSql.get(p).dialect(), c.name());
                    String other = creator.putIfAbsent(key, p);
                    if (other != null && !other.equals(p)) return true;
                }
            }
            return false;
        }

        void sqlSchemaUnit(String id, List<String> paths) {
            Dialect dialect = dialectOfFile.getOrDefault(paths.get(0), Dialect.POSTGRESQL);
            Replay replay = new Replay(dialect);
            for (String p : paths) {
                SqlParseResult r = parsedSql.get(p);
                replay.applyAll(r.statements(), p);
                reports.put(p, new FileReport(p, FileReport.Kind.SQL_SCHEMA, dialect, r, null, id));
            }
            units.add(new SchemaUnit(id, SchemaUnit.Kind.SQL_SCHEMA, dialect, null, paths, List.of(), replay.snapshot(), replay.problems(), null, null, List.of(), 0));
        }

        /** Prisma files group under the folder of the file declaring the datasource (multi-file schemas), else by folder. */
        void prismaUnits() {
            List<String> roots = new ArrayList<>();
            for (String path : prismaTexts.keySet()) {
                PrismaParseResult r = parsedPrisma.get(path);
                boolean config = r.blocks().stream().anyMatch(b -> b.kind() == PrismaAst.BlockKind.DATASOURCE || b.kind() == PrismaAst.BlockKind.GENERATOR);
                if (config) roots.add(MigrationLayouts.parent(path));
            }
            Map<String, List<String>> byRoot = new TreeMap<>();
            for (String path : prismaTexts.keySet()) {
                String dir = MigrationLayouts.parent(path);
                String best = null;
                for (String r : roots) {
                    boolean encloses = dir.equals(r) || dir.startsWith(r + "/") || r.equals(".");
                    if (encloses && (best == null || r.length() > best.length())) best = r;
                }
                String root = best != null ? best : dir;
                byRoot.computeIfAbsent(root, k -> new ArrayList<>()).add(path);
            }
            for (Map.Entry<String, List<String>> e : byRoot.entrySet()) {
                List<PrismaParseResult> parsed = new ArrayList<>();
                for (String p : e.getValue()) parsed.add(parsedPrisma.get(p));
                String id = e.getValue().size() == 1 ? e.getValue().get(0) : e.getKey();
                PrismaSchemaMapper.Result mapped = PrismaSchemaMapper.map(parsed, null, cache.mapping(id));
                for (String p : e.getValue()) {
                    reports.put(p, new FileReport(p, FileReport.Kind.PRISMA, mapped.schema().dialect(), null, parsedPrisma.get(p), id));
                }
                units.add(new SchemaUnit(id, SchemaUnit.Kind.PRISMA_SCHEMA, mapped.schema().dialect(), null, e.getValue(), List.of(), mapped.schema(),
                        mapped.problems(), mapped.provider(), mapped.relationMode(), List.of(), mapped.names()));
            }
        }
    }

    /** Convenience for tests and tools: the schema of the unit a file belongs to. */
    public Schema schemaOf(String path) {
        FileReport f = files.get(path);
        SchemaUnit u = f == null ? null : unit(f.unitId());
        return u == null ? null : u.schema();
    }

    /** All model problems of all units (statements that did not apply, unknown Prisma types). */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        for (SchemaUnit u : units) out.addAll(u.problems());
        return out;
    }
}
