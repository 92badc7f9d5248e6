package dev.schemawise.rules;

/**
 * A check. A rule is one class whose metadata ({@link #info()}) sits beside its logic; it looks at one schema
 * at a time through its {@link RuleContext} and reports findings with fixes as text edits. It never does I/O
 * and never builds protocol objects.
 */
public interface Rule {
    RuleInfo info();

    void check(RuleContext context);
}
