package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.text.Span;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Fixes a rule works out on demand: not before they are asked for, once, and a rule's failure is kept, not thrown. */
class LazyFixesTest {

    private static final Span AT = new Span(0, 1, 0, 0, 0, 1);

    @Test
    void workedOutOnceWhenAskedFor() {
        AtomicInteger calls = new AtomicInteger();
        Fix fix = new Fix("Add it", true, List.of());
        Finding f = new Finding("r", Severity.WARNING, "a.sql", AT, "m", new LazyFixes(() -> {
            calls.incrementAndGet();
            return java.util.Arrays.asList(fix, null);
        }));
        assertFalse(f.fixesKnown());
        assertEquals(0, calls.get());
        assertEquals(List.of(fix), f.fixes());
        assertEquals(List.of(fix), f.fixes());
        assertTrue(f.fixesKnown());
        assertEquals(1, calls.get());
        assertNull(f.fixFailure());
    }

    @Test
    void aFixThatThrowsLeavesNoFixAndTheFailure() {
        Finding f = new Finding("r", Severity.WARNING, "a.sql", AT, "m", new LazyFixes(() -> {
            throw new IllegalStateException("boom");
        }));
        assertNull(f.fixFailure()); // not asked yet
        assertEquals(List.of(), f.fixes());
        assertEquals("java.lang.IllegalStateException: boom", f.fixFailure());
    }

    @Test
    void theAnalysisLeavesCostlyFixesForLater() {
        String sql = """
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), paid boolean NOT NULL);
                CREATE INDEX orders_user_a ON orders (user_id);
                CREATE INDEX orders_user_b ON orders (user_id);
                """;
        Workspace w = Workspace.build(List.of(new SourceFile("s.sql", Path.of("s.sql"), sql)), Workspace.Settings.DEFAULT, new ParseCache());
        List<Finding> findings = Analyzer.analyze(w);
        Finding duplicate = findings.stream().filter(f -> f.rule().equals("duplicate-index")).findFirst().orElseThrow();
        Finding noDefault = findings.stream().filter(f -> f.rule().equals("suggest-default")).findFirst().orElseThrow();
        assertFalse(duplicate.fixesKnown());
        assertFalse(noDefault.fixesKnown());
        assertFalse(duplicate.fixes().isEmpty());
        assertEquals(2, noDefault.fixes().size()); // DEFAULT false, DEFAULT true
    }
}
