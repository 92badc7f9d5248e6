package dev.schemawise.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The queries of the corpus (view bodies, data migrations, seed data): every statement JSqlParser reads yields facts
 * whose ranges lie inside the statement and slice the file to what they name, and nearly all are read.
 */
class QueryCorpusTest {

    private static final Pattern QUERY = Pattern.compile(
            "(?is)^(SELECT|WITH|INSERT|UPDATE|DELETE|CREATE\\s+(OR\\s+REPLACE\\s+)?(MATERIALIZED\\s+)?VIEW)\\b.*");
    private static final Pattern PLAIN_INSERT = Pattern.compile("(?is)^INSERT\\b(?!.*\\bSELECT\\b).*");
    /** Seed-data INSERTs per file: thousands of them in the corpus, all alike. */
    private static final int PLAIN_INSERTS_PER_FILE = 15;

    /** A corpus statement and its facts (null when JSqlParser cannot read it). */
    record Analyzed(Path file, String fileText, QueryFiles.Statement statement, QueryInfo info) {}

    private static List<Analyzed> analyzeCorpus() {
        List<Path> files = new ArrayList<>(TestFiles.files(TestFiles.corpus("sql"), ".sql"));
        files.addAll(TestFiles.files(TestFiles.corpus("migrations"), ".sql"));
        List<Analyzed> out = new ArrayList<>();
        for (Path file : files) {
            String text = TestFiles.read(file);
            int plainInserts = 0;
            for (QueryFiles.Statement s : QueryFiles.split(text)) {
                if (!QUERY.matcher(s.text()).matches()) continue;
                if (PLAIN_INSERT.matcher(s.text()).matches() && ++plainInserts > PLAIN_INSERTS_PER_FILE) continue;
                out.add(new Analyzed(file, text, s, QueryFacts.analyze(s.text(), s.start()).orElse(null)));
            }
        }
        return out;
    }

    private static final List<Analyzed> CORPUS = analyzeCorpus();

    /**
     * What JSqlParser cannot read in the corpus: SQLite's [bracketed] names (JSqlParser reads them only with square
     * bracket quotation on, which would break PostgreSQL's array subscripts), CREATE MATERIALIZED VIEW ... WITH NO
     * DATA, SELECT ... INTO a variable (MySQL procedures), and Go templates.
     */
    private static final Pattern KNOWN_UNREADABLE = Pattern.compile("(?is).*(\\[\\w+]|WITH\\s+NO\\s+DATA|\\bINTO\\s+\\w+\\s*$|\\{\\{).*");

    @Test
    void allCorpusQueriesAreReadButKnownDialectGaps() {
        assertTrue(CORPUS.size() > 100, "corpus queries: " + CORPUS.size());
        List<String> unexpected = CORPUS.stream()
                .filter(a -> a.info() == null && !KNOWN_UNREADABLE.matcher(a.statement().text()).matches())
                .map(a -> a.file().getFileName() + ": " + a.statement().text().lines().findFirst().orElse("")).toList();
        assertEquals(List.of(), unexpected);
        assertTrue(CORPUS.stream().filter(a -> a.info() != null).count() > 80);
    }

    @Test
    void everyRangeLiesInItsStatementAndNamesWhatItStandsFor() {
        for (Analyzed a : CORPUS) {
            if (a.info() != null) checkRanges(a.fileText(), a.statement(), a.info());
        }
    }

    @Test
    void viewsOfTheSampleSchemas() {
        QueryInfo filmList = view("pagila-schema.sql", "CREATE VIEW public.film_list AS");
        assertEquals(List.of("category", "film_category", "film", "film_actor", "actor"), filmList.tables().stream().map(TableRef::name).toList());
        assertTrue(filmList.tables().stream().allMatch(t -> "public".equals(t.schema())));
        assertTrue(filmList.columnUses().stream().anyMatch(u -> u.usage() == ColumnUse.Usage.JOIN && u.table() != null
                && u.table().name().equals("film_category") && u.column().equals("film_id")));
        assertEquals(List.of(), filmList.selectStars());
    }

    @Test
    void migrationsUpdatingEveryRowAreTold() {
        List<Analyzed> updates = CORPUS.stream().filter(a -> a.info() != null && a.info().kind() == QueryInfo.Kind.UPDATE).toList();
        assertTrue(updates.stream().anyMatch(a -> !a.info().hasWhere() && a.statement().text().contains("\"builtAt\" = \"deployedAt\"")));
        assertTrue(updates.stream().anyMatch(a -> a.info().hasWhere() && a.statement().text().contains("'DISCONNECTED'")));
        for (Analyzed a : updates) assertEquals("UPDATE", a.info().keyword().textIn(a.fileText()).toUpperCase(Locale.ROOT));
    }

    private static QueryInfo view(String file, String head) {
        return CORPUS.stream().filter(a -> a.file().getFileName().toString().equals(file) && a.statement().text().startsWith(head))
                .map(Analyzed::info).findFirst().orElseThrow(() -> new AssertionError(head + " not read"));
    }

    private static void checkRanges(String file, QueryFiles.Statement s, QueryInfo info) {
        List<Range> all = new ArrayList<>();
        info.columnUses().forEach(u -> all.add(u.range()));
        info.tables().forEach(t -> all.add(t.range()));
        info.selectStars().forEach(st -> all.add(st.range()));
        if (info.keyword() != null) all.add(info.keyword());
        if (info.limit() != null) all.add(info.limit().range());
        if (info.offset() != null) all.add(info.offset().range());
        for (Range r : all) assertTrue(r.start() >= s.start() && r.end() <= s.end(), () -> r + " outside " + s);
        for (ColumnUse u : info.columnUses()) {
            if (u.usage() != ColumnUse.Usage.ORDER_BY) {
                assertEquals(u.column().toLowerCase(Locale.ROOT), u.range().textIn(file).toLowerCase(Locale.ROOT), u::toString);
            }
        }
        for (TableRef t : info.tables()) {
            String written = t.range().textIn(file).replaceAll("\\s+", "");
            assertTrue(written.endsWith(t.name()), () -> t + " is " + written);
        }
        for (SelectStar star : info.selectStars()) assertTrue(star.range().textIn(file).endsWith("*"), star::toString);
    }
}
