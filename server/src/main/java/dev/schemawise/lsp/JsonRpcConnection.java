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
            MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, handler));
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
