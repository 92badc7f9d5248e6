package dev.schemawise.bench;

import dev.schemawise.model.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a large synthetic PostgreSQL dump from a real one (danbooru's {@code structure.sql}) by concatenating
 * copies of it in which every declared object name is renamed with a per-copy suffix: {@code posts} becomes
 * {@code posts_c2} in copy 2, {@code posts_c3} in copy 3, and so on. Tables, sequences, views, types, functions,
 * indexes, constraints, triggers, rules and policies are renamed; every occurrence of such a name inside the
 * copy (foreign keys, {@code ON public.x} of indexes, {@code ALTER TABLE}, {@code nextval('public.x_id_seq')},
 * {@code x.column} in view bodies...) is renamed the same way, so each copy is a self-contained schema and no
 * name is declared twice.
 *
 * <p>How:
 * <ul>
 *   <li>The header (leading {@code SET} statements, {@code set_config}, {@code CREATE EXTENSION} and
 *       {@code COMMENT ON EXTENSION}) is written once.</li>
 *   <li>Declared names are collected from the original with regular expressions over the declarations
 *       ({@code CREATE [UNIQUE] INDEX name}, {@code CREATE TABLE public.name}, {@code CONSTRAINT name}, ...).</li>
 *   <li>One regex pass over the body (an alternation of all names, longest first, bounded on both sides by
 *       non-identifier characters) turns it into a template; each copy renders the template with its suffix.
 *       Functions, procedures and aggregates declared with a schema are only renamed where they are
 *       schema-qualified, so a user function {@code public.lower(text[])} does not capture the built-in
 *       {@code lower(text)} calls.</li>
 *   <li>Objects whose names cannot take a suffix (operators, casts) are kept in copy 1 only.</li>
 *   <li>Renamed names stay within PostgreSQL's 63-byte identifier limit (the base name is shortened, and
 *       disambiguated with a hash if shortening makes two names equal).</li>
 * </ul>
 * Copy 1 keeps the original names.
 */
public final class SyntheticDump {

    public static final String DEFAULT_SOURCE = "corpus/sql/danbooru.structure.sql";
    public static final int DEFAULT_LINES = 100_000;

    /** The generated text, how many copies of the body it holds, and its line count. */
    public record Dump(String text, int copies, int lines, int renamedNames) {}

    private static final String NAME = "(?:\"[^\"]+\"|[A-Za-z_][\\w$]*)";
    /** An optional schema qualifier, captured as group "q". */
    private static final String QUAL = "(?:(?<q>" + NAME + ")\\s*\\.\\s*)?";
    private static final String IF_NOT_EXISTS = "(?:IF\\s+NOT\\s+EXISTS\\s+)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;

    /** Declarations of objects that live in a schema and are referenced by name everywhere. */
    private static final List<Pattern> WORD_DECLARATIONS = List.of(
            Pattern.compile("\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL)\\s+)?"
                    + "(?:(?:TEMP|TEMPORARY|UNLOGGED|MATERIALIZED|RECURSIVE|FOREIGN)\\s+)*"
                    + "(?:TABLE|SEQUENCE|VIEW|TYPE|DOMAIN|COLLATION|STATISTICS|CONVERSION"
                    + "|TEXT\\s+SEARCH\\s+(?:CONFIGURATION|DICTIONARY|PARSER|TEMPLATE))\\s+"
                    + IF_NOT_EXISTS + QUAL + "(?<n>" + NAME + ")", FLAGS),
            Pattern.compile("\\bCREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?" + IF_NOT_EXISTS
                    + "(?!ON\\b)" + QUAL + "(?<n>" + NAME + ")", FLAGS),
            Pattern.compile("\\bCONSTRAINT\\s+(?:IF\\s+EXISTS\\s+)?(?!TRIGGER\\b)(?<n>" + NAME + ")", FLAGS),
            Pattern.compile("\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:CONSTRAINT\\s+)?(?:TRIGGER|RULE)\\s+(?<n>" + NAME + ")", FLAGS),
            Pattern.compile("\\bCREATE\\s+POLICY\\s+(?<n>" + NAME + ")", FLAGS));

    /** Declarations of routines: their names may shadow built-ins, so qualified ones are renamed qualified only. */
    private static final Pattern ROUTINE_DECLARATION = Pattern.compile(
            "\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:FUNCTION|PROCEDURE|AGGREGATE)\\s+" + QUAL + "(?<n>" + NAME + ")", FLAGS);

