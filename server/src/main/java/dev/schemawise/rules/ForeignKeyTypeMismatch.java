package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.ColumnType;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code foreign-key-type-mismatch}: a foreign key column has the type of the column it references. */
public final class ForeignKeyTypeMismatch implements Rule {
    public static final RuleInfo INFO = new RuleInfo("foreign-key-type-mismatch", "keys", Severity.ERROR, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "A foreign key column has the same type as the column it references.",
            """
            A foreign key column holds values of the referenced key, so it needs the same type. An integer \
            column referencing a bigint key works until the first id above 2,147,483,647, and then inserts \
            fail; MySQL refuses a foreign key between a signed and an UNSIGNED integer; PostgreSQL refuses \
            incompatible types (text referencing uuid) and, for compatible ones, every join and every check of \
            the constraint compares through a cast. Prisma rejects relations whose fields and references differ \
            in type. serial and integer, bigserial and bigint are the same type, and so are varchar and text \
            (lengths may differ); SQLite compares by type affinity, so INT and BIGINT agree there. The fix \
            (not applied in bulk) gives the foreign key column the referenced column's type.

            Bad:

                CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id));

            Good:

                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));

            In Prisma: a userId Int field referencing id BigInt becomes userId BigInt.
            """, RuleInfo.Fixes.CHOICES, List.of());

    private static final Pattern NATIVE_TYPE = Pattern.compile("\\s@db\\.\\w+(?:\\([^)]*\\))?");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** A foreign key column and the column it references, whose types differ. */
    private record Mismatch(Column column, Column referenced) {}

    @Override
    public void check(RuleContext ctx) {
        for (Table t : ctx.schema().tables()) {
            if (t.origin() == Table.Origin.PRISMA_IMPLICIT) continue;
            for (ForeignKey fk : t.foreignKeys()) {
                Table target = SchemaFacts.referencedTable(ctx, fk);
                if (target == null) continue;
                List<String> referenced = SchemaFacts.referencedColumns(fk, target);
                if (referenced.size() != fk.columns().size()) continue;
                List<Mismatch> mismatches = new ArrayList<>();
                for (int i = 0; i < referenced.size(); i++) {
                    Column c = t.column(fk.columns().get(i));
                    Column r = target.column(referenced.get(i));
                    if (c != null && r != null && !sameType(ctx, c, r)) mismatches.add(new Mismatch(c, r));
                }
                if (mismatches.isEmpty()) continue;
                List<Fix> fixes = new ArrayList<>();
                Fix fix = fix(ctx, mismatches);
                if (fix != null) fixes.add(fix);
                if (mismatches.size() == 1) {
                    Mismatch m = mismatches.get(0);
                    ctx.report(m.column().source().file(), m.column().source().nameRange(), message(ctx, t, target, m), fixes);
                } else {
                    List<String> parts = new ArrayList<>();
                    for (Mismatch m : mismatches) parts.add(describe(ctx, t, m.column()) + " → " + describe(ctx, target, m.referenced()));
                    ctx.report(fk.source(), "foreign key " + (ctx.prisma() ? "relation " + t.declaredName() + "." + fk.relationField()
                            : "(" + String.join(", ", fk.columns()) + ") of " + ctx.name(t)) + " has columns of other types than the ones it references: "
                            + String.join("; ", parts) + ". Give each the referenced column's type", fixes.toArray(new Fix[0]));
                }
            }
        }
    }

    private static String message(RuleContext ctx, Table t, Table targetTable, Mismatch m) {
        String column = ctx.name(t, m.column());
        String referenced = ctx.prisma() ? targetTable.declaredName() + "." + m.referenced().declaredName() : targetTable.name().name() + "." + m.referenced().name();
        String consequence = consequence(ctx, m);
        TypeFamily own = m.column().type().family();
        TypeFamily target = m.referenced().type().family();
        boolean narrowTarget = own.isInteger() && target.isInteger() && width(own) > width(target);
        return column + " is " + typeText(ctx, m.column()) + " but references " + referenced + ", which is " + typeText(ctx, m.referenced())
                + (consequence.isEmpty() ? "" : ": " + consequence) + ". Make it " + wantedText(ctx, m.referenced())
                + (narrowTarget ? ", or widen " + referenced + " to " + typeText(ctx, m.column()) : "");
    }

