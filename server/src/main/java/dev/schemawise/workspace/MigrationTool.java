package dev.schemawise.workspace;

/** The migration tools whose folder layouts schemawise recognises. */
public enum MigrationTool {
    PRISMA("Prisma Migrate", true, false),
    FLYWAY("Flyway", true, true),
    GOLANG_MIGRATE("golang-migrate", false, true),
    DBMATE("dbmate", true, true),
    DRIZZLE("Drizzle Kit", false, false),
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

    /** Whether the tool runs each migration inside a transaction by default (CREATE INDEX CONCURRENTLY then fails). */
    public boolean transactional() {
        return transactional;
    }

    /** Whether the tool has down (undo) migrations. */
    public boolean hasDownMigrations() {
        return downMigrations;
    }
}
