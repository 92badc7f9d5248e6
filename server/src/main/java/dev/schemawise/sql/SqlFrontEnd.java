package dev.schemawise.sql;

import dev.schemawise.grammar.SqlLexer;
import dev.schemawise.grammar.SqlParser;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Occurrence;
import dev.schemawise.model.SyntaxError;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.Comment;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.OffsetMap;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Reads a SQL file into statements. The file is lexed once, split into statements at semicolons, psql
 * meta-commands and MySQL delimiters, and each statement is parsed on its own: first with SLL prediction
 * and bail-out (fast, and enough for nearly every statement), then, only if that fails, with full LL and
 * error recovery, keeping the first error and the partial tree. So one broken statement gives exactly one
 * syntax error and never hides the statements after it, and half-typed input still yields what it can.
 *
 * <p>Never throws on any input; does no I/O.
 */
public final class SqlFrontEnd {
    private SqlFrontEnd() {}

    public static SqlParseResult parse(String file, String text, Dialect dialect) {
        return new Run(file, text, dialect).read(PARALLEL_STATEMENTS);
    }

    /** For tests: parse in parts from this many statements on (Integer.MAX_VALUE: never). */
    static SqlParseResult parse(String file, String text, Dialect dialect, int parallelStatements) {
        return new Run(file, text, dialect).read(parallelStatements);
    }

    /**
     * Reads a new version of a file, reusing what was read from the old version where the text did not change:
     * the statements before the edit as they are, and the statements after it moved down the file, once lexing
     * the new text reaches a statement end that was one in the old text too (from there on both texts lex the same).
     * The result equals {@link #parse} of the new text; only the statements the edit touched are parsed again.
     */
    public static SqlParseResult reparse(SqlParseResult previous, String previousText, String file, String text, Dialect dialect) {
        if (previous == null || previous.dialect() != dialect || !previous.file().equals(file) || !Incremental.applies(previousText, text, dialect)) {
            return parse(file, text, dialect);
        }
        Incremental.Plan plan = Incremental.plan(previous, previousText, text);
        if (plan == null) return parse(file, text, dialect);
        LineIndex lines = previous.lines().text().equals(previousText) ? previous.lines().edited(text, plan.prefix(), plan.suffix()) : new LineIndex(text);
        return new Run(file, text, dialect, lines).reread(previous, previousText, plan);
    }

    /** Files with at least this many statements are parsed in parts on several cores. */
    static final int PARALLEL_STATEMENTS = 2_000;

    private static final class Run {
        final String file;
        final String text;
        final Dialect dialect;
        final LineIndex lines;
        final OffsetMap offsets;
        final CharStream chars;
        final List<Statement> statements = new ArrayList<>();
        final List<SyntaxError> errors = new ArrayList<>();
        final List<Comment> comments = new ArrayList<>();
        final SqlParser parser;
        final FirstError firstError = new FirstError();
        final SqlStatementReader reader;

        Run(String file, String text, Dialect dialect) {
            this(file, text, dialect, new LineIndex(text));
        }

        Run(String file, String text, Dialect dialect, LineIndex lines) {
            this(file, text, dialect, lines, OffsetMap.of(text));
        }

        /** A worker for one part of the statements of {@code whole}: the same text, its own parser, reader and lists. */
        Run(Run whole) {
            this(whole.file, whole.text, whole.dialect, whole.lines, whole.offsets);
        }

        private Run(String file, String text, Dialect dialect, LineIndex lines, OffsetMap offsets) {
            this.file = file;
            this.text = text;
            this.dialect = dialect;
            this.lines = lines;
            this.offsets = offsets;
            this.chars = offsets.isIdentity() ? new StringCharStream(text) : CharStreams.fromString(text);
            this.parser = new SqlParser(null);
            parser.removeErrorListeners();
            this.reader = new SqlStatementReader(file, text, dialect, this::span);
        }

        Span span(int codePointStart, int codePointEndExclusive) {
            return lines.span(offsets.utf16(codePointStart), offsets.utf16(codePointEndExclusive));
        }

        Span span(Token t) {
            return span(t.getStartIndex(), t.getStopIndex() + 1);
        }

