package dev.schemawise.rules;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Table;
import java.util.ArrayList;
import java.util.List;

/** {@code require-fk-index}: the columns of every foreign key are the leading columns of some index. */
public final class RequireFkIndex implements Rule {
    public static final RuleInfo INFO = new RuleInfo("require-fk-index", "indexes", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Foreign key columns lead some index, so joins and deletes of the referenced row do not scan the table.",
            """
            PostgreSQL and SQLite do not index foreign key columns by themselves. Without an index, every \
            DELETE or key UPDATE on the referenced table scans the referencing table to check the constraint \
            (holding locks meanwhile), and every join from parent to children is a sequential scan. An index \
            whose leading columns are the foreign key columns (in any order), a primary key or a unique \
            constraint starting with them, counts. MySQL's InnoDB creates such an index itself, so the rule is \
            silent on MySQL, except for Prisma schemas with relationMode = "prisma", which have no foreign keys \
            in the database at all and so no automatic index either (Prisma's documentation asks for @@index).

            Bad:

                CREATE TABLE orders (
                  id bigint PRIMARY KEY,
                  user_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT
                );

            Good:

                CREATE TABLE orders (...);
                CREATE INDEX orders_user_id_idx ON orders (user_id);

            In Prisma: @@index([userId]). The fix adds exactly that index.
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

    @Override
    public void check(RuleContext ctx) {
        boolean emulated = ctx.prisma() && "prisma".equals(ctx.unit().relationMode());
        if (ctx.dialect() == Dialect.MYSQL && !emulated) return;
        for (Table t : ctx.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.columns().isEmpty() || SchemaFacts.isLeadingIndexed(t, fk.columns(), ctx.dialect())) continue;
                String columns = String.join(", ", display(ctx, t, fk.columns()));
                String target = ctx.targetName(fk);
                String message = "foreign key " + (ctx.prisma() ? "field" + (fk.columns().size() > 1 ? "s " : " ") : "(")
                        + columns + (ctx.prisma() ? "" : ")") + " of " + ctx.name(t) + " → " + target
                        + " has no index starting with " + (fk.columns().size() > 1 ? "them" : "it")
                        + "; deletes in " + target + " and joins to it will scan " + (ctx.prisma() ? t.declaredName() : t.name().name())
                        + (ctx.prisma() ? ". Add @@index([" + columns + "])" : ". Add an index on (" + columns + ")");
                ctx.report(fk.source(), message, () -> java.util.Arrays.asList(fix(ctx, t, fk)));
            }
        }
    }

    private static List<String> display(RuleContext ctx, Table t, List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) out.add(ctx.prisma() ? PrismaSource.fieldName(t, c) : c);
        return out;
    }

    private static Fix fix(RuleContext ctx, Table t, ForeignKey fk) {
        if (ctx.prisma()) {
            String fields = String.join(", ", display(ctx, t, fk.columns()));
            return Edits.safe("Add @@index([" + fields + "])", PrismaSource.addBlockAttribute(ctx, t, "@@index([" + fields + "])"));
        }
        String name = SqlSource.indexName(t.name(), fk.columns(), "idx", ctx.dialect());
        String sql = SqlSource.createIndex(ctx.dialect(), t.name(), name, fk.columns(), false);
        return Edits.safe("Add index " + name, SqlSource.afterStatement(ctx, t.source().file(), t.source().range(), sql));
    }
}
