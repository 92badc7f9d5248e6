package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.TestFiles;
import dev.schemawise.config.Config;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An editor's analysis, which re-checks with the per-table rules only the models an edit touched and keeps what they
 * found in the others, finds exactly what checking the whole schema finds, and offers the same fixes.
 */
public class RuleMemoTest {

    private static final Config STRICT = strict();

    private static Config strict() {
        try {
            return Config.parse("{\"extends\": \"strict\"}", "test");
        } catch (dev.schemawise.config.ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An editor's session on one file: each text analysed with what the previous analyses kept. */
    private static final class Session {
        final ParseCache cache = new ParseCache();
        final RuleMemo memo = new RuleMemo();
        final Config config;

        Session(Config config) {
            this.config = config;
        }

        Analyzer.Result analyse(String path, String text) {
            Workspace w = Workspace.build(List.of(new SourceFile(path, Path.of(path), text)), Workspace.Settings.DEFAULT, cache, () -> false);
            return Analyzer.analyze(w, f -> config, () -> false, memo);
        }
    }

    private static Analyzer.Result whole(String path, String text, Config config) {
        Workspace w = Workspace.build(List.of(new SourceFile(path, Path.of(path), text)), Workspace.Settings.DEFAULT, new ParseCache(), () -> false);
        return Analyzer.analyze(w, f -> config, () -> false, null);
    }

    private static List<String> described(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) out.add(f.rule() + " " + f.severity() + " " + f.file() + " " + f.range() + " [" + f.range().start() + ".." + f.range().end() + "] " + f.message());
        return out;
    }

    private static List<String> fixes(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) out.add(f.rule() + " " + f.range() + " " + f.fixes());
        return out;
    }

    private static final Pattern FIELD = Pattern.compile("(?m)^(\\s+)(\\w+)(\\s+)(\\w+)(\\??)");
    private static final String[] TYPES = {"String", "Int", "BigInt", "DateTime", "Boolean", "Float", "Decimal", "Json", "Bytes"};
    private static final String[] INSERTS = {"\n", " ", "x", "?", "@", "{", "}", "//", "/// doc\n", "\nmodel A {\n  id Int @id\n}\n", "é",
            " @unique", " @default(now())", " @db.Timestamp(3)", "\n  @@index([id])", "\n  createdAt DateTime @default(now())"};

