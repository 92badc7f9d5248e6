package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text scans migration rules share: whole words, and identifiers folded the way PostgreSQL folds them. */
class MigrationChecksTest {

    private static boolean mentions(String text, String name) {
        return MigrationChecks.mentions(text, name, 0, text.length());
    }

    @Test
    void wordsAreWholeAndOutsideCommentsQuotesAndStrings() {
        String text = "-- index\ncreate /* index */ unique \"index\" 'index' indexes index on t";
        assertEquals(text.lastIndexOf("index on"), MigrationChecks.word(text, "INDEX", 0, text.length()));
        assertEquals(-1, MigrationChecks.word(text, "index", 0, text.lastIndexOf("index on")));
    }

    @Test
    void aBareNameIsFoldedToLowerCaseAndAQuotedOneIsTakenAsItIs() {
        assertTrue(mentions("UPDATE users SET status_new = Status", "status"));
        assertTrue(mentions("UPDATE \"User\" SET \"temporary_startTime\" = EXTRACT(EPOCH FROM \"startTime\")", "startTime"));
        assertFalse(mentions("UPDATE \"User\" SET x = startTime", "startTime"), "a bare startTime is starttime");
        assertFalse(mentions("UPDATE \"User\" SET x = \"StartTime\"", "startTime"));
        assertTrue(mentions("INSERT INTO \"new_User\" (\"id\") SELECT \"id\" FROM public.\"User\"", "User"));
        assertFalse(mentions("INSERT INTO \"new_User\" (\"id\") SELECT 'User' -- \"User\"", "User"), "strings and comments do not count");
    }
}
