package dev.schemawise.rules;

/**
 * A rule's metadata: a stable kebab-case id (the contract users configure and suppress by), its category,
 * default severity, one-line summary, long explanation (with a bad and a good example), and whether it offers
 * a safe fix.
 */
public record RuleInfo(String id, String category, Severity defaultSeverity, String summary, String explanation, boolean fixable) {

    /** Where the rule's documentation lives, for SARIF helpUri and LSP codeDescription. */
    public String docUrl() {
        return "https://github.com/schemawise/schemawise/blob/main/docs/rules/" + id + ".md";
    }
}
