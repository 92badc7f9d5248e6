package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code ban-char-field}: no blank-padded char(n) columns in PostgreSQL. */
public final class BanCharField implements Rule {
    public static final RuleInfo INFO = new RuleInfo("ban-char-field", "types", Severity.WARNING, true, RuleInfo.POSTGRESQL, RuleInfo.Scope.SCHEMA,
            "PostgreSQL columns are text or varchar(n), not the blank-padded char(n).",
            """
            In PostgreSQL char(n) (character(n), bpchar) pads every value with spaces to n characters and \
            ignores trailing spaces when comparing: 'ab' is stored as 'ab   ', length() and concatenation \
            drop the padding, LIKE and regular expressions see it, and a value of another length is refused \
            or silently padded. It is not faster or smaller than text or varchar either: all three share one \
            storage format, char(n) just adds the padding work. The PostgreSQL wiki lists it under "Don't Do \
            This", even for fixed-length codes such as country codes. Use text (with a CHECK on length() if the \
            length matters) or varchar(n). The internal one-byte type "char" (quoted) is a different type and \
            is left alone.

            The fix changes the type to varchar(n); it is offered, not applied in bulk, since comparisons of \
            values with trailing spaces change meaning.

            Bad:

                CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL);

            Good:

                CREATE TABLE countries (code varchar(2) PRIMARY KEY, name text NOT NULL);

            In Prisma: code String @db.VarChar(2) instead of @db.Char(2).
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
        // A partition repeats its parent's columns; the parent is where they are decided and changed.
        Set<Table> partitions = SchemaFacts.partitions(ctx);
        for (Table t : ctx.tables()) {
            if (partitions.contains(t)) continue;
            boolean retypable = !SchemaFacts.hasAttachedPartitions(ctx, t, partitions);
            for (Column c : t.columns()) {
                if (c.type().family() != TypeFamily.CHAR) continue;
                List<Fix> fixes = new ArrayList<>();
                if (ctx.prisma()) {
                    PrismaAst.Attribute nativeType = PrismaSource.nativeType(ctx, c);
                    if (nativeType == null || !nativeType.name().equals("db.Char")) continue;
                    String length = c.type().arguments().isEmpty() ? "" : "(" + c.type().arguments().get(0).trim() + ")";
                    fixes.add(Edits.choice("Use @db.VarChar" + length, Edits.replace(c.source().file(), nativeType.nameRange(), "db.VarChar")));
                    report(ctx, t, c, SourceRef.of(c.source().file(), nativeType.range()), "@db.Char" + length, "@db.VarChar" + length + " or no native type (text)", fixes);
                    continue;
                }
                String written = SqlSource.baseType(c);
                if (written.startsWith("\"")) continue; // "char", the internal one-byte type
                String replacement = replacement(c);
                TextEdit edit = !retypable ? null : SqlSource.replaceType(ctx, c, SqlSource.matchCase(written, replacement));
                if (edit != null) fixes.add(Edits.choice("Change the type to " + replacement, edit));
                report(ctx, t, c, SqlSource.typeSpan(ctx, c), written, replacement.equals("text") ? "text" : "text or " + replacement, fixes);
            }
        }
    }

    /** varchar of the same length; bpchar without a length is unbounded, so text. */
    private static String replacement(Column c) {
        if (c.type().arguments().isEmpty()) return c.type().name().equals("bpchar") ? "text" : "varchar(1)";
        return "varchar(" + c.type().arguments().get(0).trim() + ")";
    }

    private static void report(RuleContext ctx, Table t, Column c, SourceRef at, String written, String instead, List<Fix> fixes) {
        ctx.report(at.file(), at.range(), ctx.name(t, c) + " is " + written + ", which pads values with blanks to a fixed width; use "
                + instead + " instead", fixes);
    }
}
