package dev.schemawise.lsp;

import dev.schemawise.text.LineIndex;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents as the editor has them: text and version, updated by full or incremental changes.
 * Ranges past the end clamp, an inverted range is read forwards, and a range missing one end is empty at the
 * other. An out-of-order version is applied anyway (the text is what the client sent) but never lowers the
 * version the server reports.
 */
final class Documents {
    /** @param lines the line index of the text, kept up to date edit by edit (a full rescan of a large file costs milliseconds) */
    record Document(String uri, String text, int version, LineIndex lines) {
        Document(String uri, String text, int version) {
            this(uri, text, version, new LineIndex(text));
        }
    }

    private final ConcurrentHashMap<String, Document> open = new ConcurrentHashMap<>();

    Document get(String uri) {
        return open.get(uri);
    }

    Document open(String uri, String text, int version) {
        Document d = new Document(uri, text == null ? "" : text, version);
        open.put(uri, d);
        return d;
    }

    Document close(String uri) {
        return open.remove(uri);
    }

    /** Applies changes in order; returns the new state, or null for a document that is not open. */
    Document change(String uri, int version, List<TextDocumentContentChangeEvent> changes, Positions positions) {
        return open.computeIfPresent(uri, (k, d) -> {
            String text = d.text();
            LineIndex lines = d.lines();
            for (TextDocumentContentChangeEvent change : changes == null ? List.<TextDocumentContentChangeEvent>of() : changes) {
                String replacement = change.getText() == null ? "" : change.getText();
                if (change.getRange() == null) {
                    text = replacement;
                    lines = new LineIndex(text);
                    continue;
                }
                Position from = change.getRange().getStart() != null ? change.getRange().getStart() : change.getRange().getEnd();
                Position to = change.getRange().getEnd() != null ? change.getRange().getEnd() : from;
                int start = positions.offset(lines, from);
                int end = positions.offset(lines, to);
                if (end < start) {
                    int t = start;
                    start = end;
                    end = t;
                }
                int suffix = text.length() - end;
                // One copy into a buffer of the final size (substrings and concatenation copied the text four times).
                String before = text;
                text = new StringBuilder(start + replacement.length() + suffix).append(text, 0, start).append(replacement).append(text, end, end + suffix)
                        .toString();
                // so that the analysis compares only what changed with the version it read last
                dev.schemawise.text.Shared.edited(before, text, start, suffix);
                lines = lines.edited(text, start, suffix);
            }
            return new Document(uri, text, Math.max(version, d.version()), lines);
        });
    }

    java.util.Collection<Document> all() {
        return open.values();
    }
}
