package dev.schemawise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The LSP latency benchmark: starts a language server as an editor does (a process on stdio), opens one large
 * schema and measures what a user feels:
 * <ul>
 *   <li>launch → first diagnostics of the opened file;</li>
 *   <li>edit → diagnostics of that version, p50/p95/max, over realistic edits (a field made optional and back,
 *       a NOT NULL removed and restored) sent one at a time (with {@code --edits} of 400 or more, also over the last
 *       200, once the JIT has compiled the hot code);</li>
 *   <li>hover and completion p95 at names and attribute/type positions across the file;</li>
 *   <li>the server's peak resident memory (VmHWM).</li>
 * </ul>
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.schemawise.bench.LspLatency [--edits N] [--requests N] [--launches N]
 *      [--server "./schemawise lsp"] [--server-log FILE] [--prisma-ls tools/lsp-bench] FILE...
 * </pre>
 *
 * Each server is launched {@code --launches} times per file (3 unless set), each timed to its first diagnostics
 * and shut down; the last launch is measured in full. The first launch after a build is the slowest: the launcher
 * script (the default server, run from the checkout) and the VS Code extension record a class-data archive then,
 * which later launches map.
 *
 * With {@code --prisma-ls DIR} (where {@code npm install} put {@code @prisma/language-server}), every
 * {@code .prisma} file is also measured against Prisma's own server and the ratio printed.
 */
public final class LspLatency {

    /** @param firstDiagnosticsMs launch → first diagnostics of each launch, the measured (last) one last */
    record Result(String server, String file, int lines, double[] firstDiagnosticsMs, double[] editMs, double[] hoverMs, double[] completionMs,
                  long peakRssKb) {}

    /** Where the servers' standard error goes (--server-log), or null to discard it. */
    private static Path serverLog;

