package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shapes of names the rules read by their characters, against the regular expressions that define them. */
class NameShapesTest {

    private static final String ALPHABET = "aZb_Y09-é ";

    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        for (int k = random.nextInt(6); k >= 0; k--) name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return name.toString();
    }

    /** NamingConvention's styles as first written, with regular expressions. */
    private static Set<NamingConvention.Style> reference(String name) {
        if (name.startsWith("_")) return EnumSet.noneOf(NamingConvention.Style.class);
        String core = name.replaceAll("^_+", "").replaceAll("_+$", "");
        if (core.length() < 2 || !core.matches("[A-Za-z0-9_]+") || !core.matches(".*[A-Za-z].*")) return EnumSet.noneOf(NamingConvention.Style.class);
        boolean upper = !core.equals(core.toLowerCase(Locale.ROOT));
        boolean lower = !core.equals(core.toUpperCase(Locale.ROOT));
        if (core.indexOf('_') >= 0) {
            return EnumSet.of(!upper ? NamingConvention.Style.SNAKE : !lower ? NamingConvention.Style.SCREAMING : NamingConvention.Style.MIXED);
        }
        if (!upper) return EnumSet.of(NamingConvention.Style.SNAKE, NamingConvention.Style.CAMEL);
        if (!lower) return EnumSet.of(NamingConvention.Style.SCREAMING, NamingConvention.Style.PASCAL);
        char first = core.replaceAll("^[0-9]+", "").charAt(0);
        return Character.isUpperCase(first) ? EnumSet.of(NamingConvention.Style.PASCAL) : EnumSet.of(NamingConvention.Style.CAMEL);
    }

    @Test
    void stylesAreThoseTheRegularExpressionsDefine() {
        Random random = new Random(11);
        for (int i = 0; i < 30_000; i++) {
            String name = randomName(random);
            assertEquals(reference(name), NamingConvention.styles(name), name);
        }
    }

    @Test
    void camelCaseIsWhatItsRegularExpressionMatches() {
        Random random = new Random(12);
        for (int i = 0; i < 30_000; i++) {
            String name = randomName(random);
            assertEquals(name.matches("[a-z]+([A-Z][a-z0-9]*)+"), RequireTimestamps.camelCase(name), name);
        }
        assertEquals(true, RequireTimestamps.camelCase("createdAt"));
        assertEquals(false, RequireTimestamps.camelCase("created_at"));
    }
}
