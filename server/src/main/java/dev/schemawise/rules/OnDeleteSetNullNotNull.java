package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.ReferentialAction;
import dev.schemawise.model.Table;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code on-delete-set-null-not-null}: ON DELETE SET NULL only on foreign keys whose columns can be NULL. */
public final class OnDeleteSetNullNotNull implements Rule {
    public static final RuleInfo INFO = new RuleInfo("on-delete-set-null-not-null", "keys", Severity.ERROR, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "A foreign key with ON DELETE SET NULL (Prisma onDelete: SetNull) has only nullable columns.",
            """
            ON DELETE SET NULL answers the deletion of a referenced row by writing NULL into the referencing \
            columns. When one of them is NOT NULL, that cannot happen: PostgreSQL and SQLite reject the DELETE \
            of the parent with a not-null violation, so the action silently turns into "deleting is impossible"; \
            MySQL refuses to create the constraint at all; Prisma rejects the schema for MySQL and SQLite and \
            warns for PostgreSQL. Decide what deleting the parent should do: detach the children (make the columns \
            nullable), delete them too (CASCADE) or refuse (RESTRICT). The fixes offer the three, one by one.

            Bad:

                CREATE TABLE posts (
                  id bigint PRIMARY KEY,
                  author_id bigint NOT NULL REFERENCES users (id) ON DELETE SET NULL
                );

            Good:

                CREATE TABLE posts (
                  id bigint PRIMARY KEY,
                  author_id bigint REFERENCES users (id) ON DELETE SET NULL
                );

            In Prisma: author User? @relation(fields: [authorId], references: [id], onDelete: SetNull) with \
            authorId Int? (both optional), or onDelete: Cascade / Restrict on a required relation.
            """, RuleInfo.Fixes.CHOICES, List.of());

