package dev.schemawise.bench;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.Schema;
import dev.schemawise.sql.SqlFrontEnd;
import dev.schemawise.sql.SqlParseResult;
import dev.schemawise.workspace.Replay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to read SQL into the schema model: {@link SqlFrontEnd#parse} then {@link Replay#applyAll} and
 * {@link Replay#snapshot()}, on danbooru's {@code structure.sql} (~7,500 lines) and on a synthetic
 * 100,000-line dump made of renamed copies of it ({@link SyntheticDump}); and parsing alone on danbooru.
 *
 * <p>The corpus file is the {@code corpus} parameter ({@code -p corpus=PATH}); its default value
 * {@code default} means the system property {@code schemawise.corpus}, else
 * {@code corpus/sql/danbooru.structure.sql} relative to the working directory, or {@code ../corpus/...}
 * when run from {@code bench/}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class ParseBenchmark {

    public static final String CORPUS_PROPERTY = "schemawise.corpus";
    public static final int SYNTHETIC_LINES = 100_000;

    private static final String DANBOORU_FILE = "danbooru.structure.sql";
    private static final String SYNTHETIC_FILE = "synthetic-100k.sql";

    /** The danbooru structure.sql to read; {@code default}: see the class comment. */
    @Param({"default"})
    public String corpus;

    private String danbooru;
    private String synthetic;

    @Setup(Level.Trial)
    public void setup() {
        Path path = corpusPath(corpus);
        try {
            danbooru = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + path.toAbsolutePath()
                    + " (run from the repository root, or pass -D" + CORPUS_PROPERTY + "=PATH or -p corpus=PATH)", e);
        }
        synthetic = SyntheticDump.build(danbooru, SYNTHETIC_LINES);
        // Sanity: both inputs read without syntax errors, so the benchmark measures the normal path.
        report(DANBOORU_FILE, danbooru);
        report(SYNTHETIC_FILE, synthetic);
    }

    /** The corpus file from a parameter value: {@code default} or empty means the system property or the default path. */
    static Path corpusPath(String param) {
        String configured = param == null || param.isBlank() || param.equals("default")
                ? System.getProperty(CORPUS_PROPERTY, SyntheticDump.DEFAULT_SOURCE)
                : param;
        return SyntheticDump.resolveSource(configured);
    }

    private static void report(String file, String text) {
        SqlParseResult parsed = SqlFrontEnd.parse(file, text, Dialect.POSTGRESQL);
        Replay replay = new Replay(Dialect.POSTGRESQL);
        replay.applyAll(parsed.statements(), file);
        Schema schema = replay.snapshot();
        System.out.printf("%n[setup] %s: %d lines, %d statements, %d syntax errors, %d replay problems, "
                        + "%d tables, %d columns, %d foreign keys, %d indexes%n",
                file, SyntheticDump.lineCount(text), parsed.statements().size(), parsed.errors().size(),
                replay.problems().size(), schema.tables().size(), schema.columnCount(), schema.foreignKeyCount(),
                schema.indexCount());
    }

    private static Schema parseAndReplay(String file, String text) {
        SqlParseResult parsed = SqlFrontEnd.parse(file, text, Dialect.POSTGRESQL);
        Replay replay = new Replay(Dialect.POSTGRESQL);
        replay.applyAll(parsed.statements(), file);
        return replay.snapshot();
    }

    /** danbooru's structure.sql (~7,500 lines): parse, replay, snapshot. */
    @Benchmark
    public Schema danbooruParseAndReplay() {
        return parseAndReplay(DANBOORU_FILE, danbooru);
    }

    /** danbooru's structure.sql: the SQL front end alone. */
    @Benchmark
    public SqlParseResult danbooruParseOnly() {
        return SqlFrontEnd.parse(DANBOORU_FILE, danbooru, Dialect.POSTGRESQL);
    }

    /** The synthetic 100,000-line dump: parse, replay, snapshot. */
    @Benchmark
    public Schema synthetic100kParseAndReplay() {
        return parseAndReplay(SYNTHETIC_FILE, synthetic);
    }
}