        SqlParseResult read(int parallelStatements) {
            List<Token> tokens = lex(0, Integer.MAX_VALUE);
            // The statements in order; a psql meta-command or DELIMITER line is a list of its one token.
            List<List<Token>> units = new ArrayList<>();
            List<Token> current = new ArrayList<>();
            for (Token t : tokens) {
                if (isMetaCommand(t)) {
                    units.add(current);
                    units.add(List.of(t));
                    current = new ArrayList<>();
                    continue;
                }
                current.add(t);
                if (t.getType() == SqlLexer.SEMI) {
                    units.add(current);
                    current = new ArrayList<>();
                }
            }
            units.add(current);
            List<Occurrence> occurrences;
            int workers = Math.min(4, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
            if (units.size() < parallelStatements || workers < 2) {
                read(units);
                occurrences = reader.occurrences();
            } else {
                // A large file (a dump) parses on every core, in contiguous parts merged in order: the result is the
                // same as reading it in one go (SqlFrontEndTest compares them on the corpus).
                List<Run> parts = new ArrayList<>();
                for (int i = 0; i < workers; i++) parts.add(new Run(this));
                java.util.stream.IntStream.range(0, workers).parallel().forEach(i ->
                        parts.get(i).read(units.subList(units.size() * i / workers, units.size() * (i + 1) / workers)));
                occurrences = new ArrayList<>();
                for (Run part : parts) {
                    statements.addAll(part.statements);
                    errors.addAll(part.errors);
                    comments.addAll(part.comments);
                    occurrences.addAll(part.reader.occurrences());
                }
            }
            comments.sort(java.util.Comparator.comparingInt(c -> c.range().start()));
            return new SqlParseResult(file, dialect, statements, errors, comments, occurrences, lines);
        }

        /** Reads statements (and meta-command lines) in order into this run's lists. */
        private void read(List<List<Token>> units) {
            for (List<Token> unit : units) {
                if (unit.size() == 1 && isMetaCommand(unit.get(0))) {
                    metaCommand(unit.get(0));
                } else {
                    statement(unit);
                }
            }
        }

        /** A psql meta-command or MySQL DELIMITER line ends the statement before it and is an opaque statement of its own. */
        private static boolean isMetaCommand(Token t) {
            return t.getType() == SqlLexer.PSQL_META || t.getType() == SqlLexer.DELIMITER_COMMAND;
        }

        private void metaCommand(Token t) {
            String head = t.getType() == SqlLexer.PSQL_META ? t.getText().split("\\s+", 2)[0] : "DELIMITER";
            statements.add(new Opaque(head, span(t)));
        }

        /** See {@link SqlFrontEnd#reparse}. */
        SqlParseResult reread(SqlParseResult old, String oldText, Incremental.Plan plan) {
            // Before the edit: kept as they are.
            for (Statement st : old.statements()) if (st.range().end() <= plan.cut()) statements.add(st);
            // An empty error at the cut itself (end of input where the next statement was to start) is about what follows.
            for (SyntaxError e : old.errors()) if (e.range().end() <= plan.cut() && e.range().start() < plan.cut()) errors.add(e);
            for (Comment c : old.comments()) if (c.range().end() <= plan.cut()) comments.add(c);
            List<dev.schemawise.model.Occurrence> before = new ArrayList<>();
            for (var o : old.occurrences()) if (o.range().end() <= plan.cut()) before.add(o);
            // The edited part: lexed and parsed until a statement end both versions share.
            SqlLexer lexer = new SqlLexer(chars);
            lexer.configure(dialect == Dialect.MYSQL, dialect == Dialect.SQLITE);
            lexer.removeErrorListeners();
            chars.seek(plan.cut()); // no supplementary characters here (Incremental.applies), so code points are UTF-16 indices
            List<Token> current = new ArrayList<>();
            int resume = -1;
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                if (t.getChannel() == Token.HIDDEN_CHANNEL) {
                    comments.add(new Comment(span(t), t.getText()));
                    continue;
                }
                if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
                if (isMetaCommand(t)) {
                    statementKeepingPosition(current);
                    current.clear();
                    metaCommand(t);
                    continue;
                }
                current.add(t);
                if (t.getType() == SqlLexer.SEMI) {
                    statementKeepingPosition(current);
                    current.clear();
                    int end = t.getStopIndex() + 1;
                    if (plan.canResumeAt(end, lines, old.lines())) {
                        resume = end;
                        break;
                    }
                }
            }
            if (resume < 0) {
                statement(current);
            }
            List<dev.schemawise.model.Occurrence> occurrences = new ArrayList<>(before);
            occurrences.addAll(reader.occurrences());
            if (resume >= 0) {
                // After the edit: the old results, moved by the edit's length and lines.
                int oldResume = resume - plan.delta();
                dev.schemawise.text.Shifter shift = new dev.schemawise.text.Shifter(plan.delta(), lines.line(resume) - old.lines().line(oldResume));
                for (Statement st : old.statements()) if (st.range().start() >= oldResume) statements.add(shift.shift(st));
                for (SyntaxError e : old.errors()) if (e.range().start() >= oldResume) errors.add(new SyntaxError(shift.span(e.range()), e.message()));
                for (Comment c : old.comments()) if (c.range().start() >= oldResume) comments.add(shift.shift(c));
                for (var o : old.occurrences()) {
                    if (o.range().start() >= oldResume) {
                        occurrences.add(new dev.schemawise.model.Occurrence(o.kind(), o.table(), o.name(), shift.span(o.range()), o.declaration()));
                    }
                }
            }
            comments.sort(java.util.Comparator.comparingInt(c -> c.range().start()));
            return new SqlParseResult(file, dialect, statements, errors, comments, occurrences, lines);
        }

