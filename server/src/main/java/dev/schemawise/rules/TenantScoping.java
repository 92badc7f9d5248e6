package dev.schemawise.rules;

import dev.schemawise.config.Config;
import dev.schemawise.model.Column;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Index;
import dev.schemawise.model.IndexKey;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tenant-scoping}: in a multi-tenant schema every table carries the tenant column, and unique keys and indexes
 * include it.
 */
public final class TenantScoping implements Rule {
    public static final RuleInfo INFO = new RuleInfo("tenant-scoping", "multi-tenancy", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "In a multi-tenant schema, tables carry the tenant column and unique keys (and, when configured, indexes) include it.",
            """
            In a schema shared by many tenants (organizations, workspaces, accounts), each row belongs to one \
            tenant through a tenant column such as tenant_id. Three things go wrong without discipline:

            - a table without the column cannot be filtered by tenant, so a query of it shows every \
              tenant's rows, and row-level security has nothing to check;
            - a unique key without the column is unique across all tenants: once one tenant has a user \
              with the email ann@example.com, or a project with the slug "web", no other tenant can, and the \
              error message tells them that the value exists elsewhere;
            - an index without the column does not help queries that always filter by tenant, and mixes \
              every tenant's rows in the same pages.

            The tenant column is configured, with the tables shared by all tenants (by table or model \
            name):

                "multiTenancy": { "column": "tenant_id", "sharedTables": ["plans", "countries"] }

            Then every table must have the column except the shared ones, the tenant table itself (the one \
            the column references, e.g. tenants) and tables that link two others (project_members); every \
            unique key and every index of a table with the column must include it. A schema in which no table has the column is left alone \
            (the configuration is meant for another schema).

            Without configuration the column is detected: at least 60% of the tables, and at least 3, carry \
            the same column among tenant_id, organization_id, organisation_id, org_id, account_id, \
            workspace_id, team_id and company_id (or their camelCase forms). Then only unique keys are \
            checked. Missing columns are not reported in detected mode: a table can be scoped through its \
            parent (order_items through orders), and which tables are global (users, plans, countries) is \
            a design decision only the configuration can state.

            Unique keys that are unique by nature in every tenant are left alone: keys containing a foreign \
            key (unique within a parent that is itself scoped, or a one-to-one link), random or external \
            identifiers and secrets (columns ending in id, uuid, token, hash, secret...), UUID columns, and \
            global names such as domain and hostname. So are the keys and indexes of tables whose rows are \
            found before the tenant is known, by the secret a client presents or by host name (api_keys, \
            access_tokens, sessions, OAuth codes, domains). Indexes whose leading columns are a foreign key \
            (they serve the foreign key), that contain a foreign key to a tenant table, or that are not \
            B-tree indexes (GIN, full-text) are left alone too. Some values must be unique everywhere \
            because they are public (the slug of a status page served as a subdomain); the message says so, \
            and a suppression comment records the decision.

            Bad:

                CREATE TABLE projects (
                  id bigint PRIMARY KEY,
                  tenant_id bigint NOT NULL REFERENCES tenants (id),
                  slug text NOT NULL UNIQUE
                );

            Good:

                CREATE TABLE projects (
                  id bigint PRIMARY KEY,
                  tenant_id bigint NOT NULL REFERENCES tenants (id),
                  slug text NOT NULL,
                  UNIQUE (tenant_id, slug)
                );

            In Prisma: @@unique([tenantId, slug]) instead of slug String @unique. The fixes put the tenant \
            column first in the key (SQL: in the column list, or from an inline UNIQUE to a table constraint; \
            Prisma: in the @@unique or @@index list, or from a field's @unique to @@unique). They are offered \
            one at a time, not in bulk: a wider key changes which rows conflict, and in Prisma the name of \
            the compound key in the client's where clauses.
            """, RuleInfo.Fixes.CHOICES, List.of());

