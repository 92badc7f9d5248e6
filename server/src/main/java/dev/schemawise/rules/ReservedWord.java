package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Index;
import dev.schemawise.model.Table;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code reserved-word}: table, column, index and constraint names are not reserved words of the dialect. */
public final class ReservedWord implements Rule {
    public static final RuleInfo INFO = new RuleInfo("reserved-word", "naming", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Table, column, index and constraint names are not reserved words of the database (user, order, group...).",
            """
            A name spelled like a reserved word (user, order, group in PostgreSQL; key, index, rank in MySQL) \
            can only be used quoted: every query, every hand-written migration, every tool and every teammate \
            must remember to write "order" or `order`, and the one that forgets gets a syntax error, or in \
            PostgreSQL something worse: SELECT user FROM accounts returns the name of the database role, not \
            the column. Words are checked against the schema's dialect: PostgreSQL's reserved key words, MySQL \
            8.0's reserved words, the key words SQLite refuses as bare names. In PostgreSQL a name with capital \
            letters ("Order") must be quoted anyway for its case, so only lower-case names are reported there.

            Bad:

                CREATE TABLE "user" (id bigint PRIMARY KEY, "order" int NOT NULL);

            Good:

                CREATE TABLE app_users (id bigint PRIMARY KEY, sort_order int NOT NULL);

            In Prisma the database names count (after @@map and @map): model user maps to table user, which \
            PostgreSQL reserves; a model User is quoted anyway because of its capital letter. A field \
            order Int becomes the column order everywhere: write position Int, or keep the field name and \
            give the column another one with @map("sort_order").

            There is no fix: renaming a table or column means changing every query that uses it (the editor's \
            rename does that in the schema).
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
        if (ctx.prisma()) {
            checkPrisma(ctx);
            return;
        }
        for (Table t : ctx.tables()) {
            String table = t.name().name();
            if (reserved(table, ctx.dialect())) {
                report(ctx, SqlSource.nameAt(ctx, t.source(), t.history(), table), "table name " + table, table);
            }
            for (Column c : t.columns()) {
                if (!reserved(c.name(), ctx.dialect())) continue;
                report(ctx, SqlSource.nameAt(ctx, c.source(), c.history(), c.name()), "column name " + table + "." + c.name(), c.name());
            }
            for (Index i : t.indexes()) {
                if (i.name() == null || !reserved(i.name(), ctx.dialect())) continue;
                report(ctx, SqlSource.nameAt(ctx, i.source(), List.of(), i.name()), "index name " + i.name() + " (on " + table + ")", i.name());
            }
            for (Constraint c : SchemaFacts.constraints(t)) {
                if (c.name() == null || !reserved(c.name(), ctx.dialect())) continue;
                report(ctx, SqlSource.nameAt(ctx, c.source(), List.of(), c.name()), "constraint name " + c.name() + " (on " + table + ")", c.name());
            }
        }
    }

    private static void report(RuleContext ctx, SourceRef at, String what, String name) {
        ctx.report(at, what + " is a reserved word in " + dialectName(ctx.dialect()) + ", so every statement that uses it must quote it ("
                + SqlSource.quote(name, ctx.dialect()) + "); rename it to something more specific");
    }

    private void checkPrisma(RuleContext ctx) {
        for (Table t : ctx.tables()) {
            if (t.origin() != Table.Origin.PRISMA_MODEL) continue;
            PrismaAst.Block block = PrismaSource.block(ctx, t);
            String table = t.name().name();
            if (reserved(table, ctx.dialect())) {
                PrismaAst.StringValue mapped = PrismaSource.stringArgument(block == null ? null : block.attribute("map"), "name", true);
                String message = ctx.name(t) + (mapped != null ? " maps to table " : " names its table ") + table + ", a reserved word in "
                        + dialectName(ctx.dialect()) + ", so every raw query must quote it (" + SqlSource.quote(table, ctx.dialect()) + "); "
                        + (mapped != null ? "map it to another name" : "rename the model or give it @@map(\"...\") with another name");
                ctx.report(t.source().file(), mapped != null ? ctx.span(t.source().file(), mapped.range().start(), mapped.range().end())
                        : t.source().nameRange(), message, List.of());
            }
            for (Column c : t.columns()) {
                if (!reserved(c.name(), ctx.dialect())) continue;
                PrismaAst.Field field = PrismaSource.field(block, c.declaredName());
                PrismaAst.StringValue mapped = PrismaSource.stringArgument(field == null ? null : field.attribute("map"), "name", true);
                String message = ctx.name(t, c) + (mapped != null ? " maps to column " : " names its column ") + c.name() + ", a reserved word in "
                        + dialectName(ctx.dialect()) + ", so every raw query must quote it (" + SqlSource.quote(c.name(), ctx.dialect()) + "); "
                        + (mapped != null ? "map it to another name" : "rename the field or give it @map(\"...\") with another name");
                ctx.report(c.source().file(), mapped != null ? ctx.span(c.source().file(), mapped.range().start(), mapped.range().end())
                        : c.source().nameRange(), message, List.of());
            }
        }
    }

    /** PostgreSQL folds bare names to lower case, so a name with capitals is quoted for its case whatever it spells. */
    private static boolean reserved(String name, Dialect dialect) {
        if (dialect == Dialect.POSTGRESQL && !name.equals(name.toLowerCase(Locale.ROOT))) return false;
        return ReservedWords.isReserved(name, dialect);
    }


    static String dialectName(Dialect dialect) {
        return switch (dialect) {
            case MYSQL -> "MySQL";
            case SQLITE -> "SQLite";
            default -> "PostgreSQL";
        };
    }
}
