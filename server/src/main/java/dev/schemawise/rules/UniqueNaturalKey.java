package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.RelationDeriver;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code unique-natural-key}: natural keys (email, username, slug, sku, code) are unique. */
public final class UniqueNaturalKey implements Rule {
    private static final List<String> DEFAULT_COLUMNS = List.of("email", "username", "user_name", "slug", "handle", "sku", "code");

    public static final RuleInfo INFO = new RuleInfo("unique-natural-key", "constraints", Severity.WARNING, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "Natural keys (a user's email or username, a slug, a SKU, a code) are covered by a unique constraint or index.",
            """
            A surrogate primary key (id) says nothing about the real world: without a unique constraint two \
            users can sign up with the same email, two products share a SKU, two pages the same slug, and the \
            application's "look it up by slug" quietly returns one of several rows. Checking in the application \
            first is not enough: two concurrent requests both find nothing and both insert. Only a unique \
            constraint or index closes that race.

            The columns are named by the option columns (compared in snake form, so userName matches \
            user_name). email, username, user_name and handle count only on tables of people (users, accounts, \
            members, customers, employees, authors..., or any table with a password column): orders.email is a \
            copy, not a key. slug, sku and code count on any table except join tables and history tables \
            (post_versions, audit_log). Only text columns count, and a foreign key column is left alone (its \
            values are another table's key). Any unique key that includes the column counts: UNIQUE (email), \
            UNIQUE (project_id, slug), a unique index on lower(email), a partial unique index WHERE deleted_at \
            IS NULL. In a multi-tenant schema (the configured multiTenancy column, or a tenant_id, \
            organization_id, account_id... column that most tables carry) the suggested key includes the tenant \
            column, so each tenant has its own namespace. The fix creates the unique index; it is never applied \
            in bulk, since existing duplicates make it fail and must be cleaned up first.

            Bad:

                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, password_hash text NOT NULL);

            Good:

                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, password_hash text NOT NULL);
                CREATE UNIQUE INDEX users_email_key ON users (email);

            In Prisma: email String @unique, or @@unique([tenantId, email]) in a multi-tenant schema.
            """, RuleInfo.Fixes.CHOICES,
            List.of(OptionSpec.strings("columns", DEFAULT_COLUMNS, "Column names that are natural keys (any naming style).")));

    /** Identities of people: natural keys only on tables of people. */
    private static final Set<String> PERSONAL = Set.of("email", "username", "user_name", "handle");

    /** Last words (singular) of the names of tables holding people. */
    private static final Set<String> PEOPLE = Set.of("user", "account", "member", "customer", "person", "people", "profile", "admin",
            "administrator", "employee", "staff", "author", "subscriber");

    private static final Set<String> PASSWORDS = Set.of("password", "password_hash", "encrypted_password", "hashed_password", "password_digest");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** What it finds about a model depends on that model and the schema's tenant column (see {@link Rule#perTable()}). */
    @Override
    public boolean perTable() {
        return true;
    }

    @Override
    public Object environment(RuleContext ctx) {
        return tenantColumn(ctx);
    }

    /** The schema's tenant column, worked out once per schema for {@link #environment} and {@link #check} both. */
    private static String tenantColumn(RuleContext ctx) {
        return Memo.of(ctx.schema(), "tenant column " + ctx.config().multiTenancy(),
                () -> SchemaFacts.tenantColumn(ctx.schema(), ctx.config().multiTenancy()));
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> keys = new HashSet<>();
        for (String name : ctx.stringsOption("columns")) keys.add(SchemaFacts.snake(name));
        String tenant = tenantColumn(ctx);
        // A partition repeats its parent's columns; the parent is where they are decided and changed.
        Set<Table> partitions = SchemaFacts.partitions(ctx);
        for (Table t : ctx.tables()) {
            if (partitions.contains(t) || t.origin() == Table.Origin.PRISMA_IMPLICIT || t.ignored() || t.temporary()) continue;
            if (RelationDeriver.isJoinTable(t) || SchemaFacts.holdsCopies(t)) continue;
            for (Column c : t.columns()) {
                String name = SchemaFacts.snake(c.declaredName());
                if (!keys.contains(name) || !c.type().family().isText() || c.type().isArray() || c.generated() != null) continue;
                if (PERSONAL.contains(name) && !holdsPeople(t)) continue;
                if (SchemaFacts.isForeignKeyColumn(t, c) || !SchemaFacts.uniqueKeysWith(t, c.name(), ctx.dialect()).isEmpty()) continue;
                report(ctx, t, c, tenantScope(ctx, t, c, tenant));
            }
        }
    }

    /** The tenant column to scope the key by, or null when the table is shared or the schema single-tenant. */
    private static Column tenantScope(RuleContext ctx, Table t, Column c, String tenant) {
        var configured = ctx.config().multiTenancy();
        if (configured != null && configured.sharedTables().stream().anyMatch(s -> s.equalsIgnoreCase(t.name().name()) || s.equals(t.declaredName()))) {
            return null;
        }
        Column scope = SchemaFacts.tenantColumnOf(t, tenant);
        return scope == null || scope.name().equals(c.name()) ? null : scope;
    }

    private static boolean holdsPeople(Table t) {
        List<String> words = SchemaFacts.words(t.declaredName());
        if (!words.isEmpty()) {
            String last = words.get(words.size() - 1);
            String singular = last.endsWith("s") && !last.endsWith("ss") ? last.substring(0, last.length() - 1) : last;
            if (PEOPLE.contains(last) || PEOPLE.contains(singular)) return true;
        }
        for (Column c : t.columns()) {
            if (PASSWORDS.contains(SchemaFacts.snake(c.declaredName()))) return true;
        }
        return false;
    }

    private static void report(RuleContext ctx, Table t, Column c, Column tenant) {
        List<String> columns = tenant == null ? List.of(c.name()) : List.of(tenant.name(), c.name());
        // MySQL cannot index a TEXT column without a prefix length, and a prefix would make only the prefix unique.
        boolean indexable = ctx.dialect() != Dialect.MYSQL || c.type().family() != TypeFamily.TEXT;
        String what;
        Fix fix = null;
        if (ctx.prisma()) {
            String attribute = tenant == null ? "@unique" : "@@unique([" + tenant.declaredName() + ", " + c.declaredName() + "])";
            what = "add " + attribute;
            TextEdit edit = tenant == null ? PrismaSource.addFieldAttribute(ctx, c, attribute) : PrismaSource.addBlockAttribute(ctx, t, attribute);
            if (indexable) fix = Edits.choice("Add " + attribute, edit);
        } else {
            String index = SqlSource.indexName(t.name(), columns, "key", ctx.dialect());
            what = "add a unique index on (" + String.join(", ", columns) + ")";
            if (indexable) {
                fix = Edits.choice("Add unique index " + index, SqlSource.afterStatement(ctx, t.source().file(), t.source().range(),
                        SqlSource.createIndex(ctx.dialect(), t.name(), index, columns, true)));
            }
        }
        String message = ctx.name(t, c) + " is a natural key but no unique constraint or index covers it, so duplicates can be inserted; "
                + what + (tenant == null ? "" : " (unique per tenant)");
        List<Fix> fixes = new ArrayList<>();
        fixes.add(fix);
        ctx.report(c.source().file(), c.source().nameRange(), message, fixes);
    }
}
