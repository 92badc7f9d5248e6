package dev.schemawise.prisma;

import dev.schemawise.grammar.PrismaLexer;
import dev.schemawise.grammar.PrismaParser;
import dev.schemawise.grammar.PrismaParser.*;
import dev.schemawise.model.SyntaxError;
import dev.schemawise.prisma.PrismaAst.Argument;
import dev.schemawise.prisma.PrismaAst.ArrayValue;
import dev.schemawise.prisma.PrismaAst.Attribute;
import dev.schemawise.prisma.PrismaAst.Block;
import dev.schemawise.prisma.PrismaAst.BlockKind;
import dev.schemawise.prisma.PrismaAst.Call;
import dev.schemawise.prisma.PrismaAst.Expression;
import dev.schemawise.prisma.PrismaAst.Field;
import dev.schemawise.prisma.PrismaAst.FieldType;
import dev.schemawise.prisma.PrismaAst.NumberValue;
import dev.schemawise.prisma.PrismaAst.Path;
import dev.schemawise.prisma.PrismaAst.Property;
import dev.schemawise.prisma.PrismaAst.StringValue;
import dev.schemawise.sql.StringCharStream;
import dev.schemawise.sql.SyntaxMessages;
import dev.schemawise.sql.TwoStageParse;
import dev.schemawise.text.Comment;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.OffsetMap;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Reads a Prisma schema file. The file is lexed once and split at block headers ("model User {"), and
 * each block is parsed on its own (SLL first, LL with recovery only on failure), so an unclosed or broken
 * block never hides the next one; inside a block, recovery resumes at the next line, with at most one
 * error per line. Never throws; does no I/O.
 */
public final class PrismaFrontEnd {
    private PrismaFrontEnd() {}

    private static final IntervalSet NAME_TOKENS;

    static {
        ATN atn = PrismaParser._ATN;
        NAME_TOKENS = atn.nextTokens(atn.ruleToStartState[PrismaParser.RULE_identifier]);
    }

    public static PrismaParseResult parse(String file, String text) {
        return new Run(file, text, null, false).read();
    }

    /**
     * What one read of a file learnt, for the next read of the same file. An edit is read again from the header of
     * the block it touched up to the first block header after it whose text (and position on its line) did not
     * change: the blocks before are kept as they are and those after are moved, without lexing them again. When
     * that cannot be done (see {@link Run#readEdit}) each block's AST and errors are found by the block's text
     * (with the doc comments inside it), so only the blocks an edit touched are parsed again.
     */
    public static final class Reuse {
        private record Cached(Block block, List<SyntaxError> errors, int start, int line, int column) {}

        /** One slice of the token stream (a block, or the tokens before the first block): what it became and where. */
        private record Slice(Block block, List<SyntaxError> errors, int start, int line, int column, boolean header, boolean braceHeader, String headDoc,
                             int headerEnd) {}

        private Map<String, Cached> byText = new HashMap<>();
        private String text;
        private LineIndex lines;
        private final List<Slice> slices = new ArrayList<>();
        private List<Comment> comments = List.of();
        /** Whether the text had no surrogates (code points are UTF-16 indices) and no lone '/' (an unclosed comment). */
        private boolean editable;
    }

    public record Parsed(PrismaParseResult result, Reuse reuse) {}

    /** Like {@link #parse}, reusing what an earlier read of the same file learnt (see {@link Reuse}). */
    public static Parsed parseReusing(String file, String text, Reuse previous) {
        Run run = new Run(file, text, previous, true);
        PrismaParseResult result = run.readEdit();
        if (result == null) {
            run = new Run(file, text, previous, true);
            result = run.read();
        }
        return new Parsed(result, run.next);
    }

    private static final class Run {
        final String file;
        final String text;
        LineIndex lines;
        OffsetMap offsets;
        boolean byTextReuse;
        boolean loneSlash;
        /** The doc comments not yet attached to a token. */
        final List<String> pendingDoc = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        final List<SyntaxError> errors = new ArrayList<>();
        final List<Comment> comments = new ArrayList<>();
        final Map<Integer, String> docs = new HashMap<>();
        final PrismaParser parser = new PrismaParser(null);
        final Errors listener = new Errors();
        final Reuse previous;
        /** Whether a later read will be given what this one learnt (not for a one-off {@link #parse}). */
        final boolean forNextRead;
        final Reuse next = new Reuse();

