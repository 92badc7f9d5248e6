package dev.schemawise.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies fixes to texts in memory. Edits of a fix go in together or not at all; a fix overlapping one
 * already taken is left for a later pass (the caller re-analyses and applies again until nothing changes).
 */
public final class FixApplier {
    private FixApplier() {}

    /** The first safe fix of each finding, in finding order. */
    public static List<Fix> safeFixes(List<Finding> findings) {
        List<Fix> out = new ArrayList<>();
        for (Finding f : findings) {
            for (Fix fix : f.fixes()) {
                if (fix.safe()) {
                    out.add(fix);
                    break;
                }
            }
        }
        return out;
    }

    /** The new texts of the files that changed, and the fixes that went in. */
    public record Applied(Map<String, String> texts, List<Fix> fixes) {}

    /**
     * @param texts the current text of every file a fix may touch; fixes touching other files are skipped
     */
    public static Applied apply(Map<String, String> texts, List<Fix> fixes) {
        Map<String, List<TextEdit>> accepted = new HashMap<>();
        List<Fix> taken = new ArrayList<>();
        for (Fix fix : fixes) {
            boolean fits = true;
            for (TextEdit e : fix.edits()) {
                String text = texts.get(e.file());
                if (text == null || e.range().end() > text.length()) {
                    fits = false;
                    break;
                }
                for (TextEdit other : accepted.getOrDefault(e.file(), List.of())) {
                    if (overlaps(other, e)) fits = false;
                }
            }
            if (!fits) continue;
            taken.add(fix);
            for (TextEdit e : fix.edits()) accepted.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<TextEdit>> e : accepted.entrySet()) {
            List<TextEdit> edits = new ArrayList<>(e.getValue());
            edits.sort(Comparator.comparingInt((TextEdit t) -> t.range().start()).thenComparingInt(t -> t.range().end()));
            StringBuilder b = new StringBuilder(texts.get(e.getKey()));
            for (int i = edits.size() - 1; i >= 0; i--) {
                TextEdit t = edits.get(i);
                b.replace(t.range().start(), t.range().end(), t.newText());
            }
            String updated = b.toString();
            if (!updated.equals(texts.get(e.getKey()))) out.put(e.getKey(), updated);
        }
        return new Applied(out, taken);
    }

    /** Two edits conflict when their ranges overlap, or when both insert at the same point. */
    private static boolean overlaps(TextEdit a, TextEdit b) {
        if (a.range().start() == a.range().end() && b.range().start() == b.range().end()) return a.range().start() == b.range().start();
        return a.range().start() < b.range().end() && b.range().start() < a.range().end()
                || (a.range().length() == 0 && a.range().start() > b.range().start() && a.range().start() < b.range().end())
                || (b.range().length() == 0 && b.range().start() > a.range().start() && b.range().start() < a.range().end());
    }
}
