package dev.schemawise.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Canonical text of types, defaults and expressions, so that spellings a database treats as the same compare equal:
 * {@code int4} and {@code integer}, {@code character varying(255)} and {@code VARCHAR(255)}, {@code timestamp} and
 * {@code timestamp(6)} in PostgreSQL, {@code 'x'::text} and {@code 'x'}, {@code CURRENT_TIMESTAMP} and {@code now()},
 * a Prisma {@code @default("x")} and SQL {@code DEFAULT 'x'}. Used by {@link SchemaDiff}; pure.
 */
public final class CanonicalForms {
    private CanonicalForms() {}

    /** A default that cannot be compared (Prisma's {@code dbgenerated()} without an expression): equal to any other. */
    public static final String UNKNOWN = "\u0000unknown";

    /** The values a column generates itself: serial, identity, AUTO_INCREMENT, nextval(...), Prisma autoincrement(). */
    public static final String AUTO = "\u0000auto";

    // ------------------------------------------------------------------ types

    /**
     * The canonical spelling of a type, e.g. {@code integer}, {@code varchar(255)}, {@code timestamp(3)},
     * {@code numeric(10,2)}, {@code text[]}, {@code enum status}. Arguments a dialect fills in when left out are
     * written out (PostgreSQL's timestamp precision 6, char length 1); display widths of MySQL integers are dropped;
     * SQLite, which does not enforce types, keeps only the name.
     */
    public static String type(ColumnType t, Dialect dialect) {
        if (t == null) return "";
        String name = typeName(t);
        List<String> args = typeArguments(t, name, dialect);
        StringBuilder b = new StringBuilder(name);
        if (!args.isEmpty()) b.append('(').append(String.join(",", args)).append(')');
        if (t.isArray()) b.append("[]");
        return b.toString();
    }

    private static String typeName(ColumnType t) {
        String name = bareTypeName(t.name());
        if (t.family() == TypeFamily.ENUM) return name.equals("enum") ? "enum" : "enum " + name;
        if (t.family() == TypeFamily.BOOLEAN) return "boolean";
        return switch (name) {
            case "int2", "smallserial", "serial2" -> "smallint";
            case "int", "int4", "serial", "serial4" -> "integer";
            case "int8", "bigserial", "serial8" -> "bigint";
            case "float4" -> "real";
            case "float8", "double" -> "double precision";
            case "float" -> t.family() == TypeFamily.REAL ? "real" : "double precision";
            case "decimal", "dec" -> "numeric";
            case "character varying", "char varying" -> "varchar";
            case "character", "bpchar" -> "char";
            case "timestamp without time zone" -> "timestamp";
            case "timestamp with time zone" -> "timestamptz";
            case "time without time zone" -> "time";
            case "time with time zone" -> "timetz";
            case "bit varying" -> "varbit";
            default -> name;
        };
    }

