package dev.schemawise.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-written parts of a committed architecture document, carried into a regenerated one: blocks between
 * {@code <!-- schemawise:keep NAME -->} and {@code <!-- /schemawise:keep -->} (put back after the section they
 * followed, or at the end when that section is gone), and the whole {@code ## Changelog} section (always last).
 * A new document gets an empty Changelog, as in the seed.
 */
public final class KeptSections {
    private KeptSections() {}

    private static final Pattern KEEP = Pattern.compile("(?s)<!-- schemawise:keep(?: ([^>]*?))? -->.*?<!-- /schemawise:keep -->\\n?");
    private static final Pattern HEADING = Pattern.compile("(?m)^## (.+)$");
    private static final String CHANGELOG = "## Changelog";

    /** A kept block and the heading of the section it sat in (null: before any section). */
    private record Block(String section, String text) {}

    /** The generated document with the kept parts of {@code previous} (null or empty for a first run) put back. */
    public static String merge(String generated, String previous) {
        String changelog = "## Changelog\n<!-- [PROJ-123] Added indexes for orders table -->\n";
        List<Block> blocks = new ArrayList<>();
        if (previous != null && !previous.isEmpty()) {
            String text = previous.replace("\r\n", "\n");
            int log = changelogStart(text);
            if (log >= 0) {
                changelog = text.substring(log);
                if (!changelog.endsWith("\n")) changelog += "\n";
                text = text.substring(0, log);
            }
            Matcher m = KEEP.matcher(text);
            while (m.find()) {
                String block = m.group();
                blocks.add(new Block(sectionAt(text, m.start()), block.endsWith("\n") ? block : block + "\n"));
            }
        }
        Map<String, StringBuilder> after = new LinkedHashMap<>();
        for (Block b : blocks) after.computeIfAbsent(b.section() == null ? "" : b.section(), k -> new StringBuilder()).append(b.text());
        // Split the generated text at its sections and append each section's blocks at its end.
        StringBuilder out = new StringBuilder();
        Matcher h = HEADING.matcher(generated);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (h.find()) {
            starts.add(new int[] {h.start()});
            names.add(h.group(1).strip());
        }
        int first = starts.isEmpty() ? generated.length() : starts.get(0)[0];
        out.append(generated, 0, first);
        appendBlock(out, after.remove(""));
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : generated.length();
            out.append(generated, starts.get(i)[0], end);
            appendBlock(out, after.remove(names.get(i)));
        }
        for (StringBuilder rest : after.values()) appendBlock(out, rest);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
        if (!out.toString().endsWith("\n\n")) out.append('\n');
        return out.append(changelog).toString();
    }

    private static void appendBlock(StringBuilder out, CharSequence block) {
        if (block == null) return;
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) out.append('\n');
        out.append(block).append('\n');
    }

    private static int changelogStart(String text) {
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            if (m.group().strip().equalsIgnoreCase(CHANGELOG)) return m.start();
        }
        return -1;
    }

    private static String sectionAt(String text, int offset) {
        String section = null;
        Matcher m = HEADING.matcher(text);
        while (m.find() && m.start() < offset) section = m.group(1).strip();
        return section;
    }
}
