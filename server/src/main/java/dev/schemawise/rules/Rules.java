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
            new RequireOnDelete(),
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
            new PreferTimestamptz(),
            // team conventions
            new BannedTypes(),
            // housekeeping
            new Syntax(),
            new UnusedSuppression());

    public static List<Rule> all() {
        return ALL;
    }

    public static Rule byId(String id) {
        for (Rule r : ALL) {
            if (r.info().id().equals(id)) return r;
        }
        return null;
    }
}