        Run(String file, String text, Reuse previous, boolean forNextRead) {
            this.file = file;
            this.text = text;
            this.previous = previous;
            this.forNextRead = forNextRead;
        }

        /** The index and offsets of a full read; positions of reused blocks move by UTF-16 offsets, so only without surrogates. */
        private void index() {
            this.lines = new LineIndex(text);
            this.offsets = OffsetMap.of(text);
            this.byTextReuse = previous != null && offsets.isIdentity();
        }

        Span span(int codePointStart, int codePointEnd) {
            return lines.span(offsets.utf16(codePointStart), offsets.utf16(Math.max(codePointStart, codePointEnd)));
        }

        Span span(Token t) {
            return span(t.getStartIndex(), t.getStopIndex() + 1);
        }

        Span span(ParserRuleContext c) {
            if (c == null || c.getStart() == null) return Span.NONE;
            Token stop = c.getStop();
            int end = stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < c.getStart().getStartIndex()
                    ? c.getStart().getStartIndex() : stop.getStopIndex() + 1;
            return span(c.getStart().getStartIndex(), end);
        }

        PrismaParseResult read() {
            index();
            PrismaLexer lexer = new PrismaLexer(offsets.isIdentity() ? new StringCharStream(text) : CharStreams.fromString(text));
            lexer.removeErrorListeners();
            List<Token> tokens = new ArrayList<>();
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) take(t, tokens);
            for (List<Token> slice : slices(tokens)) block(slice);
            return finish();
        }

        private PrismaParseResult finish() {
            next.text = text;
            next.lines = lines;
            next.comments = comments;
            next.editable = offsets.isIdentity() && !loneSlash;
            return new PrismaParseResult(file, blocks, errors, comments, lines);
        }

