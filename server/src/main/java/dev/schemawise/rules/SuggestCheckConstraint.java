package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.workspace.SchemaUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code suggest-check-constraint}: quantities and amounts, and free-text statuses, are constrained to their valid values. */
public final class SuggestCheckConstraint implements Rule {
    public static final RuleInfo INFO = new RuleInfo("suggest-check-constraint", "constraints", Severity.INFO, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Quantities and amounts have a CHECK constraint on their range, and free-text statuses a CHECK or an enum listing their values.",
            """
            A type says what shape a value has, not whether it makes sense: an integer quantity accepts -3, a \
            text status accepts "shiped". Application validation misses the rows written by scripts, imports, \
            other services and bugs; a CHECK constraint holds for every row, and documents the rule where \
            everyone reading the schema sees it.

            The rule looks at numeric columns named like quantities and amounts (price, amount, quantity, qty, \
            count and *_count, age, stock, total, subtotal, cost, fee) that no CHECK constraint mentions, and at \
            text columns named status, state, type or kind (or *_status...) that are neither checked, nor an \
            enum, nor a foreign key to a table of values. MySQL's UNSIGNED counts as a check of >= 0. Left \
            alone: MIME types (content_type, or a column that defaults to one like 'application/json', in its \
            table or under the same name in another), Rails-style polymorphic type columns (commentable_type \
            beside commentable_id), the state of a postal address, columns whose comment records the decision \
            ("intentionally not an enum", "external status"), and partitions (their parent is checked). For \
            amounts the fix adds CHECK (column >= 0) to the column; it is offered, not applied in bulk, since a \
            ledger may hold negative amounts on purpose and existing rows may violate it.

            Bad:

                CREATE TABLE order_items (
                  id bigint PRIMARY KEY,
                  quantity integer NOT NULL,
                  status text NOT NULL
                );

            Good:

                CREATE TABLE order_items (
                  id bigint PRIMARY KEY,
                  quantity integer NOT NULL CHECK (quantity > 0),
                  status text NOT NULL CHECK (status IN ('pending', 'shipped', 'returned'))
                );

            Prisma cannot declare CHECK constraints: give a status an enum type, and add the CHECK of an \
            amount in a SQL migration (prisma migrate dev --create-only, then edit the migration). The rule \
            reads the migrations folder beside the Prisma schema, so a CHECK written there counts.
            """, RuleInfo.Fixes.CHOICES, List.of());

    /** Last words of the names of quantities and amounts, which are never negative. */
    private static final Set<String> AMOUNTS = Set.of("price", "amount", "quantity", "qty", "count", "age", "stock", "total", "subtotal", "cost", "fee");

    /** Last words of the names of columns holding one of a few known values. */
    private static final Set<String> CATEGORIES = Set.of("status", "state", "type", "kind");

    /** First words of the names of columns holding MIME types, an open set. */
    private static final Set<String> MIME = Set.of("content", "mime", "media");

    private static final Pattern MIME_LITERAL = Pattern.compile("['\"](application|text|image|audio|video|multipart)/[^'\"]*['\"]");

    /** A column comment recording that free text was chosen, or that the values belong to another system. */
    private static final Pattern DECIDED = Pattern.compile("(?i)\\bintentional(ly)?\\b|\\bdeliberate(ly)?\\b|\\bnot an enum\\b|\\bfree[- ]?(form|text)\\b|\\bexternal\\b|\\bopen[- ]ended\\b");

