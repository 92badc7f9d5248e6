package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.EnumType;
import dev.schemawise.model.Index;
import dev.schemawise.model.IndexKey;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import java.util.ArrayList;
import java.util.List;

/** {@code low-cardinality-index}: an index on a boolean or a small enum alone, which rarely narrows a search. */
public final class LowCardinalityIndex implements Rule {
    /** An enum with more values than this can be selective enough on its own. */
    private static final int MAX_VALUES = 3;

    public static final RuleInfo INFO = new RuleInfo("low-cardinality-index", "indexes", Severity.INFO, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "No plain index on a boolean column or an enum of at most three values alone; use a partial or a composite index.",
            """
            An index helps when it narrows a search to a few rows. A column with two or three possible values \
            splits the table into two or three big parts: for the common value the database reads the whole \
            table anyway, and the index still has to be maintained on every write. What is usually meant is \
            either a partial index on the rare rows (PostgreSQL and SQLite: WHERE NOT processed, WHERE status = \
            'pending'), which is small and exactly what the queue-style query reads, or a composite index that \
            starts with a selective column (or adds one after the flag, to serve ORDER BY). MySQL has no partial \
            indexes, so there the advice is the composite index. Only single-column, non-unique, non-partial \
            B-tree or hash indexes are reported.

            Bad:

                CREATE INDEX jobs_processed_idx ON jobs (processed);

            Good:

                CREATE INDEX jobs_pending_idx ON jobs (created_at) WHERE NOT processed;

            In Prisma: @@index([processed, createdAt]) instead of @@index([processed]).
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** What it finds about a model depends on that model alone (see {@link Rule#perTable()}). */
    @Override
    public boolean perTable() {
        return true;
    }

    @Override
    public void check(RuleContext ctx) {
        for (Table t : ctx.tables()) {
            for (Index i : t.indexes()) {
                if (i.unique() || i.isPartial() || i.kind() != null || i.keys().size() != 1) continue;
                if (i.method() != null && !i.method().equals("btree") && !i.method().equals("hash")) continue;
                IndexKey key = i.keys().get(0);
                if (key.column() == null) continue;
                Column c = t.column(key.column());
                if (c == null || c.type().isArray()) continue;
                List<String> values = values(ctx, c);
                if (values == null || values.size() > MAX_VALUES) continue;
                ctx.report(i.source().file(), i.name() != null && !ctx.prisma() ? i.source().nameRange() : i.source().range(), message(ctx, t, i, c, values), List.of());
            }
        }
    }

    /** The values a column can hold: true and false for a boolean, the labels of an enum; null when unknown or not small. */
    private static List<String> values(RuleContext ctx, Column c) {
        if (c.type().family() == TypeFamily.BOOLEAN) return List.of("true", "false");
        if (c.type().family() != TypeFamily.ENUM) return null;
        // MySQL ENUM('a', 'b') lists its values as the type's arguments.
        if (c.type().name().equals("enum") && !c.type().arguments().isEmpty()) return c.type().arguments();
        String name = c.type().name();
        if (name.contains(".")) name = name.substring(name.lastIndexOf('.') + 1);
        EnumType e = ctx.schema().enumType(name.replace("\"", ""));
        if (e == null) return null;
        List<String> out = new ArrayList<>();
        for (EnumType.EnumValue v : e.values()) out.add(v.name());
        return out;
    }

    private static String message(RuleContext ctx, Table t, Index i, Column c, List<String> values) {
        boolean bool = c.type().family() == TypeFamily.BOOLEAN;
        String what = bool ? "a boolean" : "an enum of " + values.size() + " value" + (values.size() == 1 ? "" : "s");
        String column = ctx.prisma() ? c.declaredName() : c.name();
        String head = (ctx.prisma() ? "@@index([" + column + "])" : "index " + (i.name() != null ? i.name() + " " : "") + "(" + column + ")")
                + " on " + ctx.name(t) + " covers only " + ctx.name(t, c) + ", " + what + ", so it rarely narrows a search; ";
        // The predicate is SQL (also inside Prisma's raw()): database names and values.
        String sqlColumn = SqlSource.quote(c.name(), ctx.dialect());
        String predicate = bool ? sqlColumn : sqlColumn + " = '" + values.get(0).replace("'", "''") + "'";
        String partial = ctx.prisma() ? "a partial @@index(..., where: raw(\"" + predicate.replace("\"", "\\\"") + "\")) (preview feature partialIndexes)"
                : "a partial index on the rows you look for (CREATE INDEX ... WHERE " + predicate + ")";
        String composite = ctx.prisma() ? "a composite @@index([" + column + ", <a more selective field>])"
                : "a composite index that adds a more selective column";
        boolean partialIndexes = ctx.dialect() != Dialect.MYSQL;
        return head + (partialIndexes ? "use " + partial + " or " + composite : "use " + composite);
    }
}
