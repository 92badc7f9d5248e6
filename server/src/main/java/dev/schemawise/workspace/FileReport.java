package dev.schemawise.workspace;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.SyntaxError;
import dev.schemawise.prisma.PrismaParseResult;
import dev.schemawise.sql.SqlParseResult;
import java.util.List;

/**
 * One file of the workspace as read: its kind, dialect, parse result and the unit it belongs to.
 * Exactly one of {@code sql} and {@code prisma} is set, except for auxiliary files (neither): those
 * ({@code migration_lock.toml}, {@code _journal.json}) keep their text in {@code auxiliary} so findings can point
 * into them.
 */
public record FileReport(String path, Kind kind, Dialect dialect, SqlParseResult sql, PrismaParseResult prisma, String unitId,
                         dev.schemawise.text.LineIndex auxiliary) {

    public FileReport(String path, Kind kind, Dialect dialect, SqlParseResult sql, PrismaParseResult prisma, String unitId) {
        this(path, kind, dialect, sql, prisma, unitId, null);
    }

    /** An auxiliary file of a migrations folder, with its text. */
    public static FileReport auxiliary(String path, String text, String unitId) {
        return new FileReport(path, Kind.AUXILIARY, null, null, null, unitId, new dev.schemawise.text.LineIndex(text));
    }

    public enum Kind { SQL_SCHEMA, SQL_MIGRATION, SQL_DOWN_MIGRATION, PRISMA, AUXILIARY }

    public List<SyntaxError> syntaxErrors() {
        if (sql != null) return sql.errors();
        if (prisma != null) return prisma.errors();
        return List.of();
    }

    /** The file's text with its line starts. */
    public dev.schemawise.text.LineIndex lines() {
        if (sql != null) return sql.lines();
        if (prisma != null) return prisma.lines();
        if (auxiliary != null) return auxiliary;
        return NO_LINES;
    }

    private static final dev.schemawise.text.LineIndex NO_LINES = new dev.schemawise.text.LineIndex("");

    public String text() {
        return lines().text();
    }
}
