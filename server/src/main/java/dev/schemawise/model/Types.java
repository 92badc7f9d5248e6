package dev.schemawise.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Normalises a type as written in SQL (any dialect) into a {@link ColumnType}. */
public final class Types {
    private Types() {}

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static final Map<String, TypeFamily> FAMILIES = Map.ofEntries(
            Map.entry("smallint", TypeFamily.SMALLINT), Map.entry("int2", TypeFamily.SMALLINT),
            Map.entry("tinyint", TypeFamily.SMALLINT), Map.entry("smallserial", TypeFamily.SMALLINT),
            Map.entry("serial2", TypeFamily.SMALLINT),
            Map.entry("integer", TypeFamily.INTEGER), Map.entry("int", TypeFamily.INTEGER), Map.entry("int4", TypeFamily.INTEGER),
            Map.entry("mediumint", TypeFamily.INTEGER), Map.entry("serial", TypeFamily.INTEGER), Map.entry("serial4", TypeFamily.INTEGER),
            Map.entry("year", TypeFamily.INTEGER),
            Map.entry("bigint", TypeFamily.BIGINT), Map.entry("int8", TypeFamily.BIGINT), Map.entry("bigserial", TypeFamily.BIGINT),
            Map.entry("serial8", TypeFamily.BIGINT),
            Map.entry("numeric", TypeFamily.NUMERIC), Map.entry("decimal", TypeFamily.NUMERIC), Map.entry("dec", TypeFamily.NUMERIC),
            Map.entry("fixed", TypeFamily.NUMERIC), Map.entry("number", TypeFamily.NUMERIC),
            Map.entry("real", TypeFamily.REAL), Map.entry("float4", TypeFamily.REAL),
            Map.entry("double precision", TypeFamily.DOUBLE), Map.entry("double", TypeFamily.DOUBLE), Map.entry("float8", TypeFamily.DOUBLE),
            Map.entry("money", TypeFamily.MONEY), Map.entry("smallmoney", TypeFamily.MONEY),
            Map.entry("boolean", TypeFamily.BOOLEAN), Map.entry("bool", TypeFamily.BOOLEAN),
            Map.entry("text", TypeFamily.TEXT), Map.entry("tinytext", TypeFamily.TEXT), Map.entry("mediumtext", TypeFamily.TEXT),
            Map.entry("longtext", TypeFamily.TEXT), Map.entry("clob", TypeFamily.TEXT), Map.entry("citext", TypeFamily.TEXT),
            Map.entry("ntext", TypeFamily.TEXT), Map.entry("name", TypeFamily.TEXT),
            Map.entry("varchar", TypeFamily.VARCHAR), Map.entry("character varying", TypeFamily.VARCHAR),
            Map.entry("char varying", TypeFamily.VARCHAR), Map.entry("nvarchar", TypeFamily.VARCHAR),
            Map.entry("national character varying", TypeFamily.VARCHAR), Map.entry("national char varying", TypeFamily.VARCHAR),
            Map.entry("nchar varying", TypeFamily.VARCHAR), Map.entry("varchar2", TypeFamily.VARCHAR), Map.entry("nvarchar2", TypeFamily.VARCHAR),
            Map.entry("varying character", TypeFamily.VARCHAR),
            Map.entry("char", TypeFamily.CHAR), Map.entry("character", TypeFamily.CHAR), Map.entry("nchar", TypeFamily.CHAR),
            Map.entry("national character", TypeFamily.CHAR), Map.entry("national char", TypeFamily.CHAR), Map.entry("bpchar", TypeFamily.CHAR),
            Map.entry("uuid", TypeFamily.UUID), Map.entry("uniqueidentifier", TypeFamily.UUID),
            Map.entry("date", TypeFamily.DATE),
            Map.entry("time", TypeFamily.TIME), Map.entry("time without time zone", TypeFamily.TIME),
            Map.entry("timetz", TypeFamily.TIMETZ), Map.entry("time with time zone", TypeFamily.TIMETZ),
            Map.entry("timestamp", TypeFamily.TIMESTAMP), Map.entry("timestamp without time zone", TypeFamily.TIMESTAMP),
            Map.entry("datetime", TypeFamily.TIMESTAMP), Map.entry("datetime2", TypeFamily.TIMESTAMP), Map.entry("smalldatetime", TypeFamily.TIMESTAMP),
            Map.entry("timestamptz", TypeFamily.TIMESTAMPTZ), Map.entry("timestamp with time zone", TypeFamily.TIMESTAMPTZ),
            Map.entry("datetimeoffset", TypeFamily.TIMESTAMPTZ),
            Map.entry("interval", TypeFamily.INTERVAL),
            Map.entry("json", TypeFamily.JSON), Map.entry("jsonb", TypeFamily.JSONB),
            Map.entry("bytea", TypeFamily.BINARY), Map.entry("blob", TypeFamily.BINARY), Map.entry("tinyblob", TypeFamily.BINARY),
            Map.entry("mediumblob", TypeFamily.BINARY), Map.entry("longblob", TypeFamily.BINARY), Map.entry("binary", TypeFamily.BINARY),
            Map.entry("varbinary", TypeFamily.BINARY), Map.entry("image", TypeFamily.BINARY),
            Map.entry("enum", TypeFamily.ENUM),
            Map.entry("inet", TypeFamily.NETWORK), Map.entry("cidr", TypeFamily.NETWORK), Map.entry("macaddr", TypeFamily.NETWORK),
            Map.entry("macaddr8", TypeFamily.NETWORK),
            Map.entry("geometry", TypeFamily.GEOMETRY), Map.entry("geography", TypeFamily.GEOMETRY), Map.entry("point", TypeFamily.GEOMETRY),
            Map.entry("polygon", TypeFamily.GEOMETRY), Map.entry("linestring", TypeFamily.GEOMETRY), Map.entry("line", TypeFamily.GEOMETRY),
            Map.entry("circle", TypeFamily.GEOMETRY), Map.entry("box", TypeFamily.GEOMETRY), Map.entry("path", TypeFamily.GEOMETRY),
            Map.entry("lseg", TypeFamily.GEOMETRY), Map.entry("multipolygon", TypeFamily.GEOMETRY), Map.entry("multipoint", TypeFamily.GEOMETRY),
            Map.entry("xml", TypeFamily.XML),
            Map.entry("bit", TypeFamily.BIT), Map.entry("bit varying", TypeFamily.BIT), Map.entry("varbit", TypeFamily.BIT));

