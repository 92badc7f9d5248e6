package dev.schemawise.text;

/** What two versions of a text share at their start and at their end (the rest is what an edit replaced). */
public record Shared(int prefix, int suffix) {

    /** The longest shared start, then the longest shared end of what remains (the two never overlap). */
    public static Shared of(String before, String after) {
        int m = before.length();
        int n = after.length();
        int limit = Math.min(m, n);
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < limit - prefix && before.charAt(m - 1 - suffix) == after.charAt(n - 1 - suffix)) suffix++;
        return new Shared(prefix, suffix);
    }
}
