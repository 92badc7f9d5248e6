package dev.schemawise.rules;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.schemawise.TestFiles;
import dev.schemawise.config.Config;
import dev.schemawise.config.ConfigException;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rule fixtures: files under server/src/test/resources/rules/&lt;rule-id&gt;/ with the expected findings written
 * inline, under the code they point at:
 *
 * <pre>
 * CREATE TABLE orders (user_id bigint REFERENCES users (id));
 * --                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-on-delete has no ON DELETE
 * </pre>
 *
 * A marker line is a comment ({@code --}, {@code //} or {@code #}) followed by carets under the columns of the
 * nearest code line above, the rule id, and optionally a piece of the expected message. When the range starts
 * in the first columns (where the comment marker itself stands), write {@code ^N-M} for columns N to M instead
 * of carets. A file without markers is a negative case. The first line may hold {@code -- fixture: {...}} with
 * configuration in the .schemawise.json shape (dialect, rule options). {@code name.mysql.sql} and
 * {@code name.sqlite.sql} set the dialect too. A folder inside the rule's folder is one multi-file case (a
 * migrations folder, a multi-file Prisma schema), configured by its {@code fixture.json}; its {@code base/} folder holds
 * the texts of its files at the base git revision (as origin/main), for migration-modified. {@code name.fixed.sql}
 * holds the text after applying, for every finding, its first safe fix or else its first fix.
 */
final class Fixtures {
    private Fixtures() {}

    static final Path ROOT = TestFiles.repoRoot().resolve("server/src/test/resources/rules");

    private static final Pattern MARKER = Pattern.compile("^(\\s*)(--|//|#)(\\s*)(\\^+|\\^\\d+-\\d+)\\s+([a-z0-9-]+)(?:\\s+(.*))?$");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*(?:--|//|#)\\s*fixture:\\s*(\\{.*})\\s*$");

    /** One expected finding. {@code endColumn} -1 means "to the end of the finding, whatever it is" (multi-line). */
    record Expected(String file, int line, int startColumn, int endColumn, String rule, String message) {}

    /** A case: one file, or a folder of files, with its configuration and expectations. */
    record Case(String name, Path location, Map<String, String> files, Config config, List<Expected> expected, Map<String, String> fixed,
                Map<String, String> base) {
        boolean positive() {
            return !expected.isEmpty();
        }

        boolean prisma() {
            return files.keySet().stream().anyMatch(f -> f.endsWith(".prisma"));
        }
    }

    static List<Case> cases(String ruleId) {
        Path folder = ROOT.resolve(ruleId);
        if (!Files.isDirectory(folder)) return List.of();
        List<Case> out = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path p : children.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    out.add(folderCase(p));
                } else if ((name.endsWith(".sql") || name.endsWith(".prisma")) && !name.contains(".fixed.")) {
                    out.add(fileCase(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Case fileCase(Path p) {
        String name = p.getFileName().toString();
        String text = TestFiles.read(p);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(name, text);
        JsonObject config = new JsonObject();
        Matcher d = DIRECTIVE.matcher(text.lines().findFirst().orElse(""));
        if (d.matches()) config = JsonParser.parseString(d.group(1)).getAsJsonObject();
        if (!config.has("dialect")) {
            if (name.endsWith(".mysql.sql")) config.addProperty("dialect", "mysql");
            if (name.endsWith(".sqlite.sql")) config.addProperty("dialect", "sqlite");
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        Path fixedFile = fixedPath(p);
        if (Files.exists(fixedFile)) fixed.put(name, TestFiles.read(fixedFile));
        return new Case(name, p, files, config(config, name), markers(name, text), fixed, Map.of());
    }

    private static Case folderCase(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> fixed = new LinkedHashMap<>();
        Map<String, String> base = new LinkedHashMap<>();
        List<Expected> expected = new ArrayList<>();
        JsonObject config = new JsonObject();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String relative = dir.relativize(f).toString().replace('\\', '/');
                String name = f.getFileName().toString();
                if (name.equals("fixture.json")) {
                    config = JsonParser.parseString(TestFiles.read(f)).getAsJsonObject();
                } else if (relative.startsWith("base/")) {
                    base.put(relative.substring("base/".length()), TestFiles.read(f));
                } else if (name.contains(".fixed.")) {
                    fixed.put(relative.replace(".fixed.", "."), TestFiles.read(f));
                } else {
                    String text = TestFiles.read(f);
                    files.put(relative, text);
                    expected.addAll(markers(relative, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Case(dir.getFileName() + "/", dir, files, config(config, dir.toString()), expected, fixed, base);
    }

    static Path fixedPath(Path file) {
        String name = file.getFileName().toString();
        int dot = name.endsWith(".prisma") ? name.lastIndexOf(".prisma") : name.lastIndexOf(".sql");
        return file.resolveSibling(name.substring(0, dot) + ".fixed" + name.substring(dot));
    }

    private static Config config(JsonObject json, String where) {
        try {
            Config c = Config.parse(json.toString(), where);
            RuleSettings.validate(c);
            return c;
        } catch (ConfigException e) {
            throw new IllegalArgumentException("bad fixture configuration in " + where + ": " + e.getMessage(), e);
        }
    }

    static List<Expected> markers(String file, String text) {
        List<Expected> out = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int code = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (!m.matches()) {
                code = i;
                continue;
            }
            if (code < 0) throw new IllegalArgumentException(file + ":" + (i + 1) + ": a marker needs a code line above it");
            String carets = m.group(4);
            int start;
            int end;
            if (carets.matches("\\^\\d+-\\d+")) {
                String[] range = carets.substring(1).split("-");
                start = Integer.parseInt(range[0]);
                end = Integer.parseInt(range[1]);
            } else {
                start = m.group(1).length() + m.group(2).length() + m.group(3).length();
                end = start + carets.length();
            }
            out.add(new Expected(file, code, start, end, m.group(5), m.group(6) == null ? null : m.group(6).strip()));
        }
        return out;
    }

    static boolean isMarker(String line) {
        return MARKER.matcher(line).matches();
    }

    /** The workspace of a case, with the configuration enabling only the rule under test (and syntax). */
    static Workspace workspace(Case c, Map<String, String> texts) {
        List<SourceFile> files = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) files.add(new SourceFile(e.getKey(), Path.of("/fixture").resolve(e.getKey()), e.getValue()));
        var baseline = dev.schemawise.workspace.MigrationBaseline.of("origin/main", c.base());
        return Workspace.build(files, new Workspace.Settings(c.config().dialect(), baseline), new ParseCache());
    }

    /** The case's configuration with the rule under test on, and other rules off unless the fixture configures them. */
    static Config only(Config base, String ruleId) {
        Map<String, Config.RuleSetting> rules = new LinkedHashMap<>();
        for (Rule r : Rules.all()) {
            String id = r.info().id();
            Config.RuleSetting configured = base.rules().get(id);
            if (configured != null && !id.equals(ruleId)) {
                rules.put(id, configured);
            } else if (id.equals(ruleId) || id.equals("syntax")) {
                String severity = configured != null && configured.severity() != null ? configured.severity() : r.info().defaultSeverity().id();
                rules.put(id, new Config.RuleSetting(severity, configured == null ? new JsonObject() : configured.options(), id));
            } else {
                rules.put(id, new Config.RuleSetting("off", new JsonObject(), id));
            }
        }
        return new Config(base.dialect(), base.preset(), rules, base.ignore(), base.multiTenancy(), base.naming(), base.migrations(), base.source());
    }
}
