package dev.schemawise.model;

import java.util.Locale;

/** The database engine a schema targets. Decides identifier folding, limits and dialect-only rules. */
public enum Dialect {
    POSTGRESQL("postgresql", 63),
    MYSQL("mysql", 64),
    SQLITE("sqlite", Integer.MAX_VALUE);

    private final String id;
    private final int maxIdentifierLength;

    Dialect(String id, int maxIdentifierLength) {
        this.id = id;
        this.maxIdentifierLength = maxIdentifierLength;
    }

    public String id() {
        return id;
    }

    /** PostgreSQL truncates longer names at 63 bytes; MySQL refuses names over 64 characters. */
    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }

    /** Unquoted identifiers: PostgreSQL folds them to lower case; MySQL and SQLite keep them as written. */
    public String foldUnquoted(String identifier) {
        return this == POSTGRESQL ? identifier.toLowerCase(Locale.ROOT) : identifier;
    }

    /** The key two names must share to denote the same object (MySQL and SQLite compare case-insensitively). */
    public String key(String name) {
        return this == POSTGRESQL ? name : name.toLowerCase(Locale.ROOT);
    }

    public static Dialect fromId(String id) {
        if (id == null) return null;
        for (Dialect d : values()) {
            if (d.id.equalsIgnoreCase(id)) return d;
        }
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "postgres", "pg", "cockroachdb" -> POSTGRESQL;
            case "mariadb" -> MYSQL;
            case "sqlite3" -> SQLITE;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
