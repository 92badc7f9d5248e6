package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Index;
import dev.schemawise.model.Table;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code identifier-too-long}: names fit the dialect's identifier limit (PostgreSQL 63 bytes, MySQL 64 characters). */
public final class IdentifierTooLong implements Rule {
    public static final RuleInfo INFO = new RuleInfo("identifier-too-long", "naming", Severity.ERROR, true,
            Set.of(RuleInfo.Target.POSTGRESQL, RuleInfo.Target.MYSQL, RuleInfo.Target.PRISMA), RuleInfo.Scope.SCHEMA,
            "Table, column, index and constraint names fit the database's limit (PostgreSQL 63 bytes, MySQL 64 characters).",
            """
            PostgreSQL keeps the first 63 bytes of a name and drops the rest with nothing but a NOTICE: the \
            table, index or constraint exists under a name other than the one in the schema file, so tools \
            that compare names (migration diffs, Prisma, Rails' schema dumps) see a difference that never goes \
            away, and two long names that share their first 63 bytes become the same name, so the second \
            CREATE fails with "already exists". MySQL refuses names over 64 characters outright, so the \
            migration fails. PostgreSQL counts bytes: a name with accented letters reaches the limit sooner. \
            SQLite has no limit and is not checked.

            Bad:

                CREATE INDEX organization_membership_invitations_organization_id_invited_by_user_id_idx
                  ON organization_membership_invitations (organization_id, invited_by_user_id);

            Good:

                CREATE INDEX org_invitations_org_id_invited_by_idx
                  ON organization_membership_invitations (organization_id, invited_by_user_id);

            The fix shortens the name the same way everywhere: it keeps the first characters and ends with \
            "_" and six characters of a hash of the full name (so two long names sharing a prefix still \
            differ), replacing every occurrence of the identifier in the schema's files, quoted or not. It is \
            safe for index and constraint names, which only DDL mentions (unless a table or column has the \
            same name); for table and column names it is offered but never applied in bulk, since \
            application queries use them too. In a migrations folder \
            no fix is offered: write a new migration that renames the object.

            In Prisma, a model or field whose database name is too long gets @@map("...") or @map("...") with \
            the short name, and a map: argument that is too long (Prisma refuses it) gets the short name. The \
            names Prisma generates when no map: is given (User_email_key, Post_authorId_fkey...) are not \
            reported: Prisma cuts them to the limit itself, keeping the suffix. The join table of an implicit \
            many-to-many relation (_CategoryToPost) is named after the models, or after the relation's name: \
            when that is too long, name the relation with a shorter @relation("...") on both fields.
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
        if (ctx.dialect() == Dialect.SQLITE) return;
        if (ctx.prisma()) {
            checkPrisma(ctx);
            return;
        }
        for (Table t : ctx.tables()) {
            String table = t.name().name();
            if (SqlSource.isTooLong(table, ctx.dialect())) {
                checkSql(ctx, "table name " + table, table, SqlSource.nameAt(ctx, t.source(), t.history(), table), false);
            }
            for (Column c : t.columns()) {
                if (!SqlSource.isTooLong(c.name(), ctx.dialect())) continue;
                checkSql(ctx, "column name " + table + "." + c.name(), c.name(), SqlSource.nameAt(ctx, c.source(), c.history(), c.name()), false);
            }
            for (Index i : t.indexes()) {
                if (i.name() == null) continue;
                if (!SqlSource.isTooLong(i.name(), ctx.dialect())) continue;
                checkSql(ctx, "index name " + i.name(), i.name(), SqlSource.nameAt(ctx, i.source(), List.of(), i.name()), !namesTableOrColumn(ctx, i.name()));
            }
            for (Constraint c : SchemaFacts.constraints(t)) {
                if (c.name() == null || !SqlSource.isTooLong(c.name(), ctx.dialect())) continue;
                checkSql(ctx, "constraint name " + c.name(), c.name(), SqlSource.nameAt(ctx, c.source(), List.of(), c.name()), !namesTableOrColumn(ctx, c.name()));
            }
        }
    }

    /**
     * Whether a table or column has the same name (MySQL's KEY long_column (long_column)): renaming every occurrence
     * would rename it too, which queries use, so the fix is then not safe.
     */
    private static boolean namesTableOrColumn(RuleContext ctx, String name) {
        for (Table t : ctx.schema().tables()) {
            if (ctx.dialect().key(t.name().name()).equals(ctx.dialect().key(name))) return true;
            for (Column c : t.columns()) {
                if (ctx.dialect().key(c.name()).equals(ctx.dialect().key(name))) return true;
            }
        }
        return false;
    }

    /** @param label how the message names it: "column name users.email_address_..." */
    private static void checkSql(RuleContext ctx, String label, String name, SourceRef at, boolean safe) {
        if (!SqlSource.isTooLong(name, ctx.dialect())) return;
        String shortName = SqlSource.shortIdentifier(name, ctx.dialect());
        List<TextEdit> edits = new ArrayList<>();
        for (String file : ctx.unit().files()) {
            String text = ctx.text(file);
            for (SqlSource.Occurrence o : SqlSource.occurrences(text, 0, text.length(), name, ctx.dialect())) {
                edits.add(Edits.replace(ctx, file, o.nameStart(), o.nameEnd(), shortName));
            }
        }
        String title = "Shorten to " + shortName + (edits.size() > 1 ? " (" + edits.size() + " occurrences)" : "");
        Fix fix = edits.isEmpty() ? null : new Fix(title, safe, edits);
        ctx.report(at.file(), at.nameRange(), label + " is " + tooLong(name, ctx.dialect()) + "; shorten it"
                + (safe ? "" : " (and the queries that use it)"), fix == null ? List.of() : List.of(fix));
    }

    /** "70 bytes long, over PostgreSQL's 63: ..." or "70 characters long, and MySQL refuses ...". */
    private static String tooLong(String name, Dialect dialect) {
        int length = SqlSource.length(name, dialect);
        if (dialect == Dialect.MYSQL) return length + " characters long, and MySQL refuses names over 64 characters";
        return length + " bytes long, over PostgreSQL's 63: it would silently be stored as " + SqlSource.truncated(name, dialect);
    }

    private void checkPrisma(RuleContext ctx) {
        for (Table t : ctx.tables()) {
            if (t.origin() == Table.Origin.PRISMA_IMPLICIT) {
                if (SqlSource.isTooLong(t.name().name(), ctx.dialect())) {
                    ctx.report(t.source(), "the join table of this implicit many-to-many relation is named " + t.name().name() + ", which is "
                            + tooLong(t.name().name(), ctx.dialect()) + "; give the relation a shorter name with @relation(\"...\") on both of its fields");
                }
                continue;
            }
            PrismaAst.Block block = PrismaSource.block(ctx, t);
            if (block == null) continue;
            String file = t.source().file();
            String table = t.name().name();
            if (SqlSource.isTooLong(table, ctx.dialect())) {
                PrismaAst.StringValue mapped = PrismaSource.stringArgument(block.attribute("map"), "name", true);
                String shortName = SqlSource.shortIdentifier(table, ctx.dialect());
                if (mapped != null) {
                    ctx.report(file, range(ctx, file, mapped), ctx.name(t) + " maps to table " + table + ", which is " + tooLong(table, ctx.dialect())
                            + "; map it to a shorter name", List.of(Edits.choice("Map to " + shortName, replaceString(ctx, file, mapped, shortName))));
                } else {
                    ctx.report(file, t.source().nameRange(), ctx.name(t) + " names its table " + table + ", which is " + tooLong(table, ctx.dialect())
                            + "; give it a shorter name with @@map(\"...\")",
                            List.of(Edits.choice("Add @@map(\"" + shortName + "\")", PrismaSource.addBlockAttribute(ctx, t, "@@map(\"" + shortName + "\")"))));
                }
            }
            for (Column c : t.columns()) {
                if (!SqlSource.isTooLong(c.name(), ctx.dialect())) continue;
                PrismaAst.Field field = PrismaSource.field(block, c.declaredName());
                PrismaAst.StringValue mapped = PrismaSource.stringArgument(field == null ? null : field.attribute("map"), "name", true);
                String shortName = SqlSource.shortIdentifier(c.name(), ctx.dialect());
                if (mapped != null) {
                    ctx.report(file, range(ctx, file, mapped), ctx.name(t, c) + " maps to column " + c.name() + ", which is "
                            + tooLong(c.name(), ctx.dialect()) + "; map it to a shorter name",
                            List.of(Edits.choice("Map to " + shortName, replaceString(ctx, file, mapped, shortName))));
                } else {
                    ctx.report(file, c.source().nameRange(), ctx.name(t, c) + " names its column " + c.name() + ", which is "
                            + tooLong(c.name(), ctx.dialect()) + "; give it a shorter name with @map(\"...\")",
                            List.of(Edits.choice("Add @map(\"" + shortName + "\")", PrismaSource.addFieldAttribute(ctx, c, "@map(\"" + shortName + "\")"))));
                }
            }
            checkPrismaMaps(ctx, t, block);
        }
    }

    private static final Set<String> NAMED_ATTRIBUTES = Set.of("id", "unique", "relation", "index", "fulltext");

    /** The names given with map: to @id, @unique, @relation, @@id, @@unique, @@index and @@fulltext (Prisma refuses long ones). */
    private static void checkPrismaMaps(RuleContext ctx, Table t, PrismaAst.Block block) {
        List<PrismaAst.Attribute> attributes = new ArrayList<>();
        for (PrismaAst.Field f : block.fields()) attributes.addAll(f.attributes());
        attributes.addAll(block.attributes());
        String file = t.source().file();
        for (PrismaAst.Attribute a : attributes) {
            if (!NAMED_ATTRIBUTES.contains(a.name())) continue;
            PrismaAst.StringValue map = PrismaSource.stringArgument(a, "map", false);
            if (map == null || !SqlSource.isTooLong(map.value(), ctx.dialect())) continue;
            String shortName = SqlSource.shortIdentifier(map.value(), ctx.dialect());
            String kind = a.name().equals("relation") ? "foreign key" : a.name().equals("index") || a.name().equals("fulltext") ? "index" : "constraint";
            ctx.report(file, range(ctx, file, map), "the " + kind + " name " + map.value() + " given to " + (a.block() ? "@@" : "@") + a.name() + " of "
                    + ctx.name(t) + " is " + tooLong(map.value(), ctx.dialect()) + ", and Prisma refuses it; shorten it",
                    List.of(Edits.safe("Shorten to " + shortName, replaceString(ctx, file, map, shortName))));
        }
    }

    private static Span range(RuleContext ctx, String file, PrismaAst.StringValue value) {
        return ctx.span(file, value.range().start(), value.range().end());
    }

    private static TextEdit replaceString(RuleContext ctx, String file, PrismaAst.StringValue value, String newValue) {
        return Edits.replace(ctx, file, value.range().start(), value.range().end(), "\"" + newValue + "\"");
    }

}