    /** Column names that usually hold the tenant, for detection (snake_case; camelCase forms are derived). */
    private static final List<String> CANDIDATES = List.of("tenant_id", "organization_id", "organisation_id", "org_id", "account_id", "workspace_id",
            "team_id", "company_id");
    private static final List<String> CANDIDATE_SNAKES = CANDIDATES.stream().map(SchemaFacts::snake).toList();

    /** Last words of column names whose values are unique in the whole database by nature (identifiers, secrets, global names). */
    private static final Set<String> GLOBAL_WORDS = Set.of("id", "ids", "uuid", "guid", "ulid", "cuid", "token", "hash", "digest", "secret", "nonce",
            "signature", "fingerprint", "sid", "dsn", "domain", "hostname", "host", "subdomain");

    /**
     * Words of table names whose rows are found before any tenant is known: by the secret a client presents (api_keys,
     * access_tokens, sessions, OAuth codes) or by a host name (domains).
     */
    private static final Set<String> GLOBAL_TABLE_WORDS = Set.of("token", "tokens", "secret", "secrets", "session", "sessions", "credential",
            "credentials", "domain", "domains");

    /** The tenant column: its name, whether it was configured, and the detection evidence for messages. */
    private record Tenancy(String column, boolean configured, String evidence) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * How a schema is shared by tenants, for the architecture document: the tenant column, whether it was
     * configured or detected (with the evidence), the tables that carry it and those shared by all tenants (the
     * tenant tables themselves, configured shared tables, tables without the column). Null for a single-tenant schema.
     */
    public record Layout(String column, boolean configured, String evidence, List<Table> scoped, List<Table> shared) {}

    public static Layout layout(Schema schema, Config.MultiTenancy config) {
        List<Table> tables = tables(schema);
        Tenancy tenancy = tenancy(schema, tables, config);
        if (tenancy == null) return null;
        List<Table> scoped = new ArrayList<>();
        List<Table> shared = new ArrayList<>();
        Set<String> sharedNames = sharedNames(config);
        for (Table t : tables) {
            (tenantColumn(t, tenancy.column()) != null && !isShared(t, sharedNames) ? scoped : shared).add(t);
        }
        return scoped.isEmpty() ? null : new Layout(tenancy.column(), tenancy.configured(), tenancy.evidence(), scoped, shared);
    }

