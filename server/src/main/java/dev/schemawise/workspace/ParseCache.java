package dev.schemawise.workspace;

import dev.schemawise.model.Dialect;
import dev.schemawise.prisma.PrismaFrontEnd;
import dev.schemawise.prisma.PrismaParseResult;
import dev.schemawise.sql.DialectGuesser;
import dev.schemawise.sql.SqlFrontEnd;
import dev.schemawise.sql.SqlParseResult;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parse results by file, reused while a file's text and dialect stay the same: the language server rebuilds
 * the workspace on every edit but re-parses only the edited file. Thread-safe.
 */
public final class ParseCache {
    private record SqlEntry(String text, Dialect dialect, SqlParseResult result) {}

    private record PrismaEntry(String text, PrismaParseResult result, PrismaFrontEnd.Reuse reuse) {}

    private record Guess(String text, Dialect dialect) {}

    private final ConcurrentHashMap<String, SqlEntry> sql = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Guess> guesses = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, PrismaEntry> prisma = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, dev.schemawise.prisma.PrismaSchemaMapper.Memo> mappings = new ConcurrentHashMap<>();

    /** What the last mapping of a Prisma schema (by its unit's id) made of each block, for the next one. */
    public dev.schemawise.prisma.PrismaSchemaMapper.Memo mapping(String unitId) {
        return mappings.computeIfAbsent(unitId, id -> new dev.schemawise.prisma.PrismaSchemaMapper.Memo());
    }

    public SqlParseResult sql(String path, String text, Dialect dialect) {
        SqlEntry e = sql.get(path);
        if (e != null && e.dialect == dialect && e.text.equals(text)) return e.result;
        // An edit of a file read before: read again only what the edit touched.
        SqlParseResult result = e != null ? SqlFrontEnd.reparse(e.result, e.text, path, text, dialect) : SqlFrontEnd.parse(path, text, dialect);
        sql.put(path, new SqlEntry(text, dialect, result));
        return result;
    }

    public PrismaParseResult prisma(String path, String text) {
        PrismaEntry e = prisma.get(path);
        if (e != null && e.text.equals(text)) return e.result;
        // An edit of a file read before: blocks whose text did not change are not parsed again.
        PrismaFrontEnd.Parsed parsed = PrismaFrontEnd.parseReusing(path, text, e == null ? null : e.reuse);
        prisma.put(path, new PrismaEntry(text, parsed.result(), parsed.reuse()));
        return parsed.result();
    }

    /**
     * A file's own dialect markers ({@link DialectGuesser#guess}), or null when it has none: looked for again only
     * when the part of the text it reads changed, since the workspace is rebuilt on every edit and the guess scans the file's start.
     */
    public Dialect guessDialect(String path, String text) {
        Guess g = guesses.get(path);
        if (g != null && DialectGuesser.sameEvidence(g.text, text)) return g.dialect;
        Dialect d = DialectGuesser.guess(path, text);
        guesses.put(path, new Guess(text, d));
        return d;
    }

    /** Forgets a file (closed, deleted). */
    public void remove(String path) {
        guesses.remove(path);
        sql.remove(path);
        prisma.remove(path);
        mappings.keySet().removeIf(id -> id.equals(path) || path.startsWith(id + "/"));
    }

    /** Forgets every file but these (the language server's files once one was closed without being on disk). */
    public void retain(java.util.Set<String> paths) {
        guesses.keySet().retainAll(paths);
        sql.keySet().retainAll(paths);
        prisma.keySet().retainAll(paths);
        mappings.keySet().removeIf(id -> !paths.contains(id) && paths.stream().noneMatch(p -> p.startsWith(id + "/")));
    }
}