    private static String describe(RuleContext ctx, Table t, Column c) {
        return (ctx.prisma() ? t.declaredName() + "." + c.declaredName() : t.name().name() + "." + c.name()) + " " + typeText(ctx, c);
    }

    private static String consequence(RuleContext ctx, Mismatch m) {
        TypeFamily a = m.column().type().family();
        TypeFamily b = m.referenced().type().family();
        if (a.isInteger() && b.isInteger() && width(a) < width(b)) {
            return "keys above " + (a == TypeFamily.SMALLINT ? "32,767" : "2,147,483,647") + " cannot be stored in it";
        }
        if (a == b && SqlSource.unsigned(ctx, m.column()) != SqlSource.unsigned(ctx, m.referenced())) {
            return "MySQL refuses a foreign key between signed and unsigned columns";
        }
        if (ctx.prisma() && !scalar(m.column()).equals(scalar(m.referenced()))) return "Prisma rejects relations whose fields and references differ in type";
        if (a.isInteger() && b.isInteger()) return "";
        if (ctx.dialect() == Dialect.SQLITE) return "SQLite compares them by different type affinities, so equal-looking values may not match";
        return "joins and the constraint's checks compare through a cast, if the database accepts the pair at all";
    }

    /** A Prisma field's scalar type name ("String" of "String? @db.Uuid"). */
    private static String scalar(Column c) {
        return c.type().raw().split("[ ?\\[]", 2)[0];
    }

    private static int width(TypeFamily f) {
        return f == TypeFamily.SMALLINT ? 2 : f == TypeFamily.INTEGER ? 4 : 8;
    }

    /** The type as the user wrote it: "Int", "bigint", "INT UNSIGNED". */
    static String typeText(RuleContext ctx, Column c) {
        String raw = c.type().raw();
        if (ctx.prisma()) return raw.replace("?", "").replace("[]", "");
        return SqlSource.unsigned(ctx, c) ? raw + (raw.equals(raw.toLowerCase(Locale.ROOT)) ? " unsigned" : " UNSIGNED") : raw;
    }

    /** The type a column referencing {@code c} should have: its type, with serial types as the integers behind them. */
    private static String wantedText(RuleContext ctx, Column c) {
        if (ctx.prisma() || !c.type().serial()) return typeText(ctx, c);
        return plainType(c.type());
    }

    /** Whether two columns store the same values, as far as a foreign key between them is concerned. */
    static boolean sameType(RuleContext ctx, Column a, Column b) {
        ColumnType x = a.type();
        ColumnType y = b.type();
        // A type schemawise does not know may be a domain over the other one: unsure, so the same.
        if (x.family() == TypeFamily.OTHER || y.family() == TypeFamily.OTHER) return true;
        if (x.isArray() != y.isArray()) return false;
        if (ctx.dialect() == Dialect.SQLITE && !ctx.prisma()) return sqliteAffinity(x).equals(sqliteAffinity(y));
        if (SqlSource.unsigned(ctx, a) != SqlSource.unsigned(ctx, b)) return false;
        if (x.compatibleWith(y)) return true;
        // varchar and text hold the same strings (a length only limits them); char pads, so it stays apart.
        boolean xString = x.family() == TypeFamily.TEXT || x.family() == TypeFamily.VARCHAR;
        boolean yString = y.family() == TypeFamily.TEXT || y.family() == TypeFamily.VARCHAR;
        return xString && yString;
    }

    /** SQLite's type affinity of a declared type (section 3.1 of its datatype documentation). */
    private static String sqliteAffinity(ColumnType t) {
        String name = t.name().toLowerCase(Locale.ROOT);
        if (name.contains("int")) return "INTEGER";
        if (name.contains("char") || name.contains("clob") || name.contains("text")) return "TEXT";
        if (name.isEmpty() || name.contains("blob")) return "BLOB";
        if (name.contains("real") || name.contains("floa") || name.contains("doub")) return "REAL";
        return "NUMERIC";
    }

    // ------------------------------------------------------------------ fix

