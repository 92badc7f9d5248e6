package dev.schemawise.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.schemawise.TestFiles;
import dev.schemawise.model.Table;
import dev.schemawise.rules.RuleMemoTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An editor's workspace maps the Prisma models an edit left as they were to the same tables as before, and gets
 * exactly the schema (tables, views, enums, problems) that mapping the whole text gives.
 */
class IncrementalMappingTest {

    private static Workspace build(String text, ParseCache cache) {
        return Workspace.build(List.of(new SourceFile("schema.prisma", Path.of("schema.prisma"), text)), Workspace.Settings.DEFAULT, cache);
    }

    private static SchemaUnit unit(Workspace w) {
        return w.units().get(0);
    }

    @Test
    void editsMapToWhatAWholeMappingGives() {
        String text = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        for (long seed = 0; seed < 6; seed++) {
            Random random = new Random(seed);
            ParseCache cache = new ParseCache();
            String current = text;
            for (int i = 0; i < 40; i++) {
                SchemaUnit incremental = unit(build(current, cache));
                SchemaUnit whole = unit(build(current, new ParseCache()));
                String where = "edit " + i + " (seed " + seed + ")";
                assertEquals(whole.schema().tables(), incremental.schema().tables(), where);
                assertEquals(whole.schema().views(), incremental.schema().views(), where);
                assertEquals(whole.schema().enums(), incremental.schema().enums(), where);
                assertEquals(whole.problems(), incremental.problems(), where);
                current = RuleMemoTest.edit(current, random);
            }
        }
    }

    @Test
    void modelsBeforeAnEditKeepTheirTables() {
        String text = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        ParseCache cache = new ParseCache();
        List<Table> before = unit(build(text, cache)).schema().tables();
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("(?m)^\\s+\\w+\\s+String()\\s").matcher(text);
        org.junit.jupiter.api.Assertions.assertTrue(field.find(text.length() / 2));
        int at = field.start(1);
        List<Table> after = unit(build(text.substring(0, at) + "?" + text.substring(at), cache)).schema().tables();
        assertSame(before.get(0), after.get(0), "the first model's table is the same object");
        int kept = 0;
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) == after.get(i)) kept++;
        }
        assertEquals(true, kept > before.size() / 4, kept + " of " + before.size() + " tables kept");
    }
}
