package dev.schemawise.rules;

import dev.schemawise.model.Constraint;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Index;
import dev.schemawise.model.IndexKey;
import dev.schemawise.model.PrimaryKey;
import dev.schemawise.model.Table;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.text.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code duplicate-index}: a plain index that another B-tree index, the primary key or a unique constraint already provides. */
public final class DuplicateIndex implements Rule {
    public static final RuleInfo INFO = new RuleInfo("duplicate-index", "indexes", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "No index repeats, or is a leading prefix of, another B-tree index, the primary key or a unique constraint of the same table.",
            """
            A B-tree index on (a, b) also serves every lookup and sort on (a) alone, and so do a primary key and \
            a unique constraint (each is a B-tree index). A second index on (a), or an exact copy of an index, \
            only costs: every INSERT, UPDATE and DELETE maintains it, it takes disk and cache, and the planner \
            has one more plan to weigh. Keys are compared column by column with their direction, NULLS order, \
            operator class, collation and prefix length; expression keys by their text. Only a plain index is \
            reported as redundant: a unique index enforces a rule, a partial index covers other rows, and \
            GIN, GiST, BRIN, hash, full-text and spatial indexes answer other questions. The covering index must \
            not be partial and must have the redundant index's INCLUDE columns.

            The fix deletes the redundant index (the CREATE INDEX statement, the KEY element of a MySQL CREATE \
            TABLE, or the Prisma @@index line). It is not offered for an index created by an applied migration: \
            drop it in a new migration instead. Nor when the index's name is used elsewhere in the schema's \
            files (ALTER INDEX, COMMENT ON INDEX), which would be left dangling.

            Bad:

                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, placed_at timestamptz NOT NULL);
                CREATE INDEX orders_user_id_idx ON orders (user_id);
                CREATE INDEX orders_user_id_placed_at_idx ON orders (user_id, placed_at);

            Good:

                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, placed_at timestamptz NOT NULL);
                CREATE INDEX orders_user_id_placed_at_idx ON orders (user_id, placed_at);

            In Prisma, @@index([userId]) is redundant beside @@index([userId, placedAt]) or @@unique([userId, placedAt]).
            """, RuleInfo.Fixes.SAFE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** What it finds about a model depends on that model alone (see {@link Rule#perTable()}). */
    @Override
    public boolean perTable() {
        return true;
    }

    /**
     * One key element, normalised so that equal keys compare equal. equals and hashCode are written out as a record's
     * would be (RecordMethodsTest): a record's own are bootstrapped on first use, which spins some thirty method-handle
     * classes in a language server's first analysis (docs/PERFORMANCE.md).
     */
    private record Key(String column, String expression, boolean descending, String nulls, String opclass, String collation, int prefixLength) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && descending == k.descending && prefixLength == k.prefixLength && Objects.equals(column, k.column)
                    && Objects.equals(expression, k.expression) && Objects.equals(nulls, k.nulls) && Objects.equals(opclass, k.opclass)
                    && Objects.equals(collation, k.collation);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(column) * 31 + Objects.hashCode(expression);
            h = (h * 31 + Boolean.hashCode(descending)) * 31 + Objects.hashCode(nulls);
            h = (h * 31 + Objects.hashCode(opclass)) * 31 + Objects.hashCode(collation);
            return h * 31 + prefixLength;
        }
    }

    /**
     * Something that orders the table's rows by {@code keys}: an index, the primary key or a unique constraint.
     *
     * @param index the index, or null for the primary key and unique constraints (which are never redundant)
     * @param order position among the table's indexes, so that of two identical indexes the later one is redundant
     */
    private record Ordering(List<Key> keys, Set<String> include, Index index, java.util.function.Supplier<String> labeller, boolean removable, int order) {
        /** How the message names it; built only for the orderings that are reported. */
        String label() {
            return labeller.get();
        }

        /** Each ordering's labeller is its own lambda, so equal orderings are the same one (and no record bootstrap runs). */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    @Override
    public void check(RuleContext ctx) {
        for (Table t : ctx.tables()) {
            List<Ordering> orderings = orderings(ctx, t);
            List<Ordering> redundant = new ArrayList<>();
            for (Ordering o : orderings) {
                if (o.removable() && !coveringOf(o, orderings).isEmpty()) redundant.add(o);
            }
            for (Ordering o : redundant) {
                // Name an index that stays: following "covered by" always ends at one that is not redundant.
                Ordering covering = null;
                for (Ordering c : coveringOf(o, orderings)) {
                    if (covering == null || (redundant.contains(covering) && !redundant.contains(c))) covering = c;
                }
                report(ctx, t, o, covering);
            }
        }
    }

    private static List<Ordering> coveringOf(Ordering redundant, List<Ordering> orderings) {
        List<Ordering> out = new ArrayList<>();
        for (Ordering other : orderings) {
            if (other == redundant || other.keys().size() < redundant.keys().size()) continue;
            if (!other.keys().subList(0, redundant.keys().size()).equals(redundant.keys())) continue;
            Set<String> available = new HashSet<>(other.include());
            for (Key k : other.keys()) {
                if (k.column() != null) available.add(k.column());
            }
            if (!available.containsAll(redundant.include())) continue;
            // Of two identical plain indexes, the later one is the copy.
            boolean identical = other.keys().size() == redundant.keys().size() && other.include().equals(redundant.include());
            if (identical && other.removable() && other.order() > redundant.order()) continue;
            out.add(other);
        }
        return out;
    }

    private static List<Ordering> orderings(RuleContext ctx, Table t) {
        Dialect d = ctx.dialect();
        List<Ordering> out = new ArrayList<>();
        PrimaryKey pk = t.primaryKey();
        if (pk != null && usable(pk)) {
            out.add(new Ordering(plainKeys(pk.columns(), d), Set.of(), null, () -> primaryKeyLabel(ctx, t, pk), false, -1));
        }
        for (UniqueConstraint u : t.uniques()) {
            if (usable(u)) out.add(new Ordering(plainKeys(u.columns(), d), Set.of(), null, () -> uniqueLabel(ctx, t, u), false, -1));
        }
        int order = 0;
        for (Index i : t.indexes()) {
            order++;
            if (!isBtree(i) || i.isPartial() || i.keys().isEmpty()) continue;
            List<Key> keys = new ArrayList<>();
            for (IndexKey k : i.keys()) keys.add(key(k, d));
            Set<String> include = new HashSet<>();
            for (String c : i.include()) include.add(d.key(c));
            out.add(new Ordering(keys, include, i, () -> indexLabel(ctx, t, i), !i.unique(), order));
        }
        return out;
    }

    private static boolean usable(Constraint c) {
        return !c.columns().isEmpty() && c.columns().stream().noneMatch(col -> col.startsWith(Constraint.USING_INDEX));
    }

    private static boolean isBtree(Index i) {
        return i.kind() == null && (i.method() == null || i.method().equals("btree"));
    }

    private static List<Key> plainKeys(List<String> columns, Dialect d) {
        List<Key> out = new ArrayList<>();
        for (String c : columns) out.add(new Key(d.key(c), null, false, "LAST", null, null, 0));
        return out;
    }

    private static Key key(IndexKey k, Dialect d) {
        String nulls = k.nulls() != null ? k.nulls() : k.descending() ? "FIRST" : "LAST";
        return new Key(k.column() == null ? null : d.key(k.column()), k.expression() == null ? null : normalise(k.expression()),
                k.descending(), nulls, k.opclass() == null ? null : k.opclass().toLowerCase(Locale.ROOT),
                k.collation() == null ? null : k.collation().replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT), k.prefixLength());
    }

    private static final Pattern SPACE_NEAR_PUNCTUATION = Pattern.compile("\\s*([(),:]+)\\s*");

    /** An expression with its spacing made canonical: "lower( email )" and "lower(email)" are the same key. */
    private static String normalise(String expression) {
        String one = expression.strip().replaceAll("\\s+", " ");
        while (one.startsWith("(") && one.endsWith(")") && balanced(one.substring(1, one.length() - 1))) one = one.substring(1, one.length() - 1).strip();
        return SPACE_NEAR_PUNCTUATION.matcher(one).replaceAll("$1");
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') depth++;
            if (s.charAt(i) == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    // ------------------------------------------------------------------ messages

    private static String fields(RuleContext ctx, Table t, List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) out.add(ctx.prisma() ? PrismaSource.fieldName(t, c) : c);
        return String.join(", ", out);
    }

    private static String primaryKeyLabel(RuleContext ctx, Table t, PrimaryKey pk) {
        if (ctx.prisma()) return pk.columns().size() == 1 ? "@id on " + fields(ctx, t, pk.columns()) : "@@id([" + fields(ctx, t, pk.columns()) + "])";
        return "the primary key (" + fields(ctx, t, pk.columns()) + ")";
    }

    private static String uniqueLabel(RuleContext ctx, Table t, UniqueConstraint u) {
        if (ctx.prisma()) return isFieldAttribute(ctx, u.source()) ? "@unique on " + fields(ctx, t, u.columns()) : "@@unique([" + fields(ctx, t, u.columns()) + "])";
        return "unique constraint " + (u.name() != null ? u.name() + " " : "") + "(" + fields(ctx, t, u.columns()) + ")";
    }

    private static boolean isFieldAttribute(RuleContext ctx, SourceRef source) {
        String text = ctx.text(source.file());
        return source.range().end() <= text.length() && !text.startsWith("@@", source.range().start());
    }

    private static String indexLabel(RuleContext ctx, Table t, Index i) {
        List<String> keys = new ArrayList<>();
        for (IndexKey k : i.keys()) {
            String name = k.column() != null ? (ctx.prisma() ? PrismaSource.fieldName(t, k.column()) : k.column()) : k.expression();
            if (ctx.prisma() && k.descending()) name += "(sort: Desc)";
            else if (k.descending()) name += " DESC";
            keys.add(name);
        }
        if (ctx.prisma()) return "@@index([" + String.join(", ", keys) + "])";
        return (i.unique() ? "unique index " : "index ") + (i.name() != null ? i.name() + " " : "") + "(" + String.join(", ", keys) + ")";
    }

    private static void report(RuleContext ctx, Table t, Ordering redundant, Ordering covering) {
        Index index = redundant.index();
        boolean identical = covering.keys().size() == redundant.keys().size();
        String message = redundant.label() + " on " + ctx.name(t) + " is redundant: " + (identical ? "it repeats " : "it is a leading prefix of ")
                + covering.label() + ", which serves the same lookups; " + (ctx.prisma() ? "remove it" : "drop it") + " (every index slows down writes)";
        SourceRef source = index.source();
        boolean named = index.name() != null && !ctx.prisma();
        ctx.report(source.file(), named ? source.nameRange() : source.range(), message, () -> fixes(ctx, t, redundant));
    }

    // ------------------------------------------------------------------ fixes

    private static List<Fix> fixes(RuleContext ctx, Table t, Ordering redundant) {
        Index index = redundant.index();
        String title = "Remove redundant " + (ctx.prisma() ? redundant.label() : index.name() != null ? "index " + index.name() : "index");
        if (ctx.prisma()) return List.of(Edits.safe(title, PrismaSource.removeBlockAttribute(ctx, index.source())));
        if (index.name() != null && mentionedElsewhere(ctx, index)) return List.of();
        SourceRef source = index.source();
        String text = ctx.text(source.file());
        if (source.range().end() > text.length()) return List.of();
        boolean inCreateTable = source.file().equals(t.source().file()) && t.source().range().encloses(source.range());
        if (inCreateTable) {
            List<TextEdit> edits = SqlSource.removeTableElement(ctx, t, source.range());
            return edits.isEmpty() ? List.of() : List.of(new Fix(title, true, edits));
        }
        // ALTER TABLE ... ADD INDEX (one action among others, maybe) is left alone; a CREATE INDEX statement goes whole.
        String head = text.substring(source.range().start(), Math.min(text.length(), source.range().start() + 6));
        if (!head.equalsIgnoreCase("create")) return List.of();
        return List.of(Edits.safe(title, SqlSource.removeStatement(ctx, source.file(), source.range())));
    }

    /**
     * The index's name appears in a statement of one of the schema's files other than its own definition (ALTER INDEX,
     * COMMENT ON INDEX, ALTER INDEX ... ATTACH PARTITION); comments, such as pg_dump's "-- Name: ..." headers, do not count.
     */
    private static boolean mentionedElsewhere(RuleContext ctx, Index index) {
        // One scan of every file per schema, kept by name: a migrations folder has thousands of files and may have
        // many duplicates, and each looks only at the files that write its name.
        java.util.Map<Long, List<java.util.Map.Entry<String, SqlSource.Identifiers>>> byName = Memo.of(ctx.schema(), "index names written in each file", () -> {
            SqlSource.Names names = SqlSource.names(indexNames(ctx));
            java.util.Map<Long, List<java.util.Map.Entry<String, SqlSource.Identifiers>>> out = new java.util.HashMap<>();
            for (String file : ctx.unit().files()) {
                SqlSource.Identifiers found = names.in(ctx.text(file));
                for (Long key : found.keys()) out.computeIfAbsent(key, k -> new ArrayList<>()).add(java.util.Map.entry(file, found));
            }
            return out;
        });
        for (java.util.Map.Entry<String, SqlSource.Identifiers> e : byName.getOrDefault(SqlSource.Identifiers.key(index.name()), List.of())) {
            String file = e.getKey();
            for (int offset : e.getValue().offsets(index.name())) {
                boolean own = file.equals(index.source().file()) && index.source().range().contains(offset);
                if (!own) return true;
            }
        }
        return false;
    }

    private static List<String> indexNames(RuleContext ctx) {
        List<String> names = new ArrayList<>();
        for (Table t : ctx.schema().tables()) {
            for (Index i : t.indexes()) {
                if (i.name() != null) names.add(i.name());
            }
        }
        return names;
    }
}
