package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.Schema;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void anAnswerIsWorkedOutOncePerSchemaAndQuestion() {
        Schema schema = Schema.empty(Dialect.POSTGRESQL);
        AtomicInteger asked = new AtomicInteger();
        Object first = Memo.of(schema, "q", () -> new Object[] {asked.incrementAndGet()});
        assertSame(first, Memo.of(schema, "q", () -> new Object[] {asked.incrementAndGet()}));
        Memo.of(schema, "another", () -> asked.incrementAndGet());
        Memo.of(Schema.empty(Dialect.POSTGRESQL), "q", () -> asked.incrementAndGet());
        assertEquals(3, asked.get());
    }

    @Test
    void aFailedAnswerIsAskedAgain() {
        Schema schema = Schema.empty(Dialect.POSTGRESQL);
        try {
            Memo.of(schema, "q", () -> {
                throw new IllegalStateException("no");
            });
        } catch (IllegalStateException expected) {
            // asked again below
        }
        assertEquals("yes", Memo.of(schema, "q", () -> "yes"));
    }

    /**
     * Answers often hold the schema's tables: kept anywhere but in the schema, they would keep a superseded schema
     * (and every table of it) alive long after the editor replaced it.
     */
    @Test
    void answersGoWithTheirSchema() throws InterruptedException {
        WeakReference<Schema> gone = askedAndDropped();
        for (int i = 0; i < 50 && gone.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(gone.get(), "the schema is still reachable from the memo");
    }

    private static WeakReference<Schema> askedAndDropped() {
        Schema schema = Schema.empty(Dialect.POSTGRESQL);
        Memo.of(schema, "holds the schema", () -> List.of(schema));
        return new WeakReference<>(schema);
    }
}
