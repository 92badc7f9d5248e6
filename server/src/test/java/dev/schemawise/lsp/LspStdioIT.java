package dev.schemawise.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schemawise lsp} as an editor starts it: the shaded jar ({@code java -jar server/target/schemawise.jar
 * lsp --stdio}) in a separate process speaking JSON-RPC on stdin/stdout. Checks the framing, that nothing but
 * protocol reaches stdout, and LSP's exit codes. Run by failsafe after {@code package}, which builds the jar.
 */
class LspStdioIT {

    @TempDir
    Path dir;

    private static Path jar() {
        Path jar = Path.of(System.getProperty("schemawise.jar", "target/schemawise.jar"));
        assertTrue(Files.isRegularFile(jar), "the shaded jar " + jar.toAbsolutePath() + " exists (built by mvn package)");
        return jar;
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar().toString(), "lsp", "--stdio");
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        return pb.start();
    }

    /** initialize, wait for the file's diagnostics, shutdown, exit; returns the exit code. */
    private int session(Process p) throws Exception {
        try (OutputStream out = p.getOutputStream(); InputStream in = p.getInputStream()) {
            send(out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"" + dir.toUri()
                    + "\",\"capabilities\":{}}}");
            read(in, "\"id\":1");
            send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            read(in, "require-primary-key");
            send(out, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            read(in, "\"id\":2");
            send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * {@code ./schemawise lsp} (the launcher script, run from a copy of the checkout's layout): the first server
     * records its classes into server/target/schemawise-lsp.jsa when the editor shuts it down; the next one maps
     * that archive (with -Xshare:on a JVM that cannot map it refuses to start).
     */
    @Test
    void launcherScriptKeepsAClassDataArchive() throws Exception {
        Path script = Path.of(System.getProperty("schemawise.repoRoot", "..")).resolve("schemawise");
        assertTrue(Files.isExecutable(script), script.toAbsolutePath().toString());
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(script, checkout.resolve("schemawise"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Path target = Files.createDirectories(checkout.resolve("server/target"));
        Files.copy(jar(), target.resolve("schemawise.jar"));
        Files.writeString(dir.resolve("audit.sql"), "CREATE TABLE audit (note text);\n");

        ProcessBuilder first = new ProcessBuilder("bash", checkout.resolve("schemawise").toString(), "lsp", "--stdio");
        first.environment().remove("SCHEMAWISE_NO_CDS");
        first.environment().remove("SCHEMAWISE_JAVA_OPTS");
        first.redirectError(dir.resolve("first.txt").toFile());
        assertEquals(0, session(first.start()), Files.readString(dir.resolve("first.txt")));
        Path archive = target.resolve("schemawise-lsp.jsa");
        assertTrue(Files.size(archive) > 1_000_000, "written at exit: " + archive);
        try (var files = Files.list(target)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(), "the temporary archive was moved into place");
        }

        ProcessBuilder second = new ProcessBuilder("bash", checkout.resolve("schemawise").toString(), "lsp", "--stdio");
        second.environment().remove("SCHEMAWISE_NO_CDS");
        second.environment().put("SCHEMAWISE_JAVA_OPTS", "-Xshare:on");
        second.redirectError(dir.resolve("second.txt").toFile());
        assertEquals(0, session(second.start()), Files.readString(dir.resolve("second.txt")));
        String log = Files.readString(dir.resolve("second.txt"));
        String lower = log.toLowerCase(java.util.Locale.ROOT);
        assertTrue(log.contains("language server") && !lower.contains("[cds") && !lower.contains("sharing"), "the JVM says nothing about the archive: " + log);
    }

    private static void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Reads framed messages until one contains {@code until}; fails on anything that is not a framed message. */
    private static List<String> read(InputStream in, String until) throws IOException {
        List<String> messages = new ArrayList<>();
        while (true) {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) throw new AssertionError("stdout closed; got " + messages);
                header.write(b);
            }
            String h = header.toString(StandardCharsets.US_ASCII);
            assertTrue(h.startsWith("Content-Length: "), "stdout carries only protocol, got: " + h);
            int length = Integer.parseInt(h.substring("Content-Length: ".length(), h.indexOf('\r')));
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            messages.add(body);
            if (body.contains(until)) return messages;
        }
    }

    @Test
    void initializeDiagnosticsShutdownExit() throws Exception {
        Files.writeString(dir.resolve("audit.sql"), "CREATE TABLE audit (note text);\n");
        Process p = start();
        try (OutputStream out = p.getOutputStream(); InputStream in = p.getInputStream()) {
            String root = dir.toUri().toString();
            send(out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"" + root
                    + "\",\"capabilities\":{}}}");
            List<String> init = read(in, "\"id\":1");
            assertTrue(init.get(init.size() - 1).contains("\"capabilities\""), init.toString());
            send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            // Garbage between messages is logged, not fatal.
            send(out, "{not json");
            List<String> diagnostics = read(in, "require-primary-key");
            assertTrue(diagnostics.stream().anyMatch(m -> m.contains("textDocument/publishDiagnostics") && m.contains("audit.sql")), diagnostics.toString());
            send(out, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            read(in, "\"id\":2");
            send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), "exit after shutdown is 0");
        } finally {
            p.destroyForcibly();
        }
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertTrue(stderr.contains("language server"), stderr);
    }

    @Test
    void exitWithoutShutdownOrClosedInputIsOne() throws Exception {
        Process p = start();
        try {
            send(p.getOutputStream(), "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            assertEquals(1, p.exitValue());
        } finally {
            p.destroyForcibly();
        }
        Process q = start();
        try {
            q.getOutputStream().close();
            assertTrue(q.waitFor(10, TimeUnit.SECONDS), "the server stops when the editor closes the pipe");
            assertEquals(1, q.exitValue());
        } finally {
            q.destroyForcibly();
        }
    }
}
