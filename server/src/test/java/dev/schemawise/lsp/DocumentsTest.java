package dev.schemawise.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.schemawise.text.Shared;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    @Test
    void incrementalChangesTellTheAnalysisWhatTheyKept() {
        Documents documents = new Documents();
        String first = "create table a (id int);\ncreate table b (id int);\n";
        documents.open("file:///s.sql", first, 1);
        Documents.Document d = documents.change("file:///s.sql", 2, List.of(
                new TextDocumentContentChangeEvent(new Range(new Position(0, 22), new Position(0, 22)), " not null"),
                new TextDocumentContentChangeEvent(new Range(new Position(1, 13), new Position(1, 14)), "c")), new Positions(false));
        assertEquals("create table a (id int not null);\ncreate table c (id int);\n", d.text());
        // two edits, one after the other: what the texts share at least is what both edits kept
        Shared known = Shared.remembered(first, d.text());
        assertNotNull(known);
        assertEquals(new Shared(22, 11), known);
        assertEquals(new Shared(22, 11), Shared.of(first, d.text()));
    }
}
