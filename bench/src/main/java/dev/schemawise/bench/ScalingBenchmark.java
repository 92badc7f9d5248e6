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
 * Parse + replay of synthetic dumps of growing size, to show the time grows linearly with the input:
 * the score per line should stay flat from 25,000 to 200,000 lines.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class ScalingBenchmark {

    @Param({"25000", "50000", "100000", "200000"})
    public int lines;

    private String dump;

    @Setup(Level.Trial)
    public void setup() {
        try {
            String danbooru = Files.readString(ParseBenchmark.corpusPath("default"), StandardCharsets.UTF_8);
            dump = SyntheticDump.build(danbooru, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public Schema parseAndReplay() {
        SqlParseResult parsed = SqlFrontEnd.parse("synthetic.sql", dump, Dialect.POSTGRESQL);
        Replay replay = new Replay(Dialect.POSTGRESQL);
        replay.applyAll(parsed.statements(), "synthetic.sql");
        return replay.snapshot();
    }
}