    /**
     * A type or enum name without quotes and without its schema ("public.status" to "status", "extensions.citext" to
     * "citext"), lower case: extensions live in whichever schema they were installed in.
     */
    static String bareTypeName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "").trim();
        int dot = n.lastIndexOf('.');
        return dot >= 0 ? n.substring(dot + 1) : n;
    }

    private static List<String> typeArguments(ColumnType t, String name, Dialect dialect) {
        if (dialect == Dialect.SQLITE) return List.of();
        List<String> args = new ArrayList<>();
        for (String a : t.arguments()) args.add(a.trim().toLowerCase(Locale.ROOT).replace(" ", ""));
        return switch (t.family()) {
            case BOOLEAN, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, JSON, JSONB, UUID, DATE, MONEY -> List.of();
            case ENUM -> name.equals("enum") ? args.stream().map(CanonicalForms::unquote).sorted().toList() : List.of();
            case CHAR -> args.isEmpty() ? List.of("1") : args.subList(0, 1);
            case NUMERIC -> {
                if (args.isEmpty()) yield dialect == Dialect.MYSQL ? List.of("10", "0") : List.of();
                if (args.size() == 1) yield List.of(args.get(0), "0");
                yield args.subList(0, 2);
            }
            case TIMESTAMP, TIMESTAMPTZ, TIME, TIMETZ -> args.isEmpty() ? List.of(dialect == Dialect.MYSQL ? "0" : "6") : args.subList(0, 1);
            case BIT -> name.equals("bit") && args.isEmpty() ? List.of("1") : args;
            case TEXT -> dialect == Dialect.MYSQL ? List.of() : args;
            default -> args;
        };
    }

    private static String unquote(String s) {
        String v = s.trim();
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) return v.substring(1, v.length() - 1).replace("''", "'");
        return v;
    }

    // ------------------------------------------------------------------ defaults

    private static final Pattern NOW = Pattern.compile("now\\(\\)|current_timestamp(\\(\\d*\\))?|transaction_timestamp\\(\\)|localtimestamp(\\(\\d*\\))?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> CLIENT_SIDE = Set.of("uuid", "cuid", "nanoid", "ulid", "auto");

    /**
     * The canonical default of a column: null for none, {@link #AUTO} for generated values, {@link #UNKNOWN} when
     * it cannot be told, else a canonical SQL expression. A column of a Prisma model is read as Prisma writes it:
     * {@code "x"} is the string 'x', an enum value is its database name, {@code uuid()} and {@code cuid()} are filled in
     * by the client (no database default), {@code dbgenerated("expr")} is the SQL expression.
     *
     * @param schema the column's schema, to find the database names of a Prisma enum's values
     */
    public static String columnDefault(Column c, Table table, Schema schema) {
        if (table != null && table.isPrisma()) return prismaDefault(c, schema);
        if (c.identity() != Identity.NONE || c.type() != null && c.type().serial()) return AUTO;
        return sqlDefault(c.defaultValue(), c.type());
    }

    private static String prismaDefault(Column c, Schema schema) {
        if (c.identity() != Identity.NONE) return AUTO;
        String d = c.defaultValue();
        if (d == null) return null;
        d = d.trim();
        int paren = d.indexOf('(');
        String call = paren > 0 && d.endsWith(")") ? d.substring(0, paren) : null;
        if (call != null) {
            String inner = d.substring(paren + 1, d.length() - 1).trim();
            switch (call) {
                case "autoincrement", "sequence" -> { return AUTO; }
                case "now" -> { return "now()"; }
                case "dbgenerated" -> {
                    if (inner.isEmpty() || !inner.startsWith("\"")) return UNKNOWN;
                    return sqlDefault(prismaString(inner), c.type());
                }
                default -> {
                    if (CLIENT_SIDE.contains(call)) return null;
                    return UNKNOWN;
                }
            }
        }
        return prismaValue(d, c, schema);
    }

    private static String prismaValue(String d, Column c, Schema schema) {
        if (d.startsWith("\"")) return literal(prismaString(d), c.type());
        if (d.startsWith("[") && d.endsWith("]")) {
            List<String> items = new ArrayList<>();
            for (String item : splitTopLevel(d.substring(1, d.length() - 1))) {
                if (!item.isBlank()) items.add(prismaValue(item.trim(), c.withType(elementType(c.type())), schema));
            }
            return "array[" + String.join(",", items) + "]";
        }
        if (d.equals("true") || d.equals("false")) return d;
        if (NUMBER.matcher(d).matches()) return number(d);
        // An enum value: its database name (@map), as a string.
        if (c.type() != null && c.type().family() == TypeFamily.ENUM && schema != null) {
            EnumType e = schema.enumType(c.type().name());
            if (e == null) {
                for (EnumType candidate : schema.enums()) {
                    if (candidate.name().name().equalsIgnoreCase(c.type().name())) e = candidate;
                }
            }
            if (e != null) {
                for (EnumType.EnumValue v : e.values()) {
                    if (v.declaredName().equals(d)) return quote(v.name());
                }
            }
        }
        return quote(d);
    }

    private static ColumnType elementType(ColumnType t) {
        if (t == null) return null;
        return new ColumnType(t.family(), t.name(), t.raw(), t.arguments(), 0, t.serial());
    }

    /** The value of a Prisma string literal ("a\"b" to a"b). */
    static String prismaString(String literal) {
        String s = literal.trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                b.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** The canonical form of a SQL DEFAULT expression for a column of that type; null for none or NULL. */
    public static String sqlDefault(String expression, ColumnType type) {
        if (expression == null) return null;
        String e = stripCasts(expression).trim();
        e = stripOuterParens(e);
        if (e.isEmpty()) return null;
        String lower = e.toLowerCase(Locale.ROOT);
        if (lower.equals("null")) return null;
        if (lower.startsWith("nextval(")) return AUTO;
        String compact = expression(e);
        if (NOW.matcher(compact).matches()) return "now()";
        String literal = stringLiteral(e);
        if (literal != null) {
            if (type != null && type.isArray() && literal.startsWith("{") && literal.endsWith("}")) {
                List<String> items = new ArrayList<>();
                for (String item : splitTopLevel(literal.substring(1, literal.length() - 1))) {
                    if (!item.isBlank()) items.add(literal(unquoteDouble(item.trim()), elementType(type)));
                }
                return "array[" + String.join(",", items) + "]";
            }
            return literal(literal, type);
        }
        if (type != null && type.family() == TypeFamily.BOOLEAN) {
            String bool = bool(lower);
            if (bool != null) return bool;
        }
        if (NUMBER.matcher(e).matches()) return number(e);
        if (lower.startsWith("array[")) {
            List<String> items = new ArrayList<>();
            for (String item : splitTopLevel(e.substring("array[".length(), e.endsWith("]") ? e.length() - 1 : e.length()))) {
                if (!item.isBlank()) items.add(sqlDefault(item.trim(), type == null ? null : elementType(type)));
            }
            return "array[" + String.join(",", items) + "]";
        }
        return compact;
    }

    private static String unquoteDouble(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** A constant of a column type in canonical form: numbers and booleans by value, everything else a quoted string. */
    private static String literal(String value, ColumnType type) {
        TypeFamily family = type == null ? TypeFamily.OTHER : type.family();
        if (family.isNumeric() && NUMBER.matcher(value.trim()).matches()) return number(value.trim());
        if (family == TypeFamily.BOOLEAN) {
            String bool = bool(value.trim().toLowerCase(Locale.ROOT));
            if (bool != null) return bool;
        }
        return quote(value);
    }

    private static String bool(String lower) {
        return switch (lower) {
            case "true", "t", "1", "yes", "on", "b'1'" -> "true";
            case "false", "f", "0", "no", "off", "b'0'" -> "false";
            default -> null;
        };
    }

    private static String number(String text) {
        try {
            BigDecimal d = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * The value of an expression that is one string literal ('it''s', E'it\'s', N'x', _utf8mb4'x'), or null when the
     * expression is something else.
     */
    static String stringLiteral(String e) {
        String s = e.trim();
        int start = 0;
        while (start < s.length() && s.charAt(start) != '\'' && (Character.isLetterOrDigit(s.charAt(start)) || s.charAt(start) == '_')) start++;
        String prefix = s.substring(0, start).toLowerCase(Locale.ROOT);
        if (!(prefix.isEmpty() || prefix.equals("e") || prefix.equals("n") || prefix.startsWith("_"))) return null;
        if (start >= s.length() || s.charAt(start) != '\'' || !s.endsWith("'") || s.length() - start < 2) return null;
        boolean escapes = prefix.equals("e");
        StringBuilder b = new StringBuilder();
        for (int i = start + 1; i < s.length() - 1; i++) {
            char ch = s.charAt(i);
            if (ch == '\'') {
                if (i + 1 < s.length() - 1 && s.charAt(i + 1) == '\'') {
                    b.append('\'');
                    i++;
                    continue;
                }
                return null; // two literals, or a literal inside a larger expression
            }
            if (ch == '\\' && escapes && i + 1 < s.length() - 1) {
                b.append(s.charAt(++i));
                continue;
            }
            b.append(ch);
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ expressions

    /** Words that continue a type name after a cast ("::character varying", "::timestamp with time zone"). */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");

    /**
     * A canonical form of an expression (an index key, a partial index's WHERE, a CHECK, a default): casts
     * ({@code ::text}) dropped, identifier quotes dropped, grouping parentheses dropped (a call's are kept), letters
     * outside string literals in lower case, whitespace outside string literals removed. Two expressions with the
     * same form behave the same; different forms may still be equivalent (pg_dump's {@code = ANY (ARRAY[...])} for
     * {@code IN (...)}).
     */
    public static String expression(String text) {
        if (text == null) return "";
        String s = stripCasts(text);
        StringBuilder b = new StringBuilder(s.length());
        List<Boolean> keep = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\'') {
                int end = endOfString(s, i);
                b.append(s, i, end);
                i = end - 1;
                continue;
            }
            if (ch == '"' || ch == '`') continue;
            if (Character.isWhitespace(ch)) {
                // Keep one space between two words ("is not null"), none elsewhere.
                int next = i + 1;
                while (next < s.length() && Character.isWhitespace(s.charAt(next))) next++;
                if (b.length() > 0 && next < s.length() && isWordChar(b.charAt(b.length() - 1)) && isWordChar(s.charAt(next))) b.append(' ');
                i = next - 1;
                continue;
            }
            if (ch == '(') {
                boolean call = b.length() > 0 && (isWordChar(b.charAt(b.length() - 1)) || b.charAt(b.length() - 1) == ']');
                keep.add(call);
                if (call) b.append('(');
                continue;
            }
            if (ch == ')') {
                boolean call = !keep.isEmpty() && keep.remove(keep.size() - 1);
                if (call) b.append(')');
                continue;
            }
            b.append(Character.toLowerCase(ch));
        }
        return b.toString();
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '$';
    }

    private static int endOfString(String s, int start) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** The expression without PostgreSQL casts ({@code ::text}, {@code ::character varying(255)}, {@code ::"Status"[]}). */
    static String stripCasts(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '\'') {
                int end = endOfString(s, i);
                b.append(s, i, end);
                i = end;
                continue;
            }
            if (ch == ':' && i + 1 < s.length() && s.charAt(i + 1) == ':') {
                i = skipType(s, i + 2);
                continue;
            }
            b.append(ch);
            i++;
        }
        return b.toString();
    }

    /** The end of the type name starting at {@code i} (after "::"). */
    private static int skipType(String s, int i) {
        i = skipSpaces(s, i);
        boolean first = true;
        while (i < s.length()) {
            int wordEnd = word(s, i);
            if (wordEnd == i) break;
            String w = s.substring(i, wordEnd).toLowerCase(Locale.ROOT);
            if (!first && !TYPE_WORDS.contains(w)) break;
            i = wordEnd;
            first = false;
            // schema.type
            while (i < s.length() && s.charAt(i) == '.') i = word(s, i + 1);
            int after = skipSpaces(s, i);
            int nextEnd = word(s, after);
            if (nextEnd > after && TYPE_WORDS.contains(s.substring(after, nextEnd).toLowerCase(Locale.ROOT))) {
                i = after;
            } else {
                break;
            }
        }
        int after = skipSpaces(s, i);
        if (after < s.length() && s.charAt(after) == '(') {
            int close = s.indexOf(')', after);
            if (close > 0) i = close + 1;
        }
        while (true) {
            after = skipSpaces(s, i);
            if (after + 1 < s.length() && s.charAt(after) == '[' && s.indexOf(']', after) > 0) {
                i = s.indexOf(']', after) + 1;
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** The end of an identifier (plain or double-quoted) starting at {@code i}; {@code i} when there is none. */
    private static int word(String s, int i) {
        if (i < s.length() && s.charAt(i) == '"') {
            int close = s.indexOf('"', i + 1);
            return close < 0 ? s.length() : close + 1;
        }
        int j = i;
        while (j < s.length() && isWordChar(s.charAt(j))) j++;
        return j;
    }

    /** Removes parentheses that wrap the whole expression: "((a = 1))" to "a = 1". */
    static String stripOuterParens(String s) {
        String t = s.trim();
        while (t.startsWith("(") && t.endsWith(")") && closingParen(t, 0) == t.length() - 1) t = t.substring(1, t.length() - 1).trim();
        return t;
    }

    private static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\'') {
                i = endOfString(s, i) - 1;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
                if (depth == 0) return i;
            }
        }
        return -1;
    }

    /** Splits at commas outside quotes, brackets and parentheses. */
    static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\'' ) {
                i = endOfString(s, i) - 1;
            } else if (ch == '"') {
                int close = s.indexOf('"', i + 1);
                while (close > 0 && s.charAt(close - 1) == '\\') close = s.indexOf('"', close + 1);
                i = close < 0 ? s.length() - 1 : close;
            } else if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
