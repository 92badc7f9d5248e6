package dev.schemawise.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.schemawise.model.Dialect;
import org.junit.jupiter.api.Test;

class DialectGuesserTest {
    @Test
    void markersInCommentsAreNoEvidence() {
        String sql = "-- see `users` in the docs\n/* `orders` ENGINE=InnoDB */\nCREATE TABLE t (at timestamptz);\n";
        assertEquals(Dialect.POSTGRESQL, DialectGuesser.guess("a.sql", sql));
        assertNull(DialectGuesser.guess("a.sql", "-- `x` AUTO_INCREMENT\nCREATE TABLE t (id int);"));
    }

    @Test
    void stringsAreNotComments() {
        assertEquals(Dialect.MYSQL, DialectGuesser.guess("a.sql", "INSERT INTO t VALUES ('--', 'it''s'); CREATE TABLE `t` (id int) ENGINE=InnoDB;"));
    }

    @Test
    void executableCommentsCount() {
        assertEquals(Dialect.MYSQL, DialectGuesser.guess("a.sql", "/*!40101 SET NAMES utf8 */;\nCREATE TABLE t (id int);"));
    }
}
