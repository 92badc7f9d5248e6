package dev.schemawise.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Editor requests as data. Each folder under {@code src/test/resources/lsp/} is a workspace; its schema files
 * carry expectations in comment lines with a caret under a position of the line above (marker lines do not
 * count as "the line above"):
 *
 * <pre>
 *   author_id bigint REFERENCES users (id)
 * --                          ^ definition: users.sql:1:14
 * --                          ^ hover: **table** `users`
 * </pre>
 *
 * <ul>
 *   <li>{@code hover: TEXT} — the hover's markdown contains TEXT; {@code hover: none} — no hover.</li>
 *   <li>{@code definition: FILE:LINE:COL} — a definition starts there (1-based); {@code definition: none}.</li>
 *   <li>{@code references: FILE:LINE:COL, ...} — exactly these references, declaration included.</li>
 *   <li>{@code highlights: N} — N highlights in the document.</li>
 *   <li>{@code complete: A, B} — the completion list has these labels; {@code complete-not: X, Y} — and not these.</li>
 *   <li>{@code rename NEW: FILE:LINE:COL, ...} — renaming to NEW edits exactly these places.</li>
 * </ul>
 *
 * Every file of the folder is opened; requests go through a real JSON-RPC connection.
 */
class LspScenarioTest {

    private static final Path ROOT = Path.of("src/test/resources/lsp");
    private static final Pattern MARKER = Pattern.compile("^(\\s*(?:--|//)\\s*)\\^\\s+([a-z-]+)(?:\\s+([^:]+?))?:\\s?(.*)$");

    record Expectation(String file, int markerLine, Position at, String request, String argument, String expected) {}

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                nodes.add(DynamicContainer.dynamicContainer(dir.getFileName().toString(), scenario(dir)));
            }
        }
        return nodes.stream();
    }

    private Stream<DynamicNode> scenario(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".sql") || p.toString().endsWith(".prisma")).sorted().toList();
        }
        List<Expectation> expectations = new ArrayList<>();
        for (Path f : files) expectations.addAll(expectations(dir, f));
        if (expectations.isEmpty()) fail(dir + " has no expectations");
        // One server for the folder: the tests share it and run in order.
        LspSession[] session = new LspSession[1];
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("open", () -> {
            session[0] = new LspSession(dir.toAbsolutePath());
            session[0].initialize();
            for (Path f : files) {
                String uri = session[0].open(dir.relativize(f).toString().replace('\\', '/'));
                session[0].diagnostics(uri);
            }
        }));
        for (Expectation e : expectations) {
            tests.add(DynamicTest.dynamicTest(e.file() + ":" + (e.markerLine() + 1) + " " + e.request() + " " + e.expected(), () -> {
                assertNotNull(session[0], "the workspace did not open");
                check(session[0], e);
            }));
        }
        tests.add(DynamicTest.dynamicTest("close", () -> {
            if (session[0] != null) session[0].close();
        }));
        return tests.stream().map(t -> (DynamicNode) t);
    }

    static List<Expectation> expectations(Path dir, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Expectation> out = new ArrayList<>();
        int target = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (!m.matches()) {
                target = i;
                continue;
            }
            if (target < 0) fail(file + ":" + (i + 1) + ": a marker needs a line above it");
            String rel = dir.relativize(file).toString().replace('\\', '/');
            out.add(new Expectation(rel, i, new Position(target, m.group(1).length()), m.group(2), m.group(3), m.group(4).strip()));
        }
        return out;
    }

    private static void check(LspSession s, Expectation e) throws Exception {
        var doc = new TextDocumentIdentifier(s.uri(e.file()));
        var text = s.server.getTextDocumentService();
        switch (e.request()) {
            case "hover" -> {
                Hover h = LspSession.get(text.hover(new HoverParams(doc, e.at())));
                if (e.expected().equals("none")) {
                    assertNull(h, () -> "expected no hover, got " + h.getContents().getRight().getValue());
                } else {
                    assertNotNull(h, "no hover");
                    String md = h.getContents().getRight().getValue();
                    assertTrue(md.contains(e.expected()), () -> "hover does not contain '" + e.expected() + "':\n" + md);
                }
            }
            case "definition" -> {
                var result = LspSession.get(text.definition(new DefinitionParams(doc, e.at())));
                List<String> got = places(s, result.getLeft());
                if (e.expected().equals("none")) assertEquals(List.of(), got);
                else assertTrue(got.contains(e.expected()), () -> "definition " + got + " does not include " + e.expected());
            }
            case "references" -> {
                var result = LspSession.get(text.references(new ReferenceParams(doc, e.at(), new ReferenceContext(true))));
                assertEquals(new TreeSet<>(list(e.expected())), new TreeSet<>(places(s, result)), () -> "references: " + result);
            }
            case "highlights" -> {
                var result = LspSession.get(text.documentHighlight(new DocumentHighlightParams(doc, e.at())));
                assertEquals(Integer.parseInt(e.expected()), result.size(), () -> "highlights: " + result);
            }
            case "complete", "complete-not" -> {
                var result = LspSession.get(text.completion(new CompletionParams(doc, e.at())));
                List<String> labels = result.getRight().getItems().stream().map(i -> i.getLabel()).toList();
                for (String want : list(e.expected())) {
                    if (e.request().equals("complete")) assertTrue(labels.contains(want), () -> "completion lacks " + want + ": " + labels);
                    else assertTrue(!labels.contains(want), () -> "completion offers " + want + ": " + labels);
                }
            }
            case "rename" -> {
                WorkspaceEdit edit = LspSession.get(text.rename(new RenameParams(doc, e.at(), e.argument())));
                List<String> got = new ArrayList<>();
                for (var change : edit.getDocumentChanges()) {
                    var d = change.getLeft();
                    for (var t : d.getEdits()) {
                        TextEdit te = t.getLeft();
                        got.add(place(s, d.getTextDocument().getUri(), te.getRange().getStart()));
                    }
                }
                assertEquals(new TreeSet<>(list(e.expected())), new TreeSet<>(got));
            }
            default -> fail("unknown request '" + e.request() + "' in " + e.file() + ":" + (e.markerLine() + 1));
        }
    }

    private static List<String> list(String csv) {
        List<String> out = new ArrayList<>();
        for (String s : csv.split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static List<String> places(LspSession s, List<? extends Location> locations) {
        List<String> out = new ArrayList<>();
        for (Location l : locations) out.add(place(s, l.getUri(), l.getRange().getStart()));
        return out;
    }

    private static String place(LspSession s, String uri, Position p) {
        String rel = s.root.toUri().relativize(java.net.URI.create(uri)).toString();
        return rel + ":" + (p.getLine() + 1) + ":" + (p.getCharacter() + 1);
    }
}
