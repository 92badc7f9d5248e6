package dev.schemawise.rules;

import dev.schemawise.config.Config;
import dev.schemawise.model.CheckConstraint;
import dev.schemawise.model.Column;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Index;
import dev.schemawise.model.IndexKey;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.text.SourceRef;
import dev.schemawise.workspace.SchemaUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Questions several rules ask of a table: which keys and indexes cover which columns, and what names mean. */
public final class SchemaFacts {
    private SchemaFacts() {}

    /** The column lists of the table's B-tree-usable keys: primary key, unique constraints and non-partial indexes. */
    public static List<List<String>> keys(Table table) {
        List<List<String>> out = new ArrayList<>();
        if (table.primaryKey() != null) out.add(table.primaryKey().columns());
        for (UniqueConstraint u : table.uniques()) out.add(u.columns());
        for (Index i : table.indexes()) {
            if (i.isPartial() || "FULLTEXT".equals(i.kind()) || "SPATIAL".equals(i.kind())) continue;
            if (i.method() != null && !i.method().equals("btree") && !i.method().equals("hash")) continue;
            List<String> columns = new ArrayList<>();
            for (IndexKey k : i.keys()) {
                if (k.column() == null) break; // an expression ends the usable prefix
                columns.add(k.column());
            }
            out.add(columns);
        }
        return out;
    }

    /** True when some key's leading columns are exactly {@code columns} (in any order), so lookups by them use it. */
    public static boolean isLeadingIndexed(Table table, List<String> columns, Dialect dialect) {
        Set<String> wanted = keySet(columns, dialect);
        for (List<String> key : keys(table)) {
            if (key.size() < wanted.size()) continue;
            if (keySet(key.subList(0, wanted.size()), dialect).equals(wanted)) return true;
        }
        return false;
    }

    /** True when a primary key, unique constraint or unique non-partial index makes {@code columns} unique. */
    public static boolean isUnique(Table table, List<String> columns, Dialect dialect) {
        Set<String> have = keySet(columns, dialect);
        for (List<String> key : uniqueKeys(table)) {
            if (!key.isEmpty() && have.containsAll(keySet(key, dialect))) return true;
        }
        return false;
    }

    public static List<List<String>> uniqueKeys(Table table) {
        List<List<String>> out = new ArrayList<>();
        if (table.primaryKey() != null) out.add(table.primaryKey().columns());
        for (UniqueConstraint u : table.uniques()) out.add(u.columns());
        for (Index i : table.indexes()) {
            if (!i.unique() || i.isPartial()) continue;
            List<String> columns = new ArrayList<>();
            boolean expression = false;
            for (IndexKey k : i.keys()) {
                if (k.column() == null) expression = true;
                else columns.add(k.column());
            }
            if (!expression) out.add(columns);
        }
        return out;
    }

    public static Set<String> keySet(List<String> columns, Dialect dialect) {
        Set<String> out = new HashSet<>();
        for (String c : columns) out.add(dialect.key(c));
        return out;
    }

    /** The lower-case words of a name, whatever its style: "createdAt", "created_at" and "CreatedAt" give [created, at]. */
    public static List<String> words(String name) {
        return WORDS.get(name, n -> List.copyOf(splitWords(n)));
    }

    private static final dev.schemawise.text.StringMemo<List<String>> WORDS = new dev.schemawise.text.StringMemo<>(100_000);
    private static final dev.schemawise.text.StringMemo<String> SNAKE = new dev.schemawise.text.StringMemo<>(100_000);

