package dev.schemawise.query;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.parser.feature.Feature;
import net.sf.jsqlparser.statement.Statement;

/**
 * JSqlParser's parser, run on the calling thread with a time budget. JSqlParser bounds its own run time only by
 * parsing on a worker thread and abandoning it ({@code CCJSqlParserUtil.parse} starts a thread per call). Its
 * grammar, though, already stops backtracking once the parser's {@code interrupted} flag is set (that is how the
 * abandoned worker ends); and its lookahead asks the parser for feature flags all the time, in particular at every
 * parenthesis. So this subclass checks the clock there and raises the flag when time is up: the parse then fails
 * quickly, and the caller treats the statement as unreadable.
 *
 * <p>The budget is CPU time of the calling thread, so that a busy machine (a build running tests in parallel) does
 * not make a statement unreadable that an idle one reads. Reading that clock costs about a microsecond, so the
 * wall clock (which never runs slower) is watched first and the CPU clock asked only once it says time is up.
 */
final class BoundedParser extends CCJSqlParser {
    private final long budgetNanos;
    private final long cpuStart;
    private long wallDeadline;
    private int calls;
    private final boolean armed;

    private BoundedParser(String sql, long budgetNanos, boolean complex) {
        super(new StringProvider(sql));
        withAllowComplexParsing(complex);
        // The clock starts once the parser exists: loading JSqlParser's classes (the first time) is not parsing.
        this.budgetNanos = budgetNanos;
        this.cpuStart = CpuClock.now();
        this.wallDeadline = System.nanoTime() + budgetNanos;
        this.armed = true;
    }

    @Override
    public boolean getAsBoolean(Feature feature) {
        // armed is false while the superclass constructor runs, before the budget is set. Every 8th call is often
        // enough (thousands a second even where lookahead runs away) and keeps the clock off the common path.
        if (armed && (++calls & 7) == 0 && !interrupted && System.nanoTime() - wallDeadline > 0) {
            long cpu = CpuClock.now();
            // A CPU clock that stopped answering (-1) leaves the decision to the wall clock.
            long used = cpu < 0 || cpuStart < 0 ? budgetNanos : cpu - cpuStart;
            if (used >= budgetNanos) {
                interrupted = true;
            } else {
                wallDeadline = System.nanoTime() + budgetNanos - used;
            }
        }
        return super.getAsBoolean(feature);
    }

    /** A statement JSqlParser read, with its tokens. */
    record Parsed(Statement statement, Tokens tokens) {}

    /**
     * Reads {@code input} as exactly one statement (a trailing semicolon allowed); null when it is not one, or when
     * parsing takes more than {@code budgetNanos} of CPU time. {@code complex} turns on JSqlParser's complex parsing,
     * which reads some nested expression lists the simple mode refuses but can take exponential time.
     */
    static Parsed parse(PreparedText input, int base, long budgetNanos, boolean complex) throws ParseException {
        BoundedParser parser = new BoundedParser(input.text(), budgetNanos, complex);
        Token head = parser.token;
        Statement statement = parser.Statement();
        if (statement == null || parser.interrupted || parser.getToken(1).kind != CCJSqlParserConstants.EOF) return null;
        Tokens tokens = Tokens.read(head, input, base);
        return tokens == null ? null : new Parsed(statement, tokens);
    }

    /** CPU time of the current thread, or the wall clock where the JVM cannot tell. */
    private static final class CpuClock {
        private static final ThreadMXBean THREADS = threads();

        private static ThreadMXBean threads() {
            try {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled() ? threads : null;
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }

        static long now() {
            return THREADS != null ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }
    }
}
