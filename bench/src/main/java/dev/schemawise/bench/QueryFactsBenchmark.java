package dev.schemawise.bench;

import dev.schemawise.query.QueryFacts;
import dev.schemawise.query.QueryInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time for {@link QueryFacts#analyze} over 1,000 distinct typical application statements (lookups by key, joins
 * with paging, UPDATE/DELETE by key, INSERT ... SELECT, a CTE, IN lists, PostgreSQL casts and ILIKE), made from
 * {@link #TEMPLATES} with varying table and column names. One operation is all 1,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// JSqlParser's parser methods are huge: the JIT needs some 50,000 statements before its times settle.
@Warmup(iterations = 15, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
public class QueryFactsBenchmark {

    public static final int STATEMENTS = 1_000;

    /** Statement shapes; {t}, {u} are table names, {c} a column name, {n} a number. */
    static final String[] TEMPLATES = {
        "SELECT id, email, name FROM {t} WHERE email = $1",
        "SELECT a.id, b.total FROM {t} a JOIN {u} b ON b.{t}_id = a.id WHERE b.status = 'paid' ORDER BY b.created_at DESC LIMIT 20 OFFSET $2",
        "UPDATE {t} SET {c} = now() WHERE id = $1",
        "DELETE FROM {t} WHERE expires_at < now() - interval '{n} days'",
        "INSERT INTO {u} ({c}, action, at) SELECT id, 'x', now() FROM {t} WHERE active",
        "SELECT count(*) FROM {t} WHERE {c} = $1 AND created_at > $2",
        "WITH recent AS (SELECT * FROM {t} WHERE created_at > now() - interval '7 days') SELECT r.id, u.{c} FROM recent r JOIN {u} u ON u.id = r.{u}_id",
        "SELECT p.id, p.title, c.name AS category FROM {t} p LEFT JOIN {u} c ON c.id = p.{u}_id WHERE p.published AND p.author_id IN ({n}, 2, 3) ORDER BY p.id",
        "SELECT * FROM {t} WHERE name ILIKE $1 AND {c} BETWEEN $2 AND $3",
        "SELECT DISTINCT ON ({c}) {c}, amount::numeric FROM {t} ORDER BY {c}, paid_at DESC",
    };

    private List<String> statements;

    @Setup(Level.Trial)
    public void setup() {
        statements = statements(STATEMENTS);
        // Sanity: every statement is read, so the benchmark measures the normal path.
        for (String s : statements) {
            if (QueryFacts.analyze(s, 0).isEmpty()) throw new IllegalStateException("not read: " + s);
        }
    }

    /** {@code count} distinct statements from the templates. */
    static List<String> statements(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(TEMPLATES[i % TEMPLATES.length]
                    .replace("{t}", "table_" + i)
                    .replace("{u}", "other_" + i % 89)
                    .replace("{c}", "column_" + i % 13)
                    .replace("{n}", Integer.toString(i)));
        }
        return out;
    }

    @Benchmark
    public int analyzeThousandStatements() {
        int uses = 0;
        for (String s : statements) {
            Optional<QueryInfo> info = QueryFacts.analyze(s, 0);
            uses += info.map(i -> i.columnUses().size()).orElse(0);
        }
        return uses;
    }
}
