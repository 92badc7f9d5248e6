package dev.schemawise.lsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.Test;

/** The server's message writer sends exactly the bytes LSP4J's would. */
class SenderTest {

    @Test
    void encodesAsStringGetBytesDoes() {
        Random random = new Random(7);
        char[] alphabet = {'a', '"', '\\', '\n', 'é', '→', '\u2028', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\u0000', '~'};
        JsonRpcConnection.Sender.Buffer buffer = new JsonRpcConnection.Sender.Buffer();
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
            String s = b.toString();
            buffer.reset();
            // written in pieces, so a surrogate pair may be split between two writes
            int cut = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            buffer.write(s, 0, cut);
            buffer.write(s.substring(cut).toCharArray(), 0, s.length() - cut);
            buffer.flush();
            byte[] expected = s.getBytes(StandardCharsets.UTF_8);
            byte[] actual = java.util.Arrays.copyOf(buffer.bytes(), buffer.size());
            assertArrayEquals(expected, actual, () -> "for " + s.chars().mapToObj(c -> Integer.toHexString(c)).toList());
        }
    }

    @Test
    void writesTheSameFrameAsLsp4j() throws Exception {
        MessageJsonHandler handler = new MessageJsonHandler(ServiceEndpoints.getSupportedMethods(LanguageClient.class),
                gson -> gson.registerTypeAdapterFactory(new DiagnosticWriter()));
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Diagnostic d = new Diagnostic(new Range(new Position(i, 2), new Position(i, 9)), "orders.user_id → users \"é\" 😀 " + i);
            d.setSeverity(DiagnosticSeverity.Warning);
            d.setSource("schemawise");
            diagnostics.add(d);
        }
        NotificationMessage message = new NotificationMessage();
        message.setMethod("textDocument/publishDiagnostics");
        message.setParams(new PublishDiagnosticsParams("file:///x.sql", diagnostics, 3));

        ByteArrayOutputStream theirs = new ByteArrayOutputStream();
        new StreamMessageConsumer(theirs, handler).consume(message);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        JsonRpcConnection.Sender sender = new JsonRpcConnection.Sender(ours, handler);
        sender.consume(message);
        assertEquals(theirs.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8));
        ours.reset();
        sender.consume(message); // the thread's buffer again
        assertArrayEquals(theirs.toByteArray(), ours.toByteArray());
    }
}
