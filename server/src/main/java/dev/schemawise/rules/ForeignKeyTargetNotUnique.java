package dev.schemawise.rules;

import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Table;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code foreign-key-target-not-unique}: a foreign key references a primary key or a unique key of its target. */
public final class ForeignKeyTargetNotUnique implements Rule {
    public static final RuleInfo INFO = new RuleInfo("foreign-key-target-not-unique", "keys", Severity.ERROR, true, RuleInfo.ALL,
            RuleInfo.Scope.SCHEMA,
            "The columns a foreign key references are the primary key, a unique constraint or a unique index of the referenced table.",
            """
            A foreign key says "this row belongs to exactly one row over there"; that only holds when the \
            referenced columns identify one row. PostgreSQL refuses to create the constraint ("there is no \
            unique constraint matching given keys"), SQLite accepts it but fails every later write on the \
            table with "foreign key mismatch", Prisma rejects the relation, and MySQL accepts an index that is \
            not unique only as a deprecated extension (refused by default since 8.4), after which one child can \
            match many parents. The key must have exactly the referenced columns (in any order): a unique key \
            on more or fewer columns, a partial unique index or a unique expression index does not count. A \
            REFERENCES clause without a column list means the target's primary key, so the target must have one.

            Bad:

                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
                CREATE TABLE invites (id bigint PRIMARY KEY, email text REFERENCES users (email));

            Good:

                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);

            In Prisma: references: [email] needs email String @unique on the referenced model.
            """, RuleInfo.Fixes.NONE, List.of());

    private static final Pattern PRISMA_REFERENCES = Pattern.compile("\\breferences\\s*:\\s*\\[[^\\]]*]");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext ctx) {
        for (Table t : ctx.schema().tables()) {
            if (t.origin() == Table.Origin.PRISMA_IMPLICIT) continue;
            for (ForeignKey fk : t.foreignKeys()) {
                Table target = SchemaFacts.referencedTable(ctx, fk);
                if (target == null) continue; // unknown-reference reports it
                String file = fk.source().file();
                if (fk.targetColumns().isEmpty()) {
                    if (target.primaryKey() == null && !ctx.prisma()) {
                        ctx.report(file, at(ctx, fk), "foreign key (" + String.join(", ", fk.columns()) + ") of " + ctx.name(t) + " references "
                                + ctx.targetName(fk) + " without a column list, which means its primary key, but " + ctx.targetName(fk)
                                + " has none. Give " + ctx.targetName(fk) + " a primary key or name the referenced unique columns", List.of());
                    }
                    continue;
                }
                if (fk.targetColumns().stream().anyMatch(c -> target.column(c) == null)) continue; // unknown-reference reports it
                if (SchemaFacts.isUniqueKey(target, fk.targetColumns(), ctx.dialect())) continue;
                ctx.report(file, at(ctx, fk), message(ctx, t, fk, target), List.of());
            }
        }
    }

    private static String message(RuleContext ctx, Table t, ForeignKey fk, Table target) {
        List<String> referenced = new ArrayList<>();
        for (String c : fk.targetColumns()) referenced.add(ctx.prisma() ? PrismaSource.fieldName(target, c) : c);
        String list = String.join(", ", referenced);
        boolean several = referenced.size() > 1;
        if (ctx.prisma()) {
            return "relation " + t.declaredName() + "." + fk.relationField() + " references " + (several ? target.declaredName() + "'s fields " + list : target.declaredName() + "." + list)
                    + ", which " + (several ? "are" : "is") + " neither its @id nor @unique, so Prisma rejects it. Add "
                    + (several ? "@@unique([" + list + "])" : "@unique to " + target.declaredName() + "." + list) + " or reference its @id";
        }
        String consequence = switch (ctx.dialect()) {
            case POSTGRESQL -> "PostgreSQL refuses this foreign key";
            case SQLITE -> "SQLite fails writes to " + t.name().name() + " with \"foreign key mismatch\"";
            case MYSQL -> "a " + t.name().name() + " row could match several " + ctx.targetName(fk) + " rows (MySQL 8.4 refuses it)";
        };
        return "foreign key (" + String.join(", ", fk.columns()) + ") of " + ctx.name(t) + " references " + ctx.targetName(fk) + " (" + list + "), which "
                + (several ? "are" : "is") + " neither its primary key nor unique, so " + consequence + ". Add a unique constraint on "
                + ctx.targetName(fk) + " (" + list + ") or reference its primary key";
    }

    /** The referenced column list (SQL "(email)", Prisma "references: [email]"), else the foreign key. */
    private static Span at(RuleContext ctx, ForeignKey fk) {
        Span range = null;
        if (ctx.prisma()) {
            String text = ctx.text(fk.source().file());
            if (fk.actionsRange() != null && fk.actionsRange().end() <= text.length()) {
                Matcher m = PRISMA_REFERENCES.matcher(text).region(fk.actionsRange().start(), fk.actionsRange().end());
                if (m.find()) range = ctx.span(fk.source().file(), m.start(), m.end());
            }
        } else {
            range = SqlSource.referencedColumnsRange(ctx, fk);
            if (range == null) range = SqlSource.referencedTableRange(ctx, fk);
        }
        return range != null ? range : fk.source().nameRange();
    }
}
