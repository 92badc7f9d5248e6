package dev.schemawise.workspace;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds and reads the files the CLI checks: the only part of the workspace that touches the file system.
 *
 * <p>Every file-system failure becomes a {@link ScanProblem}; nothing is thrown, so one unreadable file
 * cannot abort a whole run. The result does not depend on the order of the roots or of directory listings.
 */
public final class WorkspaceScanner {

    /**
     * @param maxFileBytes files larger than this are skipped unread, so a stray dump cannot exhaust memory
     * @param ignoreGlobs extra gitignore-style patterns, matched against paths relative to the working
     *     directory and taking precedence over the .gitignore files
     */
    public record Options(long maxFileBytes, List<String> ignoreGlobs, Path confinedTo) {

        public static final Options DEFAULT = new Options(20L * 1024 * 1024, List.of());

        public Options(long maxFileBytes, List<String> ignoreGlobs) {
            this(maxFileBytes, ignoreGlobs, null);
        }

        /**
         * @param confinedTo null, or a folder (the language server's workspace folder) outside which nothing is read: a
         *                   symbolic link that leads out of it is skipped, with a problem that says so
         */
        public Options {
            if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
            ignoreGlobs = List.copyOf(ignoreGlobs);
        }

        /** The same options, reading nothing outside {@code folder} (null: anywhere). */
        public Options confinedTo(Path folder) {
            return new Options(maxFileBytes, ignoreGlobs, folder);
        }
    }

    /** Files sorted by {@link SourceFile#path()}; problems sorted by path. */
    public record Result(List<SourceFile> files, List<ScanProblem> problems) {

        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        public boolean hasFatalProblem() {
            return problems.stream().anyMatch(ScanProblem::fatal);
        }
    }

    /** Never worth descending into: version control, dependencies and build output. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target", "build", "dist", "vendor");
    /** Files that are not schemas but tell which migration tool owns a directory (Prisma, Drizzle). */
    private static final Set<String> MARKER_FILES = Set.of("migration_lock.toml", "_journal.json");
    /** Like git, a NUL byte this early means binary. */
    private static final int BINARY_PROBE_BYTES = 8192;
    private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 16;

    /** A directory waiting to be walked, with the rules in effect in its parent and its logical ancestors. */
    private record PendingDirectory(Path path, GitIgnore rules, RealChain ancestors, boolean named) {}

    /** The real paths of the directories above one being walked, innermost first, to recognise link loops. */
    private record RealChain(Path real, RealChain up) {
        static boolean contains(RealChain chain, Path real) {
            for (RealChain c = chain; c != null; c = c.up) {
                if (c.real.equals(real)) return true;
            }
            return false;
        }
    }

    /** A file to read; several paths may reach it, and one is kept. */
    private static final class Candidate {
        String path;
        Path location;
        boolean direct;
        boolean named;
        final long size;

        Candidate(String path, Path location, boolean direct, boolean named, long size) {
            this.path = path;
            this.location = location;
            this.direct = direct;
            this.named = named;
            this.size = size;
        }
    }

    private final Path workingDirectory;
    /** The working directory with links resolved, to tell which paths reach a file without a link. */
    private final Path realWorkingDirectory;
    private final Options options;
    /** The real path of the folder outside which nothing is read, or null. */
    private final Path confinedTo;
    private final GitIgnore globs;
    /** Plain subdirectories, walked depth first. */
    private final Deque<PendingDirectory> plain = new ArrayDeque<>();
    /**
     * Directories reached through a symbolic link, walked only once no plain directory is left, so a
     * directory reachable both directly and through a link is reported under its direct path.
     */
    private final Deque<PendingDirectory> linked = new ArrayDeque<>();
    private final Set<Path> walked = new HashSet<>();
    private final Map<Path, Candidate> candidates = new HashMap<>();
    private final List<ScanProblem> problems = new ArrayList<>();

    /** Whether a real path lies outside the folder the options confine reading to. */
    private boolean outside(Path real) {
        return confinedTo != null && !real.startsWith(confinedTo);
    }

    private WorkspaceScanner(Path workingDirectory, Options options) {
        this.workingDirectory = workingDirectory;
        this.realWorkingDirectory = realOrSelf(workingDirectory);
        this.options = options;
        this.confinedTo = options.confinedTo() == null ? null : realOrSelf(options.confinedTo().toAbsolutePath().normalize());
        this.globs = GitIgnore.EMPTY.add("", String.join("\n", options.ignoreGlobs()));
    }

    /**
     * Collects the files under {@code roots}, resolved against {@code workingDirectory}. A root that is a
     * file is read whatever its name; a directory is walked for {@code *.sql}, {@code *.prisma} and the
     * migration-tool marker files, honouring .gitignore files.
     */
    public static Result scan(List<Path> roots, Path workingDirectory, Options options) {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        WorkspaceScanner scanner = new WorkspaceScanner(cwd, Objects.requireNonNull(options, "options"));
        // Sorted for determinism. All roots are queued before walking and the queue is a stack, so a root
        // nested in another is walked as a root of its own first: its problems stay fatal and the parent's
        // ignore rules do not hide what the user named.
        List<Path> absolute = roots.stream().map(r -> cwd.resolve(r).normalize()).distinct()
                .sorted(Comparator.comparing(WorkspaceScanner::slashes)).toList();
        for (Path root : absolute) scanner.addRoot(root);
        scanner.walkAll();
        return scanner.readAll();
    }