    private static final Pattern SQL_SET_NULL = Pattern.compile("(?i)\\bON\\s+DELETE\\s+(SET\\s+NULL)\\b");
    private static final Pattern PRISMA_SET_NULL = Pattern.compile("\\bonDelete\\s*:\\s*(SetNull)\\b");
    private static final Pattern NOT_NULL = Pattern.compile("(?i)(?<=\\S)(?<!\\bIS)\\s+NOT\\s+NULL\\b");

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
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.onDelete() != ReferentialAction.SET_NULL) continue;
                List<Column> required = new ArrayList<>();
                for (String name : fk.columns()) {
                    Column c = t.column(name);
                    if (c != null && !c.nullable()) required.add(c);
                }
                if (required.isEmpty()) continue;
                Matcher action = actionIn(ctx, fk);
                String file = fk.source().file();
                Span range = action != null ? ctx.span(file, action.start(), action.end()) : fk.source().nameRange();
                ctx.report(file, range, message(ctx, t, fk, required), fixes(ctx, t, fk, required, action));
            }
        }
    }

    /** The ON DELETE SET NULL clause (Prisma: onDelete: SetNull) inside the foreign key's REFERENCES clause or @relation. */
    private static Matcher actionIn(RuleContext ctx, ForeignKey fk) {
        if (fk.actionsRange() == null) return null;
        String text = ctx.text(fk.source().file());
        if (fk.actionsRange().end() > text.length()) return null;
        Matcher m = (ctx.prisma() ? PRISMA_SET_NULL : SQL_SET_NULL).matcher(text);
        m.region(fk.actionsRange().start(), fk.actionsRange().end());
        return m.find() ? m : null;
    }

    private static String message(RuleContext ctx, Table t, ForeignKey fk, List<Column> required) {
        List<String> names = new ArrayList<>();
        for (Column c : required) names.add(ctx.prisma() ? c.declaredName() : c.name());
        String list = String.join(", ", names);
        boolean several = required.size() > 1;
        if (ctx.prisma()) {
            return "relation " + t.declaredName() + "." + fk.relationField() + " has onDelete: SetNull, but field" + (several ? "s " : " ")
                    + list + (several ? " are" : " is") + " required, so deleting a " + ctx.targetName(fk) + " cannot set "
                    + (several ? "them" : "it") + " to NULL and fails (" + (ctx.dialect() == Dialect.POSTGRESQL ? "prisma validate warns about it" : "Prisma rejects the schema")
                    + "). Make " + list
                    + (relationOptional(ctx, fk) ? "" : " and " + fk.relationField()) + " optional (?), or use onDelete: Cascade or Restrict";
        }
        String consequence = ctx.dialect() == Dialect.MYSQL ? "MySQL refuses to create this constraint"
                : "deleting a referenced " + ctx.targetName(fk) + " row fails instead";
        return "foreign key (" + String.join(", ", fk.columns()) + ") of " + ctx.name(t) + " → " + ctx.targetName(fk) + " has ON DELETE SET NULL, but "
                + (several ? "columns " : "column ") + t.name().name() + "." + (several ? "{" + list + "}" : list) + (several ? " are" : " is")
                + " NOT NULL, so " + consequence + ". Make " + list + " nullable, or use ON DELETE CASCADE or RESTRICT";
    }

    private static List<Fix> fixes(RuleContext ctx, Table t, ForeignKey fk, List<Column> required, Matcher action) {
        List<Fix> out = new ArrayList<>();
        out.add(nullable(ctx, t, fk, required));
        if (action != null) {
            String file = fk.source().file();
            for (ReferentialAction a : List.of(ReferentialAction.CASCADE, ReferentialAction.RESTRICT)) {
                String replacement = ctx.prisma() ? a.prisma() : a.sql();
                out.add(Edits.choice((ctx.prisma() ? "Use onDelete: " : "Use ON DELETE ") + replacement,
                        Edits.replace(ctx, file, action.start(1), action.end(1), replacement)));
            }
        }
        return out;
    }

    /** Makes every required column nullable (Prisma: the scalar fields and the relation field optional), or null when that cannot be written. */
    private static Fix nullable(RuleContext ctx, Table t, ForeignKey fk, List<Column> required) {
        List<TextEdit> edits = new ArrayList<>();
        List<String> primaryKey = t.primaryKey() == null ? List.of() : t.primaryKey().columns();
        for (Column c : required) {
            if (primaryKey.stream().anyMatch(k -> k.equalsIgnoreCase(c.name()))) return null;
            TextEdit e = ctx.prisma() ? PrismaSource.addOptional(ctx, c.source().file(), c.typeRange().end()) : dropNotNull(ctx, c);
            if (e == null) return null;
            edits.add(e);
        }
        boolean relationOptional = !ctx.prisma() || relationOptional(ctx, fk);
        if (!relationOptional) {
            Span relationType = PrismaSource.fieldTypeRange(ctx, fk.source());
            if (relationType == null) return null;
            edits.add(PrismaSource.addOptional(ctx, fk.source().file(), relationType.end()));
        }
        List<String> names = new ArrayList<>();
        for (Column c : required) names.add(ctx.prisma() ? c.declaredName() : c.name());
        String title = ctx.prisma() ? "Make " + String.join(", ", names) + (relationOptional ? "" : " and " + fk.relationField()) + " optional"
                : "Make " + String.join(", ", names) + " nullable";
        return Edits.choice(title, edits.toArray(new TextEdit[0]));
    }

    /** Whether a Prisma relation field is written optional ({@code User?}). */
    private static boolean relationOptional(RuleContext ctx, ForeignKey fk) {
        Span type = PrismaSource.fieldTypeRange(ctx, fk.source());
        return type != null && ctx.text(fk.source().file()).charAt(type.end() - 1) == '?';
    }

    /** Deletes the NOT NULL of a column defined in one place, or null when it is not written there. */
    private static TextEdit dropNotNull(RuleContext ctx, Column c) {
        if (c.history().size() > 1) return null;
        String text = ctx.text(c.source().file());
        int start = c.typeRange().end();
        int end = c.source().range().end();
        if (start > end || end > text.length()) return null;
        Matcher m = NOT_NULL.matcher(text).useTransparentBounds(true);
        m.region(start, end);
        if (!m.find()) return null;
        return Edits.replace(ctx, c.source().file(), m.start(), m.end(), "");
    }
}
