package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code prefer-jsonb}: PostgreSQL JSON columns are jsonb, not json. */
public final class PreferJsonb implements Rule {
    public static final RuleInfo INFO = new RuleInfo("prefer-jsonb", "types", Severity.WARNING, true, RuleInfo.POSTGRESQL, RuleInfo.Scope.SCHEMA,
            "PostgreSQL JSON columns are jsonb, not json.",
            """
            PostgreSQL's json type stores the text as written and parses it again on every access. jsonb stores \
            it parsed: reading a key is cheap, it has equality (so DISTINCT, GROUP BY and UNIQUE work), the \
            containment and existence operators (@>, ?, ?|), and GIN indexes to make them fast. json is only \
            worth keeping when the exact text matters: the order of keys, duplicate keys or whitespace, which \
            jsonb normalises away.

            In Prisma, Json already maps to jsonb; only an explicit @db.Json is flagged. The fix changes the \
            type to jsonb (array suffixes kept) or removes @db.Json, and is applied by check --fix.

            Bad:

                CREATE TABLE events (id bigint PRIMARY KEY, payload json NOT NULL);

            Good:

                CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb NOT NULL);

            In Prisma: payload Json instead of payload Json @db.Json.
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
        // A partition repeats its parent's columns; the parent is where they are decided and changed.
        Set<Table> partitions = SchemaFacts.partitions(ctx);
        for (Table t : ctx.tables()) {
            if (partitions.contains(t)) continue;
            boolean retypable = !SchemaFacts.hasAttachedPartitions(ctx, t, partitions);
            for (Column c : t.columns()) {
                if (c.type().family() != TypeFamily.JSON) continue;
                List<Fix> fixes = new ArrayList<>();
                if (ctx.prisma()) {
                    PrismaAst.Attribute nativeType = PrismaSource.nativeType(ctx, c);
                    if (nativeType == null || !nativeType.name().equals("db.Json")) continue; // composite types also map to JSON
                    fixes.add(Edits.safe("Remove @db.Json (Json is jsonb)", PrismaSource.removeAttribute(ctx, c, nativeType)));
                    ctx.report(c.source().file(), nativeType.range(), ctx.name(t, c) + " is stored as json, which is reparsed on every access "
                            + "and cannot be indexed or compared; remove @db.Json so it is jsonb", fixes);
                    continue;
                }
                String written = SqlSource.baseType(c);
                TextEdit edit = !retypable ? null : SqlSource.replaceType(ctx, c, SqlSource.matchCase(written, "jsonb"));
                if (edit != null) fixes.add(Edits.safe("Change the type to jsonb", edit));
                SourceRef at = SqlSource.typeSpan(ctx, c);
                ctx.report(at.file(), at.range(), ctx.name(t, c) + " is json, which is reparsed on every access and cannot be "
                        + "indexed or compared; use jsonb", fixes);
            }
        }
    }
}
