package dev.schemawise.model;

/** ON DELETE / ON UPDATE behaviour of a foreign key. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION", "NoAction"),
    RESTRICT("RESTRICT", "Restrict"),
    CASCADE("CASCADE", "Cascade"),
    SET_NULL("SET NULL", "SetNull"),
    SET_DEFAULT("SET DEFAULT", "SetDefault");

    private final String sql;
    private final String prisma;

    ReferentialAction(String sql, String prisma) {
        this.sql = sql;
        this.prisma = prisma;
    }

    public String sql() {
        return sql;
    }

    public String prisma() {
        return prisma;
    }

    public static ReferentialAction fromPrisma(String name) {
        for (ReferentialAction a : values()) {
            if (a.prisma.equals(name)) return a;
        }
        return null;
    }
}
