package dev.schemawise.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.schemawise.TestFiles;
import dev.schemawise.text.LineIndex;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar's language server ({@code java -jar schemawise.jar lsp --stdio}) under faults only a real
 * process and real pipes show: broken framing and malformed JSON-RPC at the byte level, 1,000 edits per second
 * for 10 seconds, a client that stops reading its input for 5 seconds, and documents opened, edited and closed
 * for a while with the heap measured (jcmd GC.run, GC.heap_info) before and after. Each test prints its figures
 * (failsafe keeps them in target/failsafe-reports/*-output.txt); docs/RELIABILITY.md quotes them.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LspFaultIT {

    @TempDir
    Path dir;

    private static final long TIMEOUT_MILLIS = 20_000;

    /** A language server process and a client for it that reads on its own thread (and can stop reading). */
    static final class Server implements AutoCloseable {
        final Process process;
        final Path stderr;
        private final OutputStream out;
        private final Object writeLock = new Object();
        private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
        private final Map<String, JsonObject> lastDiagnostics = new ConcurrentHashMap<>();
        /** Responses to requests this client did not send through {@link #request} (written by hand). */
        private final List<JsonObject> otherResponses = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final AtomicInteger ids = new AtomicInteger(1000);
        final AtomicInteger publications = new AtomicInteger();
        final AtomicLong bytesRead = new AtomicLong();
        volatile boolean paused;
        private final Thread reader;
        private volatile Throwable readFailure;

        Server(Path dir, String... jvmOptions) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path jar = Path.of(System.getProperty("schemawise.jar", "target/schemawise.jar"));
            assertTrue(Files.isRegularFile(jar), "the shaded jar " + jar.toAbsolutePath() + " exists (built by mvn package)");
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(List.of(jvmOptions));
            command.addAll(List.of("-jar", jar.toString(), "lsp", "--stdio"));
            stderr = Files.createTempFile(dir, "stderr", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile());
            process = pb.start();
            out = process.getOutputStream();
            reader = new Thread(this::read, "lsp-fault-it-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (InputStream in = new BufferedInputStream(process.getInputStream(), 1 << 16)) {
                while (true) {
                    while (paused) Thread.sleep(10);
                    ByteArrayOutputStream header = new ByteArrayOutputStream();
                    while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                        int b = in.read();
                        if (b < 0) return;
                        header.write(b);
                    }
                    String h = header.toString(StandardCharsets.US_ASCII);
                    if (!h.startsWith("Content-Length: ")) throw new IllegalStateException("stdout carries only protocol, got: " + h);
                    int length = Integer.parseInt(h.substring("Content-Length: ".length(), h.indexOf('\r')));
                    byte[] body = in.readNBytes(length);
                    bytesRead.addAndGet(header.size() + body.length);
                    handle(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
                }
            } catch (Throwable e) {
                readFailure = e;
            }
        }

        private void handle(JsonObject message) throws IOException {
            boolean hasId = message.has("id") && !message.get("id").isJsonNull();
            if (message.has("method")) {
                String method = message.get("method").getAsString();
                if (method.equals("textDocument/publishDiagnostics")) {
                    JsonObject params = message.getAsJsonObject("params");
                    lastDiagnostics.put(params.get("uri").getAsString(), params);
                    publications.incrementAndGet();
                }
                if (hasId) { // a request of the server's: answer as an editor that supports nothing would
                    JsonObject response = new JsonObject();
                    response.addProperty("jsonrpc", "2.0");
                    response.add("id", message.get("id"));
                    response.add("result", JsonNull.INSTANCE);
                    send(response.toString());
                }
                return;
            }
            CompletableFuture<JsonObject> f = hasId && message.get("id").getAsJsonPrimitive().isNumber() ? pending.remove(message.get("id").getAsInt()) : null;
            if (f != null) f.complete(message);
            else otherResponses.add(message);
        }

        void sendBytes(byte[] bytes) throws IOException {
            synchronized (writeLock) {
                out.write(bytes);
                out.flush();
            }
        }

        void send(String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] frame = new byte[header.length + body.length];
            System.arraycopy(header, 0, frame, 0, header.length);
            System.arraycopy(body, 0, frame, header.length, body.length);
            sendBytes(frame);
        }

        static String message(String method, Integer id, JsonElement params) {
            JsonObject m = new JsonObject();
            m.addProperty("jsonrpc", "2.0");
            if (id != null) m.addProperty("id", id);
            m.addProperty("method", method);
            if (params != null) m.add("params", params);
            return m.toString();
        }

        void notify(String method, JsonElement params) throws IOException {
            send(message(method, null, params));
        }

        /** Sends a request; the future completes with the response (result or error). */
        CompletableFuture<JsonObject> request(String method, JsonElement params) throws IOException {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonObject> f = new CompletableFuture<>();
            pending.put(id, f);
            send(message(method, id, params));
            return f;
        }

        /** The response with this id to a request written by hand. */
        JsonObject response(JsonElement id) throws InterruptedException {
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                for (JsonObject r : otherResponses) if (id.equals(r.get("id"))) return r;
                Thread.sleep(5);
            }
            throw new AssertionError("no response with id " + id + "; got " + otherResponses + "\nserver log:\n" + log());
        }

        JsonObject call(String method, JsonElement params) throws Exception {
            return await(request(method, params), method);
        }

        JsonObject await(CompletableFuture<JsonObject> f, String what) throws Exception {
            try {
                return f.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("no answer to " + what + " within " + TIMEOUT_MILLIS + " ms; reader: " + readFailure + "; alive: " + process.isAlive()
                        + "\nserver log:\n" + log());
            }
        }

        void initialize(Path root) throws Exception {
            JsonObject params = new JsonObject();
            params.add("processId", JsonNull.INSTANCE);
            params.addProperty("rootUri", root.toUri().toString());
            params.add("capabilities", new JsonObject());
            JsonObject result = call("initialize", params);
            assertTrue(result.has("result"), result.toString());
            notify("initialized", new JsonObject());
        }

        void open(String uri, String text, int version) throws IOException {
            JsonObject item = new JsonObject();
            item.addProperty("uri", uri);
            item.addProperty("languageId", uri.endsWith(".prisma") ? "prisma" : "sql");
            item.addProperty("version", version);
            item.addProperty("text", text);
            JsonObject params = new JsonObject();
            params.add("textDocument", item);
            notify("textDocument/didOpen", params);
        }

        void close(String uri) throws IOException {
            notify("textDocument/didClose", textDocument(uri));
        }

        /** An incremental change replacing [start, end) of a text (offsets) whose line index is given. */
        void change(String uri, int version, LineIndex lines, int start, int end, String text) throws IOException {
            JsonObject change = new JsonObject();
            change.add("range", range(lines, start, end));
            change.addProperty("text", text);
            JsonArray changes = new JsonArray();
            changes.add(change);
            JsonObject params = new JsonObject();
            JsonObject doc = new JsonObject();
            doc.addProperty("uri", uri);
            doc.addProperty("version", version);
            params.add("textDocument", doc);
            params.add("contentChanges", changes);
            notify("textDocument/didChange", params);
        }

        /** The diagnostics last published for a document, once they satisfy a condition. */
        JsonObject diagnostics(String uri, Predicate<JsonObject> until, long timeoutMillis) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (System.currentTimeMillis() < deadline) {
                JsonObject last = lastDiagnostics.get(uri);
                if (last != null && until.test(last)) return last;
                Thread.sleep(5);
            }
            throw new AssertionError("no diagnostics for " + uri + " matched within " + timeoutMillis + " ms; last version: "
                    + (lastDiagnostics.get(uri) == null ? null : lastDiagnostics.get(uri).get("version")) + "; reader: " + readFailure + "\nserver log:\n" + log());
        }

        JsonObject diagnostics(String uri, int version) throws InterruptedException {
            return diagnostics(uri, d -> d.has("version") && !d.get("version").isJsonNull() && d.get("version").getAsInt() >= version, TIMEOUT_MILLIS);
        }

        String log() {
            try {
                return Files.readString(stderr);
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        /** Heap used after a full collection, in KB (jcmd GC.run, then GC.heap_info). */
        long heapAfterGcKb() throws Exception {
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            Matcher m = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
            assertTrue(m.find(), info);
            return Long.parseLong(m.group(1));
        }

        String jcmd(String command) throws Exception {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "jcmd " + command + ": " + output);
            return output;
        }

        /** The resident set size of the server process, in KB (Linux), or -1. */
        long rssKb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
                }
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            return -1;
        }

        /** shutdown, exit, and the exit code (0 when the server honoured both). */
        int shutdown() throws Exception {
            JsonObject r = call("shutdown", null);
            assertTrue(r.has("result"), r.toString());
            notify("exit", null);
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the server exits");
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    static JsonObject textDocument(String uri) {
        JsonObject doc = new JsonObject();
        doc.addProperty("uri", uri);
        JsonObject params = new JsonObject();
        params.add("textDocument", doc);
        return params;
    }

    static JsonObject position(int line, int character) {
        JsonObject p = new JsonObject();
        p.addProperty("line", line);
        p.addProperty("character", character);
        return p;
    }

    static JsonObject range(LineIndex lines, int start, int end) {
        JsonObject r = new JsonObject();
        r.add("start", position(lines.line(start), lines.column(start)));
        r.add("end", position(lines.line(end), lines.column(end)));
        return r;
    }

    static JsonObject hover(String uri, int line, int character) {
        JsonObject params = textDocument(uri);
        params.add("position", position(line, character));
        return params;
    }

    /** What a server answers about a document: its diagnostics and its symbols (whose ranges place every table and column). */
    private record Answers(JsonElement diagnostics, JsonElement symbols) {}

    /** Initializes the server on the test folder and opens pagila as version 1; returns its URI once analysed. */
    private String openPagila(Server s, String text) throws Exception {
        s.initialize(dir);
        String uri = dir.resolve("pagila.sql").toUri().toString();
        s.open(uri, text, 1);
        s.diagnostics(uri, 1);
        return uri;
    }

    private static Answers answers(Server s, String uri, int version) throws Exception {
        JsonElement diagnostics = s.diagnostics(uri, version).get("diagnostics");
        JsonElement symbols = s.call("textDocument/documentSymbol", textDocument(uri)).get("result");
        return new Answers(diagnostics, symbols);
    }

    /** The answers of a server that only ever saw this text (the same file name, in an empty folder). */
    private Answers fresh(String name, String text) throws Exception {
        Path folder = Files.createTempDirectory(dir, "fresh");
        try (Server s = new Server(dir)) {
            s.initialize(folder);
            String uri = folder.resolve(name).toUri().toString();
            s.open(uri, text, 1);
            return answers(s, uri, 1);
        }
    }

    private static void assertSameAnswers(Answers expected, Answers actual, String what) {
        assertEquals(expected.diagnostics().getAsJsonArray().size(), actual.diagnostics().getAsJsonArray().size(), what + ": number of diagnostics");
        assertEquals(expected.diagnostics(), actual.diagnostics(), what + ": diagnostics");
        assertEquals(expected.symbols().getAsJsonArray().size(), actual.symbols().getAsJsonArray().size(), what + ": number of document symbols");
        assertEquals(withoutUris(expected.symbols()), withoutUris(actual.symbols()), what + ": document symbols");
    }

    /** Symbols with their location's URI left out (the two servers' folders differ). */
    private static JsonElement withoutUris(JsonElement symbols) {
        JsonElement copy = symbols.deepCopy();
        for (JsonElement s : copy.getAsJsonArray()) {
            if (s.getAsJsonObject().has("location")) s.getAsJsonObject().getAsJsonObject("location").remove("uri");
        }
        return copy;
    }

    /**
     * Typing into a schema: a column definition typed at the start of a random line of a table, one character per
     * edit, and every other time deleted again one character at a time. Keeps the client's copy of the text.
     */
    private static final class Typist {
        private static final String[] LINES = {"    typed_column_%d integer NOT NULL DEFAULT 0,\n", "    -- a comment %d about this table\n",
                "    note_%d text,\n"};
        private final Random random = new Random(11);
        private final List<Integer> tableLines = new ArrayList<>();
        String text;
        LineIndex lines;
        private int at;
        private String typing = "";
        private int typed;
        private boolean deleting;
        private int count;

        Typist(String text) {
            this.text = text;
            this.lines = new LineIndex(text);
        }

        /** The next edit, applied to the client's text: {start, end, replacement} in offsets of the text before it. */
        Object[] next() {
            if (typed == typing.length() && !deleting || deleting && typed == 0) {
                if (!deleting && random.nextBoolean() && !typing.isEmpty()) {
                    deleting = true;
                } else {
                    deleting = false;
                    typing = String.format(LINES[random.nextInt(LINES.length)], count++);
                    typed = 0;
                    at = columnLine();
                }
            }
            int start;
            int end;
            String replacement;
            if (deleting) {
                start = at + typed - 1;
                end = at + typed;
                replacement = "";
                typed--;
            } else {
                start = at + typed;
                end = start;
                replacement = String.valueOf(typing.charAt(typed));
                typed++;
            }
            Object[] edit = {start, end, replacement};
            String next = text.substring(0, start) + replacement + text.substring(end);
            lines = lines.edited(next, start, text.length() - end);
            text = next;
            return edit;
        }

        /** The start of a line that defines a column (four spaces, then a letter), in the current text. */
        private int columnLine() {
            for (int tries = 0; tries < 1000; tries++) {
                int line = random.nextInt(lines.lineCount());
                int start = lines.lineStart(line);
                if (text.startsWith("    ", start) && start + 4 < text.length() && Character.isLetter(text.charAt(start + 4))) return start;
            }
            return 0;
        }
    }

    // ------------------------------------------------------------------ floods

    /**
     * 1,000 edits per second for 10 seconds on a 90 KB schema (pagila), one character each as typing sends them,
     * with a hover every 200 ms. The server must read them as fast as they come (a server that falls behind blocks
     * the client's writes, and the rate drops), stay responsive, and end with the answers for the final text.
     */
    @Test
    void aThousandEditsPerSecondForTenSeconds() throws Exception {
        String original = TestFiles.read(TestFiles.corpus("sql/pagila-schema.sql"));
        try (Server s = new Server(dir)) {
            String uri = openPagila(s, original);
            Typist typist = new Typist(original);
            List<Long> hoverMillis = Collections.synchronizedList(new ArrayList<>());
            List<CompletableFuture<?>> hovers = new ArrayList<>();
            int version = 1;
            int publicationsBefore = s.publications.get();
            long period = TimeUnit.MILLISECONDS.toNanos(1);
            long duration = TimeUnit.SECONDS.toNanos(10);
            long start = System.nanoTime();
            long nextHover = start;
            int sent = 0;
            long blocked = 0;
            long slowestWrite = 0;
            while (System.nanoTime() - start < duration) {
                long due = start + sent * period;
                long wait = due - System.nanoTime();
                if (wait > 0) LockSupport.parkNanos(wait);
                LineIndex before = typist.lines;
                Object[] edit = typist.next();
                long writing = System.nanoTime();
                s.change(uri, ++version, before, (int) edit[0], (int) edit[1], (String) edit[2]);
                writing = System.nanoTime() - writing;
                blocked += writing;
                slowestWrite = Math.max(slowestWrite, writing);
                sent++;
                if (System.nanoTime() >= nextHover) {
                    nextHover += TimeUnit.MILLISECONDS.toNanos(200);
                    int customer = typist.text.indexOf("CREATE TABLE public.customer (") + "CREATE TABLE public.cu".length();
                    long asked = System.nanoTime();
                    hovers.add(s.request("textDocument/hover", hover(uri, typist.lines.line(customer), typist.lines.column(customer)))
                            .thenRun(() -> hoverMillis.add((System.nanoTime() - asked) / 1_000_000)));
                }
            }
            long sentNanos = System.nanoTime() - start;
            double rate = sent / (sentNanos / 1e9);
            JsonObject last = s.diagnostics(uri, version);
            long settledMillis = (System.nanoTime() - start - sentNanos) / 1_000_000;
            for (CompletableFuture<?> h : hovers) s.await(h.thenApply(x -> new JsonObject()), "a hover sent during the storm");
            Answers answers = answers(s, uri, version);
            assertEquals(version, last.get("version").getAsInt());
            List<Long> sorted = new ArrayList<>(hoverMillis);
            Collections.sort(sorted);
            System.out.printf("edit storm: %d edits in %.1f s = %.0f edits/s (target 1000), %d ms in all spent writing them (slowest write %d ms);"
                            + " %d diagnostics publications meanwhile; final diagnostics %d ms after the last edit; %d hovers during the storm answered in"
                            + " %d ms median, %d ms at most; server RSS %d MB; load average %s%n",
                    sent, sentNanos / 1e9, rate, blocked / 1_000_000, slowestWrite / 1_000_000, s.publications.get() - publicationsBefore, settledMillis,
                    sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), s.rssKb() / 1024, loadAverage());
            assertSameAnswers(fresh("pagila.sql", typist.text), answers, "after " + sent + " edits");
            // A write blocks when the pipe holds 64 KB (some 300 edits) the server has not read yet. How many edits a
            // second the server reads depends on its share of two cores it also analyses on: 1,000 on a quiet machine,
            // about 550 with the load average at 5. The floor catches a server that stops reading, not a busy machine.
            assertTrue(slowestWrite < TimeUnit.SECONDS.toNanos(2), "the slowest write took " + slowestWrite / 1_000_000 + " ms");
            assertTrue(rate > 200, "sent " + rate + " edits/s");
            assertEquals(0, s.shutdown());
        }
    }

    /**
     * A client that stops reading the server's output for 5 seconds while it keeps editing (a full-text change of a
     * 90 KB schema every 100 ms, 4.5 MB in all, each changing the diagnostics) and asking for hovers. The server's
     * output fills the pipe; it must keep reading its input (or the client's writes would block), and once the
     * client reads again, answer every request and publish the diagnostics of the final text.
     */
    @Test
    void aClientThatStopsReadingForFiveSeconds() throws Exception {
        String original = TestFiles.read(TestFiles.corpus("sql/pagila-schema.sql"));
        try (Server s = new Server(dir)) {
            String uri = openPagila(s, original);
            s.paused = true;
            long start = System.nanoTime();
            // Reading resumes after 5 s whatever happens meanwhile: a server that stopped reading its input would
            // block the writes below until then, not forever.
            Thread resume = new Thread(() -> {
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(5));
                s.paused = false;
            });
            resume.start();
            int version = 1;
            String text = original;
            List<CompletableFuture<JsonObject>> hovers = new ArrayList<>();
            long slowestWrite = 0;
            long sentBytes = 0;
            for (int i = 0; i < 50; i++) {
                long due = start + TimeUnit.MILLISECONDS.toNanos(100L * i);
                long wait = due - System.nanoTime();
                if (wait > 0) LockSupport.parkNanos(wait);
                // Each version adds a table without a primary key: every analysis has new diagnostics to publish.
                text = text + "CREATE TABLE stalled_" + i + " (note text);\n";
                JsonObject change = new JsonObject();
                change.addProperty("text", text);
                JsonArray changes = new JsonArray();
                changes.add(change);
                JsonObject params = textDocument(uri);
                params.getAsJsonObject("textDocument").addProperty("version", ++version);
                params.add("contentChanges", changes);
                long before = System.nanoTime();
                sentBytes += params.toString().length();
                s.notify("textDocument/didChange", params);
                slowestWrite = Math.max(slowestWrite, System.nanoTime() - before);
                if (i % 5 == 0) hovers.add(s.request("textDocument/hover", hover(uri, 0, 0)));
            }
            long writing = System.nanoTime() - start;
            long readBefore = s.bytesRead.get();
            int publicationsBefore = s.publications.get();
            assertTrue(s.process.isAlive());
            resume.join();
            long resumed = System.nanoTime();
            for (CompletableFuture<JsonObject> h : hovers) assertTrue(s.await(h, "a hover sent during the stall").has("result"));
            long hoversMillis = (System.nanoTime() - resumed) / 1_000_000;
            JsonObject last = s.diagnostics(uri, version);
            long finalMillis = (System.nanoTime() - resumed) / 1_000_000;
            assertEquals(version, last.get("version").getAsInt());
            Answers answers = answers(s, uri, version);
            System.out.printf("stalled client: 50 full-text changes (%.1f MB) sent in %d ms while not reading (slowest write %d ms); after reading again: %d hovers"
                            + " answered within %d ms, final diagnostics after %d ms, %d diagnostics publications and %d KB of output that had waited%n",
                    sentBytes / 1e6, writing / 1_000_000, slowestWrite / 1_000_000, hovers.size(), hoversMillis, finalMillis,
                    s.publications.get() - publicationsBefore, (s.bytesRead.get() - readBefore) / 1024);
            assertTrue(slowestWrite < TimeUnit.SECONDS.toNanos(1), "the server read its input while its output was blocked: a write took "
                    + slowestWrite / 1_000_000 + " ms");
            assertSameAnswers(fresh("pagila.sql", text), answers, "after the stall");
            assertEquals(0, s.shutdown());
        }
    }

    // ------------------------------------------------------------------ memory

    /**
     * Documents opened, edited, asked about and closed for 15 seconds, each cycle under new names (as an editor
     * opening one file after another): once all are closed, the heap after a full collection is back within 20 MB
     * of what it was before the first was opened.
     */
    @Test
    void memoryReturnsToItsBaselineAfterTheDocumentsClose() throws Exception {
        List<String> corpus = List.of("sql/pagila-schema.sql", "sql/sakila-postgres-schema.sql", "sql/sakila-mysql-schema.sql", "prisma/trigger.dev.schema.prisma",
                "sql/danbooru.structure.sql");
        List<Map.Entry<String, String>> documents = new ArrayList<>();
        for (String c : corpus) documents.add(Map.entry(c.substring(c.lastIndexOf('.')), TestFiles.read(TestFiles.corpus(c))));
        try (Server s = new Server(dir)) {
            s.initialize(dir);
            // Warm up (classes loaded, code compiled), then the baseline.
            cycle(s, "warm-up", documents);
            long baselineHeap = s.heapAfterGcKb();
            long baselineRss = s.rssKb();
            long start = System.nanoTime();
            int cycles = 0;
            long peakRss = baselineRss;
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15)) {
                cycle(s, "soak-" + cycles++, documents);
                peakRss = Math.max(peakRss, s.rssKb());
            }
            long afterHeap = s.heapAfterGcKb();
            long afterRss = s.rssKb();
            System.out.printf("soak: %d cycles of %d documents (%d opened, edited and closed) in %.1f s; heap after GC %d MB before, %d MB after;"
                            + " RSS %d MB before, %d MB at most, %d MB after%n",
                    cycles, documents.size() * 2, cycles * documents.size() * 2, (System.nanoTime() - start) / 1e9, baselineHeap / 1024, afterHeap / 1024,
                    baselineRss / 1024, peakRss / 1024, afterRss / 1024);
            assertTrue(afterHeap < baselineHeap + 20 * 1024, "heap after the documents closed: " + afterHeap / 1024 + " MB, before: " + baselineHeap / 1024 + " MB");
            assertEquals(0, s.shutdown());
        }
    }

    /** Opens each text twice (a file: URI and an untitled: one), edits, asks about and closes them all. */
    private void cycle(Server s, String name, List<Map.Entry<String, String>> texts) throws Exception {
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String extension = texts.get(i).getKey();
            for (String uri : List.of(dir.resolve(name + "-" + i + extension).toUri().toString(), "untitled:" + name + "-" + i + extension)) {
                String text = texts.get(i).getValue();
                s.open(uri, text, 1);
                LineIndex lines = new LineIndex(text);
                for (int v = 2; v <= 4; v++) {
                    s.change(uri, v, lines, 0, 0, "-- edit " + v + "\n");
                    text = "-- edit " + v + "\n" + text;
                    lines = new LineIndex(text);
                }
                uris.add(uri);
            }
        }
        for (String uri : uris) {
            s.diagnostics(uri, 4);
            assertTrue(s.call("textDocument/documentSymbol", textDocument(uri)).has("result"));
            assertTrue(s.call("textDocument/hover", hover(uri, 10, 10)).has("result"));
        }
        for (String uri : uris) s.close(uri);
        for (String uri : uris) {
            s.diagnostics(uri, d -> d.get("diagnostics").getAsJsonArray().isEmpty(), TIMEOUT_MILLIS);
        }
    }

    // ------------------------------------------------------------------ malformed JSON-RPC

    /**
     * Broken frames and malformed messages, each followed by a hover that must be answered correctly. A frame
     * whose Content-Length is too large takes up to that many bytes of what follows it: when the next message is
     * already in the pipe, that message is lost (the one after it is answered); with a pause between them, nothing
     * is lost.
     */
    @Test
    void malformedJsonRpcAtTheByteLevel() throws Exception {
        String schema = "CREATE TABLE audit (\n    note text NOT NULL\n);\n";
        try (Server s = new Server(dir)) {
            s.initialize(dir);
            String uri = dir.resolve("audit.sql").toUri().toString();
            s.open(uri, schema, 1);
            s.diagnostics(uri, 1);
            String notification = Server.message("$/setTrace", null, JsonParser.parseString("{\"value\":\"off\"}"));
            Random random = new Random(3);
            byte[] binary = new byte[2000];
            random.nextBytes(binary);
            record Fault(String what, byte[] bytes, String answersWith, boolean losesTheNextMessage) {
                Fault(String what, String frame) {
                    this(what, frame.getBytes(StandardCharsets.UTF_8), null, false);
                }
            }
            List<Fault> faults = List.of(
                    new Fault("garbage header lines", "Garbage: yes\r\nmore garbage without a colon\r\n\r\n"),
                    new Fault("a header block without Content-Length, then a body", "Content-Type: application/vscode-jsonrpc\r\n\r\n{\"jsonrpc\":\"2.0\"}"),
                    new Fault("a Content-Length that is not a number", "Content-Length: twelve\r\n\r\n{\"jsonrpc\":\"2.0\"}"),
                    new Fault("a negative Content-Length", "Content-Length: -5\r\n\r\n{\"jsonrpc\":\"2.0\"}"),
                    new Fault("a Content-Length beyond 2^31", "Content-Length: 99999999999\r\n\r\n" + notification),
                    new Fault("a Content-Length smaller than the body", "Content-Length: 10\r\n\r\n" + notification),
                    new Fault("an unknown charset", "Content-Length: " + notification.length() + "\r\nContent-Type: application/vscode-jsonrpc; charset=no-such-charset\r\n\r\n" + notification),
                    new Fault("invalid JSON", "Content-Length: 9\r\n\r\n{not json"),
                    new Fault("JSON that is not an object", "Content-Length: 5\r\n\r\n[1,2]"),
                    new Fault("an empty body", "Content-Length: 0\r\n\r\n"),
                    new Fault("a message that is neither request, response nor notification", frame("{\"jsonrpc\":\"2.0\"}")),
                    new Fault("a response to a request the server never sent", frame("{\"jsonrpc\":\"2.0\",\"id\":987654,\"result\":{\"x\":1}}")),
                    new Fault("a hover whose parameters have the wrong types", frame("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"textDocument/hover\","
                            + "\"params\":{\"textDocument\":{\"uri\":5},\"position\":{\"line\":\"x\",\"character\":[]}}}").getBytes(StandardCharsets.UTF_8), "77", false),
                    new Fault("a didChange whose parameters have the wrong types", frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\","
                            + "\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":\"two\"},\"contentChanges\":{\"text\":7}}}")),
                    new Fault("a request whose id is an object", frame("{\"jsonrpc\":\"2.0\",\"id\":{\"n\":1},\"method\":\"textDocument/hover\",\"params\":" + hover(uri, 0, 15) + "}")),
                    new Fault("a request whose id is a boolean", frame("{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"shutdown\"}")),
                    new Fault("a request whose id is a string", frame("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"textDocument/hover\",\"params\":" + hover(uri, 0, 15) + "}")
                            .getBytes(StandardCharsets.UTF_8), "\"abc\"", false),
                    new Fault("2,000 random bytes", binary, null, false),
                    new Fault("a Content-Length 100 bytes larger than the body", ("Content-Length: " + (notification.length() + 100) + "\r\n\r\n" + notification)
                            .getBytes(StandardCharsets.UTF_8), null, true),
                    new Fault("a Content-Length of 2^31 - 1", ("Content-Length: 2147483647\r\n\r\n" + notification).getBytes(StandardCharsets.UTF_8), null, true));
            List<String> report = new ArrayList<>();
            for (Fault f : faults) {
                if (f.losesTheNextMessage()) {
                    // The reader waits for the bytes the frame announced: the next message (a hover) becomes part of it.
                    s.sendBytes(f.bytes());
                    Thread.sleep(100);
                    s.request("textDocument/hover", hover(uri, 0, 15));
                    // Then a hover every 300 ms until one is answered (a reader starved of CPU could take two at once).
                    long start = 0;
                    int lost = 1;
                    JsonObject answered = null;
                    while (answered == null) {
                        Thread.sleep(200);
                        start = System.nanoTime();
                        CompletableFuture<JsonObject> probe = s.request("textDocument/hover", hover(uri, 0, 15));
                        try {
                            answered = probe.get(300, TimeUnit.MILLISECONDS);
                        } catch (TimeoutException e) {
                            assertTrue(++lost < 20, f.what() + ": no hover answered after " + lost + " were sent\n" + s.log());
                        }
                    }
                    assertHoversAudit(answered, f.what());
                    report.add(f.what() + ": " + lost + " message" + (lost == 1 ? "" : "s") + " after it lost, the next request answered in "
                            + (System.nanoTime() - start) / 1_000_000 + " ms");
                    continue;
                }
                s.sendBytes(f.bytes());
                String answer = "";
                if (f.answersWith() != null) {
                    JsonObject response = s.response(JsonParser.parseString(f.answersWith()));
                    answer = response.has("error") ? " (answered with error " + response.getAsJsonObject("error").get("code") + ": "
                            + response.getAsJsonObject("error").get("message").getAsString() + ")" : " (answered with a result)";
                }
                Thread.sleep(100);
                long start = System.nanoTime();
                JsonObject answered = s.call("textDocument/hover", hover(uri, 0, 15));
                assertHoversAudit(answered, f.what());
                report.add(f.what() + answer + ": the next request answered in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
            assertTrue(s.process.isAlive());
            // Still the same document and the same diagnostics, and LSP's exit code.
            JsonObject d = s.lastDiagnostics.get(uri);
            assertEquals(1, d.get("version").getAsInt());
            assertEquals(0, s.shutdown(), "exit after shutdown is 0");
            System.out.println("malformed JSON-RPC, " + faults.size() + " faults:\n  " + String.join("\n  ", report));
            String log = s.log();
            assertTrue(log.contains("could not read a message"), log);
            assertFalse(log.contains("SEVERE"), "LSP4J's stack traces are replaced by one-line log entries:\n" + log);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String frame(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    private static void assertHoversAudit(JsonObject response, String after) {
        assertTrue(response.has("result") && response.get("result").isJsonObject(), after + ": " + response);
        String markdown = response.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString();
        assertTrue(markdown.contains("**table** `audit`"), after + ": " + markdown);
    }
}
