package dev.schemawise.rules;

/** A rule's documentation from its metadata: plain text for {@code schemawise explain} and hovers, Markdown for docs/rules/. */
public final class RuleDocs {
    private RuleDocs() {}

    public static String fixes(RuleInfo i) {
        return switch (i.fixes()) {
            case SAFE -> "yes, safe to apply in bulk (`check --fix`, fix all in the editor)";
            case CHOICES -> "choices, offered one by one in the editor (never applied in bulk)";
            default -> "none";
        };
    }

    public static String severity(RuleInfo i) {
        return i.enabledByDefault() ? i.defaultSeverity().id() : "off until configured (" + i.defaultSeverity().id() + " when enabled)";
    }

    public static String text(RuleInfo i) {
        StringBuilder b = new StringBuilder();
        b.append(i.id()).append(" — ").append(i.summary()).append("\n\n");
        b.append("Category:   ").append(i.category()).append('\n');
        b.append("Severity:   ").append(severity(i)).append('\n');
        b.append("Applies to: ").append(i.targetNames()).append('\n');
        b.append("Fixes:      ").append(fixes(i).replace("`", "")).append("\n\n");
        b.append(i.explanation().strip()).append('\n');
        if (!i.options().isEmpty()) {
            b.append("\nOptions:\n");
            for (OptionSpec o : i.options()) {
                b.append("  ").append(o.name()).append(" (default ").append(o.defaultJson()).append(")");
                if (!o.allowed().isEmpty()) b.append(", one of ").append(String.join(", ", o.allowed()));
                b.append(": ").append(o.description()).append('\n');
            }
        }
        b.append("\nDocumentation: ").append(i.docUrl()).append('\n');
        return b.toString();
    }

    /** docs/rules/&lt;id&gt;.md, generated (RuleCatalogTest keeps the files equal to this). */
    public static String markdown(RuleInfo i) {
        StringBuilder b = new StringBuilder();
        b.append("<!-- Generated from the rule's metadata (").append(className(i.id())).append(".java); do not edit. -->\n");
        b.append("# ").append(i.id()).append("\n\n");
        b.append(i.summary()).append("\n\n");
        b.append("| | |\n|---|---|\n");
        b.append("| Category | ").append(i.category()).append(" |\n");
        b.append("| Default severity | ").append(severity(i)).append(" |\n");
        b.append("| Applies to | ").append(i.targetNames()).append(" |\n");
        b.append("| Fixes | ").append(fixes(i)).append(" |\n\n");
        b.append("## Why\n\n").append(i.explanation().strip()).append("\n");
        if (!i.options().isEmpty()) {
            b.append("\n## Options\n\n| option | default | values | meaning |\n|---|---|---|---|\n");
            for (OptionSpec o : i.options()) {
                b.append("| `").append(o.name()).append("` | `").append(o.defaultJson()).append("` | ")
                        .append(o.allowed().isEmpty() ? o.type().name().toLowerCase().replace('_', ' ') : String.join(", ", o.allowed()))
                        .append(" | ").append(o.description()).append(" |\n");
            }
        }
        b.append("\n## Configure\n\n```json\n{ \"rules\": { \"").append(i.id()).append("\": ")
                .append(i.options().isEmpty() ? "\"" + (i.enabledByDefault() ? "off" : i.defaultSeverity().id()) + "\""
                        : "{ \"severity\": \"" + i.defaultSeverity().id() + "\", \"options\": { \"" + i.options().get(0).name() + "\": " + i.options().get(0).defaultJson() + " } }")
                .append(" } }\n```\n\n");
        b.append("Suppress one finding with `-- schemawise-disable-next-line ").append(i.id()).append(" -- reason` (SQL) or `// schemawise-disable-next-line ")
                .append(i.id()).append("` (Prisma) on the line before it.\n");
        return b.toString();
    }

    /** The class that implements a rule: its id in PascalCase. */
    public static String className(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }
}
