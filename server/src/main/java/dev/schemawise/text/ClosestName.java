package dev.schemawise.text;

import java.util.Collection;
import java.util.Locale;

/** Suggests the closest known name for a misspelt one ("did you mean ...?"), by edit distance. */
public final class ClosestName {
    private ClosestName() {}

    /** The candidate nearest to {@code name}, or null when none is close enough to be a plausible typo. */
    public static String of(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(lower, c.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(2, name.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /** Levenshtein distance, giving up (returning limit) once it exceeds {@code limit}; O(|a|·|b|) at worst. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) return limit;
        if (a.length() > 256 || b.length() > 256) return a.equals(b) ? 0 : limit;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin >= limit) return limit;
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
