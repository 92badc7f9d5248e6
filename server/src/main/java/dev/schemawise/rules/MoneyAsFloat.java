package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Table;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code money-as-float}: amounts of money are exact decimals, not binary floating point. */
public final class MoneyAsFloat implements Rule {
    public static final RuleInfo INFO = new RuleInfo("money-as-float", "types", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Money (prices, amounts, costs, totals, fees, balances) is stored as an exact decimal, not as float, double or real.",
            """
            Binary floating point cannot represent most decimal fractions: 0.10 is stored as \
            0.1000000000000000055511151231257827, 0.1 + 0.2 is 0.30000000000000004, and sums of many prices \
            drift by cents that no longer reconcile with the payment provider, the invoice or the ledger. \
            Rounding each value on display hides the error until two totals that should match do not. An exact \
            type (numeric/decimal with a fixed scale) stores what was written and adds exactly.

            The rule looks at columns typed float, double, real (in Prisma: Float) whose name is price, amount, \
            cost, total, subtotal, balance, fee, salary, tax or revenue, or ends in _price, _amount, _cost, \
            _total or _fee (camelCase too: unitPrice). A bare discount is left alone, as it is often a rate \
            (0.05 for 5%) rather than money. The fix changes the type to numeric(12, 2) (MySQL DECIMAL(12,2), \
            or DECIMAL(M,D) for a FLOAT(M,D) or DOUBLE(M,D), \
            Prisma Decimal @db.Decimal(12, 2)); adjust precision and scale to your currency and range. SQLite \
            has no exact decimal type: NUMERIC there tells drivers and ORMs to read the value as a decimal, but \
            the file still stores a float, so integer cents are the sturdier choice. The fix is never applied \
            in bulk: it changes how the application reads the column.

            Bad:

                CREATE TABLE products (id bigint PRIMARY KEY, unit_price double precision NOT NULL);

            Good:

                CREATE TABLE products (id bigint PRIMARY KEY, unit_price numeric(12, 2) NOT NULL);

            In Prisma: unitPrice Decimal @db.Decimal(12, 2) instead of unitPrice Float.
            """, RuleInfo.Fixes.CHOICES, List.of());

    /** Names (in snake form) of amounts of money. */
    private static final Set<String> MONEY = Set.of("price", "amount", "cost", "total", "subtotal", "sub_total", "balance", "fee", "salary", "tax", "revenue");

    /** Last words of the names of amounts of money: unit_price, total_amount, shipping_cost, grand_total, late_fee. */
    private static final Set<String> MONEY_SUFFIXES = Set.of("price", "amount", "cost", "total", "fee");

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
        // A partition repeats its parent's columns; the parent is where they are decided and changed.
        Set<Table> partitions = SchemaFacts.partitions(ctx);
        for (Table t : ctx.tables()) {
            if (partitions.contains(t)) continue;
            boolean retypable = !SchemaFacts.hasAttachedPartitions(ctx, t, partitions);
            for (Column c : t.columns()) {
                if (!c.type().family().isFloatingPoint() || c.type().isArray() || !isMoney(c.declaredName())) continue;
                String suggestion = suggestion(ctx, c);
                String message = ctx.name(t, c) + " holds money as " + shown(ctx, c) + ", which cannot represent most cents exactly and drifts in sums; use "
                        + suggestion + (ctx.dialect() == Dialect.SQLITE ? " (or integer cents: SQLite has no exact decimal)" : "");
                List<Fix> fixes = new ArrayList<>();
                fixes.add(retypable ? fix(ctx, c, suggestion) : null);
                SourceRef at = ctx.prisma() ? SourceRef.of(c.source().file(), c.typeRange()) : SqlSource.typeSpan(ctx, c);
                ctx.report(at.file(), at.range(), message, fixes);
            }
        }
    }

    private static boolean isMoney(String name) {
        String snake = SchemaFacts.snake(name);
        if (MONEY.contains(snake)) return true;
        List<String> words = SchemaFacts.words(name);
        return words.size() > 1 && MONEY_SUFFIXES.contains(words.get(words.size() - 1));
    }

    private static String shown(RuleContext ctx, Column c) {
        return ctx.prisma() ? PrismaSource.typeName(ctx, c) : SqlSource.baseType(c);
    }

    private static String suggestion(RuleContext ctx, Column c) {
        if (ctx.prisma()) return ctx.dialect() == Dialect.SQLITE ? "Decimal" : "Decimal @db.Decimal(12, 2)";
        List<String> args = c.type().arguments();
        return switch (ctx.dialect()) {
            // MySQL's FLOAT(M,D) and DOUBLE(M,D) already say how many digits the author wanted.
            case MYSQL -> args.size() == 2 ? "DECIMAL(" + args.get(0).trim() + "," + args.get(1).trim() + ")" : "DECIMAL(12,2)";
            case SQLITE -> "NUMERIC";
            default -> "numeric(12, 2)";
        };
    }

    private static Fix fix(RuleContext ctx, Column c, String suggestion) {
        if (!ctx.prisma()) {
            String written = SqlSource.matchCase(SqlSource.baseType(c), suggestion.toLowerCase(java.util.Locale.ROOT));
            TextEdit edit = SqlSource.replaceType(ctx, c, written);
            return edit == null ? null : Edits.choice("Change the type to " + written, edit);
        }
        TextEdit type = PrismaSource.replaceTypeName(ctx, c, "Decimal");
        if (type == null) return null;
        if (ctx.dialect() == Dialect.SQLITE) return Edits.choice("Change the type to Decimal", type);
        PrismaAst.Attribute nativeType = PrismaSource.nativeType(ctx, c);
        TextEdit precision = nativeType != null
                ? Edits.replace(ctx, c.source().file(), nativeType.range().start(), nativeType.range().end(), "@db.Decimal(12, 2)")
                : PrismaSource.addFieldAttribute(ctx, c, "@db.Decimal(12, 2)");
        return Edits.choice("Change the type to Decimal @db.Decimal(12, 2)", type, precision);
    }
}
