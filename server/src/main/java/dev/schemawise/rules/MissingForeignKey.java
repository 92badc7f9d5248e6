package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.PrimaryKey;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.Comment;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.SourceRef;
import dev.schemawise.workspace.FileReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code missing-foreign-key}: a column named after another table's key has a foreign key (Prisma: a relation). */
public final class MissingForeignKey implements Rule {
    public static final RuleInfo INFO = new RuleInfo("missing-foreign-key", "keys", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "A column named after a table of the schema (user_id, categoryId) is a foreign key (Prisma: a relation uses it).",
            """
            A column called user_id next to a users table holds user ids. Without a foreign key nothing stops \
            it from holding ids of users that never existed or were deleted: orphans appear, joins silently lose \
            rows, and what should happen on delete is never decided. The column is matched to a table by name \
            (user_id and userId to users, User or user; category_id to categories; order_line_id to \
            order_lines) when exactly one table matches, its key is a single column, and the types could match \
            (integers with integers, strings with strings).

            Not reported: the table's own key (id, or users.user_id), polymorphic pairs (commentable_id next to \
            commentable_type), columns whose type cannot match the key (an external_id text next to a bigint \
            key), MySQL tables with ENGINE=MyISAM (which has no foreign keys), and partitions (they take their \
            foreign keys from the partitioned table, where the finding goes). Nor are designs without foreign \
            keys on purpose:

            - a schema that declares none at all (many Rails apps, PlanetScale and Vitess before foreign key \
            support; Prisma's relationMode = "prisma" keeps relations in the schema, so it still counts);
            - a table with several such columns and not one foreign key (an event log, denormalized scope columns);
            - audit and version tables (log, audit, history, version or revision in the name), which keep their \
            rows after what they mention is gone;
            - a column whose documentation, or a comment on its line or heading its group of lines, says so ("no \
            FK", "the cross-database foreign key can't hold", "NO @relation") or says the value comes from \
            elsewhere ("external", "idempotency key", "third-party");
            - a column whose foreign key a later migration dropped (a dropped constraint whose name holds the \
            column's name).

            The fix (not applied in bulk) adds the foreign key: REFERENCES users (id) on the column (MySQL, \
            which ignores inline REFERENCES, and columns added by ALTER TABLE get an ALTER TABLE ... ADD \
            CONSTRAINT ... FOREIGN KEY statement instead). In Prisma it writes both sides of the relation: \
            user User @relation(fields: [userId], references: [id]) on the model and posts Post[] on User.

            Bad:

                CREATE TABLE users (id bigint PRIMARY KEY);
                CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint NOT NULL);

            Good:

                CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));
            """, RuleInfo.Fixes.CHOICES, List.of());

    private static final Map<String, String> IRREGULAR = Map.of("people", "person", "children", "child", "men", "man", "women", "woman",
            "mice", "mouse", "geese", "goose", "indices", "index", "analyses", "analysis", "statuses", "status", "aliases", "alias");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** What it finds about a model depends on that model and the tables' names and keys (see {@link Rule#perTable()}). */
    @Override
    public boolean perTable() {
        return true;
    }

    /** Whether the schema has foreign keys at all, and each table's names and the key a reference to it would use. */
    @Override
    public Object environment(RuleContext ctx) {
        List<Object> out = new ArrayList<>();
        out.add(ctx.schema().foreignKeyCount() == 0);
        // Of a key's type only what couldReference reads: its family, or in SQLite (compared as written) all of it.
        boolean wholeType = ctx.dialect() == Dialect.SQLITE && !ctx.prisma();
        for (Table u : ctx.schema().tables()) {
            PrimaryKey pk = u.primaryKey();
            Column key = pk == null || pk.columns().isEmpty() ? null : u.column(pk.columns().get(0));
            out.add(Arrays.asList(u.declaredName(), u.name().name(), u.ignored(), u.origin(), myIsam(u), pk == null ? null : pk.columns(),
                    key == null ? null : key.declaredName(), key == null ? null : wholeType ? key.type() : key.type().family()));
        }
        return out;
    }

