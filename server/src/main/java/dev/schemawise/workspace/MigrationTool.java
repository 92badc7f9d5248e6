package dev.schemawise.workspace;

/** The migration tools whose folder layouts schemawise recognises. */
public enum MigrationTool {
    PRISMA("Prisma Migrate", true, false),
    FLYWAY("Flyway", true, true),
    GOLANG_MIGRATE("golang-migrate", false, true),
    DBMATE("dbmate", true, true),
    DRIZZLE("Drizzle Kit", true, false),
    SUPABASE("Supabase CLI", true, false),
    GENERIC("numbered SQL migrations", false, false);

    private final String displayName;
    private final boolean transactional;
    private final boolean downMigrations;

    MigrationTool(String displayName, boolean transactional, boolean downMigrations) {
        this.displayName = displayName;
        this.transactional = transactional;
        this.downMigrations = downMigrations;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * Whether the tool runs each migration inside a transaction by default (CREATE INDEX CONCURRENTLY then fails); for
     * tools that {@linkplain #sendsFileAsOneQuery send the file as one query} that depends on its statement count.
     */
    public boolean transactional() {
        return transactional;
    }

    /**
     * Whether the tool sends a migration file to the database as one query string: Prisma Migrate, and golang-migrate
     * (and sqlx, which shares its file names) unless its {@code x-multi-statement} option splits the file. PostgreSQL
     * runs a query string of several statements as one implicit transaction, so such a file runs in a transaction
     * exactly when it holds more than one statement, and CREATE INDEX CONCURRENTLY needs a file of its own.
     */
    public boolean sendsFileAsOneQuery() {
        return this == PRISMA || this == GOLANG_MIGRATE;
    }

    /** Whether the tool has down (undo) migrations. */
    public boolean hasDownMigrations() {
        return downMigrations;
    }
}
