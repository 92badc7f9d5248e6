package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.EnumType;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Index;
import dev.schemawise.model.IndexKey;
import dev.schemawise.model.Problem;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Table;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.query.ColumnUse;
import dev.schemawise.query.QueryInfo;
import dev.schemawise.query.TableRef;
import dev.schemawise.text.ClosestName;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code unknown-reference}: foreign keys, indexes, constraints and statements name tables and columns that exist. */
public final class UnknownReference implements Rule {
    public static final RuleInfo INFO = new RuleInfo("unknown-reference", "keys", Severity.ERROR, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Foreign keys, indexes, constraints, ALTER and DROP statements, views and queries (Prisma: relations, @@index, field types) name tables and columns that exist.",
            """
            A misspelt name is found by the database only when the statement runs: the migration fails halfway \
            in production, or a schema file that was never loaded drifts from the real database. schemawise \
            knows every table and column of the workspace, so it checks that a foreign key's table and columns \
            exist (in any schema of the workspace, so a shared users table in another folder counts), that the \
            columns of primary keys, unique constraints and indexes exist in their table, that ALTER TABLE, \
            CREATE INDEX, DROP TABLE/VIEW and column changes in migrations name something that is there at that \
            point, and, in Prisma, that @relation and @@index fields exist and every field type is a model, enum, \
            composite type or built-in scalar. The message names the closest existing name.

            Tables in a database schema the workspace declares nothing in (auth.users in a Supabase project, \
            another MySQL database) are outside what was read and are not reported; neither are DROP CONSTRAINT \
            and DROP INDEX (the database names unnamed constraints and indexes itself) nor a table created twice. \
            When a table unknown at that point is renamed, the rename is reported, not every later statement \
            that uses the new name.

            Views and SQL files of queries (plain, or sqlc-style with -- name: headers) are read with JSqlParser \
            (a statement it cannot read is skipped): the tables they read and write must exist, in their own \
            schema or in the nearest one of the workspace (a queries folder beside a schema.sql or a migrations \
            folder), and so must the columns they name of a known table. Common table expressions, subqueries, \
            functions in FROM, views, sequences, the database's catalogs and select-list aliases are no unknown \
            names. An unqualified column is reported only when every FROM item of the statement is a known table \
            and none of them has it (it may belong to an enclosing query), a column of a table whose columns are \
            not all known (INHERITS, LIKE) never; in MySQL and SQLite a double-quoted word may be a string and is \
            left alone. Views and data statements of migrations folders are not checked: they name tables and \
            columns as they were then, and a later rename does not rewrite them. Nothing is checked when the \
            workspace has no table at all.

            Bad:

                CREATE TABLE orders (
                  id bigint PRIMARY KEY,
                  user_id bigint NOT NULL REFERENCES user (id)
                );
                CREATE INDEX orders_created_idx ON orders (created);

                -- name: GetOrder :one
                SELECT id, created FROM orders WHERE id = $1;

            Good:

                CREATE TABLE orders (
                  id bigint PRIMARY KEY,
                  user_id bigint NOT NULL REFERENCES users (id),
                  created_at timestamptz NOT NULL
                );
                CREATE INDEX orders_created_idx ON orders (created_at);

                -- name: GetOrder :one
                SELECT id, created_at FROM orders WHERE id = $1;

            In Prisma: @@index([createdAt]) names a field of the model; author Usr is a typo for User.
            """, RuleInfo.Fixes.NONE, List.of());

