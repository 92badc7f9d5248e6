package dev.schemawise.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The JSON-RPC connection to one client: LSP4J's launcher with two repairs. After a frame whose Content-Length
 * was wrong, LSP4J's reader takes the rest of that frame and the next header for one header line, misses the
 * header, and from then on misses every header (each body runs into the header after it): the server stays up but
 * never answers again. Here the reader finds a header at the end of such a line, so it loses at most the message
 * the bad frame ran into. And a request for a method the server does not have is answered MethodNotFound, as LSP
 * asks, also for {@code $/} methods (LSP4J answers those with a null result) and for methods of LSP4J's
 * interfaces the server does not implement (LSP4J answers those with an internal error and a stack trace).
 */
final class JsonRpcConnection {
    private JsonRpcConnection() {}

    static Launcher<LanguageClient> create(SchemawiseLanguageServer server, InputStream in, OutputStream out) {
        return new Builder(server::log)
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .configureGson(gson -> gson.registerTypeAdapterFactory(new DiagnosticWriter()))
                .create();
    }

    private static final class Builder extends Launcher.Builder<LanguageClient> {
        private final Consumer<String> log;
        private MessageJsonHandler jsonHandler;
        private RemoteEndpoint remoteEndpoint;

        Builder(Consumer<String> log) {
            this.log = log;
        }

        @Override
        protected MessageJsonHandler createJsonHandler() {
            jsonHandler = super.createJsonHandler();
            return jsonHandler;
        }

        /** As LSP4J's, with the local endpoint behind {@link #strict}. */
        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
            MessageConsumer outgoing = wrapMessageConsumer(new Sender(output, handler));
            Set<String> methods = Set.copyOf(ServiceEndpoints.getSupportedMethods(localServices.iterator().next().getClass()).keySet());
            Endpoint local = strict(ServiceEndpoints.toEndpoint(localServices), methods);
            RemoteEndpoint endpoint = exceptionHandler == null ? new RemoteEndpoint(outgoing, local) : new RemoteEndpoint(outgoing, local, exceptionHandler);
            handler.setMethodProvider(endpoint);
            endpoint.setJsonHandler(handler);
            remoteEndpoint = endpoint;
            return endpoint;
        }

