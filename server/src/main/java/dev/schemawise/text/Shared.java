package dev.schemawise.text;

import java.lang.ref.WeakReference;

/**
 * What two versions of a text share at their start and at their end (the rest is what an edit replaced).
 *
 * Comparing two versions of a large file character by character costs milliseconds (a 100,000-line dump is four
 * million characters), and the editor already said what it changed: {@link #edited} remembers each edit as it is
 * applied, and {@link #of} then compares only what lies between the edits. Remembered edits hold their texts weakly.
 */
public record Shared(int prefix, int suffix) {

    /** An edit: {@code after} is {@code before} with what lies between the first {@code prefix} and last {@code suffix} characters replaced. */
    private record Edit(WeakReference<String> before, WeakReference<String> after, int prefix, int suffix) {}

    private static final Edit[] EDITS = new Edit[32];
    private static int next;

    /**
     * Remembers that {@code after} was made from {@code before} by replacing what lies after its first {@code prefix}
     * and before its last {@code suffix} characters (the two must not overlap in either text).
     */
    public static void edited(String before, String after, int prefix, int suffix) {
        if (before == null || after == null || prefix < 0 || suffix < 0 || prefix + suffix > Math.min(before.length(), after.length())) return;
        synchronized (EDITS) {
            EDITS[next] = new Edit(new WeakReference<>(before), new WeakReference<>(after), prefix, suffix);
            next = (next + 1) % EDITS.length;
        }
    }

    /** The longest shared start, then the longest shared end of what remains (the two never overlap). */
    public static Shared of(String before, String after) {
        int m = before.length();
        int n = after.length();
        int limit = Math.min(m, n);
        Shared known = remembered(before, after);
        int prefix = known == null ? 0 : known.prefix();
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) prefix++;
        int suffix = known == null ? 0 : Math.min(known.suffix(), limit - prefix);
        while (suffix < limit - prefix && before.charAt(m - 1 - suffix) == after.charAt(n - 1 - suffix)) suffix++;
        return new Shared(prefix, suffix);
    }

    /**
     * What remembered edits say the texts share at least (a chain of edits shares what each of them shares), or null
     * when no chain of them leads from {@code before} to {@code after}.
     */
    public static Shared remembered(String before, String after) {
        if (before == after) return new Shared(before.length(), 0);
        synchronized (EDITS) {
            int prefix = Integer.MAX_VALUE;
            int suffix = Integer.MAX_VALUE;
            String at = after;
            for (int steps = 0; steps < EDITS.length; steps++) {
                Edit e = find(at);
                if (e == null) return null;
                String from = e.before().get();
                if (from == null) return null;
                prefix = Math.min(prefix, e.prefix());
                suffix = Math.min(suffix, e.suffix());
                if (from == before) return new Shared(prefix, suffix);
                at = from;
            }
            return null;
        }
    }

    /**
     * Whether {@code length} characters of {@code before} from {@code beforeStart} are those of {@code after} from
     * {@code afterStart}. Known without comparing when {@code known} (what the two share, or null) says both ranges lie
     * in the shared start at the same place, or in the shared end at the same distance from the end; compared otherwise.
     */
    public static boolean sameText(Shared known, String before, int beforeStart, String after, int afterStart, int length) {
        if (beforeStart < 0 || afterStart < 0 || beforeStart + length > before.length() || afterStart + length > after.length()) return false;
        if (before == after && beforeStart == afterStart) return true;
        if (known != null) {
            if (beforeStart == afterStart && afterStart + length <= known.prefix()) return true;
            if (beforeStart == afterStart - (after.length() - before.length()) && afterStart >= after.length() - known.suffix()) return true;
        }
        return before.regionMatches(beforeStart, after, afterStart, length);
    }

    /** The newest remembered edit that made {@code text}. */
    private static Edit find(String text) {
        for (int k = 1; k <= EDITS.length; k++) {
            Edit e = EDITS[Math.floorMod(next - k, EDITS.length)];
            if (e != null && e.after().get() == text) return e;
        }
        return null;
    }
}
