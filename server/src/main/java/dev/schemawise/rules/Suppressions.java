package dev.schemawise.rules;

import dev.schemawise.text.Comment;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of one file, parsed strictly:
 * <pre>
 * -- schemawise-disable-next-line require-primary-key, require-timestamps -- reason
 * -- schemawise-disable-line prefer-jsonb
 * -- schemawise-disable require-timestamps          (the whole file)
 * // schemawise-disable-next-line require-fk-index  (Prisma)
 * </pre>
 * "Next line" is the next line that holds more than a comment. Rule ids are required (a bare directive
 * suppresses nothing); anything after the ids must be a
 * {@code -- reason}; an unknown id is reported. Each id remembers whether it suppressed a finding, so
 * suppressions that suppress nothing can be reported.
 */
public final class Suppressions {

    /** One rule id of one directive. {@code line} is the 0-based line it covers, or -1 for the whole file. */
    public static final class Entry {
        public final String rule;
        public final Span idRange;
        public final Span commentRange;
        public final int line;
        public final boolean onlyIdOfComment;
        boolean used;

        Entry(String rule, Span idRange, Span commentRange, int line, boolean onlyIdOfComment) {
            this.rule = rule;
            this.idRange = idRange;
            this.commentRange = commentRange;
            this.line = line;
            this.onlyIdOfComment = onlyIdOfComment;
        }

        public boolean used() {
            return used;
        }
    }

    /** A directive that cannot be used: unknown rule id, missing ids, stray text. */
    public record Problem(Span range, String message) {}

    private static final Pattern DIRECTIVE = Pattern.compile("schemawise-disable(-next-line|-line)?\\b");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    private final List<Entry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    public List<Entry> entries() {
        return entries;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** @param knownRules the rule ids that exist, to report typos */
    public static Suppressions parse(List<Comment> comments, LineIndex lines, Set<String> knownRules) {
        Suppressions s = new Suppressions();
        // "next line" skips lines holding nothing but a comment, so a note may sit between a directive and its line
        java.util.Set<Integer> commentOnly = new java.util.HashSet<>();
        String text = lines.text();
        for (Comment c : comments) {
            int lineStart = lines.lineStart(c.range().startLine());
            int lineEnd = lines.lineEnd(c.range().endLine());
            if (text.substring(lineStart, c.range().start()).isBlank() && text.substring(Math.min(c.range().end(), lineEnd), lineEnd).isBlank()) {
                for (int l = c.range().startLine(); l <= c.range().endLine(); l++) commentOnly.add(l);
            }
        }
        for (Comment c : comments) {
            if (c.text().startsWith("///")) continue; // Prisma documentation, not a directive
            Matcher m = DIRECTIVE.matcher(c.text());
            if (!m.find()) continue;
            String prefix = c.text().substring(0, m.start()).replaceAll("^(--|//|#|/\\*)", "").strip();
            if (!prefix.isEmpty()) continue; // the word appears in prose, not as a directive
            String kind = m.group(1) == null ? "" : m.group(1);
            int line;
            if (kind.equals("-next-line")) {
                line = c.range().endLine() + 1;
                while (commentOnly.contains(line)) line++;
            } else if (kind.equals("-line")) {
                line = c.range().startLine();
            } else {
                line = -1;
            }
            String rest = c.text().substring(m.end());
            if (rest.endsWith("*/")) rest = rest.substring(0, rest.length() - 2);
            int restStart = c.range().start() + m.end();
            int reason = rest.indexOf("--");
            String ids = reason >= 0 ? rest.substring(0, reason) : rest;
            List<Entry> found = new ArrayList<>();
            String stray = null;
            int strayStart = 0;
            int position = 0;
            for (String piece : ids.split(",", -1)) {
                int pieceStart = position;
                position += piece.length() + 1;
                String trimmed = piece.strip();
                if (trimmed.isEmpty()) continue;
                int offset = pieceStart + piece.indexOf(trimmed);
                Matcher id = ID.matcher(trimmed);
                if (!id.lookingAt()) {
                    stray = trimmed;
                    strayStart = offset;
                    break;
                }
                String rule = id.group();
                Span range = lines.span(restStart + offset, restStart + offset + rule.length());
                if (id.end() < trimmed.length()) {
                    // "require-primary-key because ..." : a reason without its "--"
                    stray = trimmed.substring(id.end()).strip();
                    strayStart = offset + trimmed.indexOf(stray, id.end());
                }
                if (!knownRules.contains(rule)) {
                    String closest = dev.schemawise.text.ClosestName.of(rule, knownRules);
                    s.problems.add(new Problem(range, "unknown rule '" + rule + "' in suppression" + (closest != null ? "; did you mean '" + closest + "'?" : "")));
                } else {
                    found.add(new Entry(rule, range, c.range(), line, false));
                }
                if (stray != null) break;
            }
            if (stray != null) {
                Span range = lines.span(restStart + strayStart, restStart + strayStart + stray.length());
                s.problems.add(new Problem(range, "unexpected text '" + stray + "' in suppression: separate rule ids with commas and write the reason after ' -- '"));
                continue;
            }
            if (found.isEmpty() && s.problems.stream().noneMatch(p -> c.range().encloses(p.range()))) {
                s.problems.add(new Problem(c.range(), "suppression without rule ids suppresses nothing: name the rules, e.g. schemawise-disable-next-line require-primary-key"));
                continue;
            }
            for (Entry e : found) {
                s.entries.add(new Entry(e.rule, e.idRange, e.commentRange, e.line, found.size() == 1));
            }
        }
        return s;
    }

    /** True (and the entry marked used) when a finding of {@code rule} starting on {@code line} is suppressed. */
    public boolean suppresses(String rule, int line) {
        boolean any = false;
        for (Entry e : entries) {
            if (e.rule.equals(rule) && (e.line == -1 || e.line == line)) {
                e.used = true;
                any = true;
            }
        }
        return any;
    }
}
