package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemawise.model.Dialect;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SqlSourceTest {

    @Test
    void namesAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("users", SqlSource.quote("users", Dialect.POSTGRESQL));
        assertEquals("\"Users\"", SqlSource.quote("Users", Dialect.POSTGRESQL));
        assertEquals("Users", SqlSource.quote("Users", Dialect.MYSQL));
        assertEquals("\"user\"", SqlSource.quote("user", Dialect.POSTGRESQL));
        assertEquals("`order`", SqlSource.quote("order", Dialect.MYSQL));
        assertEquals("\"a\"\"b\"", SqlSource.quote("a\"b", Dialect.SQLITE));
        assertEquals("`a``b`", SqlSource.quote("a`b", Dialect.MYSQL));
        assertEquals("\"\"", SqlSource.quote("", Dialect.POSTGRESQL));
    }

    /** The characters a bare name may have in each dialect, as the grammars' identifiers read them. */
    @Test
    void aBareNameIsOneEachDialectReadsUnquoted() {
        Random random = new Random(3);
        String alphabet = "aZ_$9é -\"`";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String n = name.toString();
            for (Dialect d : Dialect.values()) {
                String pattern = switch (d) {
                    case MYSQL -> "[A-Za-z_$][A-Za-z0-9_$]*";
                    case SQLITE -> "[A-Za-z_][A-Za-z0-9_]*";
                    default -> "[a-z_][a-z0-9_$]*";
                };
                boolean bare = n.matches(pattern) && !ReservedWords.isReserved(n, d);
                assertEquals(bare, SqlSource.quote(n, d).equals(n), d + " " + n);
            }
        }
    }
}
