package dev.schemawise.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemawise.TestFiles;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Schema;
import dev.schemawise.workspace.Replay;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real SQL schema of the corpus reads with zero syntax errors, and the model holds as many tables,
 * foreign keys and indexes as the file declares (counted independently, with regular expressions over the
 * text with comments and strings removed).
 */
class CorpusSqlModelTest {

    @TestFactory
    Stream<DynamicTest> corpusSchemasReadCompletely() {
        return TestFiles.files(TestFiles.corpus("sql"), ".sql").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = TestFiles.read(f);
            Dialect dialect = DialectGuesser.guess(f.toString(), text);
            SqlParseResult result = SqlFrontEnd.parse(f.getFileName().toString(), text, dialect);
            assertEquals(List.of(), result.errors(), "syntax errors in " + f);
            Replay replay = new Replay(dialect);
            replay.applyAll(result.statements(), f.getFileName().toString());
            assertEquals(List.of(), replay.problems(), "replay problems in " + f);
            Schema schema = replay.snapshot();
            Declarations declared = Declarations.count(text, dialect);
            assertEquals(declared.tables, schema.tables().size(), "tables in " + f);
            assertEquals(declared.foreignKeys, schema.foreignKeyCount(), "foreign keys in " + f);
            assertEquals(declared.indexes, schema.indexCount(), "indexes in " + f);
        }));
    }

    /** Declarations counted from the text alone. */
    record Declarations(int tables, int foreignKeys, int indexes) {
        private static final Pattern CREATE_TABLE = Pattern.compile("(?im)^\\s*CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?(?:TEMP\\s+|TEMPORARY\\s+|UNLOGGED\\s+)?TABLE\\b");
        private static final Pattern REFERENCES = Pattern.compile("(?i)\\bREFERENCES\\s+[\\w\"`\\[]");
        private static final Pattern CREATE_INDEX = Pattern.compile("(?im)^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b");
        private static final Pattern MYSQL_KEY = Pattern.compile("(?im)^\\s*(?:FULLTEXT\\s+|SPATIAL\\s+)?(?:KEY|INDEX)\\s+[\\w`]+\\s*\\(");

        private static final Pattern DELIMITER_BLOCK = Pattern.compile("(?ims)^DELIMITER\\s+(?!;)\\S+.*?^DELIMITER\\s+;");

        static Declarations count(String text, Dialect dialect) {
            // Statements inside MySQL DELIMITER blocks are procedure and trigger bodies, not declarations.
            String code = DELIMITER_BLOCK.matcher(stripCommentsAndStrings(text)).replaceAll("");
            int indexes = count(CREATE_INDEX, code) + (dialect == Dialect.MYSQL ? count(MYSQL_KEY, code) : 0);
            return new Declarations(count(CREATE_TABLE, code), count(REFERENCES, code), indexes);
        }

        private static int count(Pattern p, String s) {
            Matcher m = p.matcher(s);
            int n = 0;
            while (m.find()) n++;
            return n;
        }

        static String stripCommentsAndStrings(String s) {
            StringBuilder b = new StringBuilder(s.length());
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '-') {
                    while (i < s.length() && s.charAt(i) != '\n') i++;
                } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                    int end = s.indexOf("*/", i + 2);
                    i = end < 0 ? s.length() : end + 2;
                } else if (c == '\'') {
                    i++;
                    while (i < s.length() && s.charAt(i) != '\'') i++;
                    i++;
                    b.append("''");
                } else if (c == '$' && i + 1 < s.length() && (s.charAt(i + 1) == '$' || s.charAt(i + 1) == '_' || Character.isLetter(s.charAt(i + 1)))) {
                    int close = s.indexOf('$', i + 1);
                    String tag = close < 0 ? "$" : s.substring(i, close + 1);
                    int end = close < 0 ? -1 : s.indexOf(tag, close + 1);
                    i = end < 0 ? i + 1 : end + tag.length();
                } else {
                    b.append(c);
                    i++;
                }
            }
            return b.toString();
        }
    }
}