    @Override
    public void check(RuleContext ctx) {
        // A schema without a single foreign key keeps its references in the application on purpose.
        if (ctx.schema().foreignKeyCount() == 0) return;
        Set<Table> partitions = SchemaFacts.partitions(ctx);
        Map<List<String>, List<Table>> tablesByName = tablesByName(ctx);
        for (Table t : ctx.tables()) {
            // A partition takes its foreign keys from its parent, where the finding belongs.
            if (t.origin() == Table.Origin.PRISMA_IMPLICIT || t.ignored() || myIsam(t) || partitions.contains(t) || isHistory(t)) continue;
            List<Candidate> candidates = new ArrayList<>();
            for (Column c : t.columns()) {
                Candidate candidate = candidate(ctx, t, c, tablesByName);
                if (candidate != null) candidates.add(candidate);
            }
            // A table with several such columns and not one foreign key is keyless by design (an event log, denormalized scope columns).
            if (t.foreignKeys().isEmpty() && candidates.size() > 1) continue;
            Set<String> dropped = droppedConstraints(ctx, t);
            for (Candidate candidate : candidates) {
                Column c = candidate.column();
                if (documentedAsDeliberate(ctx, t, c) || dropped.stream().anyMatch(name -> name.contains(c.name().toLowerCase(Locale.ROOT)))) continue;
                report(ctx, t, c, candidate.target(), candidate.key());
            }
        }
    }

    private static final Pattern DROP_CONSTRAINT = Pattern.compile(
            "(?i)\\bDROP\\s+(?:CONSTRAINT|FOREIGN\\s+KEY)\\s+(?:IF\\s+EXISTS\\s+)?(\"[^\"]+\"|`[^`]+`|[\\w$]+)");

