package dev.schemawise.rules;

import dev.schemawise.model.Column;
import dev.schemawise.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code repeating-column-group}: numbered sibling columns (phone1, phone2, phone3) that belong in a child table. */
public final class RepeatingColumnGroup implements Rule {
    /** Fewer siblings are common and harmless (address_line1, address_line2). */
    private static final int MIN_GROUP = 3;

    public static final RuleInfo INFO = new RuleInfo("repeating-column-group", "normalisation", Severity.INFO, true, RuleInfo.ALL, RuleInfo.Scope.SCHEMA,
            "No groups of three or more numbered sibling columns (phone1, phone2, phone3); they belong in a child table.",
            """
            Columns that differ only by a trailing number hold a list in one row: a repeating group, which \
            first normal form rules out. Every query has to look at each column (WHERE phone1 = $1 OR phone2 = \
            $1 OR ...), nothing stops the same value from appearing twice, an index has to be built per column, \
            and the fourth value needs a schema change. A child table with one row per value (user_id, \
            position, phone) has none of these problems. Only names ending in a number (optionally after an \
            underscore) are grouped, the numbers must run 1, 2, 3, ... without gaps, and a number that belongs \
            to a standard name (sha256, md5, ipv4, utf8, s3, oauth2, x509, base64, int32) does not count.

            Bad:

                CREATE TABLE contacts (
                  id bigint PRIMARY KEY,
                  phone1 text,
                  phone2 text,
                  phone3 text
                );

            Good:

                CREATE TABLE contacts (id bigint PRIMARY KEY);
                CREATE TABLE contact_phones (
                  contact_id bigint NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
                  position smallint NOT NULL,
                  phone text NOT NULL,
                  PRIMARY KEY (contact_id, position)
                );

            In Prisma, a ContactPhone model with a relation to Contact and @@id([contactId, position]).
            """, RuleInfo.Fixes.NONE, List.of());

    /** A name ending in a number: the base (ending in a letter), an optional "_", and the number without leading zeros. */
    private static final Pattern NUMBERED = Pattern.compile("(.*[A-Za-z])(_?)([1-9][0-9]{0,2})");

    /** Words whose number is part of the name, not a position: the last word of the column name is compared. */
    private static final Pattern STANDARD_WORD = Pattern.compile(
            "(sha|md|crc|adler|fnv|murmur|xxh|blake|int|uint|float|utf|ucs|latin|iso|rfc|base|ipv|oauth|http|tls|ssl|aes|rsa|ecdsa|secp|ed|x|h|mp|e|p|s|ec|web|fido|win|bcrypt|argon|pbkdf|scrypt|dnssec|cp|koi|gb|big)[0-9]+",
            Pattern.CASE_INSENSITIVE);

    /** A single letter and a number is usually a position (x1, p2); these few are names. */
    private static final Set<String> SINGLE_LETTER_STANDARD = Set.of("s3", "x509", "x25519", "x448", "h264", "h265", "e164", "p256", "p384", "p521");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** What it finds about a model depends on that model alone (see {@link Rule#perTable()}). */
    @Override
    public boolean perTable() {
        return true;
    }

    private record Numbered(Column column, String base, int number) {}

    @Override
    public void check(RuleContext ctx) {
        for (Table t : ctx.tables()) {
            if (t.origin() == Table.Origin.PRISMA_IMPLICIT) continue;
            Map<String, List<Numbered>> groups = new LinkedHashMap<>();
            for (Column c : t.columns()) {
                Numbered n = numbered(c, ctx.prisma() ? c.declaredName() : c.name());
                if (n != null) groups.computeIfAbsent(n.base(), k -> new ArrayList<>()).add(n);
            }
            for (List<Numbered> group : groups.values()) {
                if (group.size() < MIN_GROUP || !consecutiveFromOne(group)) continue;
                List<Numbered> byNumber = new ArrayList<>(group);
                byNumber.sort(Comparator.comparingInt(Numbered::number));
                List<String> names = new ArrayList<>();
                for (Numbered n : byNumber) names.add(ctx.prisma() ? n.column().declaredName() : n.column().name());
                String owner = ctx.prisma() ? t.declaredName() : t.name().name();
                String message = (ctx.prisma() ? "fields " : "columns ") + String.join(", ", names) + " of " + ctx.name(t)
                        + " are a repeating group, which breaks first normal form (every query must check each of them, and one more value "
                        + "needs a schema change); move them to a child " + (ctx.prisma() ? "model related to " + owner : "table referencing " + owner)
                        + ", one row per value";
                ctx.report(group.get(0).column().source(), message);
            }
        }
    }

    private static Numbered numbered(Column c, String name) {
        if (name.isEmpty() || !Character.isDigit(name.charAt(name.length() - 1))) return null;
        Matcher m = NUMBERED.matcher(name);
        if (!m.matches()) return null;
        if (m.group(2).isEmpty()) {
            List<String> words = SchemaFacts.words(name);
            String last = words.isEmpty() ? "" : words.get(words.size() - 1);
            // "address_line1": the word is "line1"; "sha256" or "ipv4" is a name, not a position.
            if (isStandard(last)) return null;
        }
        String base = m.group(1).toLowerCase(Locale.ROOT);
        return new Numbered(c, base, Integer.parseInt(m.group(3)));
    }

    private static boolean isStandard(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Matcher m = STANDARD_WORD.matcher(lower);
        if (!m.matches()) return false;
        String letters = lower.replaceAll("[0-9]+$", "");
        return letters.length() > 1 || SINGLE_LETTER_STANDARD.contains(lower);
    }

    /** The numbers are exactly 1..n, each once. */
    private static boolean consecutiveFromOne(List<Numbered> group) {
        Set<Integer> numbers = new TreeSet<>();
        for (Numbered n : group) {
            if (!numbers.add(n.number())) return false;
        }
        return numbers.size() == group.size() && ((TreeSet<Integer>) numbers).last() == group.size();
    }
}
