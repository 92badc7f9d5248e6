package dev.schemawise.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.schemawise.TestFiles;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every corpus Prisma schema reads with zero errors and maps to as many tables, foreign keys and indexes as it declares. */
class CorpusPrismaModelTest {

    private static final Pattern MODEL = Pattern.compile("(?m)^model\\s+\\w+\\s*\\{");
    private static final Pattern RELATION_WITH_FIELDS = Pattern.compile("@relation\\([^)\\n]*fields\\s*:");
    private static final Pattern INDEX = Pattern.compile("@@(index|fulltext)\\(");

    @TestFactory
    Stream<DynamicTest> corpusSchemasMapCompletely() {
        return TestFiles.files(TestFiles.corpus("prisma"), ".prisma").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = TestFiles.read(f);
            PrismaParseResult parsed = PrismaFrontEnd.parse(f.getFileName().toString(), text);
            assertEquals(List.of(), parsed.errors(), "syntax errors in " + f);
            PrismaSchemaMapper.Result mapped = PrismaSchemaMapper.map(List.of(parsed), null);
            assertEquals(List.of(), mapped.problems(), "mapping problems in " + f);
            Schema schema = mapped.schema();
            long implicit = schema.tables().stream().filter(t -> t.origin() == Table.Origin.PRISMA_IMPLICIT).count();
            String code = text.replaceAll("//[^\\n]*", "");
            assertEquals(count(MODEL, code) + implicit, schema.tables().size(), "tables");
            assertEquals(count(RELATION_WITH_FIELDS, code) + 2 * implicit, schema.foreignKeyCount(), "foreign keys");
            assertEquals(count(INDEX, code) + implicit, schema.indexCount(), "indexes");
            for (Table t : schema.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    assertNotNull(schema.table(fk.targetTable()), "target of " + fk + " in " + t.name());
                    assertEquals(fk.columns().size(), fk.targetColumns().size(), "columns of " + fk);
                    for (String c : fk.columns()) assertNotNull(t.column(c), "column " + c + " of " + t.name());
                }
            }
        }));
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
