package dev.schemawise.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlScannerTest {

    /** The text of the opaque region starting at index {@code at}, or "" when none starts there. */
    private static String opaqueAt(String s, int at) {
        int end = SqlScanner.opaqueEnd(s, at);
        return end == SqlScanner.UNTERMINATED ? "UNTERMINATED" : s.substring(at, end);
    }

    @Test
    void stringsAndQuotedIdentifiers() {
        assertEquals("'it''s'", opaqueAt("x = 'it''s' y", 4));
        assertEquals("E'a\\'b'", "E" + opaqueAt("E'a\\'b' c", 1));
        assertEquals("'a\\'", opaqueAt("'a\\' b", 0), "backslashes escape only in E'' strings");
        assertEquals("\"a\"\"b\"", opaqueAt("\"a\"\"b\".c", 0));
        assertEquals("`a``b`", opaqueAt("`a``b` c", 0));
        assertEquals("UNTERMINATED", opaqueAt("'open", 0));
    }

    @Test
    void comments() {
        assertEquals("-- to the end", opaqueAt("-- to the end\nnext", 0));
        assertEquals("/* a /* nested */ b */", opaqueAt("/* a /* nested */ b */ c", 0));
        assertEquals("", opaqueAt("a - -1", 2));
        assertEquals("", opaqueAt("a / b", 2));
        assertEquals("UNTERMINATED", opaqueAt("/* open", 0));
    }

    @Test
    void dollarQuotes() {
        assertEquals("$$ a; 'b $$", opaqueAt("$$ a; 'b $$ c", 0));
        assertEquals("$fn$ $$ $fn$", opaqueAt("$fn$ $$ $fn$ c", 0));
        assertEquals("", opaqueAt("$1 + 2", 0), "a parameter");
        assertEquals("", opaqueAt("a$b$c", 1), "a dollar inside a name");
        assertEquals("UNTERMINATED", opaqueAt("$x$ open", 0));
    }

    @Test
    void parenthesisDepth() {
        assertEquals(0, SqlScanner.parenthesisDepth("SELECT 1"));
        assertEquals(3, SqlScanner.parenthesisDepth("SELECT f((a), ((b)))"));
        assertEquals(1, SqlScanner.parenthesisDepth("SELECT f(')(', \")\", $$)$$) -- )"));
        assertEquals(-1, SqlScanner.parenthesisDepth("SELECT (1"));
        assertEquals(-1, SqlScanner.parenthesisDepth("SELECT 1)("));
        assertEquals(-1, SqlScanner.parenthesisDepth("SELECT '"));
    }
}