    /**
     * The names (lower case, unquoted) of constraints a later ALTER TABLE dropped from the table: a foreign key
     * dropped on purpose ("orders_user_id_fkey") leaves a column that is not to be reported.
     */
    private static Set<String> droppedConstraints(RuleContext ctx, Table t) {
        if (ctx.prisma()) return Set.of(); // a Prisma schema has no ALTER TABLE
        Set<String> out = new java.util.HashSet<>();
        for (SourceRef s : t.history()) {
            String text = ctx.text(s.file());
            if (s.range().end() > text.length() || SchemaFacts.indexOfIgnoreCase(text, "drop", s.range().start(), s.range().end()) < 0) continue;
            java.util.regex.Matcher m = DROP_CONSTRAINT.matcher(text).region(s.range().start(), s.range().end());
            while (m.find()) out.add(m.group(1).replaceAll("[\"`]", "").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static final Set<String> HISTORY = Set.of("log", "audit", "history", "version", "revision");

    /**
     * Audit logs and version tables (post_versions, DocumentAuditLog, audit_log_entries) keep their rows after
     * what they mention is gone: no foreign keys on purpose.
     */
    private static boolean isHistory(Table t) {
        for (String word : SchemaFacts.words(t.declaredName())) {
            if (HISTORY.contains(singular(word))) return true;
        }
        return false;
    }

    /** A column that looks like a reference, the table it names, and that table's key. */
    private record Candidate(Column column, Table target, Column key) {}

    private static Candidate candidate(RuleContext ctx, Table t, Column c, Map<List<String>, List<Table>> tablesByName) {
        if (c.type().isArray() || c.generated() != null || inForeignKey(t, c)) return null;
        List<String> words = SchemaFacts.words(c.declaredName());
        if (words.size() < 2 || !words.get(words.size() - 1).equals("id")) return null;
        List<String> prefix = words.subList(0, words.size() - 1);
        if (polymorphic(t, prefix)) return null;
        Table target = target(t, prefix, tablesByName);
        if (target == null || myIsam(target)) return null;
        Column key = target.column(target.primaryKey().columns().get(0));
        if (key == null || !couldReference(ctx, c, key)) return null;
        return new Candidate(c, target, key);
    }

    /** "no FK", "NO @relation", "without foreign keys", "the cross-DB FK can't hold", "FK omitted on purpose". */
    private static final Pattern DELIBERATE = Pattern.compile("(?i)\\b(?:no|not|without|never|can'?t|cannot|skip|skipped|omit|omitted)\\b[^.\\n]{0,40}?"
            + "(?:\\bfks?|\\bforeign[ -]?keys?|@relation|\\brelations?)\\b"
            + "|\\b(?:fks?|foreign[ -]?keys?)\\b[^.\\n]{0,30}?\\b(?:can'?t|cannot|not|omitted|on purpose|intentionally)\\b"
            // an identifier from elsewhere that happens to share the name ("invoiceId // idempotency key from Stripe")
            + "|\\b(?:external|idempotency|third[- ]party)\\b");

    /**
     * True when the column's documentation, or the comment on its line or heading its group of lines, says
     * there is deliberately no foreign key or relation ("no FK: the run lives in another database").
     */
    private static boolean documentedAsDeliberate(RuleContext ctx, Table t, Column c) {
        if (c.comment() != null && DELIBERATE.matcher(c.comment()).find()) return true;
        FileReport file = ctx.workspace().file(c.source().file());
        if (file == null) return false;
        List<Comment> comments = file.sql() != null ? file.sql().comments() : file.prisma() != null ? file.prisma().comments() : List.of();
        if (comments.isEmpty()) return false;
        LineIndex lines = ctx.lines(c.source().file());
        String text = lines.text();
        int line = lines.line(c.source().range().start());
        // The comments on the column's line, and those directly above the group of lines it belongs to (up to a blank line).
        int first = line;
        while (first > 0) {
            String above = text.substring(lines.lineStart(first - 1), lines.lineEnd(first - 1)).strip();
            if (above.isEmpty() || above.startsWith("--") || above.startsWith("//") || above.startsWith("/*") || above.startsWith("*")) break;
            first--;
        }
        int top = first;
        while (top > 0) {
            String above = text.substring(lines.lineStart(top - 1), lines.lineEnd(top - 1)).strip();
            if (!(above.startsWith("--") || above.startsWith("//") || above.startsWith("/*") || above.startsWith("*"))) break;
            top--;
        }
        int from = lines.lineStart(top);
        int to = lines.lineEnd(line);
        int columnLineStart = lines.lineStart(line);
        // The comments are in source order: look only at those between the heading and the column's line.
        int lo = 0;
        int hi = comments.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (comments.get(mid).range().start() < from) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < comments.size() && comments.get(i).range().start() <= to; i++) {
            Comment comment = comments.get(i);
            int at = comment.range().start();
            boolean onLine = at >= columnLineStart;
            boolean heading = at < lines.lineStart(first);
            if ((onLine || heading) && DELIBERATE.matcher(comment.text()).find()) return true;
        }
        return false;
    }

    private static boolean myIsam(Table t) {
        String engine = t.options().get("ENGINE");
        return engine != null && engine.equalsIgnoreCase("MyISAM");
    }

    private static boolean inForeignKey(Table t, Column c) {
        for (ForeignKey fk : t.foreignKeys()) {
            for (String name : fk.columns()) {
                if (name.equalsIgnoreCase(c.name())) return true;
            }
        }
        return false;
    }

    /** commentable_id beside commentable_type: a reference to one of several tables, which no foreign key can express. */
    private static boolean polymorphic(Table t, List<String> prefix) {
        List<String> typeColumn = new ArrayList<>(prefix);
        typeColumn.add("type");
        for (Column other : t.columns()) {
            if (SchemaFacts.words(other.declaredName()).equals(typeColumn)) return true;
        }
        return false;
    }

    /** The tables of the schema by the singular words of their model and table names (user_id finds users, User and user). */
    private static Map<List<String>, List<Table>> tablesByName(RuleContext ctx) {
        Map<List<String>, List<Table>> out = new java.util.HashMap<>();
        for (Table u : ctx.schema().tables()) {
            if (u.origin() == Table.Origin.PRISMA_IMPLICIT || u.ignored()) continue;
            List<String> declared = singularWords(SchemaFacts.words(u.declaredName()));
            List<String> database = singularWords(SchemaFacts.words(u.name().name()));
            out.computeIfAbsent(declared, k -> new ArrayList<>()).add(u);
            if (!database.equals(declared)) out.computeIfAbsent(database, k -> new ArrayList<>()).add(u);
        }
        return out;
    }

    /** The one other table whose name (singular or plural, model or table name) is the column's prefix, with a single-column key. */
    private static Table target(Table t, List<String> prefix, Map<List<String>, List<Table>> tablesByName) {
        List<Table> found = tablesByName.getOrDefault(singularWords(prefix), List.of());
        // Ambiguous when two tables match; the table's own key (users.user_id) is not a reference, and a
        // self-reference would be named parent_id or similar.
        if (found.size() != 1 || found.get(0) == t) return null;
        Table target = found.get(0);
        if (target.primaryKey() == null || target.primaryKey().columns().size() != 1) return null;
        return target;
    }

    private static List<String> singularWords(List<String> words) {
        if (words.isEmpty()) return words;
        List<String> out = new ArrayList<>(words);
        out.set(out.size() - 1, singular(out.get(out.size() - 1)));
        return out;
    }

    static String singular(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) return irregular;
        return PrimaryKeyType.singular(word);
    }

    /** Whether the column's type could hold the key's values: integers with integers, strings with strings, else one family. */
    private static boolean couldReference(RuleContext ctx, Column c, Column key) {
        TypeFamily a = c.type().family();
        TypeFamily b = key.type().family();
        if (a.isInteger() && b.isInteger()) return true;
        if (a.isText() && b.isText()) return true;
        if (ctx.dialect() == Dialect.SQLITE && !ctx.prisma()) return ForeignKeyTypeMismatch.sameType(ctx, c, key);
        return a == b && a != TypeFamily.OTHER && a != TypeFamily.BOOLEAN;
    }

    // ------------------------------------------------------------------ report and fixes

    private static void report(RuleContext ctx, Table t, Column c, Table target, Column key) {
        if (ctx.prisma()) {
            String relation = relationFieldName(c);
            ctx.report(c.source().file(), c.source().nameRange(), "field " + t.declaredName() + "." + c.declaredName() + " looks like a reference to " + target.declaredName() + "."
                    + key.declaredName() + " but no relation uses it, so nothing keeps it pointing at an existing " + target.declaredName()
                    + ". Add " + relation + " " + target.declaredName() + (c.nullable() ? "?" : "") + " @relation(fields: [" + c.declaredName()
                    + "], references: [" + key.declaredName() + "])", fixes(prismaFix(ctx, t, c, target, key)));
            return;
        }
        String references = "REFERENCES " + SqlSource.quote(target.name(), ctx.dialect()) + " (" + SqlSource.quote(key.name(), ctx.dialect()) + ")";
        ctx.report(c.source().file(), c.source().nameRange(), ctx.name(t, c) + " looks like a reference to " + ctx.name(target) + " (" + key.name() + ") but has no foreign key, so "
                + "nothing keeps it pointing at an existing row. Add " + references, fixes(sqlFix(ctx, t, c, target, key, references)));
    }

    private static List<Fix> fixes(Fix fix) {
        return fix == null ? List.of() : List.of(fix);
    }

    private static Fix sqlFix(RuleContext ctx, Table t, Column c, Table target, Column key, String references) {
        if (c.history().size() > 1) return null;
        String file = c.source().file();
        SourceRef statement = definingStatement(t, c);
        boolean inCreateTable = statement == t.source();
        // MySQL parses but ignores REFERENCES in a column definition; SQLite cannot ADD CONSTRAINT.
        if (ctx.dialect() == Dialect.SQLITE || (inCreateTable && ctx.dialect() != Dialect.MYSQL)) {
            return Edits.choice("Add " + references, Edits.insert(ctx, file, c.source().range().end(), " " + references));
        }
        if (statement == null) return null;
        String constraint = SqlSource.indexName(t.name(), List.of(c.name()), "fkey", ctx.dialect());
        String sql = "ALTER TABLE " + SqlSource.quote(t.name(), ctx.dialect()) + " ADD CONSTRAINT " + SqlSource.quote(constraint, ctx.dialect())
                + " FOREIGN KEY (" + SqlSource.quote(c.name(), ctx.dialect()) + ") " + references + ";";
        return Edits.choice("Add foreign key " + constraint, SqlSource.afterStatement(ctx, statement.file(), statement.range(), sql));
    }

    /** The CREATE TABLE or ALTER TABLE statement whose text holds the column's definition, or null. */
    private static SourceRef definingStatement(Table t, Column c) {
        if (t.source().file().equals(c.source().file()) && t.source().range().encloses(c.source().range())) return t.source();
        for (SourceRef s : t.history()) {
            if (s.file().equals(c.source().file()) && s.range().encloses(c.source().range())) return s;
        }
        return null;
    }

    /** userId → user, category_id → category, order_line_id → orderLine. */
    private static String relationFieldName(Column c) {
        List<String> words = SchemaFacts.words(c.declaredName());
        StringBuilder b = new StringBuilder(words.get(0));
        for (String w : words.subList(1, words.size() - 1)) b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        return b.toString();
    }

    /** Both sides of the relation: the relation field after the scalar field, the back-relation field on the referenced model. */
    private static Fix prismaFix(RuleContext ctx, Table t, Column c, Table target, Column key) {
        PrismaAst.Block own = PrismaSource.block(ctx, t);
        PrismaAst.Block other = PrismaSource.block(ctx, target);
        if (own == null || other == null) return null;
        String relation = relationFieldName(c);
        if (hasField(own, relation)) return null;
        boolean oneToOne = SchemaFacts.isUniqueKey(t, List.of(c.name()), ctx.dialect());
        String back = oneToOne ? lowerFirst(t.declaredName()) : lowerFirst(plural(t.declaredName()));
        // A second relation between the same two models needs a name on both sides.
        boolean related = relatesTo(own, target.declaredName()) || relatesTo(other, t.declaredName());
        String relationName = related ? "\"" + t.declaredName() + upperFirst(relation) + "\"" : null;
        if (hasField(other, back)) back = back + "As" + upperFirst(relation);
        if (hasField(other, back)) return null;
        String attribute = "@relation(" + (relationName != null ? relationName + ", " : "") + "fields: [" + c.declaredName() + "], references: ["
                + key.declaredName() + "])";
        String field = relation + " " + target.declaredName() + (c.nullable() ? "?" : "") + " " + attribute;
        String backField = back + " " + t.declaredName() + (oneToOne ? "?" : "[]") + (relationName != null ? " @relation(" + relationName + ")" : "");
        TextEdit forward = PrismaSource.addFieldAfter(ctx, c.source().file(), c.source().range(), field);
        TextEdit backward = PrismaSource.addField(ctx, target, backField);
        if (backward == null) return null;
        return Edits.choice("Add relation " + t.declaredName() + "." + relation + " and " + target.declaredName() + "." + back, forward, backward);
    }

    private static boolean hasField(PrismaAst.Block b, String name) {
        for (PrismaAst.Field f : b.fields()) {
            if (f.name().equals(name)) return true;
        }
        return false;
    }

    private static boolean relatesTo(PrismaAst.Block b, String model) {
        for (PrismaAst.Field f : b.fields()) {
            if (f.type() != null && f.type().name().equals(model)) return true;
        }
        return false;
    }

    /** An English plural of a model name's last word: Post → Posts, Category → Categories, Address → Addresses. */
    static String plural(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && name.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) return name.substring(0, name.length() - 1) + "ies";
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) return name + "es";
        return name + "s";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
