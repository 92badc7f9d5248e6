package dev.schemawise.grammar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Parses files with the whole-file entry rules and collects syntax errors (shared by the grammar tests). */
final class GrammarHarness {
    private GrammarHarness() {}

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("corpus/SOURCES.md"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("corpus/ not found above " + Path.of("").toAbsolutePath());
        return p;
    }

    static List<Path> files(String folder, String suffix) throws Exception {
        try (Stream<Path> s = Files.walk(repoRoot().resolve(folder))) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static final class Errors extends BaseErrorListener {
        final List<String> messages = new ArrayList<>();
        @Override
        public void syntaxError(Recognizer<?, ?> r, Object offending, int line, int col, String msg, RecognitionException e) {
            messages.add(line + ":" + col + " " + msg);
        }
    }

    static List<String> parseSql(String text, boolean mysql, boolean sqlite) {
        Errors errors = new Errors();
        SqlLexer lexer = new SqlLexer(CharStreams.fromString(text));
        lexer.configure(mysql, sqlite);
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        SqlParser parser = new SqlParser(new CommonTokenStream(lexer));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.script();
        return errors.messages;
    }

    static List<String> parsePrisma(String text) {
        Errors errors = new Errors();
        PrismaLexer lexer = new PrismaLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        PrismaParser parser = new PrismaParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.schema();
        return errors.messages;
    }
}
