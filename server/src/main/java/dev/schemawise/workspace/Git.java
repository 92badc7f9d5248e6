package dev.schemawise.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} executable in a subprocess, the one way schemawise talks to git.
 *
 * <p>The command is always {@code git -C <dir> <args...>} started directly (never through a shell), so
 * arguments are passed as they are and cannot be interpreted. The child inherits the environment (a
 * pre-commit hook's {@code GIT_INDEX_FILE} must keep working) with {@code GIT_TERMINAL_PROMPT=0} (never wait
 * for credentials) and {@code GIT_OPTIONAL_LOCKS=0} (never take the index lock only to refresh it) added.
 *
 * <p>A repository's configuration can name programs for git to run: a file system monitor ({@code core.fsmonitor})
 * and filter drivers ({@code filter.<driver>.clean}, {@code .smudge}, {@code .process}) that git starts when it
 * reads working files. schemawise runs git on workspaces it did not write, so it turns those off on the command
 * line, where they take precedence over every configuration file: the monitor always, and each configured filter
 * driver for the commands that read working files ({@code hash-object}, {@code diff}, {@code status}). A driver
 * whose name cannot be written on the command line makes such a command fail instead of run.
 *
 * <p>Standard input is written and standard output and error are read on their own threads, so neither side
 * can block the other however much is piped. A process that has not finished within the timeout is killed
 * together with its descendants. Nothing here throws: every failure, including a missing git, comes back as
 * a {@link Result} that is not {@link Result#ok() ok}.
 */
public final class Git {
    private Git() {}

    /**
     * The outcome of one git run.
     *
     * @param exitCode git's exit status, or -1 when it could not be started or did not finish
     * @param out      everything git wrote to standard output (empty after a failure to run)
     * @param err      what git wrote to standard error, stripped
     * @param failure  why git did not run to completion (not started, timed out, interrupted), or null
     */
    public record Result(int exitCode, byte[] out, String err, String failure) {
        /** git ran to completion and exited with status 0. */
        public boolean ok() {
            return failure == null && exitCode == 0;
        }

        /** Standard output decoded as UTF-8. */
        public String text() {
            return new String(out, StandardCharsets.UTF_8);
        }

        /** A one-line reason for a result that is not {@link #ok()}: the failure, else git's message. */
        public String message(String command) {
            if (failure != null) return failure;
            return err.isEmpty() ? "git " + command + " failed" : err;
        }

        private static Result failed(String failure) {
            return new Result(-1, new byte[0], "", failure);
        }
    }

    /** Runs {@code git -C dir args...} with nothing on standard input. */
    public static Result run(Path dir, Duration timeout, String... args) {
        return run(dir, null, timeout, args);
    }

    /**
     * Runs {@code git -C dir args...}, writing {@code stdin} (may be null) to its standard input and closing it.
     * Returns once git has exited and its output has been read, or after {@code timeout}, when git is killed.
     */
    public static Result run(Path dir, byte[] stdin, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(GIT);
        if (args.length > 0 && READS_WORKING_FILES.contains(args[0])) {
            List<String> listing = new ArrayList<>(GIT);
            listing.addAll(List.of("-C", dir.toString(), "config", "--get-regexp", "^filter\\."));
            Result drivers = exec(listing, "git config", null, timeout);
            // exit status 1: no filter configured
            if (drivers.failure() != null || drivers.exitCode() > 1) return drivers;
            for (String driver : filterDrivers(drivers.text())) {
                if (driver.indexOf('=') >= 0) return Result.failed("the repository configures a filter driver (" + driver + ") that git would run; not running git " + args[0]);
                for (String key : List.of("clean=", "smudge=", "process=", "required=false")) command.addAll(List.of("-c", "filter." + driver + "." + key));
            }
        }
        command.addAll(List.of("-C", dir.toString()));
        command.addAll(List.of(args));
        return exec(command, "git " + String.join(" ", args), stdin, timeout);
    }

    /** How every git command starts: by name (never through a shell), with the repository's file system monitor off. */
    private static final List<String> GIT = List.of("git", "-c", "core.fsmonitor=false");

    /** The git commands that read working files, and so could start a filter driver. */
    private static final java.util.Set<String> READS_WORKING_FILES = java.util.Set.of("hash-object", "diff", "status");

    /** The driver names in {@code git config --get-regexp ^filter\.} output ({@code filter.<driver>.<key> value}). */
    static java.util.Set<String> filterDrivers(String configListing) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String line : configListing.split("\n")) {
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            int last = key.lastIndexOf('.');
            if (key.startsWith("filter.") && last > "filter.".length()) out.add(key.substring("filter.".length(), last));
        }
        return out;
    }

    private static Result exec(List<String> command, String what, byte[] stdin, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_OPTIONAL_LOCKS", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return Result.failed("cannot run git: " + e.getMessage());
        }
        Feed feed = new Feed(process.getOutputStream(), stdin);
        Drain out = new Drain(process.getInputStream());
        Drain err = new Drain(process.getErrorStream());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            boolean finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)
                    // a descendant that outlives git could still hold the pipes open
                    && out.finish(deadline) && err.finish(deadline);
            if (!finished) {
                kill(process);
                return Result.failed(what + " did not finish within " + timeout.toSeconds() + " s");
            }
            feed.join(remainingMillis(deadline) + 1);
            return new Result(process.exitValue(), out.bytes, new String(err.bytes, StandardCharsets.UTF_8).strip(), null);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            return Result.failed(what + " was interrupted");
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static long remainingMillis(long deadline) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    /** Writes the input to git's standard input and closes it; a git that exits early just ends the write. */
    private static final class Feed extends Thread {
        private final OutputStream sink;
        private final byte[] bytes;

        Feed(OutputStream sink, byte[] bytes) {
            super("git-stdin");
            this.sink = sink;
            this.bytes = bytes;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            try (OutputStream s = sink) {
                if (bytes != null) s.write(bytes);
            } catch (IOException e) {
                // broken pipe: git stopped reading (it failed or was killed); its exit status tells the rest
            }
        }
    }

    /** Reads one of git's output streams to its end. */
    private static final class Drain extends Thread {
        private final InputStream source;
        private volatile byte[] bytes = new byte[0];

        Drain(InputStream source) {
            super("git-output");
            this.source = source;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            try (InputStream s = source) {
                bytes = s.readAllBytes();
            } catch (IOException e) {
                // the process was killed; the run is reported as failed
            }
        }

        /** Waits until the stream has ended or the deadline has passed; true when it ended. */
        boolean finish(long deadline) throws InterruptedException {
            join(remainingMillis(deadline) + 1);
            return !isAlive();
        }
    }
}
