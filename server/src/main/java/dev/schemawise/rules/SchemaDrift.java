package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.EnumType;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Index;
import dev.schemawise.model.IndexKey;
import dev.schemawise.model.PrimaryKey;
import dev.schemawise.model.Schema;
import dev.schemawise.model.SchemaDiff;
import dev.schemawise.model.Table;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.MigrationLayouts;
import dev.schemawise.workspace.Replay;
import dev.schemawise.workspace.SchemaUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code schema-drift}: a declared schema and the migrations that should build it describe the same database. The
 * declared schema is a Prisma schema with its Prisma Migrate folder beside it, or the SQL (or Prisma) schema file that
 * configuration {@code migrations.target} names. Each difference is reported on the declared element; what only the
 * migrations have, on the table (model) it belongs to, or on the datasource (the first line of a SQL file).
 */
public final class SchemaDrift implements Rule {
    public static final RuleInfo INFO = new RuleInfo("schema-drift", "migrations", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "The schema and the state its migrations build are the same: no table, column, index or foreign key is on one side only, and types, nullability and defaults agree.",
            """
            The classic "changed schema.prisma, forgot prisma migrate dev": the schema says one thing, the \
            migrations another, and the database every environment gets is the one the migrations build. \
            schemawise replays the migrations folder and compares the result with the schema, offline, without \
            the shadow database Prisma needs for `migrate diff`. Each difference is reported on the schema element: \
            a model, field, index or relation the migrations do not create, or whose type, nullability, default \
            or referential actions differ; what only the migrations have is reported on its model (or on the \
            datasource), with the migration that made it named.

            It applies to a Prisma schema whose `migrations/` folder lies beside it, as Prisma Migrate lays it \
            out, and to a schema file (SQL or Prisma) named by `migrations.target` in the configuration, relative \
            to the configuration file. With several migrations folders under that configuration's folder, the one \
            nearest to the target file is used; when two are equally near, the rule stays silent rather than \
            guess.

            Equivalent spellings are not drift: `int4` and `integer`, `varchar(n)` and `character varying(n)`, \
            casts in defaults, `now()` and `CURRENT_TIMESTAMP`, Prisma's default types, default names and \
            default referential actions, an index's name. Left out are what Prisma does not model (CHECK \
            constraints, views, sequences, expression and partial indexes, schemas other than the default one and \
            those of multiSchema, its own `_prisma_migrations` table), \
            foreign keys under `relationMode = "prisma"`, the bookkeeping tables of migration tools, and CHECK \
            constraints and sequences in SQL targets (dumps rewrite their text).

            Bad (schema.prisma; no migration adds the column):

                model User {
                  id       Int     @id
                  nickname String?
                }

            Good: `prisma migrate dev --name add_nickname` writes the migration:

                ALTER TABLE "User" ADD COLUMN "nickname" TEXT;
            """, RuleInfo.Fixes.NONE, List.of());

    /** Tables migration tools keep their history in: not part of anyone's schema. */
    private static final Set<String> BOOKKEEPING = Set.of("_prisma_migrations", "schema_migrations", "flyway_schema_history", "__drizzle_migrations",
            "_sqlx_migrations", "goose_db_version", "__diesel_schema_migrations", "ar_internal_metadata");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** A declared schema and the migrations that should build it. */
    private record Pairing(Schema declared, SchemaUnit migrations, String declaredFile) {}

    @Override
    public void check(RuleContext ctx) {
        SchemaUnit unit = ctx.unit();
        if (unit.kind() == SchemaUnit.Kind.MIGRATIONS) return;
        Pairing pairing = pairing(ctx);
        if (pairing == null || pairing.migrations().migrations().isEmpty()) return;
        for (SchemaDiff.Difference d : SchemaDiff.compare(pairing.declared(), pairing.migrations().schema())) {
            if (relevant(ctx, pairing, d)) report(ctx, pairing, d);
        }
    }

    // ------------------------------------------------------------------ pairing

    private static Pairing pairing(RuleContext ctx) {
        SchemaUnit unit = ctx.unit();
        String target = ctx.config() == null || ctx.config().migrations() == null ? null : ctx.config().migrations().target();
        if (target != null && !target.isBlank()) {
            String configDir = configDirectory(ctx.config().source());
            List<String> candidates = new ArrayList<>();
            if (configDir != null) candidates.add(normalize(configDir.isEmpty() ? target : configDir + "/" + target));
            candidates.add(normalize(target));
            for (String path : candidates) {
                if (path == null) continue;
                Pairing p = configured(ctx, unit, path, configDir);
                if (p != null) return p;
            }
        }
        if (unit.kind() == SchemaUnit.Kind.PRISMA_SCHEMA) {
            for (SchemaUnit other : ctx.workspace().units()) {
                if (Analyzer.keptInStep(other, unit)) return new Pairing(unit.schema(), other, null);
            }
        }
        return null;
    }