    // The model's problems that are unknown references, by the messages Replay and the Prisma mapper write.
    private static final Pattern UNKNOWN_TABLE = Pattern.compile("^(?:ALTER TABLE of|CREATE INDEX on) unknown table (.+)$");
    private static final Pattern DROP_TABLE = Pattern.compile("^DROP of unknown (table|view|materialized view) (.+)$");
    private static final Pattern UNKNOWN_COLUMN = Pattern.compile("^(?:DROP COLUMN of unknown column|unknown column|RENAME COLUMN of unknown column) (.+) in (.+)$");
    private static final Pattern NO_FIELD = Pattern.compile("^model (\\S+) has no field (\\S+)$");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("^type (\\S+) of field (\\S+)\\.(\\S+) is neither.*");
    private static final Set<String> PRISMA_SCALARS = Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bCREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?(?:TEMP|TEMPORARY|UNLOGGED)?\\s*TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([^\\s(]+)");
    private static final Pattern LIKE = Pattern.compile("(?i)\\bLIKE\\b");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final Pattern RENAME_TO = Pattern.compile("(?i)\\bALTER\\s+TABLE\\b[^;]*?\\bRENAME\\s+TO\\s+((?:\"[^\"]+\"|`[^`]+`|[\\w$]+)"
            + "(?:\\s*\\.\\s*(?:\"[^\"]+\"|`[^`]+`|[\\w$]+))?)");

    /**
     * What it finds about a SQL table's keys and indexes depends on that table, the names of the schema's tables and
     * columns, and {@link #environment}; the model's problems and the queries are checked whole every time (see
     * {@link Rule#perTable()}).
     */
    @Override
    public boolean perTable() {
        return true;
    }

    /**
     * What a table's findings read of the rest: the names tables were renamed to, the tables whose columns are not all
     * known, and each foreign key target that is not a table of the schema with whether it is to be reported.
     */
    @Override
    public Object environment(RuleContext ctx) {
        if (ctx.prisma()) return null;
        Set<String> renamed = renamedTo(ctx);
        java.util.Map<Table, Boolean> known = knownColumns(ctx);
        List<Object> out = new ArrayList<>();
        out.add(renamed);
        for (Table t : ctx.schema().tables()) {
            if (!columnsKnown(ctx, known, t)) out.add(t.name());
            for (ForeignKey fk : t.foreignKeys()) {
                if (SchemaFacts.referencedTable(ctx, fk) == null) out.add(List.of(fk.targetTable(), unknownTarget(ctx, fk, renamed)));
            }
        }
        return out;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> renamed = renamedTo(ctx);
        for (Problem p : ctx.unit().problems()) problem(ctx, p, renamed);
        if (ctx.prisma()) return; // the Prisma mapper reports unknown fields of relations and indexes as problems
        java.util.Map<Table, Boolean> known = knownColumns(ctx);
        for (Table t : ctx.tables()) {
            for (ForeignKey fk : t.foreignKeys()) foreignKey(ctx, known, t, fk, renamed);
            if (!columnsKnown(ctx, known, t)) continue;
            if (t.primaryKey() != null) ownColumns(ctx, t, t.primaryKey().columns(), t.primaryKey().source(), "primary key");
            for (UniqueConstraint u : t.uniques()) ownColumns(ctx, t, u.columns(), u.source(), "unique constraint");
            for (Index i : t.indexes()) {
                List<String> columns = new ArrayList<>();
                for (IndexKey k : i.keys()) {
                    if (k.column() != null) columns.add(k.column());
                }
                columns.addAll(i.include());
                ownColumns(ctx, t, columns, i.source(), "index" + (i.name() != null ? " " + i.name() : ""));
            }
        }
        queries(ctx, known, renamed);
    }

    // ------------------------------------------------------------------ queries and views

    /**
     * Tables and columns named by the views and query files of this schema. Only where the workspace has tables to
     * compare with; never for a migrations folder, whose views and data statements name tables and columns as they
     * were then (a later rename does not rewrite them); never for common table expressions, functions, subqueries,
     * or columns of anything but a known table with all its columns known.
     */
    private static void queries(RuleContext ctx, java.util.Map<Table, Boolean> known, Set<String> renamed) {
        if (ctx.unit().kind() == dev.schemawise.workspace.SchemaUnit.Kind.MIGRATIONS || !QueryTables.workspaceHasTables(ctx.workspace())) return;
        for (QueryStatements.Query q : QueryStatements.of(ctx.workspace()).of(ctx.unit())) {
            if (q.origin() == QueryStatements.Origin.MIGRATION) continue;
            queryTables(ctx, q, renamed);
            queryColumns(ctx, known, q);
        }
    }

    private static void queryTables(RuleContext ctx, QueryStatements.Query q, Set<String> renamed) {
        for (TableRef ref : q.info().tables()) {
            if (QueryTables.table(ctx, ref) != null || QueryTables.view(ctx, ref) != null || QueryTables.isSystem(ref) || QueryTables.isSequence(ctx, ref)) continue;
            QualifiedName name = QueryTables.name(ref, ctx.dialect());
            if (SchemaFacts.isExternal(ctx, name) || declaredButUnread(ctx, name) || renamed.contains(ctx.dialect().key(name.name()))
                    || QueryStatements.of(ctx.workspace()).createdElsewhere(name.name())) continue;
            ctx.report(q.file(), ctx.span(q.file(), ref.range().start(), ref.range().end()), q.describe() + " names unknown table "
                    + name.display() + suggestion(name.name(), workspaceRelationNames(ctx)), List.of());
        }
    }

    /** Names a query may use unqualified for something else than a column: system columns and literals some parsers read as names. */
    private static final Set<String> NOT_COLUMNS = Set.of("true", "false", "null", "unknown", "default", "on", "off", "yes", "no",
            "oid", "ctid", "xmin", "xmax", "cmin", "cmax", "tableoid", "rowid", "_rowid_", "oid_");

    private static void queryColumns(RuleContext ctx, java.util.Map<Table, Boolean> known, QueryStatements.Query q) {
        QueryInfo info = q.info();
        // An unqualified name may also be an output alias, a whole-row reference, or a column of an enclosing query,
        // of a common table expression or of a subquery; it is reported only when none of that is possible.
        Set<String> notColumns = new java.util.HashSet<>();
        for (String n : info.outputNames()) notColumns.add(QueryTables.fold(n, ctx.dialect()).toLowerCase(java.util.Locale.ROOT));
        List<Table> tables = new ArrayList<>();
        boolean allKnown = info.otherSources().isEmpty();
        for (TableRef ref : info.tables()) {
            notColumns.add(QueryTables.fold(ref.name(), ctx.dialect()).toLowerCase(java.util.Locale.ROOT));
            if (ref.alias() != null) notColumns.add(QueryTables.fold(ref.alias(), ctx.dialect()).toLowerCase(java.util.Locale.ROOT));
            Table t = QueryTables.table(ctx, ref);
            if (t == null || !columnsKnown(ctx, known, t)) allKnown = false;
            else tables.add(t);
        }
        for (ColumnUse u : info.columnUses()) {
            if (u.table() == null) continue;
            Table t = QueryTables.table(ctx, u.table());
            if (t == null || !columnsKnown(ctx, known, t) || QueryTables.column(ctx, t, u.column()) != null) continue;
            // Schemas of one workspace may disagree about a table the query's own schema does not have: any of them will do.
            if (ctx.unit().schema().table(QueryTables.name(u.table(), ctx.dialect())) == null
                    && QueryTables.tablesNamed(ctx, u.table()).stream().anyMatch(other -> QueryTables.column(ctx, other, u.column()) != null)) continue;
            String folded = QueryTables.fold(u.column(), ctx.dialect());
            if (NOT_COLUMNS.contains(folded.toLowerCase(java.util.Locale.ROOT))) continue;
            // MySQL and SQLite read a double-quoted word as a string when no column has that name.
            if (QueryTables.quoted(u.column()) && u.column().startsWith("\"") && ctx.dialect() != dev.schemawise.model.Dialect.POSTGRESQL) continue;
            if (u.qualifier() == null) {
                if (!allKnown || notColumns.contains(folded.toLowerCase(java.util.Locale.ROOT))) continue;
                if (tables.stream().anyMatch(other -> QueryTables.column(ctx, other, u.column()) != null)) continue;
            }
            ctx.report(q.file(), ctx.span(q.file(), u.range().start(), u.range().end()), q.describe() + " names unknown column " + folded + " of "
                    + ctx.name(t) + suggestion(folded, columnNames(t)), List.of());
        }
    }

    private static List<String> workspaceRelationNames(RuleContext ctx) {
        List<String> out = new ArrayList<>(tableNames(ctx));
        out.addAll(viewNames(ctx));
        for (dev.schemawise.workspace.SchemaUnit u : ctx.workspace().units()) {
            if (u == ctx.unit()) continue;
            for (Table t : u.schema().tables()) out.add(t.name().name());
            for (var v : u.schema().views()) out.add(v.name().name());
        }
        return out;
    }


    // ------------------------------------------------------------------ foreign keys

    /** Whether a foreign key's target, not a table of the schema, is to be reported (not external, unread or renamed). */
    private static boolean unknownTarget(RuleContext ctx, ForeignKey fk, Set<String> renamed) {
        return !(SchemaFacts.isExternal(ctx, fk.targetTable()) || declaredButUnread(ctx, fk.targetTable())
                || renamed.contains(ctx.dialect().key(fk.targetTable().name())));
    }

    private static void foreignKey(RuleContext ctx, java.util.Map<Table, Boolean> known, Table t, ForeignKey fk, Set<String> renamed) {
        String file = fk.source().file();
        Table target = SchemaFacts.referencedTable(ctx, fk);
        if (target == null) {
            if (!unknownTarget(ctx, fk, renamed)) return;
            Span at = SqlSource.referencedTableRange(ctx, fk);
            ctx.report(file, at != null ? at : fk.source().nameRange(), "foreign key (" + String.join(", ", fk.columns()) + ") of " + ctx.name(t)
                    + " references unknown table " + fk.targetTable() + suggestion(fk.targetTable().name(), tableNames(ctx)), List.of());
            return;
        }
        if (columnsKnown(ctx, known, target)) {
            Span list = SqlSource.referencedColumnsRange(ctx, fk);
            for (String c : fk.targetColumns()) {
                if (!isName(c) || target.column(c) != null) continue;
                Span at = list != null ? SqlSource.nameIn(ctx, file, list, c, 0) : null;
                ctx.report(file, at != null ? at : fk.source().nameRange(), "foreign key (" + String.join(", ", fk.columns()) + ") of " + ctx.name(t)
                        + " references unknown column " + c + " of " + ctx.targetName(fk) + suggestion(c, columnNames(target)), List.of());
            }
        }
        if (columnsKnown(ctx, known, t)) {
            for (String c : fk.columns()) {
                if (!isName(c) || t.column(c) != null) continue;
                Span at = SqlSource.nameIn(ctx, file, fk.source().range(), c, 0);
                ctx.report(file, at != null ? at : fk.source().nameRange(), "foreign key of " + ctx.name(t) + " names unknown column " + c
                        + suggestion(c, columnNames(t)), List.of());
            }
        }
    }

    /** Primary key, unique and index columns exist in their own table. */
    private static void ownColumns(RuleContext ctx, Table t, List<String> columns, SourceRef source, String what) {
        for (String c : columns) {
            if (!isName(c) || t.column(c) != null) continue;
            Span at = SqlSource.nameIn(ctx, source.file(), source.range(), c, 0);
            ctx.report(source.file(), at != null ? at : source.nameRange(), what + " of " + ctx.name(t) + " names unknown column " + c
                    + suggestion(c, columnNames(t)), List.of());
        }
    }

    /**
     * False when the model may not know all of a table's columns: columns inherited from INHERITS parents,
     * copied from a LIKE table or a partition parent, or from CREATE TABLE ... AS.
     */
    static boolean columnsKnown(RuleContext ctx, Table t) {
        return columnsKnown(ctx, knownColumns(ctx), t);
    }

    /** Whether each table's columns are all known, answered once per table and schema (asked for every foreign key and query column). */
    private static java.util.Map<Table, Boolean> knownColumns(RuleContext ctx) {
        return Memo.of(ctx.schema(), "columns known", () -> java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean columnsKnown(RuleContext ctx, java.util.Map<Table, Boolean> known, Table t) {
        if (t.isPrisma()) return true;
        Boolean answer = known.get(t);
        if (answer == null) {
            answer = computeColumnsKnown(ctx, t);
            known.put(t, answer);
        }
        return answer;
    }

    private static boolean computeColumnsKnown(RuleContext ctx, Table t) {
        if (t.columns().isEmpty() || !t.inherits().isEmpty() || t.partitionOf() != null) return false;
        String text = ctx.text(t.source().file());
        Span r = t.source().range();
        if (r.end() > text.length()) return true;
        // A plain scan first: the regular expression is only needed for the few statements holding the letters.
        if (!containsIgnoreCase(text, r.start(), r.end(), "like")) return true;
        return !LIKE.matcher(text).region(r.start(), r.end()).find();
    }

    private static boolean containsIgnoreCase(String text, int from, int to, String word) {
        return SchemaFacts.indexOfIgnoreCase(text, word, from, to) >= 0;
    }

    /** A name that is a plain identifier (not an expression a key part may hold). */
    private static boolean isName(String name) {
        return !name.isEmpty() && name.chars().noneMatch(ch -> ch == '(' || ch == ' ' || ch == '\u0000');
    }

    /**
     * True when a CREATE TABLE of that name is written in a file of this schema that has syntax errors: the
     * statement was not read, and the syntax finding already says why.
     */
    private static boolean declaredButUnread(RuleContext ctx, QualifiedName name) {
        for (String f : ctx.unit().files()) {
            FileReport report = ctx.workspace().file(f);
            if (report == null || report.syntaxErrors().isEmpty()) continue;
            Matcher m = CREATE_TABLE.matcher(report.text());
            while (m.find()) {
                String written = m.group(1).replaceAll("[\"`\\[\\]]", "");
                String bare = written.contains(".") ? written.substring(written.lastIndexOf('.') + 1) : written;
                if (bare.equalsIgnoreCase(name.name())) return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the model's problems

    /**
     * The names tables of this schema were renamed to (ALTER TABLE ... RENAME TO). When the renamed table was
     * itself unknown (a history that starts later, a folder read as two layouts), that statement is the one
     * reported; the statements using the new name are its consequences, not further unknown names.
     */
    private static Set<String> renamedTo(RuleContext ctx) {
        Set<String> out = new java.util.HashSet<>();
        for (String f : ctx.unit().files()) {
            FileReport report = ctx.workspace().file(f);
            if (report == null || report.sql() == null) continue;
            String text = report.text();
            out.addAll(Memo.of(text, "renamed-to " + ctx.dialect(), () -> {
                Set<String> names = new java.util.HashSet<>();
                // The expression is costly to try at every offset of a large dump; most files rename nothing.
                if (SchemaFacts.indexOfIgnoreCase(text, "rename", 0) < 0) return names;
                Matcher m = RENAME_TO.matcher(text);
                while (m.find()) {
                    String written = m.group(1).replaceAll("\\s+", "");
                    String bare = written.contains(".") ? written.substring(written.lastIndexOf('.') + 1) : written;
                    boolean quoted = bare.startsWith("\"") || bare.startsWith("`");
                    names.add(ctx.dialect().key(quoted ? bare.substring(1, bare.length() - 1) : ctx.dialect().foldUnquoted(bare)));
                }
                return names;
            }));
        }
        return out;
    }

    private static void problem(RuleContext ctx, Problem p, Set<String> renamed) {
        String message = p.message();
        Matcher m;
        if ((m = UNKNOWN_TABLE.matcher(message)).matches() || (m = DROP_TABLE.matcher(message)).matches()) {
            String written = m.group(m.groupCount());
            QualifiedName name = qualified(written);
            if (SchemaFacts.isExternal(ctx, name) || ctx.workspace().findTable(name, ctx.unit()) != null || declaredButUnread(ctx, name)
                    || renamed.contains(ctx.dialect().key(name.name()))) return;
            List<String> candidates = m.pattern() == DROP_TABLE && !m.group(1).equals("table") ? viewNames(ctx) : tableNames(ctx);
            ctx.report(p.file(), p.range(), message + suggestion(name.name(), candidates), List.of());
        } else if ((m = UNKNOWN_COLUMN.matcher(message)).matches()) {
            String column = m.group(1);
            Table t = ctx.schema().table(qualified(m.group(2)));
            if (t != null && !columnsKnown(ctx, t)) return;
            Span at = SqlSource.nameIn(ctx, p.file(), p.range(), column, 0);
            ctx.report(p.file(), at != null ? at : p.range(), message + suggestion(column, t == null ? List.of() : columnNames(t)), List.of());
        } else if ((m = NO_FIELD.matcher(message)).matches()) {
            Table t = model(ctx, m.group(1));
            ctx.report(p.file(), p.range(), message + suggestion(m.group(2), t == null ? List.of() : fieldNames(t)), List.of());
        } else if ((m = UNKNOWN_TYPE.matcher(message)).matches()) {
            ctx.report(p.file(), p.range(), "unknown type " + m.group(1) + " of field " + m.group(2) + "." + m.group(3)
                    + ": it is neither a built-in type nor a model, enum or composite type" + suggestion(m.group(1), prismaTypeNames(ctx)), List.of());
        }
        // Other problems (a table created twice, an object that already exists, DROP CONSTRAINT / DROP INDEX / ALTER INDEX
        // of a name the database generated, sequences, types and extensions made outside the model) are not unknown references.
    }

    private static QualifiedName qualified(String written) {
        int dot = written.lastIndexOf('.');
        if (dot <= 0 || written.startsWith("{{") || written.startsWith("\"{{")) return QualifiedName.of(dot > 0 ? written.substring(dot + 1) : written);
        return new QualifiedName(written.substring(0, dot), written.substring(dot + 1));
    }

    private static Table model(RuleContext ctx, String declaredName) {
        for (Table t : ctx.schema().tables()) {
            if (t.declaredName().equals(declaredName)) return t;
        }
        return null;
    }

    // ------------------------------------------------------------------ suggestions

    private static String suggestion(String name, List<String> candidates) {
        String closest = ClosestName.of(name, candidates);
        return closest == null || closest.equals(name) ? "" : "; did you mean " + closest + "?";
    }

    private static List<String> tableNames(RuleContext ctx) {
        List<String> out = new ArrayList<>();
        for (Table t : ctx.schema().tables()) out.add(t.name().name());
        return out;
    }

    private static List<String> viewNames(RuleContext ctx) {
        List<String> out = new ArrayList<>();
        for (var v : ctx.schema().views()) out.add(v.name().name());
        return out;
    }

    private static List<String> columnNames(Table t) {
        List<String> out = new ArrayList<>();
        for (Column c : t.columns()) out.add(c.name());
        return out;
    }

    private static List<String> fieldNames(Table t) {
        Set<String> out = new LinkedHashSet<>();
        for (Column c : t.columns()) out.add(c.declaredName());
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.relationField() != null) out.add(fk.relationField());
        }
        return new ArrayList<>(out);
    }

    private static List<String> prismaTypeNames(RuleContext ctx) {
        List<String> out = new ArrayList<>(PRISMA_SCALARS);
        for (Table t : ctx.schema().tables()) {
            if (t.origin() == Table.Origin.PRISMA_MODEL) out.add(t.declaredName());
        }
        for (EnumType e : ctx.schema().enums()) out.add(e.declaredName());
        for (var c : ctx.schema().compositeTypes()) out.add(c.declaredName());
        for (var v : ctx.schema().views()) out.add(v.declaredName());
        return out;
    }
}
