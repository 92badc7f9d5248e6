package dev.schemawise.sql;

import dev.schemawise.model.Dialect;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the SQL dialect of a file from markers only one dialect uses (backticks and ENGINE= for MySQL,
 * AUTOINCREMENT and [brackets] for SQLite, :: casts and dollar quotes for PostgreSQL) and from its path.
 * Returns null when nothing points anywhere, so the caller's default applies.
 */
public final class DialectGuesser {
    private DialectGuesser() {}

    private static final int SAMPLE = 256 * 1024;
    private static final int FIRST_SAMPLE = 64 * 1024;

    /** Enough markers, and one dialect with at least three times the votes of any other. */
    private static boolean decisive(int mysql, int sqlite, int postgres) {
        int best = Math.max(mysql, Math.max(sqlite, postgres));
        int second = mysql + sqlite + postgres - best - Math.min(mysql, Math.min(sqlite, postgres));
        return best >= 20 && best >= 3 * second;
    }

    private static final Pattern MYSQL = Pattern.compile(
            "`\\w+`|\\bENGINE\\s*=|\\bAUTO_INCREMENT\\b|\\bUNSIGNED\\b|\\bDEFAULT\\s+CHARSET\\b|^DELIMITER\\s|\\bTINYINT\\b|\\bLONGTEXT\\b|\\bMEDIUMTEXT\\b|/\\*!\\d{5}",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern SQLITE = Pattern.compile(
            "\\bAUTOINCREMENT\\b|\\bWITHOUT\\s+ROWID\\b|^\\s*PRAGMA\\b|\\)\\s*STRICT\\s*;|\\[\\w+\\]\\s+(INTEGER|TEXT|NVARCHAR|REAL|BLOB|NUMERIC)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern POSTGRES = Pattern.compile(
            "::\\w|\\$\\w*\\$|\\bBIGSERIAL\\b|\\bSERIAL\\b|\\bCREATE\\s+EXTENSION\\b|\\bTIMESTAMPTZ\\b|\\bJSONB\\b|\\bpg_catalog\\b|\\bOWNER\\s+TO\\b|\\bCONCURRENTLY\\b|\\bUSING\\s+(gin|gist|brin)\\b|\\bWITH\\s+TIME\\s+ZONE\\b",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    /** Whether two versions of a file's text give the same guess: it reads only the file's first {@value #SAMPLE} characters. */
    public static boolean sameEvidence(String a, String b) {
        if (a.length() >= SAMPLE && b.length() >= SAMPLE) {
            return dev.schemawise.text.Shared.sameText(dev.schemawise.text.Shared.remembered(a, b), a, 0, b, 0, SAMPLE);
        }
        return a.equals(b);
    }

    public static Dialect guess(String path, String text) {
        String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
        if (p.contains("mysql") || p.contains("mariadb")) return Dialect.MYSQL;
        if (p.contains("sqlite")) return Dialect.SQLITE;
        if (p.contains("postgres") || p.contains("pgsql") || p.matches(".*\\bpg[_./-].*")) return Dialect.POSTGRESQL;
        // The first 64 KB usually settle it (a dump's first CREATE TABLEs); the rest of the sample is read only when
        // they do not: the three expressions over 256 KB took a sixth of a second of a check.
        int mysql = 0;
        int sqlite = 0;
        int postgres = 0;
        for (int size : new int[] {FIRST_SAMPLE, SAMPLE}) {
            String sample = withoutComments(text.length() > size ? text.substring(0, size) : text);
            mysql = count(MYSQL, sample);
            sqlite = count(SQLITE, sample) * 2;
            postgres = count(POSTGRES, sample);
            if (text.length() <= size || decisive(mysql, sqlite, postgres)) break;
        }
        if (mysql == 0 && sqlite == 0 && postgres == 0) return null;
        if (mysql > sqlite && mysql > postgres) return Dialect.MYSQL;
        if (sqlite > postgres && sqlite >= mysql) return Dialect.SQLITE;
        return Dialect.POSTGRESQL;
    }

    /**
     * The text with comments blanked out (prose in comments, e.g. `backticks` in markdown, is no evidence),
     * keeping MySQL's executable comments. Quoted strings are skipped so that '--' inside one is not a comment.
     */
    static String withoutComments(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'') {
                int j = i + 1;
                while (j < n && !(text.charAt(j) == '\'' && (j + 1 >= n || text.charAt(j + 1) != '\''))) j += text.charAt(j) == '\'' ? 2 : 1;
                j = Math.min(n, j + 1);
                b.append(text, i, j);
                i = j;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                while (i < n && text.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 2 < n && text.charAt(i + 1) == '*' && text.charAt(i + 2) != '!') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                b.append(' ');
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find() && n < 1000) n++;
        return n;
    }
}
