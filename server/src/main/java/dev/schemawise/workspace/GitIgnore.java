package dev.schemawise.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Ignore rules with the semantics of git's {@code .gitignore} files, for '/'-separated path strings.
 *
 * <p>Each {@link #add added} file contributes rules relative to its own base directory and applies only to
 * paths under it. The last matching rule decides, so files added later (deeper directories, after their
 * ancestors) override earlier ones and, within a file, later lines override earlier lines.
 *
 * <p>Globs are matched by hand rather than through {@code java.util.regex}: a backtracking regex compiled
 * from {@code *a*a*a*b} can take exponential time on a long name. Here {@code *} backtracks only to the most
 * recent star (and {@code **} only to the most recent globstar), so a match costs at most
 * O(pattern length × path length).
 *
 * <p>Immutable: {@link #add} returns a new matcher that shares the existing rules, which makes a matcher per
 * walked directory cheap.
 */
public final class GitIgnore {

    /** What the rules say about one path. */
    public enum Verdict {
        /** No rule matches. */
        UNMATCHED,
        /** The last matching rule ignores the path. */
        IGNORED,
        /** The last matching rule is a negation ({@code !pattern}) that re-includes the path. */
        INCLUDED
    }

    public static final GitIgnore EMPTY = new GitIgnore(null, "", new Rule[0]);

    private final GitIgnore parent;
    /** The base directory followed by '/', or "" when the rules apply to every path. */
    private final String prefix;
    private final Rule[] rules;

    private GitIgnore(GitIgnore parent, String prefix, Rule[] rules) {
        this.parent = parent;
        this.prefix = prefix;
        this.rules = rules;
    }

    /** Rules of one .gitignore text whose patterns are relative to the root of the matched paths. */
    public static GitIgnore parse(String text) {
        return EMPTY.add("", text);
    }

    /**
     * Adds the rules of a .gitignore text whose patterns are relative to {@code baseDirectory} (a
     * '/'-separated path in the same form as the paths later matched; "" for all paths). The new rules
     * take precedence over the existing ones.
     */
    public GitIgnore add(String baseDirectory, String text) {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        List<Rule> parsed = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            Rule r = Rule.parse(line);
            if (r != null) parsed.add(r);
        }
        if (parsed.isEmpty()) return this;
        String prefix = baseDirectory.isEmpty() || baseDirectory.endsWith("/") ? baseDirectory : baseDirectory + "/";
        return new GitIgnore(this, prefix, parsed.toArray(new Rule[0]));
    }

    /** True when no rules have been added. */
    public boolean isEmpty() {
        return parent == null;
    }

    /**
     * The verdict of the last rule matching {@code path} itself, without looking at its parent directories.
     * A directory walker that does not descend into ignored directories needs only this: it never asks about
     * a path whose parent is ignored, which is how git makes "a file under an excluded directory cannot be
     * re-included" hold.
     */
    public Verdict match(String path, boolean directory) {
        for (GitIgnore g = this; g.parent != null; g = g.parent) {
            if (!path.startsWith(g.prefix) || path.length() == g.prefix.length()) continue;
            String[] segments = path.substring(g.prefix.length()).split("/", -1);
            for (int i = g.rules.length - 1; i >= 0; i--) {
                Rule r = g.rules[i];
                if (r.matches(segments, directory)) return r.negated ? Verdict.INCLUDED : Verdict.IGNORED;
            }
        }
        return Verdict.UNMATCHED;
    }

    /** Whether git would ignore {@code path}: it or one of its parent directories is ignored. */
    public boolean isIgnored(String path, boolean directory) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (slash > 0 && match(path.substring(0, slash), true) == Verdict.IGNORED) return true;
        }
        return match(path, directory) == Verdict.IGNORED;
    }

    // ------------------------------------------------------------------ rules

    /** One pattern line. {@code segments} holds a single glob when the pattern is not anchored. */
    private static final class Rule {
        final boolean negated;
        final boolean directoryOnly;
        final boolean anchored;
        /** Per path segment; {@code null} stands for a {@code **} segment (zero or more whole segments). */
        final Glob[] segments;

        private Rule(boolean negated, boolean directoryOnly, boolean anchored, Glob[] segments) {
            this.negated = negated;
            this.directoryOnly = directoryOnly;
            this.anchored = anchored;
            this.segments = segments;
        }

        static Rule parse(String line) {
            String p = trimTrailingSpaces(line);
            if (p.isEmpty() || p.charAt(0) == '#') return null;
            boolean negated = p.charAt(0) == '!';
            if (negated) p = p.substring(1);
            // A lone trailing backslash escapes nothing; git treats such a pattern as matching nothing.
            if (endsWithUnescapedBackslash(p)) return null;
            boolean directoryOnly = p.endsWith("/");
            while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
            boolean anchored = p.indexOf('/') >= 0;
            if (p.startsWith("/")) p = p.substring(1);
            if (p.isEmpty()) return null;
            if (!anchored) return new Rule(negated, directoryOnly, false, new Glob[] {Glob.compile(p)});
            String[] parts = p.split("/", -1);
            List<Glob> segments = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                boolean globstar = parts[i].equals("**");
                if (globstar && i == parts.length - 1 && i > 0) {
                    // "x/**" matches everything inside x but not x itself: one segment, then any more.
                    segments.add(Glob.compile("*"));
                }
                if (globstar && !segments.isEmpty() && segments.get(segments.size() - 1) == null) continue;
                segments.add(globstar ? null : Glob.compile(parts[i]));
            }
            return new Rule(negated, directoryOnly, true, segments.toArray(new Glob[0]));
        }

        /** git's trim_trailing_spaces: drops trailing spaces unless the first of them is escaped. */
        private static String trimTrailingSpaces(String s) {
            int lastSpace = -1;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ') {
                    if (lastSpace < 0) lastSpace = i;
                } else if (c == '\\') {
                    i++;
                    if (i >= s.length()) return s;
                    lastSpace = -1;
                } else {
                    lastSpace = -1;
                }
            }
            return lastSpace < 0 ? s : s.substring(0, lastSpace);
        }

        private static boolean endsWithUnescapedBackslash(String s) {
            int n = 0;
            for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) n++;
            return n % 2 == 1;
        }

        boolean matches(String[] path, boolean directory) {
            if (directoryOnly && !directory) return false;
            if (!anchored) return segments[0].matches(path[path.length - 1]);
            // The same star-backtracking scheme as Glob.matches, one level up: a Glob consumes exactly one
            // path segment and a globstar (null) any number of them.
            int p = 0;
            int t = 0;
            int starP = -1;
            int starT = 0;
            while (t < path.length) {
                if (p < segments.length && segments[p] == null) {
                    starP = p++;
                    starT = t;
                } else if (p < segments.length && segments[p].matches(path[t])) {
                    p++;
                    t++;
                } else if (starP >= 0) {
                    p = starP + 1;
                    t = ++starT;
                } else {
                    return false;
                }
            }
            while (p < segments.length && segments[p] == null) p++;
            return p == segments.length;
        }
    }

    // ------------------------------------------------------------------ globs

    /** A glob for one path segment: literals, {@code ?}, {@code *}, {@code [...]} classes and {@code \} escapes. */
    private static final class Glob {
        private static final int LITERAL = 0;
        private static final int ANY = 1;
        private static final int STAR = 2;
        private static final int CLASS = 3;

        /** Non-null when the glob has no wildcards, so matching is a string comparison. */
        private final String literal;
        private final int[] kinds;
        /** The code point of a LITERAL token. */
        private final int[] chars;
        private final CharClass[] classes;

        private Glob(String literal, int[] kinds, int[] chars, CharClass[] classes) {
            this.literal = literal;
            this.kinds = kinds;
            this.chars = chars;
            this.classes = classes;
        }

        static Glob compile(String pattern) {
            int[] cps = pattern.codePoints().toArray();
            List<Integer> kinds = new ArrayList<>();
            List<Integer> chars = new ArrayList<>();
            List<CharClass> classes = new ArrayList<>();
            boolean wild = false;
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < cps.length) {
                int c = cps[i];
                int kind;
                int ch = 0;
                CharClass cls = null;
                if (c == '\\' && i + 1 < cps.length) {
                    kind = LITERAL;
                    ch = cps[i + 1];
                    i += 2;
                } else if (c == '*') {
                    kind = STAR;
                    i++;
                    // Runs of stars inside a segment are one star ("a**b" is "a*b").
                    if (!kinds.isEmpty() && kinds.get(kinds.size() - 1) == STAR) continue;
                } else if (c == '?') {
                    kind = ANY;
                    i++;
                } else if (c == '[' && (cls = CharClass.parse(cps, i)) != null) {
                    kind = CLASS;
                    i = cls.end;
                } else {
                    // Includes an unterminated '[', taken literally.
                    kind = LITERAL;
                    ch = c;
                    i++;
                }
                if (kind != LITERAL) wild = true;
                if (kind == LITERAL) literal.appendCodePoint(ch);
                kinds.add(kind);
                chars.add(ch);
                classes.add(cls);
            }
            return new Glob(wild ? null : literal.toString(),
                    kinds.stream().mapToInt(Integer::intValue).toArray(),
                    chars.stream().mapToInt(Integer::intValue).toArray(),
                    classes.toArray(new CharClass[0]));
        }

        boolean matches(String segment) {
            if (literal != null) return literal.equals(segment);
            int[] s = segment.codePoints().toArray();
            int n = kinds.length;
            int p = 0;
            int t = 0;
            int starP = -1;
            int starT = 0;
            // Classic wildcard matching: on a mismatch, retry from the most recent star, which then swallows
            // one more character. Earlier stars never need revisiting, hence no exponential blow-up.
            while (t < s.length) {
                if (p < n && kinds[p] == STAR) {
                    starP = p++;
                    starT = t;
                } else if (p < n && single(p, s[t])) {
                    p++;
                    t++;
                } else if (starP >= 0) {
                    p = starP + 1;
                    t = ++starT;
                } else {
                    return false;
                }
            }
            while (p < n && kinds[p] == STAR) p++;
            return p == n;
        }

        private boolean single(int p, int c) {
            switch (kinds[p]) {
                case LITERAL:
                    return chars[p] == c;
                case ANY:
                    return true;
                case CLASS:
                    return classes[p].matches(c);
                default:
                    return false;
            }
        }
    }

    /** A bracket expression: {@code [abc]}, {@code [a-z]}, {@code [!a]} or {@code [^a]}, {@code [[:digit:]]}. */
    private static final class CharClass {
        final boolean negated;
        /** Inclusive ranges as pairs of code points. */
        final int[] ranges;
        final List<String> posixClasses;
        /** Index just past the closing ']'. */
        final int end;

        private CharClass(boolean negated, int[] ranges, List<String> posixClasses, int end) {
            this.negated = negated;
            this.ranges = ranges;
            this.posixClasses = posixClasses;
            this.end = end;
        }

        /** Parses the class starting at {@code cps[start] == '['}; null when it is not terminated. */
        static CharClass parse(int[] cps, int start) {
            int i = start + 1;
            boolean negated = i < cps.length && (cps[i] == '!' || cps[i] == '^');
            if (negated) i++;
            List<Integer> ranges = new ArrayList<>();
            List<String> posix = new ArrayList<>();
            boolean first = true;
            while (i < cps.length) {
                int c = cps[i];
                if (c == ']' && !first) {
                    return new CharClass(negated, ranges.stream().mapToInt(Integer::intValue).toArray(), posix, i + 1);
                }
                first = false;
                if (c == '[' && i + 1 < cps.length && cps[i + 1] == ':') {
                    int close = findPosixEnd(cps, i + 2);
                    if (close >= 0) {
                        posix.add(new String(cps, i + 2, close - (i + 2)));
                        i = close + 2;
                        continue;
                    }
                }
                if (c == '\\' && i + 1 < cps.length) c = cps[++i];
                int lo = c;
                int hi = c;
                if (i + 2 < cps.length && cps[i + 1] == '-' && cps[i + 2] != ']') {
                    hi = cps[i + 2];
                    i += 2;
                    if (hi == '\\' && i + 1 < cps.length) hi = cps[++i];
                }
                ranges.add(lo);
                ranges.add(hi);
                i++;
            }
            return null;
        }

        private static int findPosixEnd(int[] cps, int from) {
            for (int j = from; j + 1 < cps.length; j++) {
                if (cps[j] == ':' && cps[j + 1] == ']') return j;
                if (!Character.isLetter(cps[j])) return -1;
            }
            return -1;
        }

        boolean matches(int c) {
            boolean in = false;
            for (int k = 0; k < ranges.length && !in; k += 2) in = c >= ranges[k] && c <= ranges[k + 1];
            for (int k = 0; k < posixClasses.size() && !in; k++) in = posix(posixClasses.get(k), c);
            return in != negated;
        }

        private static boolean posix(String name, int c) {
            switch (name) {
                case "alpha": return Character.isLetter(c);
                case "digit": return c >= '0' && c <= '9';
                case "alnum": return Character.isLetterOrDigit(c);
                case "upper": return Character.isUpperCase(c);
                case "lower": return Character.isLowerCase(c);
                case "space": return Character.isWhitespace(c);
                case "blank": return c == ' ' || c == '\t';
                case "xdigit": return Character.digit(c, 16) >= 0 && c < 128;
                case "punct": return c < 128 && c > 32 && c != 127 && !Character.isLetterOrDigit(c);
                case "cntrl": return Character.isISOControl(c);
                case "print": return c >= 32 && c != 127;
                case "graph": return c > 32 && c != 127;
                default: return false;
            }
        }
    }
}
