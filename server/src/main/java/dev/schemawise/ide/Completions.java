package dev.schemawise.ide;

import dev.schemawise.ide.IdeTypes.Completion;
import dev.schemawise.ide.IdeTypes.CompletionKind;
import dev.schemawise.ide.IdeTypes.CompletionResult;
import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.SchemaUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completion from the text before the cursor (the document as typed, which may be ahead of the last analysis)
 * and the names of the last analysed schema. Only what fits the position is offered, most likely first:
 * Prisma field types, attributes and their arguments, referential actions, @db native types of the provider,
 * field names in field lists; SQL types of the dialect, table names after REFERENCES/ON/ALTER TABLE/JOIN/FROM,
 * column names in column lists, constraint keywords after a type.
 */
final class Completions {
    private Completions() {}

    /** At most this many items are offered at once: the best of them for what is typed so far. */
    static final int LIMIT = 100;

    static CompletionResult complete(Snapshot snapshot, String file, String text, int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        FileReport report = snapshot.workspace().file(file);
        SchemaUnit unit = report == null || report.unitId() == null ? null : snapshot.workspace().unit(report.unitId());
        List<Completion> all = file.toLowerCase(Locale.ROOT).endsWith(".prisma") ? prisma(snapshot, unit, text, at)
                : sql(unit, report == null ? Dialect.POSTGRESQL : report.dialect() == null ? Dialect.POSTGRESQL : report.dialect(), text, at);
        return limited(all, wordBefore(text, at));
    }

    /**
     * All the items when there are at most {@link #LIMIT}; otherwise those that best match the word typed so far (its
     * start, then the start of one of its parts, then anywhere, then its letters in order; ties in their own order),
     * marked incomplete so that the editor asks again as the word grows or shrinks. A schema of a thousand tables
     * would otherwise send them all after every REFERENCES.
     */
    static CompletionResult limited(List<Completion> all, String typed) {
        if (all.size() <= LIMIT) return new CompletionResult(all, false);
        String word = typed.toLowerCase(Locale.ROOT);
        List<List<Completion>> byMatch = new ArrayList<>();
        for (int i = 0; i < 4; i++) byMatch.add(new ArrayList<>());
        for (Completion c : all) {
            int match = match(c.label().toLowerCase(Locale.ROOT), word);
            if (match >= 0) byMatch.get(match).add(c);
        }
        List<Completion> out = new ArrayList<>(LIMIT);
        java.util.Comparator<Completion> order = java.util.Comparator.comparing(c -> c.sortText() == null ? c.label() : c.sortText());
        for (List<Completion> matches : byMatch) {
            matches.sort(order);
            for (Completion c : matches) {
                if (out.size() == LIMIT) break;
                out.add(c);
            }
        }
        return new CompletionResult(out, true);
    }

    /** How well a label matches a typed word: 0 its start, 1 the start of a part, 2 anywhere, 3 its letters in order, -1 not at all. */
    private static int match(String label, String word) {
        if (label.startsWith(word)) return 0;
        int at = label.indexOf(word);
        if (at > 0) {
            for (int i = at; i >= 0; i = label.indexOf(word, i + 1)) {
                if (!Character.isLetterOrDigit(label.charAt(i - 1))) return 1;
            }
            return 2;
        }
        int from = 0;
        for (int i = 0; i < word.length(); i++) {
            int found = label.indexOf(word.charAt(i), from);
            if (found < 0) return -1;
            from = found + 1;
        }
        return 3;
    }

