package dev.schemawise.workspace;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises migrations folders from file names and places: Prisma ({@code migrations/<timestamp>_name/migration.sql}),
 * Flyway ({@code V1__x.sql}, {@code U1__x.sql}, {@code R__x.sql}), golang-migrate and sqlx ({@code 0001_x.up.sql}
 * and {@code .down.sql}), dbmate ({@code -- migrate:up} sections), Drizzle ({@code *.sql} beside
 * {@code meta/_journal.json}) and plain numbered files in a {@code migrations} folder. Pure: works on paths and texts.
 */
public final class MigrationLayouts {
    private MigrationLayouts() {}

    /** A migrations folder: its root, its tool and its migrations in order. */
    public record Folder(String root, MigrationTool tool, List<Migration> migrations) {
        public Set<String> files() {
            Set<String> out = new HashSet<>();
            for (Migration m : migrations) {
                out.add(m.upFile());
                if (m.downFile() != null) out.add(m.downFile());
            }
            return out;
        }
    }

    private static final Pattern PRISMA_DIR = Pattern.compile("\\d{8,}_.*|\\d+_.+");
    private static final Pattern UP_DOWN = Pattern.compile("(\\d+)_(.+)\\.(up|down)\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern FLYWAY = Pattern.compile("([VUR])([0-9][0-9._]*)?__(.+)\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)[_-](.+)\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern DBMATE_UP = Pattern.compile("(?m)^--\\s*migrate:up\\b");
    private static final Pattern DBMATE_DOWN = Pattern.compile("(?m)^--\\s*migrate:down\\b");

