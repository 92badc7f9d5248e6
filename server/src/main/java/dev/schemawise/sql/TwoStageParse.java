package dev.schemawise.sql;

import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ANTLRErrorListener;
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * How both front ends run ANTLR on one statement or block: SLL prediction with a bail-out strategy first
 * (fast, and enough for nearly all valid input), and only when that fails full LL with error recovery,
 * reporting to the listener and returning the partial tree.
 */
public final class TwoStageParse {
    private TwoStageParse() {}

    /**
     * Statements (SQL) and blocks (Prisma) nested deeper are not parsed: the parsers descend once per level, and a
     * statement nested this deep would exhaust the thread's stack. Generated SQL rarely goes past a few dozen levels.
     */
    public static final int MAX_NESTING = 500;

    /** The deepest nesting among the tokens, counting a token of an {@code open} type in and one of a {@code close} type out. */
    public static int nesting(List<Token> tokens, java.util.function.IntPredicate open, java.util.function.IntPredicate close) {
        int depth = 0;
        int max = 0;
        for (Token t : tokens) {
            if (open.test(t.getType())) max = Math.max(max, ++depth);
            else if (close.test(t.getType()) && depth > 0) depth--;
        }
        return max;
    }

    public static <P extends Parser, T> T parse(P parser, List<Token> tokens, Function<P, T> rule, ANTLRErrorStrategy recovery,
                                                ANTLRErrorListener listener) {
        parser.setTokenStream(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        parser.removeErrorListeners();
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException e) {
            parser.setTokenStream(new CommonTokenStream(new ListTokenSource(tokens)));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(recovery);
            parser.addErrorListener(listener);
            try {
                return rule.apply(parser);
            } finally {
                parser.removeErrorListeners();
            }
        }
    }

    /** The tokens that would have been valid where a syntax error was reported (null when ANTLR cannot say). */
    public static IntervalSet expected(Parser parser, RecognitionException e) {
        if (e instanceof InputMismatchException || e == null) return parser.getExpectedTokens();
        if (e instanceof NoViableAltException) return null;
        return e.getExpectedTokens();
    }

    /**
     * Where the token before the parser's current position ends, for errors reported at the end of input; when the
     * parser consumed nothing (no alternative fits the first tokens), where the token before {@code offending} ends.
     */
    public static int endOfPrevious(Parser parser, Token offending) {
        Token previous = parser.getTokenStream().LT(-1);
        if (previous == null && offending != null && offending.getTokenIndex() > 0) previous = parser.getTokenStream().get(offending.getTokenIndex() - 1);
        return previous != null ? previous.getStopIndex() + 1 : 0;
    }
}