    /** The identifier characters right before the cursor. */
    private static String wordBefore(String text, int at) {
        int i = at;
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) i--;
        return text.substring(i, at);
    }

    // ------------------------------------------------------------------ Prisma

    static final List<String> SCALARS = List.of("String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes");
    static final List<String> ACTIONS = List.of("Cascade", "Restrict", "NoAction", "SetNull", "SetDefault");

    private static final Map<String, List<String>> POSTGRES_NATIVE = Map.of(
            "String", List.of("Text", "VarChar(255)", "Char(1)", "Uuid", "Citext", "Xml", "Inet", "Bit(1)", "VarBit"),
            "Int", List.of("Integer", "SmallInt", "Oid"),
            "BigInt", List.of("BigInt"),
            "Float", List.of("DoublePrecision", "Real"),
            "Decimal", List.of("Decimal(65, 30)", "Money"),
            "DateTime", List.of("Timestamptz(6)", "Timestamp(6)", "Date", "Time(6)", "Timetz(6)"),
            "Json", List.of("JsonB", "Json"),
            "Bytes", List.of("ByteA"),
            "Boolean", List.of("Boolean"));
    private static final Map<String, List<String>> MYSQL_NATIVE = Map.of(
            "String", List.of("VarChar(191)", "Text", "TinyText", "MediumText", "LongText", "Char(1)"),
            "Int", List.of("Int", "UnsignedInt", "SmallInt", "UnsignedSmallInt", "TinyInt", "UnsignedTinyInt", "MediumInt", "Year"),
            "BigInt", List.of("BigInt", "UnsignedBigInt"),
            "Float", List.of("Double", "Float"),
            "Decimal", List.of("Decimal(65, 30)"),
            "DateTime", List.of("DateTime(3)", "Timestamp(3)", "Date", "Time(3)"),
            "Json", List.of("Json"),
            "Bytes", List.of("VarBinary(255)", "Binary(16)", "Blob", "TinyBlob", "MediumBlob", "LongBlob"),
            "Boolean", List.of("TinyInt"));

    private static final Pattern FIELD_TYPE_POSITION = Pattern.compile("^\\s*[A-Za-z_][\\w-]*\\s+[A-Za-z_]*$");
    private static final Pattern FIELD_DECLARATION = Pattern.compile("^\\s*([A-Za-z_][\\w-]*)\\s+([A-Za-z_][\\w]*)");

    private static List<Completion> prisma(Snapshot snapshot, SchemaUnit unit, String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String line = text.substring(lineStart, at);
        String block = enclosingBlock(text, at);
        List<PrismaAst.Block> blocks = unit == null ? List.of() : SymbolIndex.allBlocks(snapshot.workspace(), unit);
        String provider = unit != null && unit.prismaProvider() != null ? unit.prismaProvider() : "postgresql";
        List<Completion> out = new ArrayList<>();
        if (block == null) {
            for (String k : List.of("model", "enum", "view", "type", "datasource", "generator")) {
                out.add(new Completion(k, CompletionKind.KEYWORD, "block", k + " ${1:Name} {\n  $0\n}", true, "0" + k, null));
            }
            return out;
        }
        String kind = block.substring(0, block.indexOf(' '));
        String blockName = block.substring(block.indexOf(' ') + 1);
        if (kind.equals("datasource") || kind.equals("generator")) {
            if (line.matches("\\s*provider\\s*=\\s*\"?\\w*")) {
                List<String> providers = kind.equals("datasource") ? List.of("postgresql", "mysql", "sqlite", "sqlserver", "mongodb", "cockroachdb")
                        : List.of("prisma-client-js", "prisma-client");
                for (String p : providers) out.add(new Completion(p, CompletionKind.VALUE, kind + " provider", line.contains("\"") ? p : "\"" + p + "\"", false, "0" + p, null));
            } else if (line.isBlank()) {
                List<String> keys = kind.equals("datasource") ? List.of("provider", "url", "directUrl", "relationMode", "schemas", "extensions")
                        : List.of("provider", "output", "previewFeatures", "binaryTargets");
                for (String k : keys) out.add(new Completion(k, CompletionKind.KEYWORD, kind + " setting", k + " = ", false, "0" + k, null));
            }
            return out;
        }
        Matcher relation = Pattern.compile("@relation\\(([^)]*)$").matcher(line);
        Matcher list = Pattern.compile("(fields|references)\\s*:\\s*\\[([^\\]]*)$").matcher(line);
        Matcher blockList = Pattern.compile("^\\s*@@(index|unique|id|fulltext)\\(\\s*\\[([^\\]]*)$").matcher(line);
        if (list.find()) {
            String model = blockName;
            if (list.group(1).equals("references")) {
                Matcher decl = FIELD_DECLARATION.matcher(line);
                if (decl.find()) model = decl.group(2);
            }
            return fields(blocks, model, names(list.group(2)));
        }
        if (blockList.find()) return fields(blocks, blockName, names(blockList.group(2)));
        if (line.matches(".*\\b(onDelete|onUpdate)\\s*:\\s*\\w*$")) {
            for (String a : ACTIONS) out.add(new Completion(a, CompletionKind.VALUE, "referential action", a, false, "0" + ACTIONS.indexOf(a), null));
            return out;
        }
        if (relation.find()) {
            String inside = relation.group(1);
            for (String arg : List.of("fields", "references", "onDelete", "onUpdate", "name", "map")) {
                if (inside.contains(arg + ":")) continue;
                String insert = switch (arg) {
                    case "fields", "references" -> arg + ": [$1]";
                    case "name", "map" -> arg + ": \"$1\"";
                    default -> arg + ": $1";
                };
                out.add(new Completion(arg, CompletionKind.ATTRIBUTE, "@relation argument", insert, true, "0" + arg, null));
            }
            return out;
        }
        Matcher dbNative = Pattern.compile("@db\\.(\\w*)$").matcher(line);
        if (dbNative.find()) {
            Matcher decl = FIELD_DECLARATION.matcher(line);
            String scalar = decl.find() ? decl.group(2) : "String";
            Map<String, List<String>> natives = provider.equals("mysql") ? MYSQL_NATIVE : provider.equals("postgresql") || provider.equals("cockroachdb") ? POSTGRES_NATIVE : Map.of();
            for (String n : natives.getOrDefault(scalar, List.of())) {
                out.add(new Completion(n, CompletionKind.TYPE, provider + " native type for " + scalar, n, false, "0" + n, null));
            }
            return out;
        }
        Matcher defaultArg = Pattern.compile("@default\\((\\w*)$").matcher(line);
        if (defaultArg.find()) {
            Matcher decl = FIELD_DECLARATION.matcher(line);
            String type = decl.find() ? decl.group(2) : "";
            for (PrismaAst.Block b : blocks) {
                if (b.kind() == PrismaAst.BlockKind.ENUM && b.name().equals(type)) {
                    for (PrismaAst.Field v : b.fields()) out.add(new Completion(v.name(), CompletionKind.ENUM, "value of " + type, v.name(), false, "0" + v.name(), null));
                }
            }
            List<String> functions = switch (type) {
                case "Int", "BigInt" -> List.of("autoincrement()", "dbgenerated(\"\")");
                case "DateTime" -> List.of("now()", "dbgenerated(\"\")");
                case "String" -> List.of("uuid()", "cuid()", "nanoid()", "ulid()", "dbgenerated(\"\")");
                case "Boolean" -> List.of("false", "true");
                default -> List.of("dbgenerated(\"\")");
            };
            for (String f : functions) out.add(new Completion(f, CompletionKind.FUNCTION, "default value", f, false, "1" + f, null));
            return out;
        }
        if (line.matches("^\\s*@@\\w*$")) {
            for (String a : List.of("index", "unique", "id", "map", "schema", "ignore", "fulltext")) {
                String insert = switch (a) {
                    case "map", "schema" -> a + "(\"$1\")";
                    case "ignore" -> a;
                    default -> a + "([$1])";
                };
                out.add(new Completion("@@" + a, CompletionKind.ATTRIBUTE, "block attribute", insert, true, "0" + a, null));
            }
            return out;
        }
        Matcher fieldAttribute = Pattern.compile("^\\s*[A-Za-z_][\\w-]*\\s+\\S+.*@(\\w*)$").matcher(line);
        if (fieldAttribute.find()) {
            boolean enumBlock = kind.equals("enum");
            List<String> attributes = enumBlock ? List.of("map") : List.of("id", "default", "unique", "relation", "map", "updatedAt", "ignore", "db");
            for (String a : attributes) {
                if (line.contains("@" + a + "(") || line.matches(".*@" + a + "\\b.*@\\w*$")) continue;
                String insert = switch (a) {
                    case "default", "map" -> a + "($1)";
                    case "relation" -> "relation(fields: [$1], references: [$2])";
                    case "db" -> "db.";
                    default -> a;
                };
                out.add(new Completion("@" + a, CompletionKind.ATTRIBUTE, "field attribute", insert, true, "0" + attributes.indexOf(a), null));
            }
            return out;
        }
        if (FIELD_TYPE_POSITION.matcher(line).find() && !kind.equals("enum")) {
            int rank = 0;
            for (String s : SCALARS) out.add(new Completion(s, CompletionKind.TYPE, "scalar", s, false, "0" + rank++, null));
            out.add(new Completion("Unsupported", CompletionKind.TYPE, "a database type Prisma does not support", "Unsupported(\"$1\")", true, "2", null));
            for (PrismaAst.Block b : blocks) {
                if (b.name().equals(blockName) && b.kind() != PrismaAst.BlockKind.MODEL) continue;
                CompletionKind k = b.kind() == PrismaAst.BlockKind.ENUM ? CompletionKind.ENUM : CompletionKind.TABLE;
                if (b.kind() == PrismaAst.BlockKind.DATASOURCE || b.kind() == PrismaAst.BlockKind.GENERATOR) continue;
                out.add(new Completion(b.name(), k, b.kind().name().toLowerCase(Locale.ROOT), b.name(), false, "1" + b.name(), b.documentation()));
            }
        }
        return out;
    }

    private static List<Completion> fields(List<PrismaAst.Block> blocks, String model, Set<String> already) {
        List<Completion> out = new ArrayList<>();
        Set<String> models = new LinkedHashSet<>();
        for (PrismaAst.Block b : blocks) {
            if (b.kind() == PrismaAst.BlockKind.MODEL || b.kind() == PrismaAst.BlockKind.VIEW) models.add(b.name());
        }
        for (PrismaAst.Block b : blocks) {
            if (!b.name().equals(model)) continue;
            int rank = 0;
            for (PrismaAst.Field f : b.fields()) {
                if (f.type() == null || models.contains(f.type().name()) || already.contains(f.name())) continue;
                out.add(new Completion(f.name(), CompletionKind.COLUMN, f.type().name() + (f.type().optional() ? "?" : ""), f.name(), false,
                        String.format(Locale.ROOT, "%04d", rank++), f.documentation()));
            }
        }
        return out;
    }

    private static Set<String> names(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : list.split(",")) {
            String p = part.strip();
            int paren = p.indexOf('(');
            if (paren > 0) p = p.substring(0, paren);
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    /** "model Post" / "enum Role" / ... for the block around the offset, or null at top level. */
    private static String enclosingBlock(String text, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '}') depth++;
            if (c == '{') {
                if (depth == 0) {
                    int lineStart = text.lastIndexOf('\n', i - 1) + 1;
                    Matcher m = Pattern.compile("^\\s*(model|view|type|enum|datasource|generator)\\s+([A-Za-z_][\\w-]*)").matcher(text.substring(lineStart, i));
                    return m.find() ? m.group(1) + " " + m.group(2) : null;
                }
                depth--;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ SQL

    private static final List<String> POSTGRES_TYPES = List.of("bigint", "integer", "smallint", "text", "varchar(255)", "boolean", "timestamptz", "date",
            "numeric(12, 2)", "uuid", "jsonb", "bytea", "double precision", "real", "time", "interval", "inet", "citext", "char(1)", "json", "timestamp");
    private static final List<String> MYSQL_TYPES = List.of("BIGINT", "INT", "SMALLINT", "TINYINT(1)", "VARCHAR(255)", "TEXT", "DATETIME", "TIMESTAMP",
            "DATE", "DECIMAL(12,2)", "DOUBLE", "JSON", "BLOB", "CHAR(36)", "ENUM()", "MEDIUMTEXT", "LONGTEXT", "BINARY(16)");
    private static final List<String> SQLITE_TYPES = List.of("INTEGER", "TEXT", "REAL", "NUMERIC", "BLOB");

    private static final Pattern WORD = Pattern.compile("\"[^\"]*\"|`[^`]*`|\\[[^\\]]*]|[A-Za-z_][\\w$]*|'[^']*+(?:''[^']*+)*+'|[(),;.]|\\S");

    private static List<Completion> sql(SchemaUnit unit, Dialect dialect, String text, int at) {
        int statementStart = text.lastIndexOf(';', at - 1) + 1;
        String before = text.substring(statementStart, at);
        String partial = partialWord(before);
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(before.substring(0, before.length() - partial.length()));
        while (m.find()) {
            String t = m.group();
            if (t.startsWith("--")) continue;
            tokens.add(t);
        }
        dropComments(tokens);
        List<Completion> out = new ArrayList<>();
        String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).toUpperCase(Locale.ROOT);
        String previous = tokens.size() < 2 ? "" : tokens.get(tokens.size() - 2).toUpperCase(Locale.ROOT);
        Schema schema = unit == null ? null : unit.schema();
        if (tokens.isEmpty()) {
            for (String s : List.of("CREATE TABLE", "CREATE INDEX", "CREATE UNIQUE INDEX", "ALTER TABLE", "CREATE TYPE", "CREATE VIEW", "DROP TABLE", "COMMENT ON")) {
                out.add(new Completion(s, CompletionKind.KEYWORD, "statement", s + " ", false, "0" + s, null));
            }
            return out;
        }
        if (last.equals("DELETE") && previous.equals("ON") || last.equals("UPDATE") && previous.equals("ON")) {
            for (String a : List.of("CASCADE", "RESTRICT", "SET NULL", "NO ACTION", "SET DEFAULT")) {
                out.add(new Completion(a, CompletionKind.KEYWORD, "referential action", a, false, "0" + a, null));
            }
            return out;
        }
        boolean tableContext = last.equals("REFERENCES") || last.equals("JOIN") || last.equals("FROM") || last.equals("INTO") || last.equals("UPDATE")
                || (last.equals("TABLE") && (previous.equals("ALTER") || previous.equals("DROP") || previous.equals("ONLY") || previous.equals("TRUNCATE")))
                || (last.equals("ON") && tokens.stream().anyMatch(t -> t.equalsIgnoreCase("INDEX"))) || (last.equals("ONLY") && previous.equals("TABLE"));
        if (tableContext && schema != null) {
            for (Table t : schema.tables()) out.add(new Completion(t.name().name(), CompletionKind.TABLE, t.columns().size() + " columns", dev.schemawise.rules.SqlSource.quote(t.name().name(), dialect), false, "0" + t.name().name(), t.documentation()));
            for (var v : schema.views()) out.add(new Completion(v.name().name(), CompletionKind.TABLE, "view", v.name().name(), false, "1" + v.name().name(), null));
            return out;
        }
        // Column lists: "REFERENCES t (", "ON t (", "ALTER TABLE t ... COLUMN", "FOREIGN KEY (", "UNIQUE (", "PRIMARY KEY ("
        String listTable = columnListTable(tokens);
        if (listTable != null && schema != null) {
            Table t = schema.table(listTable);
            if (t != null) {
                int rank = 0;
                for (Column c : t.columns()) {
                    out.add(new Completion(c.name(), CompletionKind.COLUMN, c.type().raw() + (c.nullable() ? "" : " NOT NULL"),
                            dev.schemawise.rules.SqlSource.quote(c.name(), dialect), false, String.format(Locale.ROOT, "%04d", rank++), c.comment()));
                }
                return out;
            }
        }
        if (inColumnDefinitions(tokens)) {
            String element = lastElementStart(tokens);
            int elementTokens = elementLength(tokens);
            if (elementTokens == 1 && !isConstraintWord(element)) {
                List<String> types = dialect == Dialect.MYSQL ? MYSQL_TYPES : dialect == Dialect.SQLITE ? SQLITE_TYPES : POSTGRES_TYPES;
                int rank = 0;
                for (String type : types) out.add(new Completion(type, CompletionKind.TYPE, dialect + " type", type, false, String.format(Locale.ROOT, "%03d", rank++), null));
                if (schema != null) {
                    for (var e : schema.enums()) out.add(new Completion(e.name().name(), CompletionKind.ENUM, "enum", e.name().name(), false, "1" + e.name().name(), null));
                }
                return out;
            }
            if (elementTokens >= 2) {
                List<String> keywords = new ArrayList<>(List.of("NOT NULL", "NULL", "DEFAULT", "PRIMARY KEY", "UNIQUE", "REFERENCES", "CHECK ()", "COLLATE"));
                if (dialect == Dialect.POSTGRESQL) keywords.add(3, "GENERATED ALWAYS AS IDENTITY");
                if (dialect == Dialect.MYSQL) keywords.add(3, "AUTO_INCREMENT");
                if (dialect == Dialect.SQLITE) keywords.add(4, "AUTOINCREMENT");
                int rank = 0;
                for (String k : keywords) out.add(new Completion(k, CompletionKind.KEYWORD, "column constraint", k, false, String.format(Locale.ROOT, "%03d", rank++), null));
                return out;
            }
            if (elementTokens == 0) {
                for (String k : List.of("PRIMARY KEY ()", "FOREIGN KEY () REFERENCES", "UNIQUE ()", "CHECK ()", "CONSTRAINT")) {
                    out.add(new Completion(k, CompletionKind.KEYWORD, "table constraint", k, false, "9" + k, null));
                }
            }
            return out;
        }
        if (tokens.size() >= 3 && tokens.get(0).equalsIgnoreCase("ALTER") && tokens.get(1).equalsIgnoreCase("TABLE")) {
            for (String a : List.of("ADD COLUMN", "DROP COLUMN", "ALTER COLUMN", "RENAME COLUMN", "ADD CONSTRAINT", "DROP CONSTRAINT", "RENAME TO")) {
                out.add(new Completion(a, CompletionKind.KEYWORD, "ALTER TABLE action", a + " ", false, "0" + a, null));
            }
        }
        return out;
    }

    private static void dropComments(List<String> tokens) {
        tokens.removeIf(t -> t.equals("-") || t.startsWith("/*"));
    }

    private static String partialWord(String before) {
        return wordBefore(before, before.length());
    }

    /** The table whose column list the cursor is in, or null. */
    private static String columnListTable(List<String> tokens) {
        int depth = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String t = tokens.get(i);
            if (t.equals(")")) depth++;
            else if (t.equals("(")) {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                // t is the open parenthesis of the list the cursor is in
                if (i >= 2 && (tokens.get(i - 2).equalsIgnoreCase("REFERENCES") || tokens.get(i - 2).equalsIgnoreCase("ON"))) return unquote(tokens.get(i - 1));
                if (i >= 2 && tokens.get(i - 1).equalsIgnoreCase("KEY") || i >= 1 && tokens.get(i - 1).equalsIgnoreCase("UNIQUE")) return createdTable(tokens);
                if (i >= 3 && tokens.get(i - 2).equalsIgnoreCase("USING") && tokens.get(i - 4 >= 0 ? i - 4 : 0).equalsIgnoreCase("ON")) return unquote(tokens.get(i - 3));
                return null;
            }
        }
        // ALTER TABLE t ALTER|DROP|RENAME COLUMN <here>
        if (tokens.size() >= 5 && tokens.get(0).equalsIgnoreCase("ALTER") && tokens.get(1).equalsIgnoreCase("TABLE")
                && tokens.get(tokens.size() - 1).equalsIgnoreCase("COLUMN")) {
            String table = tokens.get(2).equalsIgnoreCase("ONLY") ? tokens.get(3) : tokens.get(2);
            return unquote(table);
        }
        return null;
    }

    private static String createdTable(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase("TABLE")) {
                int n = i + 1;
                while (n < tokens.size() && (tokens.get(n).equalsIgnoreCase("IF") || tokens.get(n).equalsIgnoreCase("NOT") || tokens.get(n).equalsIgnoreCase("EXISTS")
                        || tokens.get(n).equalsIgnoreCase("ONLY"))) n++;
                if (n < tokens.size()) return unquote(tokens.get(n));
            }
        }
        return null;
    }

    /** True inside the parenthesised element list of CREATE TABLE, at element level. */
    private static boolean inColumnDefinitions(List<String> tokens) {
        if (tokens.size() < 4 || !tokens.get(0).equalsIgnoreCase("CREATE")) return false;
        int depth = 0;
        boolean table = false;
        for (String t : tokens) {
            if (t.equalsIgnoreCase("TABLE")) table = true;
            if (t.equals("(")) depth++;
            if (t.equals(")")) depth--;
        }
        return table && depth == 1;
    }

    /** Number of tokens of the current element of the CREATE TABLE list, up to the cursor. */
    private static int elementLength(List<String> tokens) {
        int depth = 0;
        int n = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String t = tokens.get(i);
            if (t.equals(")")) depth++;
            if (t.equals("(")) {
                if (depth == 0) return n;
                depth--;
            }
            if (t.equals(",") && depth == 0) return n;
            if (depth == 0) n++;
        }
        return n;
    }

    private static String lastElementStart(List<String> tokens) {
        int depth = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String t = tokens.get(i);
            if (t.equals(")")) depth++;
            if (t.equals("(")) {
                if (depth == 0) return i + 1 < tokens.size() ? tokens.get(i + 1) : "";
                depth--;
            }
            if (t.equals(",") && depth == 0) return i + 1 < tokens.size() ? tokens.get(i + 1) : "";
        }
        return "";
    }

    private static boolean isConstraintWord(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        return w.equals("CONSTRAINT") || w.equals("PRIMARY") || w.equals("UNIQUE") || w.equals("FOREIGN") || w.equals("CHECK") || w.equals("KEY")
                || w.equals("INDEX") || w.equals("EXCLUDE") || w.equals("LIKE");
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("`") || name.startsWith("["))) return name.substring(1, name.length() - 1);
        return name.toLowerCase(Locale.ROOT).equals(name) ? name : name.toLowerCase(Locale.ROOT);
    }
}
