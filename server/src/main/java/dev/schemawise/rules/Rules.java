package dev.schemawise.rules;

import java.util.List;

/**
 * The closed registry of rules, in documentation order. Adding a rule means one class here, one fixture
 * folder under server/src/test/resources/rules/&lt;id&gt;/ and its generated doc page (see RuleCatalogTest).
 */
public final class Rules {
    private Rules() {}

    private static final List<Rule> ALL = List.of(
            // keys and references
            new RequirePrimaryKey(),
            new PrimaryKeyType(),
            new PreferIdentity(),
            new RequireOnDelete(),
            new OnDeleteSetNullNotNull(),
            new UnknownReference(),
            new ForeignKeyTypeMismatch(),
            new ForeignKeyTargetNotUnique(),
            new MissingForeignKey(),
            new RequireFkIndex(),
            // nullability, defaults, values
            new RequireNotNull(),
            new SuggestDefault(),
            new UniqueNaturalKey(),
            new SuggestCheckConstraint(),
            new MoneyAsFloat(),
            new BanCharField(),
            new PreferJsonb(),
            // timestamps
            new RequireTimestamps(),
            new PreferTimestamptz(),
            // indexes and normalisation
            new DuplicateIndex(),
            new LowCardinalityIndex(),
            new RepeatingColumnGroup(),
            // queries (read with JSqlParser)
            new SelectStar(),
            new LargeOffset(),
            new UnindexedQueryColumn(),
            // team conventions
            new RequiredColumns(),
            new BannedTypes(),
            // naming and multi-tenancy
            new NamingConvention(),
            new ReservedWord(),
            new IdentifierTooLong(),
            new TenantScoping(),
            // migrations
            new RequireConcurrentIndexCreation(),
            new ConstraintMissingNotValid(),
            new AddingForeignKeyConstraint(),
            new AddingRequiredField(),
            new ChangingColumnType(),
            new RenamingColumn(),
            new RenamingTable(),
            new BanDropColumn(),
            new BanDropTable(),
            new BanDropNotNull(),
            new UnsafeDml(),
            new MigrationMissingDown(),
            new DownDoesNotRevert(),
            new SchemaDrift(),
            new MigrationModified(),
            new MigrationTooLarge(),
            new RequireConcurrentIndexDeletion(),
            new BanConcurrentIndexCreationInTransaction(),
            new PreferRobustStmts(),
            new RequireTimeoutSettings(),
            // housekeeping
            new Syntax(),
            new UnusedSuppression());

    public static List<Rule> all() {
        return ALL;
    }

    private static final java.util.Map<String, Rule> BY_ID = byIds();

    private static java.util.Map<String, Rule> byIds() {
        java.util.Map<String, Rule> out = new java.util.HashMap<>();
        for (Rule r : ALL) out.putIfAbsent(r.info().id(), r);
        return java.util.Map.copyOf(out);
    }

    /** The rule with this id, or null (looked up for every finding published). */
    public static Rule byId(String id) {
        return id == null ? null : BY_ID.get(id);
    }
}