    private static final Pattern UNSIGNED = Pattern.compile("(?i)\\bunsigned\\b");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * What it finds about a model depends on that model, the names of the columns that hold MIME types, and the CHECKs
     * of the migrations kept in step with a Prisma schema (see {@link Rule#perTable()}).
     */
    @Override
    public boolean perTable() {
        return true;
    }

    @Override
    public Object environment(RuleContext ctx) {
        List<Object> out = new ArrayList<>();
        out.add(mimeTypedNames(ctx));
        if (!ctx.prisma()) return out;
        for (SchemaUnit unit : ctx.workspace().units()) {
            if (unit.kind() != SchemaUnit.Kind.MIGRATIONS || !Analyzer.isDerived(unit, ctx.workspace())) continue;
            for (Table t : unit.schema().tables()) {
                for (dev.schemawise.model.CheckConstraint check : t.checks()) out.add(List.of(t.name(), check.columns(), String.valueOf(check.expression())));
            }
        }
        return out;
    }

    @Override
    public void check(RuleContext ctx) {
        // A partition repeats its parent's columns; the parent is where they are decided and changed.
        Set<Table> partitions = SchemaFacts.partitions(ctx);
        Set<String> mimeNames = mimeTypedNames(ctx);
        for (Table t : ctx.tables()) {
            if (partitions.contains(t) || t.origin() == Table.Origin.PRISMA_IMPLICIT) continue;
            for (Column c : t.columns()) {
                if (c.generated() != null || c.type().isArray() || SchemaFacts.isForeignKeyColumn(t, c) || isPrimaryKey(t, c)) continue;
                List<String> words = SchemaFacts.words(c.declaredName());
                if (words.isEmpty()) continue;
                String last = words.get(words.size() - 1);
                if (AMOUNTS.contains(last) && c.type().family().isNumeric() && !checked(ctx, t, c) && !isUnsigned(ctx, c)) {
                    reportAmount(ctx, t, c, last);
                } else if (CATEGORIES.contains(last) && isFreeText(c) && !checked(ctx, t, c) && !isOpenSet(t, c, words, mimeNames, SchemaFacts.notes(ctx, c))) {
                    reportCategory(ctx, t, c);
                }
            }
        }
    }

    private static boolean isFreeText(Column c) {
        return c.type().family() == TypeFamily.TEXT || c.type().family() == TypeFamily.VARCHAR;
    }

    /**
     * Categories whose values are open-ended, owned by code or by another system, or documented as free text on purpose:
     * MIME types, polymorphic type columns, places, and comments like "intentionally not an enum" or "external status".
     */
    private static boolean isOpenSet(Table t, Column c, List<String> words, Set<String> mimeNames, String notes) {
        String last = words.get(words.size() - 1);
        if (DECIDED.matcher(notes).find()) return true;
        if (last.equals("type") && words.size() > 1 && MIME.contains(words.get(0))) return true;
        if (mimeNames.contains(SchemaFacts.snake(c.declaredName()))) return true;
        if (last.equals("state") && SchemaFacts.holdsAddresses(t)) return true;
        if (last.equals("type") && words.size() > 1) {
            // Rails polymorphic associations: commentable_type names the class of commentable_id's row.
            String owner = String.join("_", words.subList(0, words.size() - 1));
            for (Column other : t.columns()) {
                if (SchemaFacts.snake(other.declaredName()).equals(owner + "_id")) return true;
            }
        }
        return false;
    }

    /**
     * Names of columns that default to a MIME type ('application/json') anywhere in the schema: a column of the same name
     * elsewhere (TaskEvent.payloadType beside TaskRun.payloadType) holds MIME types too, even without the default.
     */
    private static Set<String> mimeTypedNames(RuleContext ctx) {
        // once per schema, for environment() and check() both
        return Memo.of(ctx.schema(), "MIME-typed column names", () -> {
            Set<String> out = new java.util.HashSet<>();
            for (Table t : ctx.schema().tables()) {
                for (Column c : t.columns()) {
                    if (c.defaultValue() != null && MIME_LITERAL.matcher(c.defaultValue()).find()) out.add(SchemaFacts.snake(c.declaredName()));
                }
            }
            return Set.copyOf(out);
        });
    }

    /** A CHECK mentions the column; for a Prisma schema, in the table of its migrations folder (where CHECKs are written). */
    private static boolean checked(RuleContext ctx, Table t, Column c) {
        if (SchemaFacts.isChecked(t, c.name(), ctx.dialect())) return true;
        if (!ctx.prisma()) return false;
        for (SchemaUnit unit : ctx.workspace().units()) {
            if (unit.kind() != SchemaUnit.Kind.MIGRATIONS || !Analyzer.isDerived(unit, ctx.workspace())) continue;
            Table migrated = unit.schema().table(t.name());
            if (migrated != null && SchemaFacts.isChecked(migrated, c.name(), unit.dialect())) return true;
        }
        return false;
    }

    private static boolean isUnsigned(RuleContext ctx, Column c) {
        if (ctx.prisma()) return c.type().raw().contains("@db.Unsigned");
        String text = ctx.text(c.source().file());
        int start = c.typeRange().start();
        int end = c.source().range().end();
        return start <= end && end <= text.length() && UNSIGNED.matcher(text.substring(start, end)).find();
    }

    private static boolean isPrimaryKey(Table t, Column c) {
        return t.primaryKey() != null && t.primaryKey().columns().contains(c.name());
    }

    private static void reportAmount(RuleContext ctx, Table t, Column c, String noun) {
        String check = "CHECK (" + SqlSource.quote(c.name(), ctx.dialect()) + " >= 0)";
        if (ctx.prisma()) {
            ctx.report(c.source(), ctx.name(t, c) + " accepts a negative " + noun + "; Prisma cannot declare CHECK constraints, so add "
                    + check + " on " + t.name().name() + " in a SQL migration");
            return;
        }
        TextEdit edit = SqlSource.appendToColumn(ctx, c, check);
        ctx.report(c.source().file(), c.source().nameRange(), ctx.name(t, c) + " has no CHECK constraint, so a negative " + noun
                + " is accepted; add " + check + " (or the range that is valid)", Arrays.asList(edit == null ? null : Edits.choice("Add " + check, edit)));
    }

    private static void reportCategory(RuleContext ctx, Table t, Column c) {
        String column = ctx.prisma() ? c.declaredName() : c.name();
        if (ctx.prisma()) {
            ctx.report(c.source(), ctx.name(t, c) + " is a free-text String, so any typo is a new " + column
                    + "; declare an enum listing its values and use it as the type");
            return;
        }
        String alternative = ctx.dialect() == Dialect.POSTGRESQL ? " or an enum type"
                : ctx.dialect() == Dialect.MYSQL ? " or ENUM(...)" : "";
        ctx.report(c.source(), ctx.name(t, c) + " is free text, so any typo is a new " + column + "; constrain it with CHECK ("
                + SqlSource.quote(c.name(), ctx.dialect()) + " IN (...))" + alternative);
    }
}