    /** The pairing when {@code path} (the configured target) is this unit or one of its files. */
    private static Pairing configured(RuleContext ctx, SchemaUnit unit, String path, String configDir) {
        Schema declared;
        String file;
        if (unit.id().equals(path) || unit.files().equals(List.of(path))) {
            declared = unit.schema();
            file = unit.files().size() == 1 ? unit.files().get(0) : null;
        } else if (unit.files().contains(path) && unit.kind() == SchemaUnit.Kind.SQL_SCHEMA) {
            // One file of a folder of SQL files: that file alone is the target.
            FileReport report = ctx.workspace().file(path);
            if (report == null || report.sql() == null) return null;
            Replay replay = new Replay(unit.dialect());
            replay.applyAll(report.sql().statements(), path);
            declared = replay.snapshot();
            file = path;
        } else {
            return null;
        }
        SchemaUnit migrations = nearestMigrations(ctx, path, configDir);
        return migrations == null ? null : new Pairing(declared, migrations, file);
    }

    /**
     * The migrations folder under the configuration's folder nearest to the target (the most leading path segments in
     * common); null when there is none, or two are equally near.
     */
    private static SchemaUnit nearestMigrations(RuleContext ctx, String target, String configDir) {
        SchemaUnit best = null;
        int bestScore = -1;
        boolean tie = false;
        for (SchemaUnit u : ctx.workspace().units()) {
            if (u.kind() != SchemaUnit.Kind.MIGRATIONS) continue;
            if (configDir != null && !configDir.isEmpty() && !u.id().startsWith(configDir + "/")) continue;
            int score = commonSegments(MigrationLayouts.parentOf(target), u.id());
            if (score > bestScore) {
                best = u;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static int commonSegments(String a, String b) {
        String[] x = a.equals(".") ? new String[0] : a.split("/");
        String[] y = b.split("/");
        int n = 0;
        while (n < x.length && n < y.length && x[n].equals(y[n])) n++;
        return n;
    }

    /** The workspace folder of a configuration file ("" for the top), or null when its source is not a workspace path. */
    static String configDirectory(String source) {
        if (source == null) return null;
        String s = source.replace('\\', '/');
        if (s.startsWith("/") || s.matches("^[A-Za-z]:/.*")) return null;
        if (s.equals(dev.schemawise.config.Config.FILE_NAME)) return "";
        if (!s.endsWith("/" + dev.schemawise.config.Config.FILE_NAME)) return null;
        return normalize(s.substring(0, s.length() - dev.schemawise.config.Config.FILE_NAME.length() - 1));
    }

    /** A relative path with "." and ".." resolved and no leading "./"; null when it leaves the workspace. */
    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.replace('\\', '/').split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    // ------------------------------------------------------------------ what counts

    private static boolean relevant(RuleContext ctx, Pairing pairing, SchemaDiff.Difference d) {
        boolean prisma = ctx.prisma();
        switch (d.kind()) {
            case CHECK_MISSING, CHECK_EXTRA, SEQUENCE_MISSING, SEQUENCE_EXTRA -> {
                return false;
            }
            case VIEW_MISSING, VIEW_EXTRA -> {
                return !prisma;
            }
            case FOREIGN_KEY_MISSING, FOREIGN_KEY_EXTRA, FOREIGN_KEY_ACTIONS -> {
                if (prisma && "prisma".equals(ctx.unit().relationMode())) return false;
            }
            case ENUM_MISSING, ENUM_EXTRA, ENUM_VALUES -> {
                // Prisma enums are column types of their own only in PostgreSQL (MySQL's are inline ENUM(...) columns).
                if (prisma && ctx.dialect() != Dialect.POSTGRESQL) return false;
            }
            case INDEX_EXTRA -> {
                if (prisma && d.actual() instanceof Index i && (i.keys().stream().anyMatch(IndexKey::isExpression) || i.isPartial())) return false;
            }
            default -> { }
        }
        Table table = d.expectedTable() != null ? d.expectedTable() : d.actualTable();
        if (table == null && d.expected() instanceof Table t) table = t;
        if (table == null && d.actual() instanceof Table t) table = t;
        if (table != null && BOOKKEEPING.contains(table.name().name().toLowerCase(Locale.ROOT))) return false;
        // Prisma Migrate manages only its schemas: the default one, and those of multiSchema.
        if (prisma && d.kind().extra()) {
            String schema = table != null ? table.name().schema() : d.actual() instanceof EnumType e ? e.name().schema() : null;
            if (schema != null && !prismaSchemas(ctx, pairing).contains(schema)) return false;
        }
        return true;
    }

    /** "public", the schemas of the datasource's {@code schemas} list and those its models and enums name. */
    private static Set<String> prismaSchemas(RuleContext ctx, Pairing pairing) {
        Set<String> out = new java.util.HashSet<>();
        out.add("public");
        for (Table t : pairing.declared().tables()) {
            if (t.name().schema() != null) out.add(t.name().schema());
        }
        for (EnumType e : pairing.declared().enums()) {
            if (e.name().schema() != null) out.add(e.name().schema());
        }
        for (String f : ctx.unit().files()) {
            FileReport r = ctx.workspace().file(f);
            if (r == null || r.prisma() == null) continue;
            for (PrismaAst.Block b : r.prisma().blocks()) {
                if (b.kind() == PrismaAst.BlockKind.DATASOURCE && b.property("schemas") instanceof PrismaAst.ArrayValue list) {
                    for (PrismaAst.Expression item : list.items()) {
                        if (item instanceof PrismaAst.StringValue sv) out.add(sv.value());
                    }
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ reporting

    private static void report(RuleContext ctx, Pairing pairing, SchemaDiff.Difference d) {
        String label = pairing.migrations().id();
        String here = ctx.prisma() ? "the Prisma schema" : pairing.declaredFile() != null ? pairing.declaredFile() : ctx.unit().id();
        String hint = ctx.prisma() ? "; `prisma migrate dev` writes the migration" : "";
        if (d.kind().missing()) {
            String what = declaredWords(ctx, d);
            at(ctx, pairing, d, what + " is missing from the database the migrations in " + label + " build" + hint);
        } else if (d.kind().extra()) {
            String made = migration(SchemaDiff.source(d.actual()));
            at(ctx, pairing, d, "the migrations in " + label + " create " + d.subject() + (made == null ? "" : " (in " + made + ")") + ", which " + here
                    + " does not declare; declare it or drop it in a new migration");
        } else {
            String what = declaredWords(ctx, d);
            String changed = lastChange(d.actual());
            String tail = " after the migrations in " + label + (changed == null ? "" : " (last changed in " + changed + ")") + hint;
            String message = switch (d.kind()) {
                case COLUMN_TYPE -> what + (ctx.prisma() ? " maps to " : " is ") + d.expectedValue() + " but is " + d.actualValue() + tail;
                case COLUMN_NULLABILITY -> what + " is " + nullability(ctx, d.expectedValue()) + " but " + nullability(ctx, d.actualValue()) + tail;
                case COLUMN_DEFAULT -> what + " has " + expectedDefault(ctx, d) + " but " + d.actualValue() + tail;
                case PRIMARY_KEY -> what + " is " + d.expectedValue() + " but " + d.actualValue() + tail;
                case FOREIGN_KEY_ACTIONS -> what + " is " + d.expectedValue() + (ctx.prisma() ? " (Prisma's defaults included)" : "") + " but "
                        + d.actualValue() + tail;
                case ENUM_VALUES -> what + " has the values " + d.expectedValue() + " but " + d.actualValue() + tail;
                default -> what + " differs: " + d.expectedValue() + " here, " + d.actualValue() + tail;
            };
            at(ctx, pairing, d, message);
        }
    }

    /** Reports on the declared element; for what only the migrations have, on its table or the datasource. */
    private static void at(RuleContext ctx, Pairing pairing, SchemaDiff.Difference d, String message) {
        Object element = d.expected();
        if (d.kind() == SchemaDiff.Kind.COLUMN_TYPE && element instanceof Column c && c.typeRange() != null && c.typeRange().length() > 0
                && c.source() != null) {
            ctx.report(c.source().file(), c.typeRange(), message, List.of());
            return;
        }
        if (element instanceof ForeignKey fk && ctx.prisma() && fk.actionsRange() != null && fk.source() != null) {
            ctx.report(fk.source().file(), fk.actionsRange(), message, List.of());
            return;
        }
        SourceRef at = element == null ? null : SchemaDiff.source(element);
        if ((element instanceof Index || element instanceof UniqueConstraint || element instanceof PrimaryKey) && at != null && ctx.prisma()
                && at.range().startLine() == at.range().endLine()) {
            ctx.report(at.file(), at.range(), message, List.of());
            return;
        }
        if (at == null && d.expectedTable() != null) at = d.expectedTable().source();
        if (at != null && at.file() != null) {
            ctx.report(at, message);
            return;
        }
        ctx.report(topFile(ctx, pairing), datasource(ctx, topFile(ctx, pairing)), message, List.of());
    }

    private static String topFile(RuleContext ctx, Pairing pairing) {
        if (pairing.declaredFile() != null) return pairing.declaredFile();
        if (ctx.prisma()) {
            for (String f : ctx.unit().files()) {
                FileReport r = ctx.workspace().file(f);
                if (r != null && r.prisma() != null && r.prisma().blocks().stream().anyMatch(b -> b.kind() == PrismaAst.BlockKind.DATASOURCE)) return f;
            }
        }
        return ctx.unit().files().isEmpty() ? ctx.unit().id() : ctx.unit().files().get(0);
    }

    /** The name of a Prisma file's datasource block, else its first line. */
    private static Span datasource(RuleContext ctx, String file) {
        FileReport r = ctx.workspace().file(file);
        if (r != null && r.prisma() != null) {
            for (PrismaAst.Block b : r.prisma().blocks()) {
                if (b.kind() == PrismaAst.BlockKind.DATASOURCE && b.nameRange() != null) return b.nameRange();
            }
        }
        return MigrationChecks.line(ctx, file, 0);
    }

    /** The declared element in the words of its schema: "field User.email", "@@index([userId]) of model Post", "column users.email". */
    private static String declaredWords(RuleContext ctx, SchemaDiff.Difference d) {
        Object e = d.expected();
        Table t = d.expectedTable();
        if (e instanceof Table table) return d.kind() == SchemaDiff.Kind.PRIMARY_KEY ? "the primary key of " + ctx.name(table) : ctx.name(table);
        if (e instanceof Column c && t != null) return ctx.name(t, c);
        if (e instanceof PrimaryKey && t != null) return "the primary key of " + ctx.name(t);
        if (e instanceof EnumType en) return (ctx.prisma() ? "enum " + en.declaredName() : "enum type " + en.name().name());
        if (!ctx.prisma() || t == null) return d.subject();
        if (e instanceof Index i) {
            List<String> fields = new ArrayList<>();
            for (IndexKey k : i.keys()) fields.add(k.column() != null ? PrismaSource.fieldName(t, k.column()) : k.display());
            return "@@" + ("FULLTEXT".equals(i.kind()) ? "fulltext" : "index") + "([" + String.join(", ", fields) + "]) of " + ctx.name(t);
        }
        if (e instanceof UniqueConstraint u) {
            List<String> fields = u.columns().stream().map(c -> PrismaSource.fieldName(t, c)).toList();
            Column single = u.columns().size() == 1 ? t.column(u.columns().get(0)) : null;
            boolean onField = single != null && single.source() != null && u.source() != null && single.source().range().equals(u.source().range());
            return onField ? "@unique of field " + t.declaredName() + "." + fields.get(0) : "@@unique([" + String.join(", ", fields) + "]) of " + ctx.name(t);
        }
        if (e instanceof ForeignKey fk) {
            if (fk.relationField() != null) return "relation " + t.declaredName() + "." + fk.relationField();
            // The join table of an implicit many-to-many relation: its foreign keys have no field of their own.
            return "foreign key " + t.name().name() + " (" + String.join(", ", fk.columns()) + ") → " + fk.targetTable().name()
                    + " of the implicit many-to-many relation";
        }
        return d.subject();
    }

    private static String nullability(RuleContext ctx, String value) {
        if (!ctx.prisma()) return value;
        return "nullable".equals(value) ? "optional" : "required";
    }

    private static String expectedDefault(RuleContext ctx, SchemaDiff.Difference d) {
        if (ctx.prisma() && d.expected() instanceof Column c) {
            return c.defaultValue() == null ? "no @default" : "@default(" + c.defaultValue() + ")";
        }
        return d.expectedValue();
    }

    /** The migration that last shaped an element on the migrations side. */
    private static String lastChange(Object element) {
        if (element instanceof Column c && !c.history().isEmpty()) return migration(c.history().get(c.history().size() - 1));
        return migration(SchemaDiff.source(element));
    }

    /** A migration by the name people know it by: Prisma's folder name, else the file name. */
    private static String migration(SourceRef ref) {
        if (ref == null || ref.file() == null) return null;
        String file = ref.file();
        if (file.endsWith("/migration.sql")) {
            String dir = MigrationLayouts.parentOf(file);
            return dir.substring(dir.lastIndexOf('/') + 1);
        }
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
