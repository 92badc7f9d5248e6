package dev.schemawise.rules;

import dev.schemawise.model.SyntaxError;
import dev.schemawise.workspace.FileReport;
import java.util.List;

/** {@code syntax}: a statement, block or line that could not be read. One finding per broken statement. */
public final class Syntax implements Rule {
    public static final RuleInfo INFO = new RuleInfo("syntax", "housekeeping", Severity.ERROR, true, RuleInfo.ALL, RuleInfo.Scope.FILES,
            "The file could not be read: a statement, block or line has a syntax error.",
            """
            schemawise reads SQL statement by statement and Prisma schemas block by block and line by line. A \
            statement it cannot read is reported once, at the first token that does not fit, with what was \
            expected there; the statements after it are still read and checked.

            Bad:

                CREATE TABLE users (
                  id bigint PRIMARY KEY,
                  email text NOT NULL,,
                );

            Good:

                CREATE TABLE users (
                  id bigint PRIMARY KEY,
                  email text NOT NULL
                );
            """, RuleInfo.Fixes.NONE, List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext context) {
        for (String path : context.unit().files()) {
            FileReport f = context.workspace().file(path);
            if (f == null) continue;
            for (SyntaxError e : f.syntaxErrors()) context.report(f.path(), e.range(), e.message(), List.of());
        }
    }
}