    /**
     * @param sqlFiles  workspace paths (with '/') of the .sql files and their texts
     * @param auxFiles  paths and texts of migration_lock.toml and _journal.json files
     */
    public static List<Folder> detect(Map<String, String> sqlFiles, Map<String, String> auxFiles) {
        List<Folder> out = new ArrayList<>();
        Set<String> claimed = new HashSet<>();

        // Prisma: <root>/<digits>_<name>/migration.sql
        Map<String, List<Migration>> prisma = new TreeMap<>();
        for (String path : sqlFiles.keySet()) {
            if (!name(path).equals("migration.sql")) continue;
            String dir = parent(path);
            String dirName = name(dir);
            if (!PRISMA_DIR.matcher(dirName).matches()) continue;
            int underscore = dirName.indexOf('_');
            prisma.computeIfAbsent(parent(dir), k -> new ArrayList<>())
                    .add(new Migration(MigrationTool.PRISMA, dirName.substring(0, underscore), dirName.substring(underscore + 1), path, null));
        }
        add(out, claimed, prisma, MigrationTool.PRISMA);

        // golang-migrate / sqlx: <version>_<name>.up.sql and .down.sql
        Map<String, Map<String, String[]>> upDown = new TreeMap<>();
        for (String path : sqlFiles.keySet()) {
            if (claimed.contains(path)) continue;
            Matcher m = UP_DOWN.matcher(name(path));
            if (!m.matches()) continue;
            String[] pair = upDown.computeIfAbsent(parent(path), k -> new TreeMap<>())
                    .computeIfAbsent(m.group(1) + "\u0000" + m.group(2), k -> new String[2]);
            pair[m.group(3).equalsIgnoreCase("up") ? 0 : 1] = path;
        }
        Map<String, List<Migration>> golang = new TreeMap<>();
        for (Map.Entry<String, Map<String, String[]>> dir : upDown.entrySet()) {
            for (Map.Entry<String, String[]> e : dir.getValue().entrySet()) {
                String[] versionName = e.getKey().split("\u0000", 2);
                String up = e.getValue()[0];
                String down = e.getValue()[1];
                if (up == null) continue; // a down without its up: nothing to apply; the file stays a plain script
                golang.computeIfAbsent(dir.getKey(), k -> new ArrayList<>())
                        .add(new Migration(MigrationTool.GOLANG_MIGRATE, versionName[0], versionName[1], up, down));
            }
        }
        add(out, claimed, golang, MigrationTool.GOLANG_MIGRATE);

        // Flyway: V<version>__<desc>.sql, U<version>__<desc>.sql (undo), R__<desc>.sql (repeatable, applied last)
        Map<String, Map<String, String>> undo = new HashMap<>();
        Map<String, List<Migration>> flyway = new TreeMap<>();
        Map<String, List<Migration>> repeatable = new TreeMap<>();
        for (String path : sqlFiles.keySet()) {
            Matcher m = FLYWAY.matcher(name(path));
            if (claimed.contains(path) || !m.matches()) continue;
            char kind = Character.toUpperCase(m.group(1).charAt(0));
            if (kind == 'U' && m.group(2) != null) undo.computeIfAbsent(parent(path), k -> new HashMap<>()).put(m.group(2), path);
        }
        for (String path : sqlFiles.keySet()) {
            Matcher m = FLYWAY.matcher(name(path));
            if (claimed.contains(path) || !m.matches()) continue;
            char kind = Character.toUpperCase(m.group(1).charAt(0));
            String dir = parent(path);
            if (kind == 'V' && m.group(2) != null) {
                String down = undo.getOrDefault(dir, Map.of()).get(m.group(2));
                flyway.computeIfAbsent(dir, k -> new ArrayList<>()).add(new Migration(MigrationTool.FLYWAY, m.group(2), m.group(3), path, down));
            } else if (kind == 'R') {
                repeatable.computeIfAbsent(dir, k -> new ArrayList<>()).add(new Migration(MigrationTool.FLYWAY, "R", m.group(3), path, null));
            }
        }
        for (Map.Entry<String, List<Migration>> e : flyway.entrySet()) {
            List<Migration> ms = sorted(e.getValue());
            List<Migration> rs = new ArrayList<>(repeatable.getOrDefault(e.getKey(), List.of()));
            rs.sort(Comparator.comparing(Migration::name));
            ms.addAll(rs);
            Folder folder = new Folder(e.getKey(), MigrationTool.FLYWAY, ms);
            out.add(folder);
            claimed.addAll(folder.files());
            for (String u : undo.getOrDefault(e.getKey(), Map.of()).values()) claimed.add(u);
        }

        // dbmate: files with a "-- migrate:up" section
        Map<String, List<Migration>> dbmate = new TreeMap<>();
        for (Map.Entry<String, String> f : sqlFiles.entrySet()) {
            // indexOf first: the regular expression would walk every line of a large dump on every edit
            if (claimed.contains(f.getKey()) || !f.getValue().contains("migrate:up") || !DBMATE_UP.matcher(f.getValue()).find()) continue;
            String file = name(f.getKey());
            Matcher m = NUMBERED.matcher(file);
            String version = m.matches() ? m.group(1) : file;
            String description = m.matches() ? m.group(2) : file;
            String down = DBMATE_DOWN.matcher(f.getValue()).find() ? f.getKey() : null;
            dbmate.computeIfAbsent(parent(f.getKey()), k -> new ArrayList<>()).add(new Migration(MigrationTool.DBMATE, version, description, f.getKey(), down));
        }
        add(out, claimed, dbmate, MigrationTool.DBMATE);

        // Drizzle: <dir>/*.sql beside <dir>/meta/_journal.json, ordered by the journal
        for (Map.Entry<String, String> aux : auxFiles.entrySet()) {
            if (!name(aux.getKey()).equals("_journal.json") || !name(parent(aux.getKey())).equals("meta")) continue;
            String dir = parent(parent(aux.getKey()));
            List<String> order = journalOrder(aux.getValue());
            List<Migration> ms = new ArrayList<>();
            for (String path : sqlFiles.keySet()) {
                if (claimed.contains(path) || !parent(path).equals(dir)) continue;
                String tag = name(path).substring(0, name(path).length() - 4);
                Matcher m = NUMBERED.matcher(name(path));
                int position = order.indexOf(tag);
                String version = position >= 0 ? String.format(Locale.ROOT, "%06d", position) : m.matches() ? m.group(1) : tag;
                ms.add(new Migration(MigrationTool.DRIZZLE, version, m.matches() ? m.group(2) : tag, path, null));
            }
            if (!ms.isEmpty()) {
                Folder folder = new Folder(dir, MigrationTool.DRIZZLE, sorted(ms));
                out.add(folder);
                claimed.addAll(folder.files());
            }
        }

        // Numbered files in a folder called migrations or migrate (Supabase CLI, sqlx without down files, ...)
        Map<String, List<Migration>> generic = new TreeMap<>();
        for (String path : sqlFiles.keySet()) {
            if (claimed.contains(path)) continue;
            String dir = parent(path);
            String dirName = name(dir).toLowerCase(Locale.ROOT);
            if (!dirName.equals("migrations") && !dirName.equals("migrate")) continue;
            Matcher m = NUMBERED.matcher(name(path));
            if (!m.matches()) continue;
            MigrationTool tool = dir.endsWith("supabase/migrations") ? MigrationTool.SUPABASE : MigrationTool.GENERIC;
            generic.computeIfAbsent(dir, k -> new ArrayList<>()).add(new Migration(tool, m.group(1), m.group(2), path, null));
        }
        for (Map.Entry<String, List<Migration>> e : generic.entrySet()) {
            Folder folder = new Folder(e.getKey(), e.getValue().get(0).tool(), sorted(e.getValue()));
            out.add(folder);
            claimed.addAll(folder.files());
        }
        out.sort(Comparator.comparing(Folder::root));
        return out;
    }

