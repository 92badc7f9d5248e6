package dev.schemawise.bench;

import dev.schemawise.rules.Analyzer;
import dev.schemawise.rules.Finding;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The cost of the rules against the cost of reading: {@code readWorkspace} parses the synthetic dump into a
 * workspace (no cache), {@code analyze} runs every enabled rule over the already-read workspace. Two sizes show
 * that no rule is quadratic in the number of tables: the analysis time per line must stay flat.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class RulesBenchmark {

    @Param({"25000", "100000"})
    public int lines;

    private List<SourceFile> files;
    private Workspace workspace;

    @Setup(Level.Trial)
    public void setup() {
        try {
            String danbooru = Files.readString(ParseBenchmark.corpusPath("default"), StandardCharsets.UTF_8);
            String dump = SyntheticDump.build(danbooru, lines);
            files = List.of(new SourceFile("synthetic.sql", Path.of("/synthetic.sql"), dump));
            workspace = Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
            System.out.printf("%n[setup] %d lines: %d findings%n", lines, Analyzer.analyze(workspace).size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public Workspace readWorkspace() {
        return Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
    }

    @Benchmark
    public List<Finding> analyze() {
        return Analyzer.analyze(workspace);
    }
}
