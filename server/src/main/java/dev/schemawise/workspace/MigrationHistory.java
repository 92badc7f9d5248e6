package dev.schemawise.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Migration files compared with a base git revision, for rules such as "never modify a migration that has
 * already been run": a migration that exists at the base but differs from it has been edited after the fact.
 *
 * <h2>The base revision</h2>
 * {@link #open} picks, in order: the configured {@code migrations.baseRef} when it is set (if it does not name a
 * commit there is no history at all, rather than a silent fallback to another base); else the current branch's
 * upstream ({@code @{upstream}}, e.g. {@code origin/main}) when it has one; else {@code HEAD}.
 *
 * <p>Against an upstream, a migration committed locally but not yet pushed is {@link FileState.Status#NEW NEW}:
 * it has not reached the shared branch, so it can presumably not have been run anywhere that matters, and editing
 * it is fine. Against {@code HEAD}, a modification that has already been committed is no longer visible.
 *
 * <h2>Comparison</h2>
 * Costs a fixed number of git processes however many files are compared: one {@code git ls-tree} lists the base's
 * blobs under the folders of the files (a second one looks for submodules above them when some file is not there),
 * one {@code git hash-object --stdin-paths} hashes the working files that exist at the base (run again for the rest
 * when one cannot be read), and one {@code git cat-file --batch} reads the base text of those that differ. Working
 * files are hashed by git with the repository's filters ({@code core.autocrlf}, {@code .gitattributes}
 * {@code eol} and {@code filter}s) applied, exactly as {@code git add} would, so a checkout with CRLF line endings
 * of a file committed with LF is unchanged.
 *
 * <h2>Paths</h2>
 * Files are given as paths (absolute, or relative to the process's working directory) and located in the
 * repository by their real path, with symbolic links resolved: a migration that is a link is compared as the file
 * it points to, at that file's place in the repository. A file outside the work tree, inside {@code .git} or in a
 * submodule, or one that cannot be read, is {@link FileState.Status#UNKNOWN UNKNOWN}. Unicode file names are
 * passed to and read from git as UTF-8; on macOS, names are assumed to be committed in the composed form that
 * Java reports ({@code core.precomposeUnicode}, git's default there).
 *
 * <h2>Failures</h2>
 * Nothing here throws for git's sake: when git is missing, fails or takes longer than {@link #TIMEOUT} (and is
 * then killed), {@link #open} returns null and {@link #states} answers UNKNOWN. Only {@code git} is run, with
 * fixed options and without a shell (see {@link Git}); a configured base starting with '-' is refused so that it
 * cannot be read as an option.
 *
 * <p>Instances are immutable and thread-safe; the base commit is resolved once, in {@link #open}.
 */
public final class MigrationHistory {

    /** Longest any one git process may take before it is killed and its answer treated as unknown. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** More folders than this are listed as their common ancestor, keeping git's command line short. */
    private static final int MAX_PATHSPECS = 64;

    /** How many working files git may fail to read before the rest are given up as UNKNOWN. */
    private static final int MAX_UNHASHABLE = 8;

    /** A SHA-1 or SHA-256 object name as git prints it. */
    private static final Pattern OBJECT_NAME = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    /**
     * How one file compares with the base revision.
     *
     * @param status   the comparison
     * @param baseText for {@link Status#MODIFIED}, the file's text at the base as stored in the repository (UTF-8
     *                 decoded, with the line endings of the blob, so LF where {@code core.autocrlf} normalises them);
     *                 null for every other status, and for MODIFIED in the rare case that git could not produce it
     */
    public record FileState(Status status, String baseText) {
        /** The comparison of a working file with the base revision. */
        public enum Status {
            /** The base revision has no file at this path. */
            NEW,
            /** The base revision has the file with the same content. */
            UNCHANGED,
            /** The base revision has the file with different content. */
            MODIFIED,
            /** Not known: outside the repository, in a submodule, unreadable, or git failed. */
            UNKNOWN
        }

        public FileState {
            Objects.requireNonNull(status, "status");
            if (baseText != null && status != Status.MODIFIED) throw new IllegalArgumentException("base text for a " + status + " file");
        }

        public static final FileState NEW = new FileState(Status.NEW, null);
        public static final FileState UNCHANGED = new FileState(Status.UNCHANGED, null);
        public static final FileState UNKNOWN = new FileState(Status.UNKNOWN, null);
    }

    private final Path top;
    private final String baseRef;
    private final String baseCommit;

    private MigrationHistory(Path top, String baseRef, String baseCommit) {
        this.top = top;
        this.baseRef = baseRef;
        this.baseCommit = baseCommit;
    }

    /**
     * The history of the git work tree containing {@code anyPathInside} (a directory, or a file whose folder is
     * used), compared with the base revision chosen as described {@linkplain MigrationHistory above}.
     *
     * @param configuredBaseRef {@code migrations.baseRef} from the configuration; null or blank for the default
     * @return null when the path is not in a git work tree, git is missing or fails, or the base does not resolve
     *         to a commit (a configured ref that does not exist, or a repository without commits)
     */
    public static MigrationHistory open(Path anyPathInside, String configuredBaseRef) {
        Path dir = anyPathInside.toAbsolutePath().normalize();
        Path top = toplevel(dir);
        if (top == null && dir.getParent() != null) top = toplevel(dir.getParent());
        if (top == null) return null;

        if (configuredBaseRef != null && !configuredBaseRef.isBlank()) {
            String ref = configuredBaseRef.strip();
            String commit = commitOf(top, ref);
            return commit == null ? null : new MigrationHistory(top, ref, commit);
        }
        String upstream = commitOf(top, "@{upstream}");
        if (upstream != null) {
            Git.Result name = Git.run(top, TIMEOUT, "rev-parse", "--abbrev-ref", "@{upstream}");
            String shown = name.ok() ? firstLine(name.text()) : "";
            return new MigrationHistory(top, shown.isEmpty() ? "@{upstream}" : shown, upstream);
        }
        String head = commitOf(top, "HEAD");
        return head == null ? null : new MigrationHistory(top, "HEAD", head);
    }

    /** The base revision as chosen, for messages: the configured ref, the upstream's short name, or "HEAD". */
    public String baseRef() {
        return baseRef;
    }

    /** The full object name of the base commit. */
    public String baseCommit() {
        return baseCommit;
    }

    /** The top of the work tree, with symbolic links resolved. */
    public Path topLevel() {
        return top;
    }

    /**
     * How each file compares with the base revision, in the order given; duplicates are answered once. Never
     * throws for git's sake: what cannot be determined is {@link FileState.Status#UNKNOWN UNKNOWN}.
     */
    public Map<Path, FileState> states(Collection<Path> files) {
        Map<Path, String> names = new LinkedHashMap<>();
        for (Path file : files) names.put(file, nameInRepository(file));

        Map<Path, FileState> out = new LinkedHashMap<>();
        Set<String> inside = new LinkedHashSet<>(names.values());
        inside.remove(null);
        BaseTree base = inside.isEmpty() ? BaseTree.NONE : baseTree(inside);
        if (base == null) {
            for (Path file : names.keySet()) out.put(file, FileState.UNKNOWN);
            return Collections.unmodifiableMap(out);
        }

        // only files the base has need hashing; a name is hashed once even when several paths lead to it
        List<String> inBase = inside.stream().filter(base.blobs::containsKey).toList();
        Map<String, String> working = hash(inBase);
        Set<String> modifiedBlobs = new LinkedHashSet<>();
        for (String name : inBase) {
            String hash = working.get(name);
            if (hash != null && !hash.equals(base.blobs.get(name))) modifiedBlobs.add(base.blobs.get(name));
        }
        Map<String, String> baseTexts = contents(modifiedBlobs);

        for (Map.Entry<Path, String> e : names.entrySet()) {
            String name = e.getValue();
            FileState state;
            if (name == null || base.inSubmodule(name)) state = FileState.UNKNOWN;
            else if (!base.blobs.containsKey(name)) state = FileState.NEW;
            else if (!working.containsKey(name)) state = FileState.UNKNOWN;
            else if (working.get(name).equals(base.blobs.get(name))) state = FileState.UNCHANGED;
            else state = new FileState(FileState.Status.MODIFIED, baseTexts.get(base.blobs.get(name)));
            out.put(e.getKey(), state);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The text at the base revision of each given file that exists there (files that are new, outside the work
     * tree or in a submodule are left out), read with one {@code ls-tree} and one {@code cat-file --batch}. The
     * language server compares these with the editor's buffers, which {@link #states} (working files on disk) cannot.
     */
    public Map<Path, String> baseTexts(Collection<Path> files) {
        Map<Path, String> names = new LinkedHashMap<>();
        for (Path file : files) {
            String name = nameInRepository(file);
            if (name != null) names.put(file, name);
        }
        Map<Path, String> out = new LinkedHashMap<>();
        if (names.isEmpty()) return out;
        BaseTree base = baseTree(new LinkedHashSet<>(names.values()));
        if (base == null) return out;
        Set<String> blobs = new LinkedHashSet<>();
        for (String name : names.values()) {
            if (base.blobs.containsKey(name) && !base.inSubmodule(name)) blobs.add(base.blobs.get(name));
        }
        Map<String, String> texts = contents(blobs);
        for (Map.Entry<Path, String> e : names.entrySet()) {
            String blob = base.blobs.get(e.getValue());
            if (blob != null && !base.inSubmodule(e.getValue()) && texts.containsKey(blob)) out.put(e.getKey(), texts.get(blob));
        }
        return out;
    }

    private static final Pattern PROVIDER = Pattern.compile(
            "\\s*(?:provider|\"provider\"|'provider')\\s*=\\s*(?:\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"|'([^']*)')\\s*(?:#.*)?");

    /**
     * The {@code provider = "..."} value of a Prisma {@code migration_lock.toml} (e.g. "postgresql"), or null when
     * the text has no such top-level key. Tolerates comments, blank lines, surrounding whitespace, a byte order
     * mark, CRLF line endings, a quoted key and a single-quoted (literal) value; keys inside a {@code [table]} are
     * not top-level and are ignored.
     */
    public static String lockProvider(String tomlText) {
        if (tomlText == null) return null;
        for (String line : tomlText.replace("\uFEFF", "").split("\r?\n|\r")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("[")) return null;
            Matcher m = PROVIDER.matcher(trimmed);
            if (m.matches()) return m.group(1) != null ? m.group(1).replaceAll("\\\\([\"\\\\])", "$1") : m.group(2);
        }
        return null;
    }

    // ---- the base tree ------------------------------------------------------------------------------------

    /** Files of the base commit ('/'-separated name relative to the top → blob object name) and its submodules. */
    private record BaseTree(Map<String, String> blobs, List<String> submodules) {
        static final BaseTree NONE = new BaseTree(Map.of(), List.of());

        boolean inSubmodule(String name) {
            for (String s : submodules) if (name.startsWith(s + "/")) return true;
            return false;
        }
    }

    /**
     * Lists the base commit's files under the folders of the named files (names relative to the top); null when git
     * fails. A recursive listing does not show a submodule that holds a whole listed folder, so when some name is
     * not among the listed files, the entries at and above each listed folder are listed too, which shows it.
     */
    private BaseTree baseTree(Collection<String> names) {
        Set<String> folders = new TreeSet<>();
        for (String name : names) folders.add(folderOf(name));
        List<String> specs = pathspecs(folders);
        BaseTree tree = new BaseTree(new HashMap<>(), new ArrayList<>());
        if (!list(tree, true, specs)) return null;
        if (specs.isEmpty() || tree.blobs.keySet().containsAll(names)) return tree;
        Set<String> above = new TreeSet<>();
        for (String spec : specs) {
            for (String s = spec; !s.isEmpty(); s = folderOf(s)) above.add(s);
        }
        return list(tree, false, List.copyOf(above)) ? tree : null;
    }

    /** Adds the base commit's entries at the pathspecs (and below them when recursive) to the tree. */
    private boolean list(BaseTree tree, boolean recursive, List<String> specs) {
        List<String> args = new ArrayList<>(List.of("--literal-pathspecs", "ls-tree", "-z", "--full-tree"));
        if (recursive) args.add("-r");
        args.addAll(List.of(baseCommit, "--"));
        args.addAll(specs);
        Git.Result listing = Git.run(top, TIMEOUT, args.toArray(String[]::new));
        if (!listing.ok()) return false;
        for (String entry : listing.text().split("\0")) {
            // <mode> SP <type> SP <object> TAB <name>
            int tab = entry.indexOf('\t');
            String[] meta = tab < 0 ? new String[0] : entry.substring(0, tab).split(" ");
            if (meta.length != 3) continue;
            String name = entry.substring(tab + 1);
            if (meta[1].equals("blob")) tree.blobs.put(name, meta[2]);
            else if (meta[1].equals("commit")) tree.submodules.add(name);
        }
        return true;
    }

    /**
     * The folders to list: each one not inside another, or their common ancestor when there are many (a Prisma
     * migrations folder has one folder per migration). No pathspec at all (the whole tree) when "" is among them.
     */
    static List<String> pathspecs(Set<String> folders) {
        if (folders.contains("")) return List.of();
        List<String> outermost = new ArrayList<>();
        for (String folder : new TreeSet<>(folders)) {
            if (!hasAncestorIn(folder, folders)) outermost.add(folder);
        }
        if (outermost.size() <= MAX_PATHSPECS) return outermost;
        String common = outermost.get(0);
        for (String folder : outermost) {
            while (!common.isEmpty() && !folder.startsWith(common + "/") && !folder.equals(common)) common = folderOf(common);
        }
        return common.isEmpty() ? List.of() : List.of(common);
    }

    private static boolean hasAncestorIn(String folder, Set<String> folders) {
        for (String a = folderOf(folder); !a.isEmpty(); a = folderOf(a)) {
            if (folders.contains(a)) return true;
        }
        return false;
    }

    private static String folderOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    // ---- the working files --------------------------------------------------------------------------------

    /**
     * The file's '/'-separated name relative to the top of the work tree, found through its real path; null when
     * it does not exist, is outside the work tree, or is inside {@code .git}.
     */
    private String nameInRepository(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
        if (!real.startsWith(top) || real.equals(top)) return null;
        Path relative = top.relativize(real);
        if (relative.getName(0).toString().equals(".git")) return null;
        StringBuilder name = new StringBuilder();
        for (Path part : relative) name.append(name.length() == 0 ? "" : "/").append(part);
        return name.toString();
    }

    /**
     * Git's object names for the working files, with the repository's filters applied, by one {@code git
     * hash-object --stdin-paths}. That command hashes the files in order and stops at the first one it cannot read
     * (deleted since it was listed, or a folder now), having printed the names of those before it. So after a
     * failure the file after the last printed name is left out and the rest is hashed by another run, up to
     * {@link #MAX_UNHASHABLE} times; files still left after that are left out too, as are all after a timeout.
     */
    private Map<String, String> hash(List<String> names) {
        Map<String, String> out = new HashMap<>();
        int from = 0;
        for (int runs = 0; from < names.size() && runs <= MAX_UNHASHABLE; runs++) {
            List<String> batch = names.subList(from, names.size());
            StringBuilder input = new StringBuilder();
            for (String name : batch) input.append(stdinPath(name)).append('\n');
            Git.Result result = Git.run(top, input.toString().getBytes(StandardCharsets.UTF_8), TIMEOUT, "hash-object", "--stdin-paths");
            if (result.failure() != null) break;
            int hashed = 0;
            for (String line : result.text().split("\n")) {
                if (hashed == batch.size() || !OBJECT_NAME.matcher(line).matches()) break;
                out.put(batch.get(hashed++), line);
            }
            if (result.ok()) break;
            from += hashed + 1;
        }
        return out;
    }

    /**
     * A name as a line of {@code --stdin-paths} input, which git reads C-style quoted when it starts with a
     * double quote: names with a line break or a leading quote are quoted, all others are taken literally.
     */
    static String stdinPath(String name) {
        if (name.indexOf('\n') < 0 && name.indexOf('\r') < 0 && !name.startsWith("\"")) return name;
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    /** The contents of blobs (UTF-8 decoded) by one {@code git cat-file --batch}; blobs git cannot give are left out. */
    private Map<String, String> contents(Collection<String> blobs) {
        Map<String, String> out = new HashMap<>();
        if (blobs.isEmpty()) return out;
        String input = String.join("\n", blobs) + "\n";
        Git.Result result = Git.run(top, input.getBytes(StandardCharsets.UTF_8), TIMEOUT, "cat-file", "--batch");
        if (!result.ok()) return out;
        // per object: "<object> SP <type> SP <size> LF <contents> LF", or "<object> SP missing LF"
        byte[] bytes = result.out();
        int at = 0;
        while (at < bytes.length) {
            int lf = at;
            while (lf < bytes.length && bytes[lf] != '\n') lf++;
            String[] header = new String(bytes, at, lf - at, StandardCharsets.UTF_8).split(" ");
            at = lf + 1;
            if (header.length != 3) continue;
            int size;
            try {
                size = Integer.parseInt(header[2]);
            } catch (NumberFormatException e) {
                return out;
            }
            if (size < 0 || at + size > bytes.length) return out;
            if (header[1].equals("blob")) out.put(header[0], new String(bytes, at, size, StandardCharsets.UTF_8));
            at += size + 1;
        }
        return out;
    }

    // ---- resolving the repository and the base ------------------------------------------------------------

    /** The top of the work tree containing the directory, with symbolic links resolved; null when there is none. */
    private static Path toplevel(Path dir) {
        Git.Result result = Git.run(dir, TIMEOUT, "rev-parse", "--show-toplevel");
        String top = result.ok() ? firstLine(result.text()) : "";
        if (top.isEmpty()) return null;
        try {
            return Path.of(top).toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The full object name of the commit a revision names, or null when it names none (or cannot be asked). */
    private static String commitOf(Path top, String revision) {
        // refused rather than passed on: git would read a leading '-' as an option
        if (revision.startsWith("-") || revision.indexOf('\0') >= 0 || revision.indexOf('\n') >= 0) return null;
        Git.Result result = Git.run(top, TIMEOUT, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        String commit = result.ok() ? firstLine(result.text()) : "";
        return commit.isEmpty() ? null : commit;
    }

    /** The first line of git's output, without its line ending (other whitespace is part of the value). */
    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
