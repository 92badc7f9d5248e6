package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.ReferentialAction;
import dev.schemawise.model.Table;
import java.util.ArrayList;
import java.util.List;

/** {@code require-on-delete}: every foreign key says what happens when the referenced row is deleted. */
public final class RequireOnDelete implements Rule {
    public static final RuleInfo INFO = new RuleInfo("require-on-delete", "keys", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Every foreign key (Prisma relation) states its ON DELETE behaviour.",
            """
            Without ON DELETE, SQL databases use NO ACTION: deleting a referenced row fails while children \
            exist. That may be what you want, but it should be a decision, written down: CASCADE deletes the \
            children with the parent (order lines with their order), RESTRICT refuses the delete (orders of a \
            customer), SET NULL detaches them (a post whose author left). Prisma defaults to Restrict for \
            required relations and SetNull for optional ones when onDelete is omitted. The fixes offer each \
            sensible action; none is applied in bulk, since the choice is yours.

            Bad:

                user_id bigint NOT NULL REFERENCES users (id)

            Good:

                user_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT

            In Prisma: @relation(fields: [userId], references: [id], onDelete: Restrict).
            """, RuleInfo.Fixes.CHOICES, List.of());

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
                if (fk.onDelete() != null || t.origin() == Table.Origin.PRISMA_IMPLICIT) continue;
                boolean nullable = fk.columns().stream().allMatch(c -> {
                    Column col = t.column(c);
                    return col != null && col.nullable();
                });
                String message;
                if (ctx.prisma()) {
                    message = "relation " + t.declaredName() + "." + fk.relationField() + " has no onDelete; Prisma then uses "
                            + (nullable ? "SetNull" : "Restrict") + " implicitly. Say what deleting a " + ctx.targetName(fk)
                            + " does to its " + t.declaredName() + " rows: " + (nullable ? "Cascade, Restrict or SetNull" : "Cascade or Restrict");
                } else {
                    message = "foreign key (" + String.join(", ", fk.columns()) + ") of " + ctx.name(t) + " → " + ctx.targetName(fk)
                            + " has no ON DELETE clause, so deleting a referenced row fails (NO ACTION); choose "
                            + (nullable ? "CASCADE, RESTRICT or SET NULL" : "CASCADE or RESTRICT");
                }
                ctx.report(fk.source(), message, fixes(ctx, fk, nullable).toArray(new Fix[0]));
            }
        }
    }

    private static List<Fix> fixes(RuleContext ctx, ForeignKey fk, boolean nullable) {
        List<ReferentialAction> actions = new ArrayList<>(List.of(ReferentialAction.CASCADE, ReferentialAction.RESTRICT));
        if (nullable) actions.add(ReferentialAction.SET_NULL);
        List<Fix> out = new ArrayList<>();
        for (ReferentialAction a : actions) {
            if (ctx.prisma()) {
                TextEdit e = PrismaSource.addRelationArgument(ctx, fk, "onDelete: " + a.prisma());
                if (e != null) out.add(Edits.choice("Add onDelete: " + a.prisma(), e));
            } else if (fk.actionsRange() != null) {
                out.add(Edits.choice("Add ON DELETE " + a.sql(), Edits.insert(ctx, fk.source().file(), fk.actionsRange().end(), " ON DELETE " + a.sql())));
            }
        }
        return out;
    }
}
