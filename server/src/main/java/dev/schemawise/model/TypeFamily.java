package dev.schemawise.model;

/** Dialect-neutral family of a column type, so rules need not know every spelling of "integer". */
public enum TypeFamily {
    SMALLINT, INTEGER, BIGINT, NUMERIC, REAL, DOUBLE, MONEY, BOOLEAN,
    TEXT, VARCHAR, CHAR, UUID,
    DATE, TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ, INTERVAL,
    JSON, JSONB, BINARY, ENUM, NETWORK, GEOMETRY, XML, BIT, OTHER;

    public boolean isInteger() {
        return this == SMALLINT || this == INTEGER || this == BIGINT;
    }

    public boolean isNumeric() {
        return isInteger() || this == NUMERIC || this == REAL || this == DOUBLE || this == MONEY;
    }

    public boolean isFloatingPoint() {
        return this == REAL || this == DOUBLE;
    }

    public boolean isText() {
        return this == TEXT || this == VARCHAR || this == CHAR;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIME || this == TIMETZ || this == TIMESTAMP || this == TIMESTAMPTZ;
    }
}