    /** Header statements written once. */
    private static final Pattern HEADER_STATEMENT = Pattern.compile(
            "^(?:SET\\s|SELECT\\s+pg_catalog\\.set_config\\s*\\(|CREATE\\s+EXTENSION\\b|COMMENT\\s+ON\\s+EXTENSION\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Statements (with their pg_dump comment block) kept in copy 1 only: their names cannot take a suffix. */
    private static final Pattern ONCE_ONLY = Pattern.compile(
            "(?:^--[^\\n]*\\n)*(?:^[ \\t]*\\n)?"
                    + "^(?:CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:OPERATOR(?!\\s+(?:CLASS|FAMILY)\\b)|CAST)"
                    + "|COMMENT\\s+ON\\s+(?:OPERATOR(?!\\s+(?:CLASS|FAMILY)\\b)|CAST))\\b"
                    + "(?:[^;']|'(?:[^']|'')*')*;[^\\n]*(?:\\n|$)", FLAGS);

    private SyntheticDump() {}

    /** A synthetic dump of at least {@code minLines} lines made of renamed copies of {@code danbooruText}. */
    public static String build(String danbooruText, int minLines) {
        return generate(danbooruText, minLines).text();
    }

    public static Dump generate(String sourceText, int minLines) {
        String text = sourceText.replace("\r\n", "\n");
        if (!text.endsWith("\n")) text += "\n";

        int bodyStart = bodyStart(text);
        String header = text.substring(0, bodyStart);
        String body = text.substring(bodyStart);
        if (body.isBlank()) throw new IllegalArgumentException("the source has no statements after its header");
        String laterBody = ONCE_ONLY.matcher(body).replaceAll("");

        Names names = collectNames(body);
        Template template = Template.of(laterBody, names);
        Renamer renamer = new Renamer(names.all(), Dialect.POSTGRESQL.maxIdentifierLength());

        StringBuilder out = new StringBuilder(Math.max(text.length(), (int) Math.min(Integer.MAX_VALUE / 2,
                (long) text.length() * ((long) minLines / Math.max(1, lineCount(text)) + 2))));
        out.append(header);
        int lines = lineCount(header);
        int copies = 0;
        while (copies == 0 || lines < minLines) {
            copies++;
            String separator = "\n--\n-- schemawise synthetic dump: copy " + copies
                    + (copies == 1 ? " (original names)" : " (declared names suffixed with " + Renamer.suffix(copies) + ")")
                    + "\n--\n\n";
            String copy = copies == 1 ? body : template.render(renamer.mapping(copies));
            out.append(separator).append(copy);
            lines += lineCount(separator) + lineCount(copy);
        }
        return new Dump(out.toString(), copies, lineCount(out), names.all().size());
    }

    /** Lines of a text: its newline count, plus one for a last line without a newline. */
    public static int lineCount(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') n++;
        return n;
    }

    // ------------------------------------------------------------------ header

    /**
     * Where the body begins: at the first statement that is not a header statement, or rather at the pg_dump
     * comment block ({@code --} lines) right above it.
     */
    static int bodyStart(String text) {
        List<int[]> lineStarts = new ArrayList<>(); // [start, end]
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl + 1;
            lineStarts.add(new int[] {pos, end});
            pos = end;
        }
        boolean inHeaderStatement = false;
        for (int i = 0; i < lineStarts.size(); i++) {
            String line = text.substring(lineStarts.get(i)[0], lineStarts.get(i)[1]).strip();
            if (inHeaderStatement) {
                inHeaderStatement = !line.endsWith(";");
                continue;
            }
            if (line.isEmpty() || line.startsWith("--")) continue;
            if (HEADER_STATEMENT.matcher(line).find()) {
                inHeaderStatement = !line.endsWith(";");
                continue;
            }
            int first = i;
            while (first > 0 && text.substring(lineStarts.get(first - 1)[0], lineStarts.get(first - 1)[1]).strip().startsWith("--")) first--;
            return lineStarts.get(first)[0];
        }
        return text.length();
    }

    // ------------------------------------------------------------------ names

    /** Declared names: renamed wherever they occur, and routines renamed where qualified by one of {@code routineSchemas}. */
    record Names(Set<String> words, Set<String> routines, Set<String> routineSchemas) {
        Set<String> all() {
            Set<String> all = new LinkedHashSet<>(words);
            all.addAll(routines);
            return all;
        }
    }

    static Names collectNames(String body) {
        Set<String> words = new LinkedHashSet<>();
        for (Pattern p : WORD_DECLARATIONS) {
            Matcher m = p.matcher(body);
            while (m.find()) words.add(unquote(m.group("n")));
        }
        Set<String> routines = new LinkedHashSet<>();
        Set<String> routineSchemas = new LinkedHashSet<>();
        Matcher m = ROUTINE_DECLARATION.matcher(body);
        while (m.find()) {
            String name = unquote(m.group("n"));
            if (m.group("q") == null) {
                words.add(name); // unqualified routine: unqualified calls are the only way to reach it
            } else {
                routines.add(name);
                routineSchemas.add(m.group("q"));
            }
        }
        routines.removeIf(r -> containsIgnoreCase(words, r));
        return new Names(words, routines, routineSchemas);
    }

    private static String unquote(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }

    private static boolean containsIgnoreCase(Set<String> set, String s) {
        for (String x : set) if (x.equalsIgnoreCase(s)) return true;
        return false;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String alternation(Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String n : sorted) {
            if (sb.length() > 0) sb.append('|');
            sb.append(Pattern.quote(n));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ template

    /** The body cut at every occurrence of a declared name: literal parts and name keys alternate. */
    record Template(List<String> literals, List<String> nameKeys) {

        static Template of(String body, Names names) {
            List<String> alternatives = new ArrayList<>();
            if (!names.routines().isEmpty()) {
                List<String> schemas = new ArrayList<>();
                for (String s : names.routineSchemas()) schemas.add(Pattern.quote(s));
                alternatives.add("(?<qual>(?:" + String.join("|", schemas) + ")\\s*\\.\\s*\"?)(?<routine>"
                        + alternation(names.routines()) + ")");
            }
            if (!names.words().isEmpty()) alternatives.add("(?<word>" + alternation(names.words()) + ")");
            List<String> literals = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            if (alternatives.isEmpty()) {
                literals.add(body);
                return new Template(literals, keys);
            }
            Pattern pattern = Pattern.compile("(?<![\\w$])(?:" + String.join("|", alternatives) + ")(?![\\w$])",
                    Pattern.CASE_INSENSITIVE);
            Matcher m = pattern.matcher(body);
            int last = 0;
            while (m.find()) {
                String name;
                int nameStart;
                if (m.group("word") != null) {
                    name = m.group("word");
                    nameStart = m.start("word");
                } else {
                    name = m.group("routine");
                    nameStart = m.start("routine");
                }
                literals.add(body.substring(last, nameStart));
                keys.add(key(name));
                last = m.end();
            }
            literals.add(body.substring(last));
            return new Template(literals, keys);
        }

        String render(Map<String, String> mapping) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < nameKeys.size(); i++) {
                sb.append(literals.get(i)).append(mapping.get(nameKeys.get(i)));
            }
            return sb.append(literals.get(literals.size() - 1)).toString();
        }
    }

    // ------------------------------------------------------------------ renaming

    /** Per-copy new names, unique over all copies and within the identifier length limit. */
    static final class Renamer {
        private final Set<String> names;
        private final int maxBytes;
        private final Set<String> taken = new HashSet<>();
        private final Map<Integer, Map<String, String>> byCopy = new HashMap<>();

        Renamer(Set<String> names, int maxBytes) {
            this.names = names;
            this.maxBytes = maxBytes;
            for (String n : names) taken.add(key(n));
        }

        static String suffix(int copy) {
            return "_c" + copy;
        }

        /** Lower-cased declared name to its new spelling in that copy. */
        Map<String, String> mapping(int copy) {
            return byCopy.computeIfAbsent(copy, c -> {
                Map<String, String> mapping = new LinkedHashMap<>();
                String suffix = suffix(c);
                for (String name : names) {
                    String renamed = fit(name, suffix);
                    if (!taken.add(key(renamed))) {
                        String hash = String.format("_%06x", name.hashCode() & 0xffffff);
                        renamed = fit(name, hash + suffix);
                        if (!taken.add(key(renamed))) {
                            throw new IllegalStateException("cannot give " + name + " a unique name in copy " + c);
                        }
                    }
                    mapping.put(key(name), renamed);
                }
                return mapping;
            });
        }

        private String fit(String name, String suffix) {
            String base = name;
            int suffixBytes = suffix.getBytes(StandardCharsets.UTF_8).length;
            while (!base.isEmpty() && base.getBytes(StandardCharsets.UTF_8).length + suffixBytes > maxBytes) {
                base = base.substring(0, base.length() - 1);
            }
            return base + suffix;
        }
    }

    // ------------------------------------------------------------------ command line

    /** The source file: as given, or relative to the parent directory when run from a module directory. */
    public static Path resolveSource(String path) {
        Path p = Path.of(path);
        if (Files.isRegularFile(p) || p.isAbsolute()) return p;
        Path parent = Path.of("..").resolve(path);
        return Files.isRegularFile(parent) ? parent : p;
    }

    public static void main(String[] args) throws IOException {
        int lines = DEFAULT_LINES;
        String source = DEFAULT_SOURCE;
        String output = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--lines") || a.equals("--source")) && i + 1 >= args.length) {
                usage("missing value after " + a);
                return;
            }
            switch (a) {
                case "--lines" -> {
                    try {
                        lines = Integer.parseInt(args[++i].replace("_", ""));
                    } catch (NumberFormatException e) {
                        usage("--lines needs a number");
                        return;
                    }
                }
                case "--source" -> source = args[++i];
                case "-h", "--help" -> {
                    usage(null);
                    return;
                }
                default -> {
                    if (a.startsWith("-") || output != null) {
                        usage("unexpected argument " + a);
                        return;
                    }
                    output = a;
                }
            }
        }
        if (output == null) {
            usage("missing OUTPUT_FILE");
            return;
        }
        Path sourcePath = resolveSource(source);
        String text = Files.readString(sourcePath, StandardCharsets.UTF_8);
        Dump dump = generate(text, lines);
        Path out = Path.of(output);
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, dump.text(), StandardCharsets.UTF_8);
        System.out.println(dump.lines() + " lines (" + dump.copies() + " copies of " + sourcePath + ", "
                + dump.renamedNames() + " names renamed per copy) written to " + out);
    }

    private static void usage(String error) {
        if (error != null) System.err.println("SyntheticDump: " + error);
        System.err.println("usage: SyntheticDump [--lines N] [--source " + DEFAULT_SOURCE + "] OUTPUT_FILE");
        if (error != null) System.exit(2);
    }
}
