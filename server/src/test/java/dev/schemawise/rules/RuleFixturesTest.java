package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.schemawise.config.Config;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule fixture (see {@link Fixtures}): the findings of the rule under test must be exactly the
 * marked ones; the text after fixes must equal the .fixed file; and applying the safe fixes must give text that
 * parses, no longer has the fixed findings, and does not change on a second pass.
 * Run with {@code -Dschemawise.updateFixtures=true} to (re)write the .fixed files from the current fixes.
 */
class RuleFixturesTest {

    private static final boolean UPDATE = Boolean.getBoolean("schemawise.updateFixtures");

    @TestFactory
    Stream<DynamicNode> fixtures() {
        List<DynamicNode> rules = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            String id = rule.info().id();
            List<DynamicNode> cases = new ArrayList<>();
            for (Fixtures.Case c : Fixtures.cases(id)) {
                cases.add(DynamicTest.dynamicTest(c.name(), c.location().toUri(), () -> check(rule, c)));
            }
            if (!cases.isEmpty()) rules.add(DynamicContainer.dynamicContainer(id, cases));
        }
        return rules.stream();
    }

    private static List<Finding> findings(Rule rule, Fixtures.Case c, Map<String, String> texts) {
        Workspace w = Fixtures.workspace(c, texts);
        Config config = Fixtures.only(c.config(), rule.info().id());
        Analyzer.Result result = Analyzer.analyze(w, f -> config);
        assertEquals(List.of(), result.internalErrors(), "internal errors");
        return result.findings();
    }

    static void check(Rule rule, Fixtures.Case c) throws IOException {
        String id = rule.info().id();
        List<Finding> findings = findings(rule, c, c.files());
        List<Finding> syntax = findings.stream().filter(f -> f.rule().equals("syntax") && !id.equals("syntax")).toList();
        assertEquals(List.of(), syntax, "fixtures must parse without syntax errors");
        List<Finding> actual = findings.stream().filter(f -> f.rule().equals(id)).toList();
        compare(c, actual);

        if (rule.info().fixes() == RuleInfo.Fixes.NONE) {
            for (Finding f : actual) assertTrue(f.fixes().isEmpty(), id + " declares no fixes but offered " + f.fixes());
        }
        // The text after fixes: for each finding, its first safe fix, else its first fix.
        List<Fix> chosen = new ArrayList<>();
        for (Finding f : actual) {
            Fix safe = f.fixes().stream().filter(Fix::safe).findFirst().orElse(null);
            if (safe != null) chosen.add(safe);
            else if (!f.fixes().isEmpty()) chosen.add(f.fixes().get(0));
        }
        Map<String, String> after = new LinkedHashMap<>(c.files());
        after.putAll(FixApplier.apply(c.files(), chosen).texts());
        if (UPDATE && !chosen.isEmpty()) writeFixed(c, after);
        if (!c.fixed().isEmpty() || !chosen.isEmpty()) {
            for (Map.Entry<String, String> e : after.entrySet()) {
                String expected = c.fixed().get(e.getKey());
                if (expected == null && e.getValue().equals(c.files().get(e.getKey()))) continue;
                if (expected == null) fail(c.name() + ": fixes change " + e.getKey() + " but there is no .fixed file for it (run with -Dschemawise.updateFixtures=true)");
                assertEquals(expected, e.getValue(), "text after fixes of " + e.getKey());
            }
        }
        propertyOfSafeFixes(rule, c, actual);
    }

    /** Applying the safe fixes (as check --fix does) yields text that parses, without those findings, stable under a second pass. */
    private static void propertyOfSafeFixes(Rule rule, Fixtures.Case c, List<Finding> before) {
        List<Fix> safe = FixApplier.safeFixes(before);
        if (safe.isEmpty()) return;
        Map<String, String> texts = new LinkedHashMap<>(c.files());
        for (int pass = 0; pass < 10; pass++) {
            List<Finding> now = findings(rule, c, texts).stream().filter(f -> f.rule().equals(rule.info().id())).toList();
            FixApplier.Applied applied = FixApplier.apply(texts, FixApplier.safeFixes(now));
            if (applied.texts().isEmpty()) break;
            texts.putAll(applied.texts());
        }
        Workspace w = Fixtures.workspace(c, texts);
        for (FileReport f : w.files()) assertEquals(List.of(), f.syntaxErrors(), "after --fix, " + f.path() + " must still parse:\n" + f.text());
        List<Finding> after = findings(rule, c, texts).stream().filter(f -> f.rule().equals(rule.info().id())).toList();
        for (Finding f : after) {
            assertTrue(f.fixes().stream().noneMatch(Fix::safe), "after --fix a safe fix is still offered: " + f + "\n" + texts.get(f.file()));
        }
        assertEquals(before.size() - safeCount(before), after.size(), "the safely fixed findings are gone, the others remain: " + after);
        FixApplier.Applied second = FixApplier.apply(texts, FixApplier.safeFixes(after));
        assertTrue(second.texts().isEmpty(), "a second --fix pass changes nothing");
    }

    private static int safeCount(List<Finding> findings) {
        int n = 0;
        for (Finding f : findings) {
            if (f.fixes().stream().anyMatch(Fix::safe)) n++;
        }
        return n;
    }

    private static void compare(Fixtures.Case c, List<Finding> actual) {
        List<String> expected = new ArrayList<>();
        for (Fixtures.Expected e : c.expected()) expected.add(e.file() + ":" + (e.line() + 1) + ":" + e.startColumn() + "-" + e.endColumn() + " " + e.rule());
        List<String> got = new ArrayList<>();
        for (Finding f : actual) {
            int end = f.range().endLine() == f.range().startLine() ? f.range().endColumn() : -1;
            Fixtures.Expected match = c.expected().stream().filter(e -> e.file().equals(f.file()) && e.line() == f.range().startLine()
                    && e.startColumn() == f.range().startColumn()).findFirst().orElse(null);
            if (end == -1 && match != null) end = match.endColumn();
            got.add(f.file() + ":" + (f.range().startLine() + 1) + ":" + f.range().startColumn() + "-" + end + " " + f.rule());
        }
        expected.sort(Comparator.naturalOrder());
        got.sort(Comparator.naturalOrder());
        if (!expected.equals(got)) fail("findings differ in " + c.name() + "\nexpected:\n  " + String.join("\n  ", expected) + "\nactual:\n  "
                + String.join("\n  ", got) + "\n\n" + render(c, actual));
        for (Fixtures.Expected e : c.expected()) {
            if (e.message() == null) continue;
            Finding f = actual.stream().filter(a -> a.file().equals(e.file()) && a.range().startLine() == e.line() && a.range().startColumn() == e.startColumn())
                    .findFirst().orElseThrow();
            assertTrue(f.message().contains(e.message()), "message of " + e + " was: " + f.message());
        }
    }

    /** The case's files with the actual findings drawn as markers, to paste into the fixture when they are right. */
    private static String render(Fixtures.Case c, List<Finding> actual) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> file : c.files().entrySet()) {
            b.append("=== ").append(file.getKey()).append('\n');
            List<String> lines = file.getValue().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (Fixtures.isMarker(lines.get(i))) continue;
                b.append(lines.get(i)).append('\n');
                for (Finding f : actual) {
                    if (!f.file().equals(file.getKey()) || f.range().startLine() != i) continue;
                    int start = f.range().startColumn();
                    int end = f.range().endLine() == i ? f.range().endColumn() : lines.get(i).length();
                    String prefix = file.getKey().endsWith(".prisma") ? "//" : "--";
                    String marker = start >= prefix.length() ? prefix + " ".repeat(start - prefix.length()) + "^".repeat(Math.max(1, end - start))
                            : prefix + " ^" + start + "-" + end;
                    b.append(marker).append(' ').append(f.rule()).append("   (").append(f.message()).append(")\n");
                }
            }
        }
        return b.toString();
    }

    private static void writeFixed(Fixtures.Case c, Map<String, String> after) throws IOException {
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (e.getValue().equals(c.files().get(e.getKey()))) continue;
            Path source = Files.isDirectory(c.location()) ? c.location().resolve(e.getKey()) : c.location();
            Files.writeString(Fixtures.fixedPath(source), e.getValue());
        }
    }
}
