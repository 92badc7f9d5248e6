package dev.schemawise.rules;

import dev.schemawise.model.View;
import dev.schemawise.model.ddl.CreateView;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.query.QueryFacts;
import dev.schemawise.query.QueryFiles;
import dev.schemawise.query.QueryInfo;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The query-bearing statements of a workspace, each read once with JSqlParser ({@link QueryFacts}): the bodies of
 * views, the queries of SQL schema files (a plain .sql file of queries, an sqlc file with {@code -- name:} headers,
 * or SELECTs and DML written among the DDL of a schema file), and the data statements of migrations. Statements
 * JSqlParser cannot read are left out and counted ({@link #skipped()}, for {@code check --debug}); they are never
 * reported to the user.
 *
 * <p>Rules ask {@link #of(Workspace)} once per schema; the answer is computed once per workspace. Each file's
 * statements are read once per text: the language server re-analyses on every key, and only the edited file has a
 * new text. Both are cached here rather than in {@link Memo}, whose ring keeps the last 128 answers of all rules:
 * a workspace of a thousand schemas asks more questions than that in one analysis (sqlc's test data: the answer for
 * the workspace was evicted and computed again by rule after rule), and JSqlParser is the costliest reader there is.
 */
public final class QueryStatements {

    /** Where a query statement comes from. */
    public enum Origin {
        /** The query of a CREATE VIEW (the view's current definition: one replaced or dropped later is left out). */
        VIEW,
        /** A SELECT, WITH, INSERT, UPDATE or DELETE statement of an SQL schema file. */
        QUERY,
        /** A data statement (INSERT, UPDATE, DELETE, WITH) of a migration. */
        MIGRATION
    }

    /**
     * One query statement. Views and queries are read when the file is; a migration's data statements only when a
     * rule asks for their {@link #info()} (only the migration rules do, and mostly not: unsafe-dml finds a WHERE by
     * itself), since JSqlParser is slow to start and a migrations folder has hundreds of them.
     *
     * <p>{@code statement}: the whole statement (the CREATE VIEW of a view); {@code query}: the text read, the
     * statement or the view's query; {@code name}: the view's name, the sqlc query's name ({@code GetUser}), or null.
     */
    public static final class Query {
        private final Origin origin;
        private final String file;
        private final Read read;

        private Query(String file, Read read) {
            this.origin = read.origin();
            this.file = file;
            this.read = read;
        }

        public Origin origin() {
            return origin;
        }

        public String file() {
            return file;
        }

        public Span statement() {
            return read.statement();
        }

        public Span query() {
            return read.query();
        }

        public String name() {
            return read.name();
        }

        /** What the statement reads and writes; null when JSqlParser cannot read it (only for a migration's data statement). */
        public QueryInfo info() {
            return read.info();
        }

        /** How messages name it: {@code view active_users}, {@code query GetUser}, {@code this query}. */
        public String describe() {
            if (origin == Origin.VIEW) return "view " + name();
            return name() != null ? "query " + name() : origin == Origin.MIGRATION ? "this data statement" : "this query";
        }
    }

    /** The statement heads read as queries. */
    private static final Set<String> QUERY_KINDS = Set.of("SELECT", "WITH", "INSERT", "UPDATE", "DELETE");
    /** What may follow a view's query and is no part of it (JSqlParser reads the query alone). */
    private static final Pattern VIEW_TRAILER = Pattern.compile("(?is)\\s+WITH\\s+(?:(?:CASCADED|LOCAL)\\s+)?CHECK\\s+OPTION\\s*;?\\s*$"
            + "|\\s+WITH\\s+(?:NO\\s+)?DATA\\s*;?\\s*$");

    private final Map<String, List<Query>> byFile;
    private final int skipped;
    private final Set<String> createdElsewhere;

    private QueryStatements(Map<String, List<Query>> byFile, int skipped, Set<String> createdElsewhere) {
        this.byFile = byFile;
        this.skipped = skipped;
        this.createdElsewhere = createdElsewhere;
    }

    private static final Map<Workspace, CompletableFuture<QueryStatements>> BY_WORKSPACE = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The query statements of every file of the workspace, read once per workspace (workspaces compare by identity;
     * the answer goes when its workspace does). Rules asking meanwhile wait for the first one's answer.
     */
    public static QueryStatements of(Workspace workspace) {
        CompletableFuture<QueryStatements> mine = new CompletableFuture<>();
        CompletableFuture<QueryStatements> known = BY_WORKSPACE.putIfAbsent(workspace, mine);
        if (known != null) {
            try {
                return known.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw e;
            }
        }
        try {
            QueryStatements answer = read(workspace);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            BY_WORKSPACE.remove(workspace, mine);
            throw e;
        }
    }

    private static final java.util.concurrent.ExecutorService AHEAD = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "schemawise-queries");
        t.setDaemon(true);
        return t;
    });

    /**
     * Starts reading the workspace's query statements on a thread of its own, when it has SQL schema files or
     * migrations, and returns at once; the rules that ask {@link #of(Workspace)} later wait for that reading instead of
     * starting one. The analysis calls it before its rules: JSqlParser is the slowest reader there is when cold (about a
     * second for the 29 views of the 100,000-line benchmark dump in a fresh server), and the rules asking for it
     * otherwise start it only once a core gets to them, with other rules queued before it (docs/PERFORMANCE.md, start-up).
     */
    public static void readAhead(Workspace workspace) {
        boolean queries = false;
        for (FileReport f : workspace.files()) queries |= bearsQueries(f);
        if (!queries || BY_WORKSPACE.containsKey(workspace)) return;
        try {
            AHEAD.execute(() -> {
                try {
                    of(workspace);
                } catch (RuntimeException e) {
                    // The rule that asks again gets the failure and reports it.
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // never shut down; nothing to do
        }
    }

    /** Whether the workspace's statements are read or being read (tests). */
    static boolean known(Workspace workspace) {
        return BY_WORKSPACE.containsKey(workspace);
    }

    /**
     * Whether some statement the schema model does not read creates a table or view of that name (unquoted, lower
     * case): a CREATE TABLE in a function body or a DO block, CREATE FOREIGN TABLE, SQLite's CREATE VIRTUAL TABLE.
     */
    public boolean createdElsewhere(String bareName) {
        return createdElsewhere.contains(bareName.toLowerCase(Locale.ROOT));
    }

    /**
     * How many query statements JSqlParser could not read (they are skipped). Reads the data statements of
     * migrations that no rule asked about, to count them too.
     */
    public int skipped() {
        int lazy = 0;
        for (List<Query> queries : byFile.values()) {
            for (Query q : queries) {
                if (q.read.lazy() && q.info() == null) lazy++;
            }
        }
        return skipped + lazy;
    }

    /** Every statement read in a file, in text order. */
    public List<Query> inFile(String path) {
        return byFile.getOrDefault(path, List.of());
    }

    /**
     * The statements of a schema's files: the queries of its SQL schema files, the data statements of its
     * migrations, and the queries of the views the schema has in the end (those of its final state, where they
     * were last defined).
     */
    public List<Query> of(SchemaUnit unit) {
        Set<String> currentViews = new HashSet<>();
        for (View v : unit.schema().views()) {
            if (v.queryRange() != null && v.source() != null) currentViews.add(v.source().file() + "\u0000" + v.queryRange().start());
        }
        List<Query> out = new ArrayList<>();
        for (String file : unit.files()) {
            for (Query q : inFile(file)) {
                if (q.origin() != Origin.VIEW || currentViews.contains(file + "\u0000" + q.query().start())) out.add(q);
            }
        }
        return out;
    }

    /** The statement read from the statement starting at {@code start} of a file, or null (not a query, or unreadable). */
    public Query at(String file, int start) {
        for (Query q : inFile(file)) {
            if (q.statement().start() == start) return q.info() == null ? null : q;
        }
        return null;
    }

    // ------------------------------------------------------------------ reading

    /** One statement as read from a file's text, wherever the text is; a lazy one is read on the first call of info(). */
    private static final class Read {
        private final Origin origin;
        private final Span statement;
        private final Span query;
        private final String name;
        private final String body;
        private volatile Object info; // QueryInfo, UNREADABLE, or null while a lazy one is unread

        private static final Object UNREADABLE = new Object();

        Read(Origin origin, Span statement, Span query, String name, QueryInfo info) {
            this(origin, statement, query, name, null, info == null ? UNREADABLE : info);
        }

        /** Read on demand. */
        Read(Origin origin, Span statement, Span query, String name, String body) {
            this(origin, statement, query, name, body, null);
        }

        private Read(Origin origin, Span statement, Span query, String name, String body, Object info) {
            this.origin = origin;
            this.statement = statement;
            this.query = query;
            this.name = name;
            this.body = body;
            this.info = info;
        }

        Origin origin() {
            return origin;
        }

        Span statement() {
            return statement;
        }

        Span query() {
            return query;
        }

        String name() {
            return name;
        }

        boolean lazy() {
            return body != null;
        }

        QueryInfo info() {
            Object known = info;
            if (known == null) {
                known = QueryFacts.analyze(body, query.start()).map(i -> (Object) i).orElse(UNREADABLE);
                info = known; // two threads may both read it; they get equal answers
            }
            return known == UNREADABLE ? null : (QueryInfo) known;
        }
    }

    /**
     * What one text holds, whatever file it is (sqlc's test data has one query.sql in many folders). Holds nothing of
     * the text itself, which is the cache's weak key.
     */
    private record FileQueries(FileReport.Kind kind, dev.schemawise.model.Dialect dialect, List<Read> read, int skipped, Set<String> created) {}

    private static final Map<String, FileQueries> BY_TEXT = Collections.synchronizedMap(new WeakHashMap<>());

    private static QueryStatements read(Workspace workspace) {
        List<FileReport> files = new ArrayList<>();
        for (FileReport f : workspace.files()) {
            if (bearsQueries(f)) files.add(f);
        }
        Map<String, FileQueries> read = new java.util.concurrent.ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> read.put(f.path(), cached(f)));
        Map<String, List<Query>> byFile = new HashMap<>();
        int skipped = 0;
        Set<String> created = new HashSet<>();
        for (FileReport f : files) {
            FileQueries fq = read.get(f.path());
            List<Query> queries = new ArrayList<>(fq.read().size());
            for (Read r : fq.read()) queries.add(new Query(f.path(), r));
            byFile.put(f.path(), List.copyOf(queries));
            skipped += fq.skipped();
            created.addAll(fq.created());
        }
        return new QueryStatements(byFile, skipped, created);
    }

    /** The files whose statements are read: SQL schema files and migrations. */
    private static boolean bearsQueries(FileReport f) {
        return f.sql() != null && (f.kind() == FileReport.Kind.SQL_SCHEMA || f.kind() == FileReport.Kind.SQL_MIGRATION);
    }

    /** Facts by statement text (at offset 0), for texts an edit did not touch but moved: the editor's file changes on every key. */
    private static final int STATEMENT_CACHE_CHARS = 8 << 20;
    private static final java.util.LinkedHashMap<String, Optional<QueryInfo>> BY_STATEMENT = new java.util.LinkedHashMap<>(256, 0.75f, true);
    private static long cachedChars;

    private static Optional<QueryInfo> analyzeCached(String body) {
        synchronized (BY_STATEMENT) {
            Optional<QueryInfo> known = BY_STATEMENT.get(body);
            if (known != null) return known;
        }
        Optional<QueryInfo> info = QueryFacts.analyze(body, 0);
        synchronized (BY_STATEMENT) {
            if (BY_STATEMENT.put(body, info) == null) cachedChars += body.length();
            var eldest = BY_STATEMENT.entrySet().iterator();
            while (cachedChars > STATEMENT_CACHE_CHARS && eldest.hasNext()) {
                cachedChars -= eldest.next().getKey().length();
                eldest.remove();
            }
        }
        return info;
    }

    private static FileQueries cached(FileReport f) {
        String text = f.text();
        FileQueries known = BY_TEXT.get(text);
        if (known != null && known.kind() == f.kind() && known.dialect() == f.dialect()) return known;
        FileQueries read = read(f);
        BY_TEXT.put(text, read);
        return read;
    }

    private static final Pattern CREATED_RELATION = Pattern.compile(
            "(?i)\\bCREATE\\s+(?:[A-Z_]+\\s+){0,3}?(?:TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?((?:[\"`\\[]?[\\w$]+[\"`\\]]?\\s*\\.\\s*)?[\"`\\[]?[\\w$]+)");

    /** The tables and views an opaque statement (a function body, a DO block, a foreign table) creates, by bare lower-case name. */
    private static void created(String text, Span range, Set<String> out) {
        if (SchemaFacts.indexOfIgnoreCase(text, "create", range.start(), range.end()) < 0) return;
        java.util.regex.Matcher m = CREATED_RELATION.matcher(text).region(range.start(), range.end());
        while (m.find()) {
            String written = m.group(1).replaceAll("[\"`\\[\\]\\s]", "");
            out.add((written.contains(".") ? written.substring(written.lastIndexOf('.') + 1) : written).toLowerCase(Locale.ROOT));
        }
    }

    private static FileQueries read(FileReport f) {
        String text = f.text();
        Origin dataOrigin = f.kind() == FileReport.Kind.SQL_MIGRATION ? Origin.MIGRATION : Origin.QUERY;
        Map<Integer, String> sqlcNames = sqlcNames(text);
        List<Read> queries = new ArrayList<>();
        Set<String> created = new HashSet<>();
        int skipped = 0;
        record Candidate(Origin origin, Span statement, Span query, String name, String body) {}
        List<Candidate> candidates = new ArrayList<>();
        for (Statement s : f.sql().statements()) {
            if (s instanceof Opaque o && s.range().end() <= text.length()) created(text, s.range(), created);
            Origin origin;
            Span query;
            String name;
            if (s instanceof CreateView cv && cv.view().queryRange() != null) {
                origin = Origin.VIEW;
                query = cv.view().queryRange();
                name = cv.view().name().name();
            } else if (s instanceof Opaque o && QUERY_KINDS.contains(o.kind().toUpperCase(Locale.ROOT))) {
                origin = dataOrigin;
                query = s.range();
                name = sqlcNames.get(s.range().start());
                if (origin == Origin.QUERY && o.kind().equalsIgnoreCase("INSERT") && isSeedData(text, query.start(), query.end())) continue;
            } else {
                continue;
            }
            if (query.end() > text.length()) continue;
            String body = text.substring(query.start(), query.end());
            if (origin == Origin.VIEW) body = VIEW_TRAILER.matcher(body).replaceFirst("");
            candidates.add(new Candidate(origin, s.range(), query, name, body));
        }
        // JSqlParser is the slow part: a file with many queries or views (a dump) reads them on every core; the data
        // statements of migrations wait until a rule asks.
        java.util.stream.Stream<Candidate> stream = candidates.size() >= 16 ? candidates.parallelStream() : candidates.stream();
        List<Optional<QueryInfo>> infos = stream.map(c -> c.origin() == Origin.MIGRATION ? Optional.<QueryInfo>empty()
                : analyzeCached(c.body()).map(i -> i.shifted(c.query().start()))).toList();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.origin() == Origin.MIGRATION) {
                queries.add(new Read(c.origin(), c.statement(), c.query(), c.name(), c.body()));
            } else if (infos.get(i).isEmpty()) {
                skipped++;
            } else {
                queries.add(new Read(c.origin(), c.statement(), c.query(), c.name(), infos.get(i).get()));
            }
        }
        return new FileQueries(f.kind(), f.dialect(), List.copyOf(queries), skipped, Set.copyOf(created));
    }

    /**
     * Whether an INSERT of a schema file only writes literal rows: no query in it, no bind parameter. A dump holds
     * thousands of them (northwind: 3,362), they are data rather than queries, and reading them would take a second.
     */
    static boolean isSeedData(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\'') {
                i++;
                while (i < to && text.charAt(i) != '\'') i++;
                i++; // '' inside a literal reads as two literals, which is as good here
            } else if (c == '?' || c == '@' || c == '$' && i + 1 < to && Character.isDigit(text.charAt(i + 1))
                    || c == ':' && i + 1 < to && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '_') && (i == 0 || text.charAt(i - 1) != ':')) {
                return false;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
                String word = text.substring(start, i);
                if (word.equalsIgnoreCase("SELECT") || word.equalsIgnoreCase("sqlc")) return false;
            } else {
                i++;
            }
        }
        return true;
    }

    /** The names sqlc's {@code -- name: GetUser :one} headers give the statements of a file, by statement start. */
    private static Map<Integer, String> sqlcNames(String text) {
        if (!text.contains("name:")) return Map.of();
        Map<Integer, String> out = new HashMap<>();
        for (QueryFiles.Statement s : QueryFiles.split(text)) {
            if (s.name() != null) out.put(s.start(), s.name());
        }
        return out;
    }
}
