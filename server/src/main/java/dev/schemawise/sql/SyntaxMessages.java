package dev.schemawise.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's expected-token sets into messages a person can act on: "expected ',' or ')'" rather than a
 * list of eighty keywords. Shared by the SQL and Prisma front ends.
 */
public final class SyntaxMessages {
    private SyntaxMessages() {}

    /**
     * @param identifierTypes token types that all mean "a name" (identifier tokens and non-reserved keywords);
     *                        when the expected set holds all of them, they are shown once as "a name"
     */
    public static String unexpected(Token offending, IntervalSet expected, Vocabulary vocabulary, IntervalSet identifierTypes, String context) {
        String found = describe(offending);
        String where = context == null ? "" : " in " + context;
        if (expected == null || expected.isNil()) return "unexpected " + found + where;
        List<String> names = new ArrayList<>();
        // Only when any name would do are the keywords that can be names folded into "a name".
        boolean name = expected.and(identifierTypes).size() == identifierTypes.size();
        for (int type : expected.toArray()) {
            if (name && identifierTypes.contains(type)) continue;
            names.add(display(type, vocabulary));
        }
        if (name) names.add(0, "a name");
        if (names.isEmpty() || names.size() > 8) return "unexpected " + found + where;
        return "unexpected " + found + where + "; expected " + join(names) + suggestion(offending, names);
    }

    /** "; did you mean RESTRICT?" when the offending word is a near miss of an expected keyword. */
    private static String suggestion(Token offending, List<String> expected) {
        if (offending == null || offending.getText() == null || !offending.getText().matches("[A-Za-z_]+")) return "";
        List<String> keywords = expected.stream().filter(e -> e.matches("[A-Z_]+")).toList();
        String closest = dev.schemawise.text.ClosestName.of(offending.getText().toUpperCase(Locale.ROOT), keywords);
        return closest != null && !closest.equalsIgnoreCase(offending.getText()) ? "; did you mean " + closest + "?" : "";
    }

    public static String describe(Token token) {
        if (token == null || token.getType() == Token.EOF) return "end of input";
        String text = token.getText();
        if (text == null) return "input";
        if (text.equals("\n") || text.equals("\r\n")) return "end of line";
        if (text.length() > 40) text = text.substring(0, 37) + "...";
        text = text.replace("\n", "\\n").replace("\r", "\\r");
        return "'" + text + "'";
    }

    static String display(int type, Vocabulary vocabulary) {
        if (type == Token.EOF) return "end of input";
        String literal = vocabulary.getLiteralName(type);
        if (literal != null) {
            String bare = literal.substring(1, literal.length() - 1);
            // keywords show as themselves in upper case, punctuation quoted
            return Character.isLetter(bare.charAt(0)) ? bare.toUpperCase(Locale.ROOT) : "'" + bare + "'";
        }
        String symbolic = vocabulary.getSymbolicName(type);
        if (symbolic == null) return "token " + type;
        return switch (symbolic) {
            case "STRING" -> "a string";
            case "NUMBER" -> "a number";
            case "NL" -> "a line break";
            default -> symbolic.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String join(List<String> items) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