    /** Gives every mismatched column the type of the column it references; null when one cannot be rewritten in place. */
    private static Fix fix(RuleContext ctx, List<Mismatch> mismatches) {
        List<TextEdit> edits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Mismatch m : mismatches) {
            List<TextEdit> e = ctx.prisma() ? prismaEdits(ctx, m) : sqlEdits(ctx, m);
            if (e == null) return null;
            edits.addAll(e);
            names.add(ctx.prisma() ? m.column().declaredName() : m.column().name());
        }
        String type = mismatches.size() == 1 ? " to " + wantedText(ctx, mismatches.get(0).referenced()) : "";
        return Edits.choice("Change the type of " + String.join(", ", names) + type, edits.toArray(new TextEdit[0]));
    }

    private static List<TextEdit> sqlEdits(RuleContext ctx, Mismatch m) {
        Column c = m.column();
        String text = ctx.text(c.source().file());
        // A later ALTER may change the column again; only a column defined in one place is fixed in place.
        if (c.history().size() > 1 || !written(text, c.typeRange()).equalsIgnoreCase(c.type().raw())) return null;
        Column r = m.referenced();
        String rText = ctx.text(r.source().file());
        if (!written(rText, r.typeRange()).equalsIgnoreCase(r.type().raw())) return null;
        String type = sameCase(written(text, c.typeRange()), plainType(r.type()));
        List<TextEdit> edits = new ArrayList<>();
        edits.add(Edits.replace(c.source().file(), c.typeRange(), type));
        if (ctx.dialect() == Dialect.MYSQL) {
            Span own = SqlSource.unsignedRange(ctx, c);
            boolean wanted = SqlSource.unsigned(ctx, r);
            if (own != null && !wanted) edits.add(Edits.replace(c.source().file(), own, ""));
            if (own == null && wanted) {
                edits.add(Edits.insert(ctx, c.source().file(), c.typeRange().end(), type.equals(type.toLowerCase(Locale.ROOT)) ? " unsigned" : " UNSIGNED"));
            }
        }
        return edits;
    }

    /** {@code type} in the letter case {@code written} uses, when that is all lower or all upper case. */
    private static String sameCase(String written, String type) {
        if (written.equals(written.toLowerCase(Locale.ROOT))) return type.toLowerCase(Locale.ROOT);
        if (written.equals(written.toUpperCase(Locale.ROOT))) return type.toUpperCase(Locale.ROOT);
        return type;
    }

    /** The referenced column's type as a plain type: serial types become the integers behind them. */
    private static String plainType(ColumnType t) {
        String raw = t.raw();
        if (!t.serial()) return raw;
        boolean upper = raw.equals(raw.toUpperCase(Locale.ROOT));
        String plain = switch (t.family()) {
            case SMALLINT -> "smallint";
            case BIGINT -> "bigint";
            default -> "integer";
        };
        return upper ? plain.toUpperCase(Locale.ROOT) : plain;
    }

    /** Prisma: the referenced field's scalar type (keeping this field's "?") and its @db native type, if any. */
    private static List<TextEdit> prismaEdits(RuleContext ctx, Mismatch m) {
        Column c = m.column();
        Column r = m.referenced();
        String file = c.source().file();
        String text = ctx.text(file);
        String own = written(text, c.typeRange());
        String wanted = written(ctx.text(r.source().file()), r.typeRange()).replace("?", "").replace("[]", "");
        String suffix = own.endsWith("?") ? "?" : "";
        List<TextEdit> edits = new ArrayList<>();
        if (!own.equals(wanted + suffix)) edits.add(Edits.replace(file, c.typeRange(), wanted + suffix));
        String ownNative = nativeType(text, c);
        String wantedNative = nativeType(ctx.text(r.source().file()), r);
        if (!ownNative.equals(wantedNative)) {
            Matcher n = NATIVE_TYPE.matcher(text).region(c.typeRange().end(), c.source().range().end());
            if (n.find()) {
                int start = n.start();
                // Removing the attribute takes the alignment spaces before it along.
                while (wantedNative.isEmpty() && start > c.typeRange().end() && Character.isWhitespace(text.charAt(start - 1))) start--;
                edits.add(Edits.replace(ctx, file, start, n.end(), wantedNative));
            } else {
                edits.add(Edits.insert(ctx, file, c.source().range().end(), wantedNative));
            }
        }
        return edits;
    }

    /** A Prisma field's " @db.X(...)" attribute as written, or "". */
    private static String nativeType(String text, Column c) {
        if (c.source().range().end() > text.length()) return "";
        Matcher n = NATIVE_TYPE.matcher(text).region(c.typeRange().end(), c.source().range().end());
        return n.find() ? n.group() : "";
    }

    private static String written(String text, Span range) {
        return range.end() <= text.length() ? text.substring(range.start(), range.end()) : "";
    }
}