    private static List<String> splitWords(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = c == '_' || c == '-' || c == ' ';
            boolean upper = Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                    || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1))));
            if (boundary || upper) {
                if (word.length() > 0) out.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
                if (boundary) continue;
            }
            word.append(c);
        }
        if (word.length() > 0) out.add(word.toString().toLowerCase(Locale.ROOT));
        return out;
    }

    /** A name as lower-case snake_case words joined by "_" (to compare names written in different styles). */
    public static String snake(String name) {
        return SNAKE.get(name, n -> String.join("_", words(n)));
    }

    private static final Pattern ATTACH_PARTITION = Pattern.compile(
            "(?i)\\bATTACH\\s+PARTITION\\s+((?:\"[^\"]+\"|[A-Za-z0-9_$]+)(?:\\s*\\.\\s*(?:\"[^\"]+\"|[A-Za-z0-9_$]+))?)");

    /**
     * True for a partition of another table: created with PARTITION OF, or created on its own and attached with
     * ALTER TABLE parent ATTACH PARTITION child (as pg_dump writes it), which the model keeps as a table of its own.
     * Its parent carries the columns, keys and indexes that matter.
     */
    public static boolean isPartition(RuleContext ctx, Table table) {
        return table.partitionOf() != null || partitions(ctx).contains(table);
    }

    /** A name as written ({@code public.t}, {@code "My"."T"}): quotes removed, unquoted parts folded as the dialect folds them. */
    private static QualifiedName writtenName(String written, Dialect dialect) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < written.length()) {
            char c = written.charAt(i);
            if (c == '"') {
                int close = written.indexOf('"', i + 1);
                parts.add(written.substring(i + 1, close));
                i = close + 1;
            } else if (c == '.' || Character.isWhitespace(c)) {
                i++;
            } else {
                int end = i;
                while (end < written.length() && written.charAt(end) != '.' && !Character.isWhitespace(written.charAt(end))) end++;
                parts.add(dialect.foldUnquoted(written.substring(i, end)));
                i = end;
            }
        }
        return parts.size() == 1 ? QualifiedName.of(parts.get(0)) : new QualifiedName(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
    }

    /** The table's constraints: primary key, unique constraints, foreign keys and checks (named or not). */

    public static List<Constraint> constraints(Table table) {
        List<Constraint> out = new ArrayList<>();
        if (table.primaryKey() != null) out.add(table.primaryKey());
        out.addAll(table.uniques());
        out.addAll(table.foreignKeys());
        out.addAll(table.checks());
        return out;
    }

    /**
     * A table that only links rows of others (post_tags, Prisma's implicit _CategoryToPost): at least two foreign keys,
     * and besides their columns nothing but a single-column surrogate key and timestamps. Such tables follow naming and
     * scoping conventions of their own (post_tags, film_actor) and take both from the tables they link.
     */
    public static boolean isJoinTable(Table table) {
        if (table.origin() == Table.Origin.PRISMA_IMPLICIT) return true;
        if (table.foreignKeys().size() < 2) return false;
        Set<String> linking = new HashSet<>();
        for (ForeignKey fk : table.foreignKeys()) linking.addAll(fk.columns());
        List<String> key = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        for (Column c : table.columns()) {
            if (linking.contains(c.name())) continue;
            if (key.size() == 1 && key.get(0).equals(c.name())) continue;
            if (c.type().family().isTemporal() || isTimestampName(c.name())) continue;
            return false;
        }
        return true;
    }

    /** created_at, updatedAt, inserted_on: timestamps by name (SQLite and Drizzle store them as integers or text). */
    private static boolean isTimestampName(String column) {
        List<String> words = words(column);
        return words.size() == 2 && Set.of("created", "updated", "inserted", "modified", "deleted").contains(words.get(0))
                && Set.of("at", "on", "date", "time").contains(words.get(1));
    }

    /**
     * A join table, or a table with two foreign keys whose name is made of the names of the tables they reference
     * (users_to_workspaces, ProjectUsers, film_actor with a column of its own): it links rows of those tables.
     */
    public static boolean isLinkTable(Schema schema, Table table) {
        if (isJoinTable(table)) return true;
        if (table.foreignKeys().size() < 2) return false; // links two tables named in its own name, below
        boolean prisma = table.isPrisma();
        Set<String> stems = new HashSet<>();
        for (String word : words(prisma ? table.declaredName() : table.name().name())) stems.add(stem(word));
        Set<String> linked = new HashSet<>();
        for (ForeignKey fk : table.foreignKeys()) {
            Table target = schema.table(fk.targetTable());
            String name = target == null ? fk.targetTable().name() : prisma ? target.declaredName() : target.name().name();
            List<String> targetWords = words(name);
            if (!targetWords.isEmpty() && stems.contains(stem(targetWords.get(targetWords.size() - 1)))) linked.add(name);
        }
        return linked.size() >= 2;
    }

    /** A word without its plural ending, to compare users with user and categories with category. */
    private static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 4) return word.substring(0, word.length() - 3) + "y";
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) return word.substring(0, word.length() - 1);
        return word;
    }

    /** True when a primary key, unique constraint or unique non-partial index has exactly {@code columns} (in any order), as a foreign key target needs. */
    public static boolean isUniqueKey(Table table, List<String> columns, Dialect dialect) {
        Set<String> wanted = keySet(columns, dialect);
        for (List<String> key : uniqueKeys(table)) {
            if (key.size() == columns.size() && keySet(key, dialect).equals(wanted)) return true;
        }
        return false;
    }

    /** The columns a foreign key references: its own list, or the target's primary key when it names none. */
    public static List<String> referencedColumns(ForeignKey fk, Table target) {
        if (!fk.targetColumns().isEmpty()) return fk.targetColumns();
        return target.primaryKey() == null ? List.of() : target.primaryKey().columns();
    }

    /** The table a foreign key references, wherever in the workspace it is declared (its own schema first), or null. */
    public static Table referencedTable(RuleContext ctx, ForeignKey fk) {
        return ctx.workspace().findTable(fk.targetTable(), ctx.unit());
    }

    /**
     * True for a name qualified with a database schema in which the workspace declares no table at all
     * ({@code auth.users} when nothing creates a table in {@code auth}): it lives outside what was read.
     */
    public static boolean isExternal(RuleContext ctx, QualifiedName name) {
        String schema = name.schema();
        if (schema == null || Schema.key(ctx.dialect(), new QualifiedName(schema, "x")).equals(ctx.dialect().key("x"))) return false;
        for (SchemaUnit u : ctx.workspace().units()) {
            for (Table t : u.schema().tables()) {
                if (t.name().schema() != null && ctx.dialect().key(t.name().schema()).equals(ctx.dialect().key(schema))) return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern PARTITION_OF = java.util.regex.Pattern.compile("(?i)\\bPARTITION\\s+OF\\b");

    /**
     * The partitions of the schema's partitioned tables: created with PARTITION OF, or attached with ALTER TABLE
     * parent ATTACH PARTITION (as pg_dump writes them). They take their keys and constraints from the parent.
     */
    public static Set<Table> partitions(RuleContext ctx) {
        return Memo.of(ctx.schema(), "partitions", () -> {
            Set<Table> out = new HashSet<>();
            for (Table t : ctx.schema().tables()) if (t.partitionOf() != null) out.add(t);
            return out;
        });
    }

    /** A foreign key of {@code table}. */
    public record Reference(Table table, ForeignKey foreignKey) {}

    /** The foreign keys of the schema by the table they reference (same schema only), built in one pass. */
    public static java.util.Map<Table, List<Reference>> referencesByTarget(Schema schema) {
        java.util.Map<Table, List<Reference>> out = new java.util.IdentityHashMap<>();
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                Table target = schema.table(fk.targetTable());
                if (target != null) out.computeIfAbsent(target, k -> new ArrayList<>()).add(new Reference(t, fk));
            }
        }
        return out;
    }


    /** True when some CHECK constraint of the table mentions the column. */
    public static boolean isChecked(Table table, String column, Dialect dialect) {
        for (CheckConstraint check : table.checks()) {
            for (String c : check.columns()) {
                if (dialect.key(c).equals(dialect.key(column))) return true;
            }
        }
        return false;
    }

    /**
     * The unique keys mentioning a column: primary key, unique constraints and unique indexes, partial ones and
     * expression ones ({@code lower(email)}) included, since each still keeps duplicates out of the rows it covers.
     * An expression key appears as its expression text.
     */
    public static List<List<String>> uniqueKeysWith(Table table, String column, Dialect dialect) {
        List<List<String>> out = new ArrayList<>();
        List<List<String>> candidates = new ArrayList<>();
        if (table.primaryKey() != null) candidates.add(table.primaryKey().columns());
        for (UniqueConstraint u : table.uniques()) candidates.add(u.columns());
        for (Index i : table.indexes()) {
            if (!i.unique()) continue;
            List<String> key = new ArrayList<>();
            for (IndexKey k : i.keys()) key.add(k.column() != null ? k.column() : k.expression());
            candidates.add(key);
        }
        for (List<String> key : candidates) {
            for (String part : key) {
                if (part != null && (dialect.key(part).equals(dialect.key(column)) || mentions(part, column))) {
                    out.add(key);
                    break;
                }
            }
        }
        return out;
    }

    /** True when an expression mentions a column by name (bare or quoted), e.g. {@code lower((email)::text)} mentions email. */
    public static boolean mentions(String expression, String column) {
        return Pattern.compile("(?i)(?<![\\w$])[\"`\\[]?" + Pattern.quote(column) + "[\"`\\]]?(?![\\w$(])").matcher(expression).find();
    }

    /** The usual names of the column that says which tenant a row belongs to (compared in snake form). */
    public static final List<String> TENANT_COLUMNS = List.of("tenant_id", "organization_id", "organisation_id", "org_id", "account_id",
            "workspace_id", "team_id", "company_id");

    /**
     * The tenant column of a multi-tenant schema, in snake form: the configured one, else the one of {@link #TENANT_COLUMNS}
     * that more than half the tables (and at least three) carry; null for a single-tenant schema.
     */
    public static String tenantColumn(Schema schema, Config.MultiTenancy configured) {
        if (configured != null && configured.column() != null && !configured.column().isBlank()) return snake(configured.column());
        int tables = 0;
        java.util.Map<String, Integer> carrying = new java.util.HashMap<>();
        for (Table t : schema.tables()) {
            if (t.origin() == Table.Origin.PRISMA_IMPLICIT || t.partitionOf() != null) continue;
            tables++;
            Set<String> seen = new HashSet<>();
            for (Column c : t.columns()) {
                for (String name : List.of(snake(c.name()), snake(c.declaredName()))) {
                    if (TENANT_COLUMNS.contains(name) && seen.add(name)) carrying.merge(name, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int most = 0;
        for (String name : TENANT_COLUMNS) {
            int n = carrying.getOrDefault(name, 0);
            if (n > most) {
                best = name;
                most = n;
            }
        }
        return most >= 3 && most * 2 > tables ? best : null;
    }

    /** The table's tenant column ({@code tenant} in snake form, as {@link #tenantColumn} gives it), or null when it has none. */
    public static Column tenantColumnOf(Table table, String tenant) {
        if (tenant == null) return null;
        for (Column c : table.columns()) {
            if (snake(c.name()).equals(tenant) || snake(c.declaredName()).equals(tenant)) return c;
        }
        return null;
    }

    private static final Set<String> ADDRESS_WORDS = Set.of("address", "city", "country", "zip", "zipcode", "postal", "postcode", "street", "province", "region");

    /** True when the table holds postal addresses (a city, country, zip, street...): its "state" is a place, not a status. */
    public static boolean holdsAddresses(Table table) {
        for (Column c : table.columns()) {
            for (String word : words(c.declaredName())) {
                if (ADDRESS_WORDS.contains(word)) return true;
            }
        }
        return false;
    }

    /** Last words of the names of tables holding copies of other rows (post_versions, audit_log), where values repeat by design. */
    private static final Set<String> COPIES = Set.of("version", "versions", "history", "histories", "audit", "audits", "log", "logs",
            "archive", "archives", "revision", "revisions", "snapshot", "snapshots");

    /** True for a table of copies of other rows (versions, history, audit log, snapshots): its values are copied, not chosen. */
    public static boolean holdsCopies(Table table) {
        List<String> words = words(table.declaredName());
        return !words.isEmpty() && COPIES.contains(words.get(words.size() - 1));
    }

    private static final Pattern TRIGGER_ASSIGNMENT = Pattern.compile("(?im)(?:^|;|\\bbegin\\b|\\bthen\\b|\\belse\\b|\\bset\\b)\\s*new\\s*\\.\\s*[\"`]?([A-Za-z_][\\w$]*)[\"`]?\\s*:?=(?!=)");

    /**
     * Lower-case names of columns that some trigger (function) in the schema's files assigns in a statement of its own ({@code NEW.created_at := now()},
     * MySQL's {@code SET NEW.create_date = NOW()}): the database fills them in although the column has no DEFAULT.
     */
    public static Set<String> triggerAssignedColumns(RuleContext ctx) {
        Set<String> out = new HashSet<>();
        for (String file : ctx.unit().files()) {
            String text = ctx.text(file);
            out.addAll(Memo.of(text, "trigger-assigned", () -> {
                Set<String> columns = new HashSet<>();
                // Only around the word NEW: running the pattern from every offset of a large dump is slow.
                for (int at = indexOfIgnoreCase(text, "new", 0); at >= 0; at = indexOfIgnoreCase(text, "new", at + 3)) {
                    // The pattern only where the word NEW is followed by a dot (renewal, news and NEW ROW are not).
                    if (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '_')) continue;
                    int dot = at + 3;
                    while (dot < text.length() && Character.isWhitespace(text.charAt(dot))) dot++;
                    if (dot >= text.length() || text.charAt(dot) != '.') continue;
                    int from = at;
                    while (from > 0 && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != ';' && at - from < 12) from--;
                    java.util.regex.Matcher m = TRIGGER_ASSIGNMENT.matcher(text).region(from, Math.min(text.length(), at + 200));
                    m.useTransparentBounds(true).useAnchoringBounds(false);
                    while (m.find()) {
                        if (m.start(1) > at) columns.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
                return columns;
            }));
        }
        return out;
    }

    private static final Pattern LINE_COMMENT = Pattern.compile("^[\\s,]*(?:--|//|#|/\\*)(.*)$");

    /**
     * What the schema says about a column in words: its documentation (COMMENT ON, MySQL COMMENT, Prisma ///), a comment
     * at the end of its line and a comment line right above it. Rules read it to respect documented decisions.
     */
    public static String notes(RuleContext ctx, Column column) {
        StringBuilder out = new StringBuilder(column.comment() == null ? "" : column.comment());
        String text = ctx.text(column.source().file());
        dev.schemawise.text.LineIndex lines = ctx.lines(column.source().file());
        int end = column.source().range().end();
        if (end > text.length()) return out.toString();
        java.util.regex.Matcher after = LINE_COMMENT.matcher(text.substring(end, Edits.endOfLine(lines, end)));
        if (after.matches()) out.append('\n').append(after.group(1));
        int line = lines.line(column.source().range().start());
        if (line > 0) {
            java.util.regex.Matcher above = LINE_COMMENT.matcher(text.substring(lines.lineStart(line - 1), lines.lineEnd(line - 1)));
            if (above.matches()) out.append('\n').append(above.group(1));
        }
        return out.toString();
    }

    /**
     * True for a partitioned table whose partitions include tables created on their own and attached (as pg_dump writes
     * them): they repeat its column types, so changing a type in the parent alone would make the ATTACH fail.
     */
    public static boolean hasAttachedPartitions(RuleContext ctx, Table table, Set<Table> partitions) {
        if (table.partitionBy() == null) return false;
        String parent = Schema.key(ctx.dialect(), table.name());
        for (Table p : partitions) {
            if (!Schema.key(ctx.dialect(), p.partitionOf()).equals(parent) || p.history().isEmpty()) continue;
            dev.schemawise.text.SourceRef created = p.history().get(0);
            String text = ctx.text(created.file());
            if (created.range().end() > text.length()) return true;
            if (!PARTITION_OF.matcher(text).region(created.range().start(), created.range().end()).find()) return true;
        }
        return false;
    }

    /** True when the column belongs to a foreign key: its values are those of the referenced key, not chosen in this table. */
    public static boolean isForeignKeyColumn(Table table, Column column) {
        for (dev.schemawise.model.ForeignKey fk : table.foreignKeys()) {
            if (fk.columns().contains(column.name())) return true;
        }
        return false;
    }

    /** The first index of {@code word} in {@code text} at or after {@code from}, ignoring ASCII case; -1 if none. */
    static int indexOfIgnoreCase(String text, String word, int from) {
        return indexOfIgnoreCase(text, word, from, text.length());
    }

    /** The first index of {@code word} within {@code text[from, to)}, ignoring ASCII case; -1 if none. */
    static int indexOfIgnoreCase(String text, String word, int from, int to) {
        int n = Math.min(text.length(), to) - word.length();
        int start = Math.max(0, from);
        if (word.isEmpty()) return start <= n ? start : -1;
        // Jump between the occurrences of the first letter in either case with String.indexOf (vectorised), instead of
        // comparing at every position: a whole dump is scanned this way on every edit.
        char lower = Character.toLowerCase(word.charAt(0));
        char upper = Character.toUpperCase(word.charAt(0));
        if (n - start < 8192) {
            // A short range (one statement): String.indexOf would run past its end, to the letter's next occurrence
            // anywhere in the file, for every statement asked about.
            for (int i = start; i <= n; i++) {
                char c = text.charAt(i);
                if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) return i;
            }
            return -1;
        }
        int nextLower = text.indexOf(lower, start);
        int nextUpper = upper == lower ? -1 : text.indexOf(upper, start);
        while (true) {
            int i = nextLower < 0 ? nextUpper : nextUpper < 0 ? nextLower : Math.min(nextLower, nextUpper);
            if (i < 0 || i > n) return -1;
            if (text.regionMatches(true, i, word, 0, word.length())) return i;
            if (i == nextLower) nextLower = text.indexOf(lower, i + 1);
            else nextUpper = text.indexOf(upper, i + 1);
        }
    }
}