    /**
     * @param name       the base type name as written, words separated by single spaces, without arguments
     *                   (e.g. "character varying", "pg_catalog.int4", "timestamp with time zone")
     * @param arguments  the type arguments as written ("255", "10", "2", "'a'")
     * @param arrayDims  the number of [] suffixes (or ARRAY)
     * @param raw        the whole type as written, for messages
     */
    public static ColumnType of(String name, List<String> arguments, int arrayDims, String raw, Dialect dialect) {
        String lower = WHITESPACE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        if (lower.startsWith("pg_catalog.")) lower = lower.substring("pg_catalog.".length());
        if (lower.startsWith("\"") && lower.endsWith("\"") && lower.length() > 1) lower = lower.substring(1, lower.length() - 1);
        boolean serial = lower.contains("serial");
        TypeFamily family = FAMILIES.get(lower);
        if (family == null) family = dialect == Dialect.SQLITE ? sqliteAffinity(lower) : TypeFamily.OTHER;
        // MySQL's convention for booleans.
        if (family == TypeFamily.SMALLINT && lower.equals("tinyint") && arguments.equals(List.of("1")) && dialect == Dialect.MYSQL) {
            family = TypeFamily.BOOLEAN;
        }
        // float(p): single precision up to 24 bits in PostgreSQL; MySQL's FLOAT is single precision.
        if (lower.equals("float")) {
            if (dialect == Dialect.MYSQL) {
                family = TypeFamily.REAL;
            } else {
                int precision = arguments.isEmpty() ? 53 : parseInt(arguments.get(0), 53);
                family = precision <= 24 ? TypeFamily.REAL : TypeFamily.DOUBLE;
            }
        }
        if (lower.equals("set")) family = TypeFamily.OTHER;
        return new ColumnType(family, lower, raw, arguments, arrayDims, serial);
    }

    /** SQLite's type affinity rules (section 3.1 of its datatype documentation). */
    private static TypeFamily sqliteAffinity(String name) {
        if (name.isEmpty()) return TypeFamily.OTHER;
        if (name.contains("int")) return TypeFamily.INTEGER;
        if (name.contains("char") || name.contains("clob") || name.contains("text")) return TypeFamily.TEXT;
        if (name.contains("blob")) return TypeFamily.BINARY;
        if (name.contains("real") || name.contains("floa") || name.contains("doub")) return TypeFamily.DOUBLE;
        return TypeFamily.NUMERIC;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
