package dev.schemawise.rules;

import java.util.List;
import java.util.Set;

/**
 * A rule's metadata, beside its logic: a stable kebab-case id (the contract users configure and suppress by),
 * its category, default severity, what it applies to, a one-line summary, a long explanation with a bad and
 * a good example, what kind of fixes it offers, and its options.
 *
 * @param enabledByDefault false for team conventions, which stay off until configured
 * @param targets          the SQL dialects and front ends it checks; for a Prisma schema both PRISMA and the
 *                         provider's dialect must be listed
 * @param scope            which schemas it looks at
 */
public record RuleInfo(String id, String category, Severity defaultSeverity, boolean enabledByDefault, Set<Target> targets, Scope scope,
                       String summary, String explanation, Fixes fixes, List<OptionSpec> options) {

    public enum Target { POSTGRESQL, MYSQL, SQLITE, PRISMA }

    /** SCHEMA: the final state of each schema (a migrations folder kept in step with a Prisma schema is left to it);
     *  FILES: every file of every schema; MIGRATIONS: the statements of migrations folders. */
    public enum Scope { SCHEMA, FILES, MIGRATIONS }

    /** NONE; SAFE: a fix that {@code --fix} may apply in bulk; CHOICES: alternatives offered in the editor only. */
    public enum Fixes { NONE, SAFE, CHOICES }

    public static final Set<Target> ALL = Set.of(Target.POSTGRESQL, Target.MYSQL, Target.SQLITE, Target.PRISMA);
    public static final Set<Target> SQL = Set.of(Target.POSTGRESQL, Target.MYSQL, Target.SQLITE);
    public static final Set<Target> POSTGRESQL = Set.of(Target.POSTGRESQL, Target.PRISMA);

    public RuleInfo {
        targets = Set.copyOf(targets);
        options = List.copyOf(options);
    }

    /** Where the rule's documentation lives, for SARIF helpUri and LSP codeDescription. */
    public String docUrl() {
        return DOC_URLS.computeIfAbsent(id, k -> "https://github.com/schemawise/schemawise/blob/main/docs/rules/" + k + ".md");
    }

    /** Built once per rule: every diagnostic the editor receives carries its rule's link. */
    private static final java.util.Map<String, String> DOC_URLS = new java.util.concurrent.ConcurrentHashMap<>();

    /** "PostgreSQL, MySQL, SQLite, Prisma" in a fixed order, for docs and listings. */
    public String targetNames() {
        List<String> names = new java.util.ArrayList<>();
        if (targets.contains(Target.POSTGRESQL)) names.add("PostgreSQL");
        if (targets.contains(Target.MYSQL)) names.add("MySQL");
        if (targets.contains(Target.SQLITE)) names.add("SQLite");
        if (targets.contains(Target.PRISMA)) names.add(targets.equals(POSTGRESQL) ? "Prisma (PostgreSQL provider)" : "Prisma");
        return String.join(", ", names);
    }
}