    private static void add(List<Folder> out, Set<String> claimed, Map<String, List<Migration>> byRoot, MigrationTool tool) {
        for (Map.Entry<String, List<Migration>> e : byRoot.entrySet()) {
            Folder folder = new Folder(e.getKey(), tool, sorted(e.getValue()));
            out.add(folder);
            claimed.addAll(folder.files());
        }
    }

    private static List<Migration> sorted(List<Migration> ms) {
        List<Migration> copy = new ArrayList<>(ms);
        copy.sort((a, b) -> {
            int c = compareVersions(a.version(), b.version());
            return c != 0 ? c : a.upFile().compareTo(b.upFile());
        });
        return copy;
    }

    /** Compares versions part by part, numerically: "2" before "10", "1.2" before "1.10", timestamps in order. */
    public static int compareVersions(String a, String b) {
        String[] pa = a.split("[._-]");
        String[] pb = b.split("[._-]");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            String x = i < pa.length ? stripZeros(pa[i]) : "";
            String y = i < pb.length ? stripZeros(pb[i]) : "";
            boolean xn = x.chars().allMatch(Character::isDigit);
            boolean yn = y.chars().allMatch(Character::isDigit);
            int c = xn && yn ? (x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y)) : x.compareTo(y);
            if (c != 0) return c;
        }
        return 0;
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') i++;
        return s.substring(i);
    }

    private static List<String> journalOrder(String json) {
        List<String> tags = new ArrayList<>();
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject()) return tags;
            JsonObject o = root.getAsJsonObject();
            JsonElement entries = o.get("entries");
            if (entries == null || !entries.isJsonArray()) return tags;
            JsonArray array = entries.getAsJsonArray();
            Map<Integer, String> byIdx = new LinkedHashMap<>();
            int position = 0;
            for (JsonElement e : array) {
                if (!e.isJsonObject()) continue;
                JsonObject entry = e.getAsJsonObject();
                JsonElement tag = entry.get("tag");
                JsonElement idx = entry.get("idx");
                if (tag == null || !tag.isJsonPrimitive()) continue;
                int index = idx != null && idx.isJsonPrimitive() && idx.getAsJsonPrimitive().isNumber() ? idx.getAsInt() : position;
                byIdx.put(index, tag.getAsString());
                position++;
            }
            new TreeMap<>(byIdx).values().forEach(tags::add);
        } catch (RuntimeException e) {
            // An unreadable journal: fall back to file-name order.
        }
        return tags;
    }

    /** The offset in a dbmate file where its "-- migrate:down" section starts, or the text's length. */
    public static int dbmateDownStart(String text) {
        Matcher m = DBMATE_DOWN.matcher(text);
        return m.find() ? m.start() : text.length();
    }

    /** The folder of a workspace path ("." for a top-level one). */
    public static String parentOf(String path) {
        return parent(path);
    }

    /** Prisma Migrate's lock file of a migrations folder, which names the database provider the migrations are for. */
    public static String prismaLockFile(String migrationsRoot) {
        return childOf(migrationsRoot, "migration_lock.toml");
    }

    /** A path in a folder ("." is the top). */
    private static String childOf(String dir, String name) {
        return dir.equals(".") || dir.isEmpty() ? name : dir + "/" + name;
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : path.substring(0, slash);
    }

    static String name(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