    // ------------------------------------------------------------------ roots

    private void addRoot(Path root) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(root, BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            problem(root, describe(root, e), true);
            return;
        }
        if (attributes.isDirectory()) {
            plain.push(new PendingDirectory(root, ancestorRules(root), null, true));
        } else if (attributes.isRegularFile()) {
            addCandidate(root, attributes.size(), true);
        } else {
            // A FIFO or device could block forever or never end.
            problem(root, "not a regular file or directory", true);
        }
    }

    /**
     * The rules that apply inside {@code root} from above it: .git/info/exclude and the .gitignore files from
     * the repository's top down to root's parent. Outside a git repository no ancestor is consulted, as git
     * would not either.
     */
    private GitIgnore ancestorRules(Path root) {
        Path top = null;
        for (Path p = root; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                top = p;
                break;
            }
        }
        if (top == null) return GitIgnore.EMPTY;
        GitIgnore rules = addIgnoreFile(GitIgnore.EMPTY, top, top.resolve(".git").resolve("info").resolve("exclude"));
        List<Path> above = new ArrayList<>();
        for (Path p = root.getParent(); p != null && p.startsWith(top); p = p.getParent()) above.add(0, p);
        for (Path p : above) rules = addIgnoreFile(rules, p, p.resolve(".gitignore"));
        return rules;
    }

    private GitIgnore addIgnoreFile(GitIgnore rules, Path directory, Path file) {
        if (!Files.isRegularFile(file)) return rules;
        try {
            if (Files.size(file) > options.maxFileBytes()) {
                problem(file, "file too large; its ignore rules are not applied", false);
                return rules;
            }
            return rules.add(slashes(directory), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            problem(file, describe(file, e) + "; its ignore rules are not applied", false);
            return rules;
        }
    }

    // ------------------------------------------------------------------ walking

    private void walkAll() {
        while (!plain.isEmpty() || !linked.isEmpty()) {
            walk(!plain.isEmpty() ? plain.pop() : linked.removeFirst());
        }
    }

    private void walk(PendingDirectory dir) {
        Path real;
        try {
            real = dir.path().toRealPath();
        } catch (IOException | RuntimeException e) {
            problem(dir.path(), describe(dir.path(), e) + (dir.named() ? "" : "; skipped"), dir.named());
            return;
        }
        if (outside(real)) {
            problem(dir.path(), "symbolic link leads outside the workspace folder; skipped", false);
            return;
        }
        if (!walked.add(real)) {
            // Reached before by another path. Only a directory that contains itself is worth reporting.
            if (RealChain.contains(dir.ancestors(), real)) problem(dir.path(), "symbolic link loop; skipped", false);
            return;
        }
        GitIgnore rules = addIgnoreFile(dir.rules(), dir.path(), dir.path().resolve(".gitignore"));
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir.path())) {
            for (Path entry : stream) entries.add(entry);
        } catch (IOException | RuntimeException e) {
            Exception cause = e instanceof DirectoryIteratorException ? ((DirectoryIteratorException) e).getCause() : e;
            problem(dir.path(), describe(dir.path(), cause) + (dir.named() ? "" : "; skipped"), dir.named());
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        RealChain ancestors = new RealChain(real, dir.ancestors());
        for (Path entry : entries) visit(entry, rules, ancestors);
    }

    private void visit(Path entry, GitIgnore rules, RealChain ancestors) {
        String name = entry.getFileName().toString();
        boolean link = false;
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            link = attributes.isSymbolicLink();
            if (link) attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            // A broken link could have been meant as a directory or any file; only report the ones that would
            // have been read, to keep noise from unrelated links down.
            if (link && isWanted(name) && !isIgnored(rules, entry, false)) problem(entry, describe(entry, e) + "; skipped", false);
            return;
        }
        if (attributes.isDirectory()) {
            if (SKIPPED_DIRECTORIES.contains(name) || isIgnored(rules, entry, true)) return;
            PendingDirectory next = new PendingDirectory(entry, rules, ancestors, false);
            if (link) linked.addLast(next);
            else plain.push(next);
        } else if (isWanted(name) && !isIgnored(rules, entry, false)) {
            // A FIFO named like a schema would block the read forever, a device never end.
            if (attributes.isRegularFile()) addCandidate(entry, attributes.size(), false);
            else problem(entry, "not a regular file; skipped", false);
        }
    }

    private static boolean isWanted(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".sql") || lower.endsWith(".prisma") || MARKER_FILES.contains(name);
    }

    private boolean isIgnored(GitIgnore rules, Path path, boolean directory) {
        GitIgnore.Verdict fromOptions = globs.match(displayPath(path), directory);
        if (fromOptions != GitIgnore.Verdict.UNMATCHED) return fromOptions == GitIgnore.Verdict.IGNORED;
        return rules.match(slashes(path), directory) == GitIgnore.Verdict.IGNORED;
    }

    /**
     * Records a file to read, once per real file. Of several paths to it, the one not going through a
     * link wins, then the smallest display path, so the choice does not depend on the walk order.
     */
    private void addCandidate(Path location, long size, boolean named) {
        Path real = realOrSelf(location);
        if (outside(real)) {
            problem(location, "symbolic link leads outside the workspace folder; skipped", named);
            return;
        }
        String path = displayPath(location);
        // A link above the working directory (macOS's /var -> /private/var) does not count.
        Path unlinked = location.startsWith(workingDirectory) ? realWorkingDirectory.resolve(workingDirectory.relativize(location)) : location;
        boolean direct = real.equals(unlinked);
        Candidate existing = candidates.get(real);
        if (existing == null) {
            candidates.put(real, new Candidate(path, location, direct, named, size));
            return;
        }
        existing.named |= named;
        if (direct && !existing.direct || direct == existing.direct && path.compareTo(existing.path) < 0) {
            existing.path = path;
            existing.location = location;
            existing.direct = direct;
        }
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    // ------------------------------------------------------------------ reading

    private Result readAll() {
        List<Candidate> sorted = new ArrayList<>(candidates.values());
        sorted.sort(Comparator.comparing(c -> c.path));
        List<SourceFile> files = new ArrayList<>();
        for (Candidate c : sorted) {
            SourceFile f = read(c);
            if (f != null) files.add(f);
        }
        problems.sort(Comparator.comparing(ScanProblem::path));
        return new Result(files, problems);
    }

    private SourceFile read(Candidate c) {
        long max = options.maxFileBytes();
        if (c.size > max) {
            problems.add(new ScanProblem(c.path, "file too large (" + formatSize(c.size) + ", the limit is " + formatSize(max) + "); skipped", false));
            return null;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(c.location)) {
            // Read one byte past the limit in case the file grew since its size was taken.
            bytes = in.readNBytes((int) Math.min(max + 1, MAX_ARRAY_BYTES));
        } catch (IOException | RuntimeException e) {
            problems.add(new ScanProblem(c.path, describe(c.location, e) + (c.named ? "" : "; skipped"), c.named));
            return null;
        }
        if (bytes.length > max) {
            problems.add(new ScanProblem(c.path, "file too large (the limit is " + formatSize(max) + "); skipped", false));
            return null;
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            // What some Windows tools save by default; it would otherwise be called binary for its NUL bytes.
            problems.add(new ScanProblem(c.path, "UTF-16 text (only UTF-8 is read); skipped", false));
            return null;
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE_BYTES); i++) {
            if (bytes[i] == 0) {
                problems.add(new ScanProblem(c.path, "binary file (contains NUL bytes); skipped", false));
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // One UTF-8 byte never yields more than one UTF-16 char, so this buffer cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int offset = in.position();
            problems.add(new ScanProblem(c.path, String.format(Locale.ROOT, "not valid UTF-8 (invalid byte 0x%02X at offset %d); skipped",
                    bytes[offset] & 0xFF, offset), false));
            return null;
        }
        out.flip();
        // Java's UTF-8 decoder keeps a leading byte order mark as U+FEFF, as intended here.
        return new SourceFile(c.path, c.location, out.toString());
    }

    // ------------------------------------------------------------------ messages and paths

    private void problem(Path path, String message, boolean fatal) {
        problems.add(new ScanProblem(displayPath(path), message, fatal));
    }

    /** A one-line reason without the path, which the problem carries separately. */
    private static String describe(Path path, Exception e) {
        if (e instanceof NoSuchFileException) {
            return Files.isSymbolicLink(path) ? "broken symbolic link (its target does not exist)" : "no such file or directory";
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) return "permission denied";
        String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
        // ELOOP surfaces as a plain FileSystemException ("Too many levels of symbolic links").
        if (Files.isSymbolicLink(path) && e instanceof FileSystemException
                || reason != null && reason.toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
            return "symbolic link loop";
        }
        if (reason == null || reason.isBlank()) reason = e.getClass().getSimpleName();
        reason = reason.strip().replaceAll("\\s+", " ");
        return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    /** "512 bytes", "3.5 KB", "104.9 MB": binary units, at most one decimal. */
    static String formatSize(long bytes) {
        if (bytes < 1024) return bytes + (bytes == 1 ? " byte" : " bytes");
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        if (text.endsWith(".0")) text = text.substring(0, text.length() - 2);
        return text + " " + units[unit];
    }

    private String displayPath(Path absolute) {
        return display(workingDirectory, absolute);
    }

    /**
     * A path as paths are shown to users (file names in reports and messages): relative to the working directory with
     * '/' when under it ("." for the directory itself), else absolute.
     */
    public static String display(Path workingDirectory, Path path) {
        Path absolute = workingDirectory.resolve(path).normalize();
        if (absolute.equals(workingDirectory)) return ".";
        if (absolute.startsWith(workingDirectory)) return slashes(workingDirectory.relativize(absolute));
        return slashes(absolute);
    }

    private static String slashes(Path path) {
        String s = path.toString();
        return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
    }
}