    /** An edit a user might make: to a field's type or attributes, a model's indexes, a name; or a typo anywhere. */
    public static String edit(String text, Random random) {
        List<int[]> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) fields.add(new int[] {m.start(2), m.end(2), m.start(4), m.end(4), m.end(5)});
        int[] f = fields.isEmpty() ? null : fields.get(random.nextInt(fields.size()));
        int kind = f == null ? 9 : random.nextInt(11);
        int lineEnd = f == null ? 0 : text.indexOf('\n', f[4]) < 0 ? text.length() : text.indexOf('\n', f[4]);
        return switch (kind) {
            case 0, 1 -> f[4] > f[3] ? text.substring(0, f[3]) + text.substring(f[4]) : text.substring(0, f[3]) + "?" + text.substring(f[3]);
            case 2 -> text.substring(0, f[2]) + TYPES[random.nextInt(TYPES.length)] + text.substring(f[3]);
            case 3 -> text.substring(0, lineEnd) + (random.nextBoolean() ? " @unique" : " @map(\"m_" + random.nextInt(9) + "\")") + text.substring(lineEnd);
            case 4 -> text.substring(0, f[1]) + "X" + text.substring(f[1]); // a renamed field
            case 5 -> {
                int close = text.indexOf("\n}", f[4]);
                String name = text.substring(f[0], f[1]);
                yield close < 0 ? text : text.substring(0, close) + "\n  @@index([" + name + "])" + text.substring(close);
            }
            case 6 -> {
                int start = text.lastIndexOf('\n', f[0]) + 1;
                yield text.substring(0, start) + text.substring(Math.min(text.length(), lineEnd + 1)); // a line deleted
            }
            case 7 -> {
                int header = text.lastIndexOf("\nmodel ", f[0]);
                yield header < 0 ? text : text.substring(0, header + 7) + "Z" + text.substring(header + 7); // a renamed model
            }
            case 8 -> text.substring(0, lineEnd) + " @relation(onDelete: Cascade)" + text.substring(lineEnd);
            default -> {
                int at = random.nextInt(text.length() + 1);
                yield random.nextBoolean() ? text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at)
                        : text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(20)));
            }
        };
    }

    private static final Pattern COLUMN = Pattern.compile("(?m)^(\\s+)(\\w+)( )([a-z][\\w ]*?(?:\\(\\d+\\))?)((?: NOT NULL)?)(?=[ ,\\n])");
    private static final String[] SQL_TYPES = {"text", "integer", "bigint", "timestamp", "timestamptz", "boolean", "real", "numeric(12, 2)", "json", "char(2)"};
    private static final String[] SQL_INSERTS = {"\n", " ", "x", ";", "(", ")", "'", "--", "-- no FK: kept elsewhere\n", "/*", "é", ",",
            "\nCREATE TABLE t_new (id bigint PRIMARY KEY, user_id bigint);\n", "\n\nCOMMENT ON COLUMN t_new.user_id IS 'no FK: legacy';\n",
            " REFERENCES t_new (id)", " UNIQUE", " DEFAULT now()", " ON DELETE SET NULL", "\nALTER TABLE t_new RENAME COLUMN id TO key;\n"};

    /** An edit a user might make to a SQL schema: a column's type or NOT NULL, a name, an index, a comment; or a typo anywhere. */
    public static String sqlEdit(String text, Random random) {
        List<int[]> columns = new ArrayList<>();
        Matcher m = COLUMN.matcher(text);
        while (m.find()) columns.add(new int[] {m.start(2), m.end(2), m.start(4), m.end(4), m.end(5)});
        int[] c = columns.isEmpty() ? null : columns.get(random.nextInt(columns.size()));
        int kind = c == null ? 9 : random.nextInt(11);
        int lineEnd = c == null ? 0 : text.indexOf('\n', c[4]) < 0 ? text.length() : text.indexOf('\n', c[4]);
        return switch (kind) {
            case 0, 1 -> c[4] > c[3] ? text.substring(0, c[3]) + text.substring(c[4]) : text.substring(0, c[3]) + " NOT NULL" + text.substring(c[3]);
            case 2 -> text.substring(0, c[2]) + SQL_TYPES[random.nextInt(SQL_TYPES.length)] + text.substring(c[3]);
            case 3 -> text.substring(0, c[4]) + (random.nextBoolean() ? " UNIQUE" : " DEFAULT 0") + text.substring(c[4]);
            case 4 -> text.substring(0, c[1]) + "X" + text.substring(c[1]); // a renamed column
            case 5 -> {
                int end = text.indexOf(";", c[4]);
                int create = text.lastIndexOf("CREATE TABLE ", c[0]);
                if (end < 0 || create < 0) yield text;
                String table = text.substring(create + 13).split("[\\s(]", 2)[0];
                String column = text.substring(c[0], c[1]);
                yield text.substring(0, end + 1) + "\n\nCREATE INDEX ix_" + random.nextInt(99) + " ON " + table + " (" + column + ");" + text.substring(end + 1);
            }
            case 6 -> {
                int start = text.lastIndexOf('\n', c[0]) + 1;
                yield text.substring(0, start) + text.substring(Math.min(text.length(), lineEnd + 1)); // a line deleted
            }
            case 7 -> {
                int header = text.lastIndexOf("CREATE TABLE ", c[0]);
                yield header < 0 ? text : text.substring(0, header + 13) + "z" + text.substring(header + 13); // a renamed table
            }
            case 8 -> {
                int start = text.lastIndexOf('\n', c[0]) + 1;
                yield text.substring(0, start) + (random.nextBoolean() ? "    -- no FK: the row lives elsewhere\n" : "\n") + text.substring(start);
            }
            default -> {
                int at = random.nextInt(text.length() + 1);
                yield random.nextBoolean() ? text.substring(0, at) + SQL_INSERTS[random.nextInt(SQL_INSERTS.length)] + text.substring(at)
                        : text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(20)));
            }
        };
    }

    private static void editAndCompare(String path, String text, Config config, long seed, int edits, boolean compareFixes) {
        Random random = new Random(seed);
        boolean sql = path.endsWith(".sql");
        Session session = new Session(config);
        String current = text;
        for (int i = 0; i <= edits; i++) {
            Analyzer.Result incremental = session.analyse(path, current);
            Analyzer.Result whole = whole(path, current, config);
            String where = path + ", edit " + i + " (seed " + seed + ")";
            assertEquals(described(whole.findings()), described(incremental.findings()), where);
            if (compareFixes && (i % 5 == 4 || i == edits)) assertEquals(fixes(whole.findings()), fixes(incremental.findings()), where + ": fixes");
            String next = random.nextInt(4) == 0 ? sameLength(current, sql, random) : sql ? sqlEdit(current, random) : edit(current, random);
            // as the language server does: most edits are told (the memo then compares only what they changed)
            if (random.nextInt(4) != 0) told(current, next, random);
            current = next;
        }
    }

    private static final String[][] SAME_LENGTH_TYPES = {{"String", "BigInt"}, {"Float", "Bytes"}, {"Boolean", "Decimal"}, {"text", "json", "date", "uuid", "real"},
            {"bigint", "serial"}, {"integer", "numeric"}};

    /**
     * A column's or field's type replaced by another of the same length: the table's text keeps its length, so only
     * comparing it tells the change (a text told as edited, the memo compares less; this must still be seen).
     */
    private static String sameLength(String text, boolean sql, Random random) {
        List<int[]> types = new ArrayList<>();
        Matcher m = (sql ? COLUMN : FIELD).matcher(text);
        while (m.find()) {
            for (String[] group : SAME_LENGTH_TYPES) {
                if (java.util.Arrays.asList(group).contains(m.group(4))) types.add(new int[] {m.start(4), m.end(4)});
            }
        }
        if (types.isEmpty()) return text;
        int[] t = types.get(random.nextInt(types.size()));
        String type = text.substring(t[0], t[1]);
        for (String[] group : SAME_LENGTH_TYPES) {
            if (java.util.Arrays.asList(group).contains(type)) {
                String other = group[(java.util.Arrays.asList(group).indexOf(type) + 1 + random.nextInt(group.length - 1)) % group.length];
                return text.substring(0, t[0]) + other + text.substring(t[1]);
            }
        }
        return text;
    }

    /** Tells {@link dev.schemawise.text.Shared} of an edit, sometimes with less shared than there is (still true). */
    private static void told(String before, String after, Random random) {
        int limit = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < limit - prefix && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) suffix++;
        if (random.nextBoolean()) {
            prefix = random.nextInt(prefix + 1);
            suffix = random.nextInt(suffix + 1);
        }
        dev.schemawise.text.Shared.edited(before, after, prefix, suffix);
    }

    @Test
    void editsOfALargeSchemaFindWhatAWholeCheckFinds() {
        String text = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        for (long seed = 0; seed < 3; seed++) editAndCompare("schema.prisma", text, seed == 0 ? Config.DEFAULT : STRICT, seed, 25, seed == 1);
    }

    /** The rule fixtures with this extension (not their expected texts after fixes), in path order. */
    private static List<Path> fixtures(String extension) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(TestFiles.repoRoot().resolve("server/src/test/resources/rules"))) {
            return walk.filter(p -> p.toString().endsWith("." + extension) && !p.toString().endsWith(".fixed." + extension)).sorted().toList();
        }
    }

    @Test
    void editsOfEveryPrismaFixtureFindWhatAWholeCheckFinds() throws Exception {
        List<Path> fixtures = fixtures("prisma");
        assertTrue(fixtures.size() > 30, "fixtures found: " + fixtures.size());
        for (Path p : fixtures) {
            String text = TestFiles.read(p);
            editAndCompare("schema.prisma", text, STRICT, p.toString().hashCode(), 12, true);
        }
    }

    @Test
    void anEditOfOneFieldChecksOnlyItsModelAgain() {
        String text = TestFiles.read(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        Session session = new Session(Config.DEFAULT);
        session.analyse("schema.prisma", text);
        assertEquals(-1, session.memo.lastRechecked(), "a first analysis checks everything");
        Matcher field = Pattern.compile("(?m)^\\s+\\w+\\s+String()\\s").matcher(text);
        assertTrue(field.find(text.length() / 2));
        int at = field.start(1);
        session.analyse("schema.prisma", text.substring(0, at) + "?" + text.substring(at));
        assertEquals(1, session.memo.lastRechecked());
        // a syntax error: its model is checked again after every edit, until it is mended
        session.analyse("schema.prisma", text.substring(0, at) + " ?" + text.substring(at));
        assertEquals(1, session.memo.lastRechecked());
        // a new model name: the other models' foreign keys may now point at it
        int model = text.indexOf("\nmodel ") + "\nmodel ".length();
        session.analyse("schema.prisma", text.substring(0, model) + "Renamed" + text.substring(model));
        assertEquals(-1, session.memo.lastRechecked());
    }

    @Test
    void editsOfLargeSqlSchemasFindWhatAWholeCheckFinds() {
        String[] dumps = {"danbooru.structure.sql", "pagila-schema.sql", "sakila-postgres-schema.sql", "sakila-mysql-schema.sql", "northwind-postgres.sql"};
        for (int i = 0; i < dumps.length; i++) {
            String text = TestFiles.read(TestFiles.corpus("sql/" + dumps[i]));
            editAndCompare("schema.sql", text, i % 2 == 0 ? Config.DEFAULT : STRICT, i, i == 0 ? 20 : 12, i < 2);
        }
    }

    @Test
    void editsOfEverySqlFixtureFindWhatAWholeCheckFinds() throws Exception {
        List<Path> fixtures = fixtures("sql");
        assertTrue(fixtures.size() > 100, "fixtures found: " + fixtures.size());
        for (Path p : fixtures) {
            String text = TestFiles.read(p);
            editAndCompare("schema.sql", text, STRICT, p.toString().hashCode(), 6, true);
        }
    }

    @Test
    void anEditOfOneColumnChecksOnlyItsTableAgain() {
        String text = TestFiles.read(TestFiles.corpus("sql/danbooru.structure.sql"));
        Session session = new Session(Config.DEFAULT);
        session.analyse("schema.sql", text);
        assertEquals(-1, session.memo.lastRechecked(), "a first analysis checks everything");
        Matcher column = Pattern.compile("(?m)^    \\w+ [a-z][^,\\n]*?( NOT NULL),?$").matcher(text);
        assertTrue(column.find(text.length() / 4));
        String edited = text.substring(0, column.start(1)) + text.substring(column.end(1));
        session.analyse("schema.sql", edited);
        int once = session.memo.lastRechecked();
        assertTrue(once >= 1 && once <= 10, "tables checked again: " + once);
        session.analyse("schema.sql", text);
        assertEquals(once, session.memo.lastRechecked());
        // a statement that shapes no table (a view, a function) counts as the rest of the schema: everything again
        int view = text.indexOf("CREATE VIEW ");
        assertTrue(view > 0);
        session.analyse("schema.sql", text.substring(0, view + 12) + "v" + text.substring(view + 12));
        assertEquals(-1, session.memo.lastRechecked());
    }

    private static final String SQL_RELATED = """
            CREATE TABLE owners (
                id bigint PRIMARY KEY,
                email text NOT NULL
            );

            CREATE TABLE teams (
                id bigint PRIMARY KEY,
                owner_id bigint NOT NULL,
                name text NOT NULL
            );

            CREATE TABLE payments (
                id bigint PRIMARY KEY,
                team_id bigint NOT NULL REFERENCES teams (id),
                amount numeric(12, 2) NOT NULL
            );

            CREATE TABLE payments_2024 (
                note text
            ) INHERITS (payments);

            CREATE TABLE teams_copy (LIKE teams);

            COMMENT ON COLUMN teams.owner_id IS 'the owner';
            """;

    /**
     * What a table's findings depend on beyond its own statements: the key of the table a column seems to reference,
     * the documentation a COMMENT ON gives, the parent of an INHERITS child, the table LIKE copies.
     */
    @Test
    void anEditOfOneSqlTableChangesWhatIsFoundInAnother() {
        List<String> versions = List.of(SQL_RELATED,
                SQL_RELATED.replace("CREATE TABLE owners (\n    id bigint", "CREATE TABLE owners (\n    id boolean"),
                SQL_RELATED.replace("'the owner'", "'no FK: owners live in another database'"),
                SQL_RELATED.replace("    id bigint PRIMARY KEY,\n    amount", "    id bigint,\n    amount"),
                SQL_RELATED.replace("    owner_id bigint NOT NULL,", "    owner_id bigint,"),
                SQL_RELATED.replace("COMMENT ON COLUMN teams.owner_id IS 'the owner';\n", "")
                        .replace("CREATE TABLE owners", "COMMENT ON COLUMN teams.owner_id IS 'the owner';\n\nCREATE TABLE owners"));
        for (String v : versions) assertTrue(v == SQL_RELATED || !v.equals(SQL_RELATED), v);
        Session session = new Session(STRICT);
        for (String v : versions) {
            for (String text : List.of(v, SQL_RELATED)) {
                Analyzer.Result incremental = session.analyse("schema.sql", text);
                assertEquals(described(whole("schema.sql", text, STRICT).findings()), described(incremental.findings()), text);
            }
        }
        List<String> before = described(whole("schema.sql", SQL_RELATED, STRICT).findings());
        assertTrue(before.stream().anyMatch(f -> f.startsWith("missing-foreign-key") && f.contains("teams.owner_id")), before.toString());
        List<String> documented = described(whole("schema.sql", versions.get(2), STRICT).findings());
        assertTrue(documented.stream().noneMatch(f -> f.startsWith("missing-foreign-key") && f.contains("teams.owner_id")), documented.toString());
    }

    private static final String RELATED = """
            datasource db {
              provider = "postgresql"
              url      = env("DATABASE_URL")
            }

            model Organization {
              id        Int      @id @default(autoincrement())
              name      String
              createdAt DateTime @default(now())
              updatedAt DateTime @updatedAt
              teams     Team[]
            }

            model Team {
              id             Int          @id @default(autoincrement())
              organizationId Int
              organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
              ownerId        Int
              payloadType    String
              createdAt      DateTime     @default(now())
              updatedAt      DateTime     @updatedAt

              @@index([organizationId])
            }

            model Owner {
              id        Int      @id @default(autoincrement())
              email     String
              createdAt DateTime @default(now())
              updatedAt DateTime @updatedAt
            }

            model Upload {
              id          Int      @id @default(autoincrement())
              payloadType String   @default("application/json")
              createdAt   DateTime @default(now())
              updatedAt   DateTime @updatedAt
            }
            """;

    /**
     * What a rule reads of other models (missing-foreign-key: the key of the model a field seems to reference;
     * suggest-check-constraint: which column names hold MIME types) changes with an edit of those models only.
     */
    @Test
    void anEditOfOneModelChangesWhatIsFoundInAnother() {
        String ownerKeyRetyped = RELATED.replace("model Owner {\n  id        Int ", "model Owner {\n  id        Boolean ");
        String noMimeDefault = RELATED.replace("payloadType String   @default(\"application/json\")", "payloadType String");
        assertTrue(!ownerKeyRetyped.equals(RELATED) && !noMimeDefault.equals(RELATED));
        Session session = new Session(Config.DEFAULT);
        for (String text : List.of(RELATED, ownerKeyRetyped, RELATED, noMimeDefault, RELATED)) {
            Analyzer.Result incremental = session.analyse("schema.prisma", text);
            assertEquals(described(whole("schema.prisma", text, Config.DEFAULT).findings()), described(incremental.findings()));
        }
        List<String> before = described(whole("schema.prisma", RELATED, Config.DEFAULT).findings());
        assertTrue(before.stream().anyMatch(f -> f.startsWith("missing-foreign-key") && f.contains("Team.ownerId")), before.toString());
        assertTrue(described(whole("schema.prisma", ownerKeyRetyped, Config.DEFAULT).findings()).stream().noneMatch(f -> f.startsWith("missing-foreign-key")));
        assertTrue(before.stream().noneMatch(f -> f.startsWith("suggest-check-constraint") && f.contains("Team.payloadType")), before.toString());
        List<String> after = described(whole("schema.prisma", noMimeDefault, Config.DEFAULT).findings());
        assertTrue(after.stream().anyMatch(f -> f.startsWith("suggest-check-constraint") && f.contains("Team.payloadType")), after.toString());
    }
}