        /** Reads a statement while lexing is under way: DO bodies and delimited blocks are lexed again, which moves the stream. */
        private void statementKeepingPosition(List<Token> tokens) {
            int position = chars.index();
            statement(tokens);
            chars.seek(position);
        }

        /** The default-channel tokens starting in [from, to) (code points); comments are collected on the way. */
        List<Token> lex(int from, int to) {
            SqlLexer lexer = new SqlLexer(chars);
            lexer.configure(dialect == Dialect.MYSQL, dialect == Dialect.SQLITE);
            lexer.removeErrorListeners();
            chars.seek(from);
            List<Token> out = new ArrayList<>(Math.max(16, text.length() / 6));
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF && t.getStartIndex() < to; t = lexer.nextToken()) {
                if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                    out.add(t);
                } else if (t.getChannel() == Token.HIDDEN_CHANNEL) {
                    comments.add(new Comment(span(t), t.getText()));
                }
            }
            return out;
        }

        void statement(List<Token> tokens) {
            if (tokens.isEmpty() || (tokens.size() == 1 && tokens.get(0).getType() == SqlLexer.SEMI)) return;
            Token first = tokens.get(0);
            Token last = tokens.get(tokens.size() - 1);
            Span range = span(first.getStartIndex(), last.getStopIndex() + 1);
            if (first.getType() == SqlLexer.DELIMITED_STATEMENT) {
                delimited(first, range);
                return;
            }
            SyntaxError lexical = lexicalError(tokens);
            if (lexical == null && first.getType() != SqlLexer.CREATE && tokens.size() >= 2 && first.getText().equalsIgnoreCase("DO")) {
                doBlock(tokens, range);
                return;
            }
            int depth = TwoStageParse.nesting(tokens, type -> type == SqlLexer.LPAREN, type -> type == SqlLexer.RPAREN);
            if (depth > TwoStageParse.MAX_NESTING) {
                // The parser descends once per level: a statement nested this deep would exhaust the thread's stack.
                statements.add(new Opaque("UNREADABLE", range));
                errors.add(lexical != null ? lexical : new SyntaxError(span(first), "this statement nests parentheses " + depth
                        + " levels deep; schemawise reads statements nested up to " + TwoStageParse.MAX_NESTING + " levels and skips this one"));
                return;
            }
            SqlParser.SingleStatementContext tree;
            try {
                tree = parse(tokens);
            } catch (StackOverflowError e) {
                statements.add(new Opaque("UNREADABLE", range));
                errors.add(lexical != null ? lexical : new SyntaxError(span(first), "this statement is nested too deeply for schemawise to read; it is skipped"));
                return;
            }
            SyntaxError syntax = lexical != null ? lexical : firstError.error;
            try {
                List<Statement> read = reader.read(tree.statement(), range);
                statements.addAll(read);
                if (syntax == null && read.size() == 1 && read.get(0) instanceof Opaque opaque) {
                    syntax = StatementHeads.check(tokens, opaque, this::span);
                }
            } catch (RuntimeException | StackOverflowError e) {
                // A bug in the reader must not take the file down: keep the statement's range, say what happened.
                statements.add(new Opaque("UNREADABLE", range));
                if (syntax == null) {
                    syntax = new SyntaxError(span(first), "schemawise could not read this statement (internal error: " + e + ")");
                }
            }
            if (syntax != null) errors.add(syntax);
        }

        SqlParser.SingleStatementContext parse(List<Token> tokens) {
            firstError.reset();
            return TwoStageParse.parse(parser, tokens, SqlParser::singleStatement, new DefaultErrorStrategy(), firstError);
        }

        SyntaxError lexicalError(List<Token> tokens) {
            for (Token t : tokens) {
                String message = switch (t.getType()) {
                    case SqlLexer.UNTERMINATED_STRING -> "unterminated string literal: a closing ' is missing";
                    case SqlLexer.UNTERMINATED_QUOTED_IDENTIFIER -> "unterminated quoted identifier: a closing \" is missing";
                    case SqlLexer.UNTERMINATED_BACKTICK_IDENTIFIER -> "unterminated quoted identifier: a closing ` is missing";
                    case SqlLexer.UNTERMINATED_DOLLAR_STRING -> "unterminated dollar-quoted string: the closing tag is missing";
                    case SqlLexer.UNTERMINATED_BLOCK_COMMENT -> "unterminated comment: a closing */ is missing";
                    default -> null;
                };
                if (message != null) {
                    Span whole = span(t);
                    // Point at the opening quote only: the rest of the file is not the problem.
                    Span opening = lines.span(whole.start(), Math.min(whole.end(), whole.start() + (t.getType() == SqlLexer.UNTERMINATED_BLOCK_COMMENT ? 2 : 1)));
                    return new SyntaxError(opening, message);
                }
            }
            return null;
        }

        /**
         * A PostgreSQL DO block runs at once, so the DDL inside it shapes the schema: Prisma and Drizzle migrations
         * wrap CREATE TYPE in DO blocks to make them idempotent, and data migrations add columns in them. Statements
         * of the body that start with a modelled head after BEGIN/THEN/ELSE/LOOP (or at a statement start) and parse
         * cleanly are added after the DO statement itself; nothing inside the body is reported as a syntax error.
         */
        void doBlock(List<Token> tokens, Span range) {
            statements.add(new Opaque("DO", range));
            for (Token t : tokens) {
                if (t.getType() != SqlLexer.DOLLAR_STRING) continue;
                String text = t.getText();
                int open = text.indexOf('$', 1) + 1;
                int bodyStart = t.getStartIndex() + text.codePointCount(0, open);
                int bodyEnd = t.getStopIndex() + 1 - text.codePointCount(text.length() - open, text.length());
                if (bodyEnd <= bodyStart) continue;
                List<Token> body = lex(bodyStart, bodyEnd);
                List<Token> chunk = new ArrayList<>();
                for (Token b : body) {
                    if (b.getStopIndex() >= bodyEnd) break;
                    chunk.add(b);
                    if (b.getType() == SqlLexer.SEMI) {
                        embedded(chunk);
                        chunk.clear();
                    }
                }
                embedded(chunk);
            }
        }

        private void embedded(List<Token> chunk) {
            for (int i = 0; i < chunk.size(); i++) {
                int type = chunk.get(i).getType();
                boolean head = type == SqlLexer.CREATE || type == SqlLexer.ALTER || type == SqlLexer.DROP || type == SqlLexer.COMMENT;
                if (!head) continue;
                String previous = i == 0 ? "" : chunk.get(i - 1).getText().toUpperCase(java.util.Locale.ROOT);
                if (i > 0 && !previous.equals("BEGIN") && !previous.equals("THEN") && !previous.equals("ELSE") && !previous.equals("LOOP")) continue;
                List<Token> statementTokens = new ArrayList<>(chunk.subList(i, chunk.size()));
                if (!StatementHeads.isModelled(statementTokens)) return;
                SqlParser.SingleStatementContext tree = parse(statementTokens);
                if (firstError.error != null) return;
                Token last = statementTokens.get(statementTokens.size() - 1);
                try {
                    statements.addAll(reader.read(tree.statement(), span(statementTokens.get(0).getStartIndex(), last.getStopIndex() + 1)));
                } catch (RuntimeException e) {
                    // a statement inside a DO body that cannot be modelled is simply left out
                }
                return;
            }
        }

        /** A statement between custom MySQL delimiters: modelled statements are read, anything else stays opaque. */
        void delimited(Token block, Span range) {
            List<Token> inner = lex(block.getStartIndex(), block.getStopIndex() + 1);
            String head = inner.isEmpty() ? "" : inner.get(0).getText();
            boolean modelled = inner.size() > 1 && StatementHeads.isModelled(inner);
            if (modelled) {
                statement(inner);
            } else {
                statements.add(new Opaque(head.isEmpty() ? "DELIMITED" : StatementHeads.kind(inner), range));
            }
        }

        /** Keeps the first error ANTLR reports for a statement, with a readable message and the offending token's range. */
        final class FirstError extends BaseErrorListener {
            SyntaxError error;

            void reset() {
                error = null;
            }

            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg, RecognitionException e) {
                if (error != null) return;
                Token offending = offendingSymbol instanceof Token t ? t : null;
                Span at;
                if (offending == null || offending.getType() == Token.EOF) {
                    int end = TwoStageParse.endOfPrevious((Parser) recognizer, offending);
                    at = span(end, end);
                } else {
                    at = span(offending);
                }
                IntervalSet expected = TwoStageParse.expected((Parser) recognizer, e);
                String context = StatementHeads.context(((Parser) recognizer).getRuleContext());
                error = new SyntaxError(at, SyntaxMessages.unexpected(offending, expected, SqlParser.VOCABULARY, StatementHeads.NAME_TOKENS, context));
            }
        }
    }
}