    public static void main(String[] args) throws Exception {
        int edits = 200;
        int requests = 200;
        int launches = 3;
        List<String> server = null;
        Path prismaLs = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--launches" -> launches = Math.max(1, Integer.parseInt(args[++i]));
                case "--server" -> server = Arrays.asList(args[++i].split(" "));
                case "--prisma-ls" -> prismaLs = Path.of(args[++i]);
                case "--server-log" -> serverLog = Path.of(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: LspLatency [--edits N] [--requests N] [--launches N] [--server CMD] [--server-log FILE] [--prisma-ls DIR] FILE...");
                    return;
                }
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) files.add(Path.of("corpus/prisma/trigger.dev.schema.prisma"));
        if (server == null) {
            // As an editor starts it: the launcher script keeps a class-data archive, as the VS Code extension does.
            if (Files.isExecutable(Path.of("schemawise"))) {
                server = List.of("./schemawise", "lsp");
            } else {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                server = List.of(java, "-XX:+UseSerialGC", "-Xss4m", "-Xms64m", "-jar", "server/target/schemawise.jar", "lsp");
            }
        }
        List<Result> results = new ArrayList<>();
        for (Path f : files) {
            Result ours = run("schemawise", server, f, edits, requests, launches);
            print(ours);
            results.add(ours);
            if (prismaLs != null && f.toString().endsWith(".prisma")) {
                Path bin = prismaLs.resolve("node_modules/.bin/prisma-language-server");
                if (!Files.exists(bin)) {
                    System.out.println("(no " + bin + "; run npm install in " + prismaLs + " to compare with Prisma's server)");
                    continue;
                }
                Result theirs = run("@prisma/language-server", List.of("node", bin.toString(), "--stdio"), f, edits, requests, launches);
                print(theirs);
                System.out.printf(Locale.ROOT, "ratio (prisma / schemawise): edit→diagnostics p95 %.1fx, hover p95 %.1fx, completion p95 %.1fx%n",
                        pct(theirs.editMs(), 95) / pct(ours.editMs(), 95), pct(theirs.hoverMs(), 95) / pct(ours.hoverMs(), 95),
                        pct(theirs.completionMs(), 95) / pct(ours.completionMs(), 95));
            }
        }
    }

    static void print(Result r) {
        System.out.printf(Locale.ROOT, "%s on %s (%,d lines)%n", r.server(), r.file(), r.lines());
        double[] first = r.firstDiagnosticsMs();
        StringBuilder each = new StringBuilder();
        for (double ms : first) each.append(each.length() == 0 ? "" : ", ").append(Math.round(ms));
        System.out.printf(Locale.ROOT, "  launch → first diagnostics  %8.0f ms  (launches: %s; median %.0f ms)%n", first[first.length - 1], each,
                pct(first, 50));
        System.out.printf(Locale.ROOT, "  edit → diagnostics (%d)    p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", r.editMs().length,
                pct(r.editMs(), 50), pct(r.editMs(), 95), pct(r.editMs(), 100));
        if (r.editMs().length >= 400) {
            // A JVM compiles its hot code over the first few hundred edits: the last 200 show the warm server.
            double[] warm = Arrays.copyOfRange(r.editMs(), r.editMs().length - 200, r.editMs().length);
            System.out.printf(Locale.ROOT, "    the last 200 edits         p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", pct(warm, 50), pct(warm, 95), pct(warm, 100));
        }
        System.out.printf(Locale.ROOT, "  hover (%d)                 p50 %6.1f ms  p95 %6.1f ms%n", r.hoverMs().length, pct(r.hoverMs(), 50), pct(r.hoverMs(), 95));
        System.out.printf(Locale.ROOT, "  completion (%d)            p50 %6.1f ms  p95 %6.1f ms%n", r.completionMs().length, pct(r.completionMs(), 50),
                pct(r.completionMs(), 95));
        System.out.printf(Locale.ROOT, "  peak RSS                    %8.0f MB%n", r.peakRssKb() / 1024.0);
    }

    static double pct(double[] values, int p) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** An edit that toggles: applied at even steps, undone at odd ones. */
    record Toggle(int line, int character, String text) {}

    static Toggle toggle(List<String> lines, boolean prisma) {
        Pattern p = prisma ? Pattern.compile("^(\\s+\\w+\\s+String)\\s") : Pattern.compile("^(\\s+\\w+ [a-z][^,]*?)( NOT NULL),?$");
        for (int n = lines.size() / 2; n < lines.size() + lines.size() / 2; n++) {
            int i = n % lines.size();
            Matcher m = p.matcher(lines.get(i));
            if (m.find()) return prisma ? new Toggle(i, m.end(1), "?") : new Toggle(i, m.end(1), " NOT NULL");
        }
        throw new IllegalStateException("no line to edit");
    }

    /** Places to hover (names) and to complete (after a type, in a column list) spread over the file. */
    static List<Position> positions(List<String> lines, Pattern pattern, int count) {
        List<Position> all = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = pattern.matcher(lines.get(i));
            if (m.find()) all.add(new Position(i, m.start(1) + Math.min(2, m.end(1) - m.start(1))));
        }
        if (all.isEmpty()) throw new IllegalStateException("no position matches " + pattern);
        List<Position> out = new ArrayList<>();
        for (int k = 0; k < count; k++) out.add(all.get((int) ((long) k * all.size() / count)));
        return out;
    }

    /**
     * Launches the server {@code launches} times on the file: each launch is timed to its first diagnostics (and
     * shut down properly, so a server that keeps a class-data archive writes it), the last one is measured in full.
     */
    static Result run(String name, List<String> command, Path file, int edits, int requests, int launches) throws Exception {
        double[] first = new double[launches];
        Result last = null;
        for (int k = 0; k < launches; k++) {
            last = run(name, command, file, k == launches - 1 ? edits : -1, requests);
            first[k] = last.firstDiagnosticsMs()[0];
        }
        return new Result(last.server(), last.file(), last.lines(), first, last.editMs(), last.hoverMs(), last.completionMs(), last.peakRssKb());
    }

    /** One launch; with {@code edits < 0} only to its first diagnostics. */
    static Result run(String name, List<String> command, Path file, int edits, int requests) throws Exception {
        String text = Files.readString(file);
        List<String> lines = text.lines().toList();
        boolean prisma = file.toString().endsWith(".prisma");
        // Nested one level: Prisma's server also reads the .prisma files next to the workspace folder, and /tmp has
        // plenty of other schemas (a broken one makes it throw before it publishes anything).
        Path scratch = Files.createTempDirectory("schemawise-lsp-bench");
        Path workspace = Files.createDirectory(scratch.resolve("workspace"));
        Path copy = workspace.resolve(file.getFileName());
        Files.writeString(copy, text);
        String uri = copy.toUri().toString();

        Recorder client = new Recorder(uri);
        long launch = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(serverLog != null ? ProcessBuilder.Redirect.appendTo(serverLog.toFile()) : ProcessBuilder.Redirect.DISCARD).start();
        try {
            var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
            LanguageServer server = launcher.getRemoteProxy();
            launcher.startListening();
            InitializeParams init = new InitializeParams();
            init.setProcessId((int) ProcessHandle.current().pid());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "bench")));
            init.setRootUri(workspace.toUri().toString());
            init.setCapabilities(new ClientCapabilities());
            server.initialize(init).get(60, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, prisma ? "prisma" : "sql", 1, text)));
            client.next(60_000, 1);
            double first = (System.nanoTime() - launch) / 1e6;
            if (edits < 0) {
                long rss = peakRss(process);
                stop(server, process);
                return new Result(name, file.toString(), lines.size(), new double[] {first}, new double[0], new double[0], new double[0], rss);
            }

            Toggle t = toggle(lines, prisma);
            int version = 1;
            int warmup = Math.min(50, edits);
            double[] editMs = new double[edits];
            for (int k = 0; k < warmup + edits; k++) {
                version++;
                boolean apply = k % 2 == 0;
                Position at = new Position(t.line(), t.character());
                Range range = apply ? new Range(at, at) : new Range(at, new Position(t.line(), t.character() + t.text().length()));
                client.clear();
                long start = System.nanoTime();
                server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent(range, apply ? t.text() : ""))));
                client.next(30_000, version);
                if (k >= warmup) editMs[k - warmup] = (System.nanoTime() - start) / 1e6;
            }
            if (edits % 2 == 1 || warmup % 2 == 1) {
                // leave the text as it was for the requests below
                version++;
                Position at = new Position(t.line(), t.character());
                client.clear();
                server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent(new Range(at, new Position(t.line(), t.character() + t.text().length())), ""))));
                client.next(30_000, version);
            }

            Pattern names = prisma ? Pattern.compile("^\\s+(\\w+)\\s+\\w") : Pattern.compile("^\\s+(\\w+) [a-z]");
            Pattern completions = prisma ? Pattern.compile("^\\s+\\w+\\s+\\w+\\??(\\s+)@") : Pattern.compile("REFERENCES (\\S)");
            double[] hoverMs = time(requests, positions(lines, names, requests),
                    p -> server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), p)));
            double[] completionMs = time(requests, positions(lines, completions, requests),
                    p -> server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), p)));
            long rss = peakRss(process);
            stop(server, process);
            return new Result(name, file.toString(), lines.size(), new double[] {first}, editMs, hoverMs, completionMs, rss);
        } finally {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
            try (var walk = Files.walk(scratch)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** shutdown and exit, as an editor closes; waits for the process (which may write its class-data archive). */
    static void stop(LanguageServer server, Process process) {
        try {
            server.shutdown().get(10, TimeUnit.SECONDS);
            server.exit();
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // measured already
        }
    }

    interface Request {
        CompletableFuture<?> send(Position p);
    }

    static double[] time(int count, List<Position> positions, Request request) throws Exception {
        for (int k = 0; k < Math.min(50, count); k++) request.send(positions.get(k % positions.size())).get(30, TimeUnit.SECONDS);
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            long start = System.nanoTime();
            request.send(positions.get(k)).get(30, TimeUnit.SECONDS);
            out[k] = (System.nanoTime() - start) / 1e6;
        }
        return out;
    }

    /** The peak RSS of the server: the process, or the JVM a launcher script started (the largest of them). */
    static long peakRss(Process process) {
        long max = peakRss(process.pid());
        for (ProcessHandle child : process.descendants().toList()) max = Math.max(max, peakRss(child.pid()));
        return max;
    }

    static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    /** Queues the diagnostics published for the benchmarked document. */
    static final class Recorder implements LanguageClient {
        private final String uri;
        private final LinkedBlockingQueue<PublishDiagnosticsParams> queue = new LinkedBlockingQueue<>();

        Recorder(String uri) {
            this.uri = uri;
        }

        void clear() {
            queue.clear();
        }

        /** The next diagnostics for the document at this version or later (a server that sends no version: the next ones). */
        PublishDiagnosticsParams next(long timeoutMillis, int version) throws InterruptedException {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
            while (true) {
                PublishDiagnosticsParams p = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (p == null) throw new IllegalStateException("no diagnostics for version " + version + " within " + timeoutMillis + " ms");
                if (p.getVersion() == null || p.getVersion() >= version) return p;
            }
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            if (diagnostics.getUri().equals(uri) || java.net.URI.create(diagnostics.getUri()).getPath().equals(java.net.URI.create(uri).getPath())) {
                queue.add(diagnostics);
            }
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams messageParams) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
    }
}
