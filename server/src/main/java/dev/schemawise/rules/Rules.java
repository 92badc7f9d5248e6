package dev.schemawise.rules;

import java.util.List;

/** The closed registry of rules, in documentation order. */
public final class Rules {
    private Rules() {}

    private static final List<Rule> ALL = List.of(new Syntax());

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
