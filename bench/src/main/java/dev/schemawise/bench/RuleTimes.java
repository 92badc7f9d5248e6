package dev.schemawise.bench;

import dev.schemawise.config.Config;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time of each rule on one SQL or Prisma file, single-threaded, averaged over 15 analyses after 15 warm-up ones:
 * which rules cost what, and (run on dumps of several sizes) that none grows faster than the schema.
 *
 * <pre>java -Dschemawise.parallelRules=false -cp bench/target/benchmarks.jar dev.schemawise.bench.RuleTimes FILE</pre>
 */
public final class RuleTimes {
    private RuleTimes() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.out.println("usage: RuleTimes FILE   (run with -Dschemawise.parallelRules=false for per-rule times)");
            return;
        }
        Path file = Path.of(args[0]);
        String name = file.getFileName().toString();
        List<SourceFile> files = List.of(new SourceFile(name, file.toAbsolutePath(), Files.readString(file)));
        Map<String, Long> sum = new TreeMap<>();
        int warmup = 15;
        int measured = 15;
        for (int i = 0; i < warmup + measured; i++) {
            Workspace w = Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
            Analyzer.Result r = Analyzer.analyze(w, p -> Config.DEFAULT);
            if (i >= warmup) r.ruleNanos().forEach((k, v) -> sum.merge(k, v, Long::sum));
        }
        sum.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> System.out.printf(Locale.ROOT, "%-30s %7.1f ms%n", e.getKey(), e.getValue() / measured / 1e6));
        System.out.printf(Locale.ROOT, "%-30s %7.1f ms%n", "all rules", sum.values().stream().mapToLong(Long::longValue).sum() / measured / 1e6);
    }
}
