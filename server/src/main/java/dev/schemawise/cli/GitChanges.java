package dev.schemawise.cli;

import dev.schemawise.workspace.Git;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a git-aware run reports on ({@code check --staged}, {@code --since REF}, {@code --changed}), asked of
 * {@code git} in a subprocess. The analysis still reads the whole workspace: only the reported findings are limited.
 */
final class GitChanges {
    private GitChanges() {}

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;

        GitException(String message) {
            super(message);
        }
    }

    /** Files staged for commit (added, copied, modified, renamed). */
    static Set<Path> staged(Path cwd) throws GitException {
        Path top = top(cwd);
        return absolute(top, git(cwd, "diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"));
    }

    /** Files that differ between REF and the working tree, plus untracked files that are not ignored. */
    static Set<Path> since(Path cwd, String ref) throws GitException {
        return since(cwd, top(cwd), ref);
    }

    private static Set<Path> since(Path cwd, Path top, String ref) throws GitException {
        if (!exists(cwd, ref)) throw new GitException("unknown git revision '" + ref + "'");
        Set<Path> out = absolute(top, git(cwd, "diff", "--name-only", "--diff-filter=ACMR", "-z", ref));
        out.addAll(absolute(top, git(cwd, "ls-files", "--others", "--exclude-standard", "-z")));
        return out;
    }

    /**
     * Files changed on this branch: since the merge base of HEAD and the base branch, which is
     * {@code origin/$GITHUB_BASE_REF} in a GitHub pull request, else the upstream branch, else {@code origin/HEAD},
     * {@code origin/main}, {@code main}, {@code origin/master} or {@code master}, the first that exists.
     */
    static Set<Path> changed(Path cwd) throws GitException {
        Path top = top(cwd);
        List<String> candidates = new ArrayList<>();
        String base = System.getenv("GITHUB_BASE_REF");
        if (base != null && !base.isBlank()) candidates.add("origin/" + base);
        candidates.addAll(List.of("@{upstream}", "origin/HEAD", "origin/main", "main", "origin/master", "master"));
        for (String candidate : candidates) {
            if (!exists(cwd, candidate)) continue;
            String mergeBase = git(cwd, "merge-base", "HEAD", candidate).strip();
            if (!mergeBase.isEmpty()) return since(cwd, top, mergeBase);
        }
        throw new GitException("--changed found no base branch (tried " + String.join(", ", candidates) + "); use --since REF");
    }

    private static Path top(Path cwd) throws GitException {
        try {
            return Path.of(git(cwd, "rev-parse", "--show-toplevel").strip());
        } catch (GitException e) {
            throw new GitException(cwd + " is not inside a git repository (" + e.getMessage() + ")");
        }
    }

    private static boolean exists(Path cwd, String ref) {
        try {
            git(cwd, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
            return true;
        } catch (GitException e) {
            return false;
        }
    }

    private static Set<Path> absolute(Path top, String nulSeparated) {
        Set<Path> out = new LinkedHashSet<>();
        for (String name : nulSeparated.split("\0")) {
            if (!name.isEmpty()) out.add(real(top.resolve(name)));
        }
        return out;
    }

    /** The path with symbolic links resolved when it exists (git reports real paths), else just normalised. */
    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String git(Path cwd, String... args) throws GitException {
        Git.Result result = Git.run(cwd, TIMEOUT, args);
        if (!result.ok()) throw new GitException(result.message(args[0]));
        return result.text();
    }
}
