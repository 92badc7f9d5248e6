package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.View;
import dev.schemawise.query.TableRef;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the names of a query meet the schemas of the workspace. A query's table resolves in its own schema first,
 * then in any other of the workspace: a folder of query files beside a schema.sql or a migrations folder (sqlc's
 * layout) is a schema of its own, without tables. Names are compared as the database does: quoted ones as
 * written, unquoted ones folded the dialect's way.
 */
final class QueryTables {
    private QueryTables() {}

    /** A name as the database knows it: without its quotes ({@code "x"}, {@code `x`}, {@code [x]}); unquoted, folded. */
    static String fold(String written, Dialect dialect) {
        if (written == null) return null;
        if (quoted(written)) {
            String inner = written.substring(1, written.length() - 1);
            char q = written.charAt(0);
            return q == '[' ? inner : inner.replace(String.valueOf(q) + q, String.valueOf(q));
        }
        return dialect.foldUnquoted(written);
    }

    static boolean quoted(String written) {
        int n = written.length();
        if (n < 2) return false;
        char first = written.charAt(0);
        char last = written.charAt(n - 1);
        return first == '"' && last == '"' || first == '`' && last == '`' || first == '[' && last == ']';
    }

    /** The reference's name as the schema model writes names. */
    static QualifiedName name(TableRef ref, Dialect dialect) {
        return new QualifiedName(ref.schema() == null ? null : fold(ref.schema(), dialect), fold(ref.name(), dialect));
    }

    /**
     * The table a query's reference names: in the query's own schema first, then in the schema nearest to it in the
     * folder tree (a queries folder beside a schema.sql or a migrations folder); null if none.
     */
    static Table table(RuleContext ctx, TableRef ref) {
        if (ref == null) return null;
        QualifiedName name = name(ref, ctx.dialect());
        Table own = ctx.unit().schema().table(name);
        if (own != null) return own;
        Table nearest = null;
        int shared = -1;
        for (SchemaUnit u : ctx.workspace().units()) {
            if (u == ctx.unit()) continue;
            Table t = u.schema().table(name);
            int s = t == null ? -1 : sharedFolders(ctx.unit().id(), u.id());
            if (s > shared) {
                nearest = t;
                shared = s;
            }
        }
        return nearest;
    }

    /** Every table of that name in the workspace's schemas (several when schemas of one workspace disagree). */
    static List<Table> tablesNamed(RuleContext ctx, TableRef ref) {
        QualifiedName name = name(ref, ctx.dialect());
        List<Table> out = new ArrayList<>();
        for (SchemaUnit u : ctx.workspace().units()) {
            Table t = u.schema().table(name);
            if (t != null) out.add(t);
        }
        return out;
    }

    /** How many leading folders two workspace paths share. */
    private static int sharedFolders(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        int n = 0;
        while (n < x.length && n < y.length && x[n].equals(y[n])) n++;
        return n;
    }

    /** The view a query's reference names, in the query's own schema first, then anywhere in the workspace; null if none. */
    static View view(RuleContext ctx, TableRef ref) {
        QualifiedName name = name(ref, ctx.dialect());
        View own = view(ctx.unit(), name);
        if (own != null) return own;
        for (SchemaUnit u : ctx.workspace().units()) {
            View v = view(u, name);
            if (v != null) return v;
        }
        return null;
    }

    private static View view(SchemaUnit unit, QualifiedName name) {
        String key = Schema.key(unit.dialect(), name);
        String bare = unit.dialect().key(name.name());
        for (View v : unit.schema().views()) {
            if (Schema.key(unit.dialect(), v.name()).equals(key) || name.schema() == null && unit.dialect().key(v.name().name()).equals(bare)) return v;
        }
        return null;
    }

    /** The column of a known table a query names as written, or null. */
    static Column column(RuleContext ctx, Table table, String written) {
        return table.column(fold(written, ctx.dialect()));
    }

    /**
     * The table reference a column use belongs to: the one the query facts resolved, or for an unqualified column the
     * facts could not place (several FROM items) the only table of the statement that has such a column, when every
     * FROM item of the statement is a known table; null when that is ambiguous or unknown.
     */
    static TableRef owner(RuleContext ctx, dev.schemawise.query.QueryInfo info, dev.schemawise.query.ColumnUse use) {
        if (use.table() != null || use.qualifier() != null || !info.otherSources().isEmpty()) return use.table();
        TableRef owner = null;
        for (TableRef ref : info.tables()) {
            Table t = table(ctx, ref);
            if (t == null) return null;
            if (column(ctx, t, use.column()) == null) continue;
            if (owner != null) return null;
            owner = ref;
        }
        return owner;
    }

    /** Whether any schema of the workspace has a table: without one, queries have nothing to be compared with. */
    static boolean workspaceHasTables(Workspace workspace) {
        for (SchemaUnit u : workspace.units()) {
            if (!u.schema().tables().isEmpty()) return true;
        }
        return false;
    }

    /** SQL's functions called without parentheses, which may stand in FROM ({@code SELECT * FROM current_date}). */
    private static final java.util.Set<String> NILADIC_FUNCTIONS = java.util.Set.of("current_date", "current_time", "current_timestamp",
            "localtime", "localtimestamp", "current_user", "session_user", "user", "current_role", "current_schema", "current_catalog");

    /** Whether a sequence of that name exists in some schema of the workspace (SELECT last_value FROM a_sequence). */
    static boolean isSequence(RuleContext ctx, TableRef ref) {
        String bare = fold(ref.name(), ctx.dialect());
        for (SchemaUnit u : ctx.workspace().units()) {
            for (dev.schemawise.model.Sequence s : u.schema().sequences()) {
                if (s.name().name().equalsIgnoreCase(bare)) return true;
            }
        }
        return false;
    }

    /**
     * Whether a reference names one of the database's own catalogs: PostgreSQL's pg_catalog and information_schema
     * (also unqualified: pg_class, pg_stat_activity), SQLite's sqlite_master, MySQL's mysql and performance_schema,
     * and the DUAL pseudo-table.
     */
    static boolean isSystem(TableRef ref) {
        if (ref.schema() == null && NILADIC_FUNCTIONS.contains(ref.name().toLowerCase(Locale.ROOT))) return true;
        String schema = ref.schema() == null ? null : ref.schema().replaceAll("[\"`\\[\\]]", "").toLowerCase(Locale.ROOT);
        String name = ref.name().replaceAll("[\"`\\[\\]]", "").toLowerCase(Locale.ROOT);
        if (schema != null) {
            return schema.equals("pg_catalog") || schema.equals("information_schema") || schema.equals("mysql") || schema.equals("sys")
                    || schema.equals("performance_schema") || schema.startsWith("pg_");
        }
        return name.startsWith("pg_") || name.startsWith("sqlite_") || name.equals("dual");
    }
}
