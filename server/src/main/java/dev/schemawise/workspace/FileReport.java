package dev.schemawise.workspace;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.SyntaxError;
import dev.schemawise.prisma.PrismaParseResult;
import dev.schemawise.sql.SqlParseResult;
import java.util.List;

/**
 * One file of the workspace as read: its kind, dialect, parse result and the unit it belongs to.
 * Exactly one of {@code sql} and {@code prisma} is set, except for auxiliary files (neither).
 */
public record FileReport(String path, Kind kind, Dialect dialect, SqlParseResult sql, PrismaParseResult prisma, String unitId) {

    public enum Kind { SQL_SCHEMA, SQL_MIGRATION, SQL_DOWN_MIGRATION, PRISMA, AUXILIARY }

    public List<SyntaxError> syntaxErrors() {
        if (sql != null) return sql.errors();
        if (prisma != null) return prisma.errors();
        return List.of();
    }

    /** The file's text with its line starts (empty for an auxiliary file). */
    public dev.schemawise.text.LineIndex lines() {
        if (sql != null) return sql.lines();
        if (prisma != null) return prisma.lines();
        return NO_LINES;
    }

    private static final dev.schemawise.text.LineIndex NO_LINES = new dev.schemawise.text.LineIndex("");

    public String text() {
        return lines().text();
    }
}