        /** Sorts one token: comments aside (doc comments wait for the token they document), the rest to the parser. */
        private void take(Token t, List<Token> tokens) {
            int type = t.getType();
            if (type == PrismaLexer.DOC_COMMENT) {
                comments.add(new Comment(span(t), t.getText()));
                pendingDoc.add(t.getText().substring(3).strip());
            } else if (type == PrismaLexer.LINE_COMMENT || type == PrismaLexer.BLOCK_COMMENT) {
                comments.add(new Comment(span(t), t.getText()));
            } else if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                if (type == PrismaLexer.ERROR_CHAR && "/".equals(t.getText())) loneSlash = true;
                tokens.add(t);
                if (type != PrismaLexer.NL && !pendingDoc.isEmpty()) {
                    docs.put(t.getStartIndex(), pendingDoc.size() == 1 ? pendingDoc.get(0) : String.join("\n", pendingDoc));
                    pendingDoc.clear();
                }
            }
        }

        /**
         * Reads an edit of the previous text without lexing all of it: the text both share at the start and the end
         * is found, the blocks before the block header ahead of the change are kept, lexing starts at that header
         * and stops at the first block header in the shared end that starts a line with a brace ("model X {"), at
         * the column it had, with the same doc comments; the blocks from there on are the previous ones, moved.
         * Returns null when it cannot be done that way (no previous read, surrogates, a lone '/' that an edit could
         * turn into a comment spanning blocks, or a change before the first block header); then the whole text is read.
         */
        PrismaParseResult readEdit() {
            Reuse prev = previous;
            if (prev == null || !prev.editable || prev.text == null) return null;
            String old = prev.text;
            int oldLength = old.length();
            int newLength = text.length();
            dev.schemawise.text.Shared shared = dev.schemawise.text.Shared.of(old, text);
            int p = shared.prefix();
            int s = shared.suffix();
            for (int i = p; i < newLength - s; i++) {
                if (Character.isSurrogate(text.charAt(i))) return null;
            }
            // The last block header wholly before the change (so it still starts a block): the tokens before it end
            // before it and did not look past it.
            List<Reuse.Slice> before = prev.slices;
            int k = -1;
            for (int i = 0; i < before.size() && before.get(i).start() < p; i++) {
                if (before.get(i).header() && before.get(i).headerEnd() < p) k = i;
            }
            if (k < 0) return null;
            next.byText = prev.byText; // for a later full read; this one adds nothing to it
            int restart = before.get(k).start();
            int delta = newLength - oldLength;
            lines = prev.lines.edited(text, p, s);
            offsets = OffsetMap.identity(newLength);

            for (int i = 0; i < k; i++) keep(before.get(i));
            List<Comment> oldComments = prev.comments;
            int c = 0;
            while (c < oldComments.size() && oldComments.get(c).range().start() < restart) comments.add(oldComments.get(c++));

            StringCharStream chars = new StringCharStream(text);
            chars.seek(restart);
            PrismaLexer lexer = new PrismaLexer(chars);
            lexer.removeErrorListeners();
            if (before.get(k).headDoc() != null) pendingDoc.add(before.get(k).headDoc());
            List<Token> tokens = new ArrayList<>();
            int j = k + 1; // the previous slices that may start where the lexer is
            int sync = -1;
            Token last = null;
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                int at = t.getStartIndex();
                if (at >= newLength - s && last != null && last.getType() == PrismaLexer.NL && isBlockKeyword(t.getType())) {
                    while (j < before.size() && before.get(j).start() < at - delta) j++;
                    if (j < before.size() && before.get(j).start() == at - delta) {
                        Reuse.Slice there = before.get(j);
                        String doc = pendingDoc.isEmpty() ? null : String.join("\n", pendingDoc);
                        if (there.braceHeader() && there.column() == lines.column(at) && java.util.Objects.equals(doc, there.headDoc())) {
                            sync = j;
                            break;
                        }
                    }
                }
                take(t, tokens);
                if (t.getChannel() == Token.DEFAULT_CHANNEL) last = t;
            }
            if (loneSlash) return null; // a lone '/' in the new text: the next edit reads it all
            for (List<Token> slice : slices(tokens)) block(slice);
            if (sync >= 0) {
                int oldStart = before.get(sync).start();
                int lineDelta = lines.line(oldStart + delta) - prev.lines.line(oldStart);
                AstShift ast = new AstShift(delta, lineDelta);
                for (int i = sync; i < before.size(); i++) {
                    Reuse.Slice sl = before.get(i);
                    keep(new Reuse.Slice(ast.block(sl.block()), ast.errors(sl.errors()), sl.start() + delta, sl.line() + lineDelta, sl.column(), sl.header(),
                            sl.braceHeader(), sl.headDoc(), sl.headerEnd() + delta));
                }
                while (c < oldComments.size() && oldComments.get(c).range().start() < oldStart) c++;
                for (; c < oldComments.size(); c++) comments.add(ast.comment(oldComments.get(c)));
            }
            return finish();
        }

        /** A slice of the previous read taken over as it is (or as moved). */
        private void keep(Reuse.Slice slice) {
            if (slice.block() != null) blocks.add(slice.block());
            errors.addAll(slice.errors());
            next.slices.add(slice);
        }

        /** Splits the tokens at block headers; an unclosed block ends where the next header starts. */
        List<List<Token>> slices(List<Token> tokens) {
            List<List<Token>> out = new ArrayList<>();
            List<Token> current = new ArrayList<>();
            int depth = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean lineStart = i == 0 || tokens.get(i - 1).getType() == PrismaLexer.NL;
                if (lineStart && isBlockKeyword(t.getType()) && i + 1 < tokens.size() && NAME_TOKENS.contains(tokens.get(i + 1).getType())) {
                    boolean brace = i + 2 < tokens.size() && tokens.get(i + 2).getType() == PrismaLexer.LBRACE;
                    if (depth == 0 || brace) {
                        if (!current.isEmpty()) out.add(current);
                        current = new ArrayList<>();
                        depth = 0;
                    }
                }
                if (t.getType() == PrismaLexer.LBRACE) depth++;
                if (t.getType() == PrismaLexer.RBRACE && depth > 0) depth--;
                current.add(t);
            }
            if (!current.isEmpty()) out.add(current);
            return out;
        }

        static boolean isBlockKeyword(int type) {
            return type == PrismaLexer.MODEL || type == PrismaLexer.VIEW || type == PrismaLexer.TYPE || type == PrismaLexer.ENUM
                    || type == PrismaLexer.DATASOURCE || type == PrismaLexer.GENERATOR;
        }

        void block(List<Token> tokens) {
            Token first = tokens.get(0);
            int start = offsets.utf16(first.getStartIndex());
            int line = lines.line(start);
            int column = lines.column(start);
            boolean header = isBlockKeyword(first.getType()) && tokens.size() > 1 && NAME_TOKENS.contains(tokens.get(1).getType());
            boolean brace = header && tokens.size() > 2 && tokens.get(2).getType() == PrismaLexer.LBRACE;
            String headDoc = docs.get(first.getStartIndex());
            int blocksBefore = blocks.size();
            int errorsBefore = errors.size();
            if (!tokens.stream().allMatch(t -> t.getType() == PrismaLexer.NL)) {
                // keyed by text when a later full read may reuse it, or this one may reuse an earlier one
                if (byTextReuse || (previous == null && forNextRead)) parseOrReuse(tokens, start, line, column);
                else parseBlock(tokens);
            }
            Block made = blocks.size() > blocksBefore ? blocks.get(blocks.size() - 1) : null;
            List<SyntaxError> madeErrors = List.copyOf(errors.subList(errorsBefore, errors.size()));
            int headerEnd = header ? offsets.utf16(tokens.get(brace ? 2 : 1).getStopIndex() + 1) : start;
            next.slices.add(new Reuse.Slice(made, madeErrors, start, line, column, header, brace, headDoc, headerEnd));
        }

        /** Parses a block, or takes the AST of an earlier read of the same text (moved as needed). */
        private void parseOrReuse(List<Token> tokens, int start, int line, int column) {
            int end = offsets.utf16(tokens.get(tokens.size() - 1).getStopIndex() + 1);
            StringBuilder key = new StringBuilder(end - start + 16).append(text, start, end);
            for (Token t : tokens) {
                String doc = docs.get(t.getStartIndex());
                if (doc != null) key.append('\u0000').append(t.getStartIndex() - tokens.get(0).getStartIndex()).append(':').append(doc);
            }
            String k = key.toString();
            Reuse.Cached cached = byTextReuse ? previous.byText.get(k) : null;
            if (cached != null && cached.column() == column) {
                AstShift shift = new AstShift(start - cached.start(), line - cached.line());
                Block b = shift.block(cached.block());
                List<SyntaxError> moved = shift.errors(cached.errors());
                if (b != null) blocks.add(b);
                errors.addAll(moved);
                next.byText.put(k, new Reuse.Cached(b, moved, start, line, column));
                return;
            }
            int blocksBefore = blocks.size();
            int errorsBefore = errors.size();
            parseBlock(tokens);
            Block parsed = blocks.size() > blocksBefore ? blocks.get(blocks.size() - 1) : null;
            next.byText.put(k, new Reuse.Cached(parsed, List.copyOf(errors.subList(errorsBefore, errors.size())), start, line, column));
        }

        void parseBlock(List<Token> tokens) {
            int depth = TwoStageParse.nesting(tokens, type -> type == PrismaLexer.LPAREN || type == PrismaLexer.LBRACKET,
                    type -> type == PrismaLexer.RPAREN || type == PrismaLexer.RBRACKET);
            if (depth > TwoStageParse.MAX_NESTING) {
                // The parser descends once per level: a block nested this deep would exhaust the thread's stack.
                errors.add(new SyntaxError(span(tokens.get(0)), "this block nests parentheses or brackets " + depth + " levels deep; schemawise reads up to "
                        + TwoStageParse.MAX_NESTING + " levels and skips this block"));
                return;
            }
            listener.reset();
            SingleBlockContext tree;
            try {
                tree = TwoStageParse.parse(parser, tokens, PrismaParser::singleBlock, new LineRecovery(), listener);
            } catch (StackOverflowError e) {
                errors.add(new SyntaxError(span(tokens.get(0)), "this block is nested too deeply for schemawise to read; it is skipped"));
                return;
            }
            errors.addAll(listener.errors);
            try {
                if (tree.block() != null) {
                    Block b = block(tree.block());
                    if (b != null) blocks.add(b);
                }
            } catch (RuntimeException | StackOverflowError e) {
                errors.add(new SyntaxError(span(tokens.get(0)), "schemawise could not read this block (internal error: " + e + ")"));
            }
        }

        // ------------------------------------------------------------------ tree to AST

        Block block(BlockContext b) {
            if (b.modelBlock() != null) {
                ModelBlockContext m = b.modelBlock();
                BlockKind kind = m.kind == null ? BlockKind.MODEL : switch (m.kind.getType()) {
                    case PrismaLexer.VIEW -> BlockKind.VIEW;
                    case PrismaLexer.TYPE -> BlockKind.TYPE;
                    default -> BlockKind.MODEL;
                };
                List<Field> fields = new ArrayList<>();
                List<Attribute> attributes = new ArrayList<>();
                for (ModelMemberContext member : m.modelMember()) {
                    if (member.fieldDeclaration() != null) {
                        Field f = field(member.fieldDeclaration());
                        if (f != null) fields.add(f);
                    } else if (member.blockAttribute() != null) {
                        Attribute a = attribute(member.blockAttribute().attributeName(), member.blockAttribute().arguments(), true, member.blockAttribute());
                        if (a != null) attributes.add(a);
                    }
                }
                return newBlock(kind, m.identifier(), m, fields, attributes, List.of(), m.RBRACE() == null ? null : m.RBRACE().getSymbol());
            }
            if (b.enumBlock() != null) {
                EnumBlockContext e = b.enumBlock();
                List<Field> values = new ArrayList<>();
                List<Attribute> attributes = new ArrayList<>();
                for (EnumMemberContext member : e.enumMember()) {
                    if (member.enumValue() != null) {
                        EnumValueContext v = member.enumValue();
                        String valueName = name(v.identifier());
                        if (valueName == null) continue;
                        values.add(new Field(valueName, span(v.identifier()), span(v), null, fieldAttributes(v.fieldAttribute()), doc(v)));
                    } else if (member.blockAttribute() != null) {
                        Attribute a = attribute(member.blockAttribute().attributeName(), member.blockAttribute().arguments(), true, member.blockAttribute());
                        if (a != null) attributes.add(a);
                    }
                }
                return newBlock(BlockKind.ENUM, e.identifier(), e, values, attributes, List.of(), e.RBRACE() == null ? null : e.RBRACE().getSymbol());
            }
            if (b.configBlock() != null) {
                ConfigBlockContext c = b.configBlock();
                BlockKind kind = c.kind != null && c.kind.getType() == PrismaLexer.GENERATOR ? BlockKind.GENERATOR : BlockKind.DATASOURCE;
                List<Property> properties = new ArrayList<>();
                for (KeyValueContext kv : c.keyValue()) {
                    String key = name(kv.identifier());
                    Expression value = expression(kv.expression());
                    if (key != null && value != null) properties.add(new Property(key, span(kv.identifier()), value, span(kv)));
                }
                return newBlock(kind, c.identifier(), c, List.of(), List.of(), properties, c.RBRACE() == null ? null : c.RBRACE().getSymbol());
            }
            return null;
        }

        Block newBlock(BlockKind kind, IdentifierContext nameCtx, ParserRuleContext whole, List<Field> fields, List<Attribute> attributes,
                       List<Property> properties, Token closing) {
            String blockName = name(nameCtx);
            if (blockName == null) return null;
            Span range = span(whole);
            // A brace error recovery made up (start index -1) is no brace: the body ends where the block does.
            int bodyEnd = closing != null && closing.getStartIndex() >= 0 ? span(closing).start() : range.end();
            return new Block(kind, blockName, span(nameCtx), range, fields, attributes, properties, doc(whole), bodyEnd);
        }

        Field field(FieldDeclarationContext f) {
            String fieldName = name(f.identifier());
            if (fieldName == null) return null;
            FieldType type = null;
            FieldTypeContext t = f.fieldType();
            if (t != null && t.typeName() != null && t.typeName().identifier() != null) {
                String typeName = name(t.typeName().identifier());
                String unsupported = t.typeName().STRING() != null ? unquote(t.typeName().STRING().getText()) : null;
                if (typeName != null) {
                    type = new FieldType(typeName, unsupported, t.QUESTION() != null, t.LBRACKET() != null, span(t.typeName()), span(t));
                }
            }
            return new Field(fieldName, span(f.identifier()), span(f), type, fieldAttributes(f.fieldAttribute()), doc(f));
        }

        List<Attribute> fieldAttributes(List<FieldAttributeContext> list) {
            List<Attribute> out = new ArrayList<>();
            for (FieldAttributeContext a : list) {
                Attribute attribute = attribute(a.attributeName(), a.arguments(), false, a);
                if (attribute != null) out.add(attribute);
            }
            return out;
        }

        Attribute attribute(AttributeNameContext nameCtx, ArgumentsContext args, boolean block, ParserRuleContext whole) {
            if (nameCtx == null || nameCtx.identifier().isEmpty()) return null;
            StringBuilder n = new StringBuilder();
            for (IdentifierContext id : nameCtx.identifier()) {
                String part = name(id);
                if (part == null) return null;
                if (n.length() > 0) n.append('.');
                n.append(part);
            }
            return new Attribute(n.toString(), block, span(nameCtx), span(whole), arguments(args), args == null ? null : span(args));
        }

        List<Argument> arguments(ArgumentsContext args) {
            List<Argument> out = new ArrayList<>();
            if (args == null) return out;
            for (ArgumentContext a : args.argument()) {
                if (a instanceof NamedArgumentContext named) {
                    Expression value = expression(named.expression());
                    String argName = name(named.identifier());
                    if (value != null && argName != null) out.add(new Argument(argName, value, span(a)));
                } else if (a instanceof PositionalArgumentContext positional) {
                    Expression value = expression(positional.expression());
                    if (value != null) out.add(new Argument(null, value, span(a)));
                }
            }
            return out;
        }

        Expression expression(ExpressionContext e) {
            if (e == null || e.getStart() == null) return null;
            Span r = span(e);
            if (e instanceof FunctionExpressionContext f && f.functionCall() != null && f.functionCall().path() != null) {
                return new Call(path(f.functionCall().path()), arguments(f.functionCall().arguments()), r);
            }
            if (e instanceof ArrayExpressionContext a && a.array() != null) {
                List<Expression> items = new ArrayList<>();
                for (ExpressionContext item : a.array().expression()) {
                    Expression x = expression(item);
                    if (x != null) items.add(x);
                }
                return new ArrayValue(items, r);
            }
            if (e instanceof StringExpressionContext s) return new StringValue(unquote(s.STRING().getText()), r);
            if (e instanceof NumberExpressionContext n) return new NumberValue(n.NUMBER().getText(), r);
            if (e instanceof PathExpressionContext p && p.path() != null) {
                String value = path(p.path());
                return value == null ? null : new Path(value, r);
            }
            return null;
        }

        String path(PathContext p) {
            StringBuilder b = new StringBuilder();
            for (IdentifierContext id : p.identifier()) {
                String part = name(id);
                if (part == null) continue;
                if (b.length() > 0) b.append('.');
                b.append(part);
            }
            return b.length() == 0 ? null : b.toString();
        }

        String name(IdentifierContext id) {
            if (id == null || id.getStart() == null || id.getStart().getType() == Token.EOF) return null;
            if (id.getStart().getTokenIndex() < 0) return null; // invented by error recovery
            return id.getStart().getText();
        }

        String doc(ParserRuleContext c) {
            return c == null || c.getStart() == null ? null : docs.get(c.getStart().getStartIndex());
        }

        static String unquote(String s) {
            if (s == null || s.length() < 2) return s;
            String body = s.substring(1, s.endsWith("\"") ? s.length() - 1 : s.length());
            if (body.indexOf('\\') < 0) return body;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\\' && i + 1 < body.length()) {
                    char n = body.charAt(++i);
                    b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }

        /**
         * Error recovery that never crosses a line break: a line break is not deleted as "extraneous input", so
         * after an error the parser resynchronises at the end of the line and the next line reads normally.
         */
        static final class LineRecovery extends DefaultErrorStrategy {
            @Override
            protected Token singleTokenDeletion(Parser recognizer) {
                if (recognizer.getInputStream().LA(1) == PrismaLexer.NL) return null;
                return super.singleTokenDeletion(recognizer);
            }
        }

        /** Collects recovery errors, at most one per line, with readable messages. */
        final class Errors extends BaseErrorListener {
            final List<SyntaxError> errors = new ArrayList<>();
            final Set<Integer> lineSeen = new HashSet<>();

            void reset() {
                errors.clear();
                lineSeen.clear();
            }

            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg, RecognitionException e) {
                Token offending = offendingSymbol instanceof Token t ? t : null;
                Span at;
                if (offending == null || offending.getType() == Token.EOF) {
                    int end = TwoStageParse.endOfPrevious((Parser) recognizer, offending);
                    at = span(end, end);
                } else if (offending.getType() == PrismaLexer.NL) {
                    at = span(offending.getStartIndex(), offending.getStartIndex());
                } else {
                    at = span(offending);
                }
                if (!lineSeen.add(at.startLine())) return;
                IntervalSet expected = TwoStageParse.expected((Parser) recognizer, e);
                String message;
                if (offending != null && offending.getType() == PrismaLexer.UNTERMINATED_STRING) {
                    message = "unterminated string: a closing \" is missing";
                } else if (offending != null && offending.getType() == PrismaLexer.ERROR_CHAR) {
                    message = "unexpected character " + SyntaxMessages.describe(offending);
                } else {
                    message = SyntaxMessages.unexpected(offending, expected, PrismaParser.VOCABULARY, NAME_TOKENS, null);
                }
                errors.add(new SyntaxError(at, message));
            }
        }
    }
}