    private static List<Table> tables(Schema schema) {
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (t.temporary() || t.ignored() || t.partitionOf() != null || t.origin() == Table.Origin.PRISMA_IMPLICIT) continue;
            tables.add(t);
        }
        return tables;
    }

    private static Tenancy tenancy(Schema schema, List<Table> tables, Config.MultiTenancy config) {
        return config != null && config.column() != null && !config.column().isBlank()
                ? new Tenancy(config.column(), true, "")
                : detect(schema, tables);
    }

    private static Set<String> sharedNames(Config.MultiTenancy config) {
        Set<String> shared = new HashSet<>();
        if (config != null) {
            for (String s : config.sharedTables()) shared.add(s.toLowerCase(Locale.ROOT));
        }
        return shared;
    }

    @Override
    public void check(RuleContext ctx) {
        Config.MultiTenancy config = ctx.config().multiTenancy();
        List<Table> tables = tables(ctx.schema());
        Tenancy tenancy = tenancy(ctx.schema(), tables, config);
        if (tenancy == null) return;
        Set<String> shared = sharedNames(config);
        Set<Table> tenantTables = tenantTables(ctx.schema(), tables, tenancy.column());
        boolean anyHasColumn = tables.stream().anyMatch(t -> tenantColumn(t, tenancy.column()) != null);
        if (!anyHasColumn) return;
        for (Table t : tables) {
            if (isShared(t, shared) || tenantTables.contains(t)) continue;
            Column tenant = tenantColumn(t, tenancy.column());
            if (tenant == null) {
                if (tenancy.configured() && !SchemaFacts.isLinkTable(ctx.schema(), t)) reportMissing(ctx, t, tenancy);
                continue;
            }
            for (UniqueConstraint u : t.uniques()) {
                if (leaksAcrossTenants(ctx, t, u.columns(), List.of(), tenant)) reportUnique(ctx, t, u, tenant, tenancy);
            }
            for (Index i : t.indexes()) {
                List<String> columns = new ArrayList<>();
                List<String> expressions = new ArrayList<>();
                for (IndexKey k : i.keys()) {
                    if (k.column() != null) columns.add(k.column());
                    else expressions.add(k.expression());
                }
                if (i.unique()) {
                    if (leaksAcrossTenants(ctx, t, columns, expressions, tenant)) reportIndex(ctx, t, i, tenant, tenancy);
                } else if (tenancy.configured() && unscopedIndex(ctx, t, i, columns, expressions, tenant, tenantTables)) {
                    reportIndex(ctx, t, i, tenant, tenancy);
                }
            }
        }
    }

    // ------------------------------------------------------------------ which column, which tables

    /** The candidate column on the most tables, when it is on at least 60% of them (and at least 3). */
    private static Tenancy detect(Schema schema, List<Table> tables) {
        List<Table> considered = tables.stream().filter(t -> !SchemaFacts.isLinkTable(schema, t)).toList();
        // One pass over each table's columns for all candidates (a large dump has thousands of tables).
        int[] counts = new int[CANDIDATES.size()];
        boolean[] on = new boolean[CANDIDATES.size()];
        for (Table t : considered) {
            java.util.Arrays.fill(on, false);
            for (Column c : t.columns()) {
                String snake = null;
                for (int i = 0; i < on.length; i++) {
                    if (on[i]) continue;
                    if (namedAs(c, CANDIDATES.get(i))) {
                        on[i] = true;
                        continue;
                    }
                    if (snake == null) snake = SchemaFacts.snake(c.name());
                    if (snake.equals(CANDIDATE_SNAKES.get(i))) on[i] = true;
                }
            }
            for (int i = 0; i < on.length; i++) {
                if (on[i]) counts[i]++;
            }
        }
        String best = null;
        int bestCount = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > bestCount) {
                best = CANDIDATES.get(i);
                bestCount = counts[i];
            }
        }
        if (best == null || bestCount < 3) return null;
        // The tenant table itself cannot carry the column: leave it out of the count.
        String column = best;
        int denominator = considered.size() - (int) considered.stream().filter(t -> looksLikeTenantTable(t, column)).count();
        if (bestCount < 0.6 * denominator) return null;
        return new Tenancy(column, false, " (it is on " + bestCount + " of the " + denominator + " tables)");
    }

    /** The column is named {@code column}: its database name in any case, or its Prisma field name. */
    private static boolean namedAs(Column c, String column) {
        return c.name().equalsIgnoreCase(column) || c.declaredName().equals(column);
    }

    /** The table's tenant column: by database name (either spelling, tenant_id or tenantId) or by Prisma field name. */
    private static Column tenantColumn(Table t, String column) {
        String wanted = SchemaFacts.snake(column);
        for (Column c : t.columns()) {
            if (namedAs(c, column)) return c;
        }
        for (Column c : t.columns()) {
            if (SchemaFacts.snake(c.name()).equals(wanted)) return c;
        }
        return null;
    }

    /** The tables the tenant column references (tenants, organizations), else those named after it. */
    private static Set<Table> tenantTables(Schema schema, List<Table> tables, String column) {
        Set<Table> out = new HashSet<>();
        for (Table t : tables) {
            Column tenant = tenantColumn(t, column);
            if (tenant == null) continue;
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.columns().size() == 1 && fk.columns().get(0).equals(tenant.name())) {
                    Table target = schema.table(fk.targetTable());
                    if (target != null) out.add(target);
                }
            }
        }
        if (out.isEmpty()) {
            for (Table t : tables) {
                if (looksLikeTenantTable(t, column)) out.add(t);
            }
        }
        return out;
    }

    /** tenants for tenant_id, organizations for organizationId, companies for company_id. */
    private static boolean looksLikeTenantTable(Table t, String column) {
        List<String> words = SchemaFacts.words(column);
        if (words.size() < 2 || !words.get(words.size() - 1).equals("id")) return false;
        String base = String.join("_", words.subList(0, words.size() - 1));
        Set<String> names = new HashSet<>(List.of(base, base + "s", base + "es"));
        if (base.endsWith("y")) names.add(base.substring(0, base.length() - 1) + "ies");
        if (base.equals("org")) names.addAll(List.of("organization", "organizations", "organisation", "organisations"));
        return names.contains(SchemaFacts.snake(t.name().name())) || names.contains(SchemaFacts.snake(t.declaredName()));
    }

    private static boolean isShared(Table t, Set<String> shared) {
        String name = t.name().name().toLowerCase(Locale.ROOT);
        // An unqualified table is in the default schema, so "public.countries" names it too.
        String qualified = (t.name().schema() == null ? "public" : t.name().schema().toLowerCase(Locale.ROOT)) + "." + name;
        return shared.contains(name) || shared.contains(qualified) || shared.contains(t.declaredName().toLowerCase(Locale.ROOT));
    }

    // ------------------------------------------------------------------ what leaks, what is unscoped

    /** A unique key of a tenant table that is unique across tenants for a value that is not unique by nature. */
    private static boolean leaksAcrossTenants(RuleContext ctx, Table t, List<String> columns, List<String> expressions, Column tenant) {
        if (columns.isEmpty() && expressions.isEmpty()) return false;
        if (includes(ctx, columns, expressions, tenant)) return false;
        if (columns.stream().anyMatch(c -> c.startsWith(Constraint.USING_INDEX)) || foundBeforeTenant(t)) return false;
        Set<String> foreign = foreignKeyColumns(ctx, t);
        for (String c : columns) {
            if (foreign.contains(ctx.dialect().key(c)) || isGlobalByNature(t, c)) return false;
        }
        return true;
    }

    /** A plain index of a tenant table that queries filtering by tenant cannot use well. */
    private static boolean unscopedIndex(RuleContext ctx, Table t, Index i, List<String> columns, List<String> expressions, Column tenant,
                                         Set<Table> tenantTables) {
        if (i.kind() != null || (i.method() != null && !i.method().equals("btree") && !i.method().equals("hash")) || foundBeforeTenant(t)) return false;
        if (columns.isEmpty() || includes(ctx, columns, expressions, tenant)) return false;
        for (String c : columns) {
            // Lookups by a globally unique value (an identifier, a token) find the row without the tenant.
            if (isGlobalByNature(t, c)) return false;
        }
        for (ForeignKey fk : t.foreignKeys()) {
            // The index serves the foreign key's checks on deletes; a tenant column in front would stop that.
            if (!fk.columns().isEmpty() && columns.size() >= fk.columns().size()
                    && SchemaFacts.keySet(columns.subList(0, fk.columns().size()), ctx.dialect()).equals(SchemaFacts.keySet(fk.columns(), ctx.dialect()))) {
                return false;
            }
            // Rows of one parent in a tenant table all belong to one tenant: the index is already scoped.
            Table target = ctx.schema().table(fk.targetTable());
            if (target != null && (tenantColumn(target, tenant.name()) != null || tenantTables.contains(target))
                    && !Collections.disjoint(SchemaFacts.keySet(columns, ctx.dialect()), SchemaFacts.keySet(fk.columns(), ctx.dialect()))) {
                return false;
            }
        }
        return true;
    }

    /** api_keys, access_tokens, sessions, OAuthCode, domains: rows found before the tenant is known, whose keys are global. */
    private static boolean foundBeforeTenant(Table t) {
        List<String> words = SchemaFacts.words(t.declaredName());
        if (words.isEmpty()) return false;
        String last = words.get(words.size() - 1);
        if (last.equals("key") || last.equals("keys")) return true;
        // OAuthCode splits into o, auth, code: look for the word in the whole name as well.
        return words.stream().anyMatch(GLOBAL_TABLE_WORDS::contains) || t.declaredName().toLowerCase(Locale.ROOT).contains("oauth");
    }

    private static boolean includes(RuleContext ctx, List<String> columns, List<String> expressions, Column tenant) {
        for (String c : columns) {
            if (ctx.dialect().key(c).equals(ctx.dialect().key(tenant.name()))) return true;
        }
        for (String e : expressions) {
            if (e != null && e.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + Pattern.quote(tenant.name().toLowerCase(Locale.ROOT)) + "\\b.*")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> foreignKeyColumns(RuleContext ctx, Table t) {
        Set<String> out = new HashSet<>();
        for (ForeignKey fk : t.foreignKeys()) {
            for (String c : fk.columns()) out.add(ctx.dialect().key(c));
        }
        return out;
    }

    /** A UUID column, or one named as an identifier, secret or host name (public_id, invite_token, custom_domain). */
    private static boolean isGlobalByNature(Table t, String columnName) {
        Column column = t.column(columnName);
        if (column != null && column.type().family() == TypeFamily.UUID) return true;
        return endsInGlobalWord(columnName) || (column != null && endsInGlobalWord(column.declaredName()));
    }

    private static boolean endsInGlobalWord(String column) {
        List<String> words = SchemaFacts.words(column);
        return !words.isEmpty() && GLOBAL_WORDS.contains(words.get(words.size() - 1));
    }

    // ------------------------------------------------------------------ findings

    private static void reportMissing(RuleContext ctx, Table t, Tenancy tenancy) {
        SourceRef at = ctx.prisma() ? t.source() : SqlSource.nameAt(ctx, t.source(), t.history(), t.name().name());
        String column = ctx.prisma() ? "field" : "column";
        ctx.report(at, ctx.name(t) + " has no " + tenancy.column() + " " + column + ", but every table of this multi-tenant schema must carry it"
                + " (multiTenancy.column) unless it is shared by all tenants; add the " + column + ", or list the " + (ctx.prisma() ? "model" : "table")
                + " in multiTenancy.sharedTables");
    }

    private static String display(RuleContext ctx, Table t, List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) out.add(ctx.prisma() ? PrismaSource.fieldName(t, c) : c);
        return String.join(", ", out);
    }

    private static void reportUnique(RuleContext ctx, Table t, UniqueConstraint u, Column tenant, Tenancy tenancy) {
        String tenantName = ctx.prisma() ? tenant.declaredName() : tenant.name();
        String columns = display(ctx, t, u.columns());
        String message = "unique " + (ctx.prisma() ? "key (" : "constraint (") + columns + ") of " + ctx.name(t) + " does not include " + tenantName
                + tenancy.evidence() + ", so each value can exist only once across all tenants: one tenant's row blocks the same value in every other"
                + " tenant and reveals that it exists there; unless the value must be unique everywhere (a public URL), make it unique per tenant: "
                + (ctx.prisma() ? "@@unique([" + tenantName + ", " + columns + "])" : "UNIQUE (" + tenantName + ", " + columns + ")");
        SourceRef at = uniqueRange(ctx, u);
        ctx.report(at.file(), at.nameRange(), message, fixes(ctx, t, u, null, tenant));
    }

    private static void reportIndex(RuleContext ctx, Table t, Index i, Column tenant, Tenancy tenancy) {
        String tenantName = ctx.prisma() ? tenant.declaredName() : tenant.name();
        List<String> keys = new ArrayList<>();
        for (IndexKey k : i.keys()) keys.add(k.column() != null ? (ctx.prisma() ? PrismaSource.fieldName(t, k.column()) : k.column()) : k.expression());
        String what = (i.unique() ? "unique index" : "index") + (i.name() != null ? " " + i.name() : "") + " (" + String.join(", ", keys) + ") of " + ctx.name(t);
        String message = i.unique()
                ? what + " does not include " + tenantName + tenancy.evidence() + ", so each value can exist only once across all tenants: one tenant's row"
                        + " blocks the same value in every other tenant and reveals that it exists there; unless the value must be unique everywhere"
                        + " (a public URL), put " + tenantName + " first in it"
                : what + " does not include " + tenantName + ", while every query of a tenant's rows filters by it; put " + tenantName + " first in it";
        SourceRef at = ctx.prisma() ? new SourceRef(i.source().file(), i.source().range(), i.source().range()) : i.source();
        ctx.report(at.file(), at.nameRange(), message, fixes(ctx, t, null, i, tenant));
    }

    /** The key's own text: an inline UNIQUE, a UNIQUE (...) clause or its name in SQL; the @unique or @@unique attribute in Prisma. */
    private static SourceRef uniqueRange(RuleContext ctx, UniqueConstraint u) {
        if (!ctx.prisma()) return u.name() != null ? SqlSource.nameAt(ctx, u.source(), List.of(), u.name()) : u.source();
        String file = u.source().file();
        PrismaAst.Attribute attribute = fieldUnique(ctx, u);
        Span range = attribute != null ? ctx.span(file, attribute.range().start(), attribute.range().end()) : u.source().range();
        return new SourceRef(file, range, range);
    }

    /** The @unique attribute of the field a single-field Prisma unique key comes from, or null for @@unique. */
    private static PrismaAst.Attribute fieldUnique(RuleContext ctx, UniqueConstraint u) {
        for (PrismaAst.Block b : blocks(ctx, u.source().file())) {
            for (PrismaAst.Field f : b.fields()) {
                if (f.range().equals(u.source().range())) return f.attribute("unique");
            }
        }
        return null;
    }

    private static List<PrismaAst.Block> blocks(RuleContext ctx, String file) {
        FileReport report = ctx.workspace().file(file);
        return report == null || report.prisma() == null ? List.of() : report.prisma().blocks();
    }

    // ------------------------------------------------------------------ fixes

    private static List<Fix> fixes(RuleContext ctx, Table t, UniqueConstraint u, Index i, Column tenant) {
        Fix fix = ctx.prisma() ? prismaFix(ctx, t, u, i, tenant) : sqlFix(ctx, t, u, i, tenant);
        return fix == null ? List.of() : List.of(fix);
    }

    private static Fix sqlFix(RuleContext ctx, Table t, UniqueConstraint u, Index i, Column tenant) {
        SourceRef source = u != null ? u.source() : i.source();
        String file = source.file();
        String text = ctx.text(file);
        int start = source.range().start();
        int end = Math.min(source.range().end(), text.length());
        String ownText = text.substring(start, end);
        if (ownText.toUpperCase(Locale.ROOT).matches("(?s).*\\bUSING\\s+INDEX\\b.*")) return null;
        String tenantSql = SqlSource.quote(tenant.name(), ctx.dialect());
        String title = "Put " + tenant.name() + " first in the " + (u != null || i.unique() ? "unique key" : "index");
        int searchFrom = start;
        if (i != null && ownText.toUpperCase(Locale.ROOT).startsWith("CREATE")) {
            // CREATE INDEX name ON table (...): the column list follows ON.
            Matcher on = Pattern.compile("(?i)\\bON\\b").matcher(ownText);
            if (!on.find()) return null;
            searchFrom = start + on.end();
        }
        int open = SqlSource.openingParen(text, searchFrom, end);
        if (open >= 0) return Edits.choice(title, Edits.insert(ctx, file, open + 1, quotedLike(text, open + 1, tenant.name(), tenantSql) + ", "));
        if (u == null || u.columns().size() != 1) return null;
        // An inline UNIQUE of a column: move it to a table constraint after the last element of CREATE TABLE.
        String tableFile = t.source().file();
        if (!tableFile.equals(file) || !t.source().range().encloses(source.range())) return null;
        int tableOpen = SqlSource.openingParen(text, SqlSource.nameAt(ctx, t.source(), List.of(), t.name().name()).nameRange().end(), t.source().range().end());
        int tableClose = tableOpen < 0 ? -1 : SqlSource.closingParen(text, tableOpen, t.source().range().end());
        if (tableClose < 0) return null;
        int last = tableClose - 1;
        while (last > tableOpen && Character.isWhitespace(text.charAt(last))) last--;
        int removeFrom = start;
        while (removeFrom > 0 && (text.charAt(removeFrom - 1) == ' ' || text.charAt(removeFrom - 1) == '\t')) removeFrom--;
        LineIndex lines = ctx.lines(file);
        String indent = Edits.indentation(lines, start);
        String column = SqlSource.quote(u.columns().get(0), ctx.dialect());
        String constraint = ownText.strip() + " (" + tenantSql + ", " + column + ")";
        return Edits.choice(title, Edits.replace(ctx, file, removeFrom, end, ""),
                Edits.insert(ctx, file, last + 1, ",\n" + (indent.isEmpty() ? "  " : indent) + constraint));
    }

    /** The tenant column quoted the way the first column of the list is (`title` gets `workspace_id`), else as needed. */
    private static String quotedLike(String text, int at, String column, String fallback) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        if (i >= text.length()) return fallback;
        return switch (text.charAt(i)) {
            case '`' -> "`" + column + "`";
            case '"' -> "\"" + column + "\"";
            case '[' -> "[" + column + "]";
            default -> fallback;
        };
    }

    private static Fix prismaFix(RuleContext ctx, Table t, UniqueConstraint u, Index i, Column tenant) {
        String file = t.source().file();
        String tenantField = tenant.declaredName();
        PrismaAst.Attribute fieldUnique = u != null ? fieldUnique(ctx, u) : null;
        if (fieldUnique != null) {
            String text = ctx.text(file);
            int removeFrom = fieldUnique.range().start();
            while (removeFrom > 0 && (text.charAt(removeFrom - 1) == ' ' || text.charAt(removeFrom - 1) == '\t')) removeFrom--;
            PrismaAst.StringValue map = PrismaSource.stringArgument(fieldUnique, "map", false);
            String field = PrismaSource.fieldName(t, u.columns().get(0));
            String attribute = "@@unique([" + tenantField + ", " + field + "]" + (map != null ? ", map: \"" + map.value() + "\"" : "") + ")";
            return Edits.choice("Replace @unique with " + attribute, Edits.replace(ctx, file, removeFrom, fieldUnique.range().end(), ""),
                    PrismaSource.addBlockAttribute(ctx, t, attribute));
        }
        Span attributeRange = u != null ? u.source().range() : i.source().range();
        PrismaAst.Attribute attribute = blockAttribute(ctx, file, attributeRange);
        if (attribute == null) return null;
        if (!(attribute.argument("fields", true) instanceof PrismaAst.ArrayValue fields)) return null;
        return Edits.choice("Put " + tenantField + " first in @@" + attribute.name(), Edits.insert(ctx, file, fields.range().start() + 1, tenantField + ", "));
    }

    private static PrismaAst.Attribute blockAttribute(RuleContext ctx, String file, Span range) {
        for (PrismaAst.Block b : blocks(ctx, file)) {
            for (PrismaAst.Attribute a : b.attributes()) {
                if (a.range().equals(range)) return a;
            }
        }
        return null;
    }
}
