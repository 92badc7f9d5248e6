package dev.schemawise.fuzz;

import dev.schemawise.config.Config;
import dev.schemawise.doc.ArchitectureDoc;
import dev.schemawise.doc.Erd;
import dev.schemawise.ide.SchemaLanguageService;
import dev.schemawise.ide.Snapshot;
import dev.schemawise.model.Dialect;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.rules.Finding;
import dev.schemawise.rules.FixApplier;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every fuzz target runs on its files: the whole analysis (every rule with the default configuration, the
 * query facts, the fixes), the architecture document and the diagrams, and the editor features at a few offsets.
 * Whatever the input, nothing may throw, no rule may fail (a rule that throws is caught by the analyzer and
 * reported as an internal error, which is a failure here), and every finding must point inside its file.
 */
final class FuzzHarness {
    private FuzzHarness() {}

    static void run(List<SourceFile> files, Dialect dialect, int[] offsets) {
        Workspace w = Workspace.build(files, new Workspace.Settings(dialect), new ParseCache());
        Analyzer.Result result = Analyzer.analyze(w, f -> Config.DEFAULT);
        if (!result.internalErrors().isEmpty()) throw new AssertionError("rule failed: " + result.internalErrors());

        Map<String, String> texts = new HashMap<>();
        for (SourceFile f : files) texts.put(f.path(), f.text());
        for (Finding finding : result.findings()) {
            String text = texts.get(finding.file());
            Span r = finding.range();
            if (text != null && (r.start() < 0 || r.start() > r.end() || r.end() > text.length())) {
                throw new AssertionError(finding.rule() + " points outside " + finding.file() + ": " + r + " in " + text.length() + " chars");
            }
        }
        for (Finding finding : result.findings()) {
            finding.fixes().size(); // fixes worked out on demand are asked for here
            if (finding.fixFailure() != null) throw new AssertionError("the fixes of " + finding.rule() + " failed: " + finding.fixFailure());
        }
        FixApplier.apply(texts, FixApplier.safeFixes(result.findings()));

        for (SchemaUnit u : w.units()) {
            ArchitectureDoc.generate(new ArchitectureDoc.Input(u, w.units(), result.findings(), List.of(), null, 10));
            Erd.mermaid(u.schema(), Erd.drawable(u.schema()));
            Erd.dot(u.schema(), Erd.drawable(u.schema()));
        }

        Snapshot snapshot = new Snapshot(1, w, result.findings(), Map.of(), f -> Config.DEFAULT, Map.of(), List.of());
        for (SourceFile f : files) {
            String file = f.path();
            SchemaLanguageService.documentSymbols(snapshot, file);
            SchemaLanguageService.folding(snapshot, file);
            SchemaLanguageService.fixAll(snapshot, file);
            int length = f.text().length();
            for (int raw : offsets) {
                int offset = length == 0 ? 0 : Math.floorMod(raw, length + 1);
                SchemaLanguageService.hover(snapshot, file, offset);
                SchemaLanguageService.completion(snapshot, file, f.text(), offset);
                SchemaLanguageService.definition(snapshot, file, offset);
                SchemaLanguageService.references(snapshot, file, offset, true);
                SchemaLanguageService.highlights(snapshot, file, offset);
                if (SchemaLanguageService.prepareRename(snapshot, file, offset) != null) {
                    SchemaLanguageService.rename(snapshot, file, offset, "renamed_x", false);
                }
                Span at = new Span(offset, offset, 0, 0, 0, 0);
                SchemaLanguageService.codeActions(snapshot, file, at, false);
            }
        }
        SchemaLanguageService.workspaceSymbols(snapshot, "");
    }

    static SourceFile file(String path, String text) {
        return new SourceFile(path, Path.of("/fuzz").resolve(path), text);
    }
}