        @Override
        protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer, LanguageClient proxy) {
            return super.createMessageProcessor(new Reader(input, jsonHandler, remoteEndpoint, log), consumer, proxy);
        }
    }

    /**
     * LSP4J's writer without its copies of the message: LSP4J builds the JSON in a StringBuffer, copies it to a
     * String and encodes that to a byte array, so the diagnostics of a large dump (1.5 MB of JSON after every edit)
     * cost some 60 MB of garbage. Here the JSON is encoded as it is written, into a byte buffer each thread keeps.
     */
    static final class Sender extends StreamMessageConsumer {
        private static final int KEEP = 4 << 20; // a thread keeps a buffer up to this size for its next message

        private final Object lock = new Object();
        private final MessageJsonHandler handler;
        private final ThreadLocal<Buffer> buffers = ThreadLocal.withInitial(Buffer::new);

        Sender(OutputStream output, MessageJsonHandler handler) {
            super(output, handler);
            this.handler = handler;
        }

        @Override
        public void consume(org.eclipse.lsp4j.jsonrpc.messages.Message message) {
            Buffer buffer = buffers.get();
            buffer.reset();
            try {
                handler.serialize(message, buffer);
                buffer.flush();
                byte[] header = (CONTENT_LENGTH_HEADER + ": " + buffer.size() + CRLF + CRLF).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                synchronized (lock) {
                    OutputStream out = getOutput();
                    out.write(header);
                    out.write(buffer.bytes(), 0, buffer.size());
                    out.flush();
                }
            } catch (java.io.IOException e) {
                throw new org.eclipse.lsp4j.jsonrpc.JsonRpcException(e);
            } finally {
                if (buffer.capacity() > KEEP) buffers.remove();
            }
        }

        /**
         * Characters encoded to UTF-8 as they are written (a lone surrogate becomes '?', as String.getBytes does);
         * unsynchronised, unlike the JDK's writers, which took a lock per string Gson wrote.
         */
        static final class Buffer extends java.io.Writer {
            private byte[] buf = new byte[8192];
            private int size;
            private char high; // the high surrogate of a pair split between two writes

            void reset() {
                size = 0;
                high = 0;
            }

            int size() {
                return size;
            }

            byte[] bytes() {
                return buf;
            }

            int capacity() {
                return buf.length;
            }

            private void room(int n) {
                if (size + n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }

            @Override
            public void write(int c) {
                put((char) c);
            }

            @Override
            public void write(char[] chars, int off, int len) {
                room(len);
                for (int i = off; i < off + len; i++) put(chars[i]);
            }

            @Override
            public void write(String s, int off, int len) {
                if (len >= 16 && high == 0 && !Character.isHighSurrogate(s.charAt(off + len - 1))) {
                    // The JDK's encoder, much faster than a character at a time; no surrogate pair is split at the end.
                    byte[] bytes = (off == 0 && len == s.length() ? s : s.substring(off, off + len)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    room(bytes.length);
                    System.arraycopy(bytes, 0, buf, size, bytes.length);
                    size += bytes.length;
                    return;
                }
                room(len);
                for (int i = off; i < off + len; i++) put(s.charAt(i));
            }

            private void put(char c) {
                if (c < 0x80 && high == 0) {
                    if (size == buf.length) room(1);
                    buf[size++] = (byte) c;
                    return;
                }
                room(4);
                if (high != 0) {
                    char h = high;
                    high = 0;
                    if (Character.isLowSurrogate(c)) {
                        int cp = Character.toCodePoint(h, c);
                        buf[size++] = (byte) (0xF0 | (cp >> 18));
                        buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                        buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                        buf[size++] = (byte) (0x80 | (cp & 0x3F));
                        return;
                    }
                    buf[size++] = '?';
                    put(c);
                    return;
                }
                if (c < 0x80) {
                    buf[size++] = (byte) c;
                } else if (c < 0x800) {
                    buf[size++] = (byte) (0xC0 | (c >> 6));
                    buf[size++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c)) {
                    high = c;
                } else if (Character.isLowSurrogate(c)) {
                    buf[size++] = '?';
                } else {
                    buf[size++] = (byte) (0xE0 | (c >> 12));
                    buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[size++] = (byte) (0x80 | (c & 0x3F));
                }
            }

            @Override
            public void flush() {
                if (high != 0) {
                    high = 0;
                    room(1);
                    buf[size++] = '?';
                }
            }

            @Override
            public void close() {
                flush();
            }
        }
    }

    private static Endpoint strict(Endpoint local, Set<String> methods) {
        return new Endpoint() {
            @Override
            public CompletableFuture<?> request(String method, Object parameter) {
                if (!methods.contains(method)) return notFound(method);
                try {
                    return local.request(method, parameter);
                } catch (RuntimeException e) {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        // the default of an LSP4J interface method the server does not implement
                        if (t instanceof UnsupportedOperationException) return notFound(method);
                    }
                    throw e;
                }
            }

            @Override
            public void notify(String method, Object parameter) {
                local.notify(method, parameter);
            }
        };
    }

    private static CompletableFuture<?> notFound(String method) {
        return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound,
                "schemawise does not handle " + method, null)));
    }

    /** LSP4J's reader, finding headers again after a broken frame and logging unreadable messages in one line. */
    private static final class Reader extends StreamMessageProducer {
        private static final String HEADER = CONTENT_LENGTH_HEADER + ":";
        private final Consumer<String> log;

        Reader(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler, Consumer<String> log) {
            super(input, jsonHandler, issueHandler);
            this.log = log;
        }

        @Override
        protected void parseHeader(String line, Headers headers) {
            // The rest of a frame whose Content-Length was too small (or the part of the next frame that one too
            // large did not take) runs into the next header line: '...}Content-Length: 120'.
            int at = line.lastIndexOf(HEADER);
            if (at > 0) {
                log.accept("skipped " + at + " characters of a broken message before a " + CONTENT_LENGTH_HEADER + " header");
                line = line.substring(at);
            }
            super.parseHeader(line, headers);
        }

        @Override
        protected void fireError(Throwable error) {
            log.accept("could not read a message: " + error);
        }
    }
}
