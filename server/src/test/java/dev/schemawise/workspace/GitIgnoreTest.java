package dev.schemawise.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GitIgnoreTest {

    private static boolean file(String rules, String path) {
        return GitIgnore.parse(rules).isIgnored(path, false);
    }

    private static boolean dir(String rules, String path) {
        return GitIgnore.parse(rules).isIgnored(path, true);
    }

    @Test
    void blankLinesAndCommentsAreNotRules() {
        GitIgnore g = GitIgnore.parse("\n   \n# comment\n");
        assertTrue(g.isEmpty());
        assertFalse(g.isIgnored("# comment", false));
    }

    @Test
    void escapedHashAndBangAreLiterals() {
        assertTrue(file("\\#notes.sql", "#notes.sql"));
        assertTrue(file("\\!important.sql", "!important.sql"));
        assertFalse(file("\\!important.sql", "important.sql"));
    }

    @Test
    void trailingSpacesAreTrimmedUnlessEscaped() {
        assertTrue(file("a.sql   ", "a.sql"));
        assertFalse(file("a.sql   ", "a.sql   "));
        assertTrue(file("a.sql\\ ", "a.sql "));
        assertFalse(file("a.sql\\ ", "a.sql"));
    }

    @Test
    void crlfLinesAndByteOrderMark() {
        GitIgnore g = GitIgnore.parse("\uFEFFa.sql\r\nb.sql\r\n");
        assertTrue(g.isIgnored("a.sql", false));
        assertTrue(g.isIgnored("b.sql", false));
    }

    @Test
    void negationReincludesAndLastRuleWins() {
        String rules = "*.sql\n!keep.sql\n";
        assertTrue(file(rules, "drop.sql"));
        assertFalse(file(rules, "keep.sql"));
        assertEquals(GitIgnore.Verdict.INCLUDED, GitIgnore.parse(rules).match("keep.sql", false));
        assertEquals(GitIgnore.Verdict.UNMATCHED, GitIgnore.parse(rules).match("keep.prisma", false));
        assertTrue(file("!keep.sql\n*.sql\n", "keep.sql"));
    }

    @Test
    void fileUnderAnIgnoredDirectoryCannotBeReincluded() {
        String rules = "gen/\n!gen/keep.sql\n";
        assertTrue(file(rules, "gen/keep.sql"));
        // The leaf alone is re-included; a walker never asks, since it does not enter gen/.
        assertEquals(GitIgnore.Verdict.INCLUDED, GitIgnore.parse(rules).match("gen/keep.sql", false));
    }

    @Test
    void patternWithoutSlashMatchesTheNameAtAnyDepth() {
        assertTrue(file("*.bak.sql", "x.bak.sql"));
        assertTrue(file("*.bak.sql", "a/b/c/x.bak.sql"));
        assertTrue(dir("generated", "a/generated"));
        assertTrue(file("generated", "a/generated/x.sql"));
    }

    @Test
    void leadingOrMiddleSlashAnchorsToTheBase() {
        assertTrue(file("/schema.sql", "schema.sql"));
        assertFalse(file("/schema.sql", "sub/schema.sql"));
        assertTrue(file("db/schema.sql", "db/schema.sql"));
        assertFalse(file("db/schema.sql", "app/db/schema.sql"));
        assertFalse(file("db/*.sql", "db/sub/x.sql"));
    }

    @Test
    void trailingSlashMatchesDirectoriesOnly() {
        assertTrue(dir("out/", "out"));
        assertFalse(file("out/", "out"));
        assertTrue(dir("out/", "a/out"));
        assertTrue(file("out/", "out/x.sql"));
        assertTrue(dir("/a/out/", "a/out"));
        assertFalse(dir("/a/out/", "b/a/out"));
    }

    @Test
    void wildcardsStayWithinOneSegment() {
        assertTrue(file("a?c.sql", "abc.sql"));
        assertFalse(file("a?c.sql", "ac.sql"));
        assertEquals(GitIgnore.Verdict.UNMATCHED, GitIgnore.parse("a/*").match("a/b/c", false));
        // ...but a/b/c is still ignored, because its parent a/b is.
        assertTrue(file("a/*", "a/b/c"));
        assertTrue(dir("a/*", "a/b"));
        assertFalse(file("a*c", "a/c"));
        assertFalse(file("a?c", "a/c"));
        assertTrue(file("a*", "a"));
        assertTrue(file("*", "anything.sql"));
    }

    @Test
    void characterClasses() {
        assertTrue(file("v[0-9].sql", "v7.sql"));
        assertFalse(file("v[0-9].sql", "vx.sql"));
        assertTrue(file("[abc].sql", "b.sql"));
        assertFalse(file("[abc].sql", "d.sql"));
        assertTrue(file("[!a].sql", "b.sql"));
        assertFalse(file("[!a].sql", "a.sql"));
        assertTrue(file("[^a].sql", "b.sql"));
        assertTrue(file("[]x].sql", "].sql"));
        assertTrue(file("[a-].sql", "-.sql"));
        assertTrue(file("v[[:digit:]].sql", "v3.sql"));
        assertFalse(file("a[/]b", "a/b"));
        // An unterminated class is a literal '['.
        assertTrue(file("[abc", "[abc"));
    }

    @Test
    void backslashEscapesWildcards() {
        assertTrue(file("a\\*b", "a*b"));
        assertFalse(file("a\\*b", "axb"));
        assertTrue(file("a\\?b", "a?b"));
        assertFalse(file("a\\?b", "axb"));
    }

    @Test
    void leadingGlobstar() {
        assertTrue(file("**/seed.sql", "seed.sql"));
        assertTrue(file("**/seed.sql", "a/b/seed.sql"));
        assertTrue(dir("**/tmp/cache", "x/tmp/cache"));
        assertFalse(file("**/tmp/cache", "x/tmp/y/cache"));
    }

    @Test
    void trailingGlobstarMatchesEverythingInsideButNotTheDirectory() {
        assertTrue(file("gen/**", "gen/a.sql"));
        assertTrue(file("gen/**", "gen/a/b/c.sql"));
        assertFalse(dir("gen/**", "gen"));
        assertFalse(file("gen/**", "other/gen/a.sql"));
    }

    @Test
    void middleGlobstarMatchesZeroOrMoreDirectories() {
        assertTrue(file("a/**/b.sql", "a/b.sql"));
        assertTrue(file("a/**/b.sql", "a/x/b.sql"));
        assertTrue(file("a/**/b.sql", "a/x/y/z/b.sql"));
        assertFalse(file("a/**/b.sql", "x/a/b.sql"));
        assertTrue(file("a/**/**/b.sql", "a/b.sql"));
    }

    @Test
    void doubleStarInsideASegmentIsAPlainStar() {
        assertTrue(file("a**b", "axxb"));
        assertFalse(file("x/a**b", "x/a/b"));
    }

    @Test
    void nestedFilesApplyToTheirSubtreeAndDeeperRulesWin() {
        GitIgnore g = GitIgnore.EMPTY.add("", "*.sql\n").add("db", "!*.sql\nold.sql\n");
        assertTrue(g.isIgnored("top.sql", false));
        assertFalse(g.isIgnored("db/schema.sql", false));
        assertTrue(g.isIgnored("db/old.sql", false));
        assertFalse(g.isIgnored("db/sub/schema.sql", false));
        // Rules of db/ do not reach a sibling whose name merely starts with "db".
        assertTrue(g.isIgnored("dbx/schema.sql", false));
        // Anchored patterns are relative to their own file's directory.
        GitIgnore anchored = GitIgnore.EMPTY.add("/repo/app", "/gen/\n");
        assertTrue(anchored.isIgnored("/repo/app/gen", true));
        assertFalse(anchored.isIgnored("/repo/gen", true));
        assertFalse(anchored.isIgnored("/repo/app/x/gen", true));
    }

    @Test
    void addingNothingKeepsTheSameMatcher() {
        GitIgnore g = GitIgnore.parse("a\n");
        assertTrue(g == g.add("x", "# only a comment\n"));
    }

    @Test
    void hostilePatternsRunInLinearTime() {
        String name = "a".repeat(10_000);
        String deep = "a/".repeat(5_000) + "c";
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
            assertFalse(file("*a*a*a*a*a*a*a*a*a*b", name));
            assertFalse(file("/*a*a*a*a*a*a*a*a*a*b", name));
            assertTrue(file("*a*a*a*a*a*a*a*a*a*a", name));
            assertFalse(file("[a]*[a]*?*a*a*a*a*a*a*a*b", name));
            assertFalse(GitIgnore.parse("**/a/**/a/**/a/**/a/**/a/**/b").match(deep, false) == GitIgnore.Verdict.IGNORED);
        });
    }
}
