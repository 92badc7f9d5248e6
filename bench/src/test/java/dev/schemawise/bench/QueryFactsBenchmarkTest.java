package dev.schemawise.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.query.QueryFacts;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryFactsBenchmarkTest {

    @Test
    void theBenchmarkStatementsAreDistinctAndAllRead() {
        List<String> statements = QueryFactsBenchmark.statements(QueryFactsBenchmark.STATEMENTS);
        assertEquals(QueryFactsBenchmark.STATEMENTS, new HashSet<>(statements).size());
        for (String s : statements) assertTrue(QueryFacts.analyze(s, 0).isPresent(), s);
    }
}
