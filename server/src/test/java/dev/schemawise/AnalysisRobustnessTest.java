package dev.schemawise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemawise.config.Config;
import dev.schemawise.doc.ArchitectureDoc;
import dev.schemawise.doc.Erd;
import dev.schemawise.rules.Analyzer;
import dev.schemawise.workspace.ParseCache;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.SourceFile;
import dev.schemawise.workspace.Workspace;
import dev.schemawise.workspace.WorkspaceScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole analysis on broken input: every rule, the query facts, the architecture document and the diagrams run on
 * the examples with random characters flipped in one file at a time (and on the file cut short), and no rule fails
 * (a rule that throws is reported as an internal error, which this test does not accept).
 */
class AnalysisRobustnessTest {

    private static final int MUTANTS = 12;

    @TestFactory
    Stream<DynamicTest> everyRuleSurvivesBrokenExamples() {
        var root = TestFiles.repoRoot();
        List<SourceFile> examples = WorkspaceScanner.scan(List.of(root.resolve("examples")), root, WorkspaceScanner.Options.DEFAULT).files();
        return examples.stream().map(target -> DynamicTest.dynamicTest(target.path(), () -> {
            Random random = new Random(target.path().hashCode());
            for (int i = 0; i < MUTANTS; i++) {
                String text = i == 0 ? target.text().substring(0, target.text().length() / 2) : RobustnessTest.mutate(target.text(), random);
                List<SourceFile> files = new ArrayList<>();
                for (SourceFile f : examples) files.add(f == target ? new SourceFile(f.path(), f.location(), text) : f);
                Workspace w = Workspace.build(files, Workspace.Settings.DEFAULT, new ParseCache());
                Analyzer.Result result = Analyzer.analyze(w, p -> Config.DEFAULT);
                assertEquals(List.of(), result.internalErrors(), target.path() + " mutant " + i + ":\n" + text);
                for (SchemaUnit u : w.units()) {
                    ArchitectureDoc.generate(new ArchitectureDoc.Input(u, w.units(), result.findings(), List.of(), null, 10));
                    Erd.dot(u.schema(), Erd.drawable(u.schema()));
                }
            }
        }));
    }

    /** The corpus schemas (real dumps and a large Prisma schema), a few mutants each. */
    @TestFactory
    Stream<DynamicTest> everyRuleSurvivesBrokenCorpusSchemas() {
        List<java.nio.file.Path> files = new ArrayList<>(TestFiles.files(TestFiles.corpus("sql"), ".sql"));
        files.add(TestFiles.corpus("prisma/trigger.dev.schema.prisma"));
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String original = TestFiles.read(p);
            Random random = new Random(p.getFileName().toString().hashCode());
            for (int i = 0; i < 3; i++) {
                String text = RobustnessTest.mutate(original, random);
                Workspace w = Workspace.build(List.of(new SourceFile(p.getFileName().toString(), p, text)), Workspace.Settings.DEFAULT, new ParseCache());
                Analyzer.Result result = Analyzer.analyze(w, f -> Config.DEFAULT);
                assertEquals(List.of(), result.internalErrors(), p + " mutant " + i);
                for (SchemaUnit u : w.units()) ArchitectureDoc.generate(new ArchitectureDoc.Input(u, w.units(), result.findings(), List.of(), null, 10));
            }
        }));
    }
}
