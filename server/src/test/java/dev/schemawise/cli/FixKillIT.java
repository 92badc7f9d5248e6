package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --fix} killed with SIGKILL ({@link Process#destroyForcibly()}) at random moments, most of them in the
 * middle of writing 200 files: every file must be byte for byte either its original or its fixed text (never
 * truncated, never a mix), a temporary file may be left (the process had no chance to remove it) but at most one,
 * hidden and not a schema file, and a second --fix finishes the job. Runs the shaded jar as users do, after package.
 */
class FixKillIT {

    @TempDir
    Path dir;

    private static final int FILES = 200;
    /** More runs for a longer soak: -Dschemawise.killRuns=50. */
    private static final int RUNS = Integer.getInteger("schemawise.killRuns", 4);

    private static String name(int i) {
        return String.format("f%03d.sql", i);
    }

    /** One safe fix per file (NOT NULL on a boolean): the fixed text is longer, so a truncated file cannot pass for either. */
    private static Map<String, byte[]> originals() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < FILES; i++) {
            out.put(name(i), ("-- file " + i + "\nCREATE TABLE t" + i + " (id bigint PRIMARY KEY, flag boolean, note text NOT NULL);\n"
                    + ("-- padding so each write takes a little longer\n").repeat(20)).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private Path folder(String name, Map<String, byte[]> files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, byte[]> e : files.entrySet()) Files.write(folder.resolve(e.getKey()), e.getValue());
        return folder;
    }

    private Process fix(Path folder, ProcessBuilder.Redirect output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of(System.getProperty("schemawise.jar", "target/schemawise.jar"));
        // The launcher's flags, and C1 only: the run is short, and a kill test wants many of them.
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xss4m", "-XX:TieredStopAtLevel=1"));
        if (Files.isRegularFile(jar)) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.schemawise.cli.Main"));
        }
        command.addAll(List.of("check", "--fix", "--quiet", dir.relativize(folder).toString()));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(output).redirectError(output).start();
    }

    /**
     * Watches the first and the last file (the writes go in name order): milliseconds from the start until the first
     * is rewritten and until the last is, -1 for what did not happen before the process ended.
     */
    private static long[] watchWrites(Process p, Path folder, Map<String, byte[]> originals, long started, boolean untilLast) throws Exception {
        long[] at = {-1, -1};
        Path first = folder.resolve(name(0));
        Path last = folder.resolve(name(FILES - 1));
        while (p.isAlive()) {
            long now = (System.nanoTime() - started) / 1_000_000;
            if (at[0] < 0 && Files.size(first) != originals.get(name(0)).length) {
                at[0] = now;
                if (!untilLast) return at;
            }
            if (at[0] >= 0 && Files.size(last) != originals.get(name(FILES - 1)).length) {
                at[1] = now;
                return at;
            }
            Thread.sleep(1);
        }
        return at;
    }

    private static String leftover(Path folder, Map<String, byte[]> originals) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> extra = files.map(p -> p.getFileName().toString()).filter(n -> !originals.containsKey(n)).sorted().toList();
            for (String n : extra) assertTrue(n.matches("\\.f\\d{3}\\.sql\\.\\d+\\.schemawise-tmp"), "only a hidden temporary file may be left: " + n);
            assertTrue(extra.size() <= 1, "files are written one at a time, so at most one temporary file is left: " + extra);
            return extra.isEmpty() ? "" : extra.get(0);
        }
    }

    @Test
    void killedAtAnyMomentEveryFileIsWholeOldOrNew() throws Exception {
        Map<String, byte[]> originals = originals();

        // The fixed texts, from a run left to finish; and how long its phases take.
        Path reference = folder("reference", originals);
        long started = System.nanoTime();
        Process whole = fix(reference, ProcessBuilder.Redirect.to(dir.resolve("reference.log").toFile()));
        long[] writes = watchWrites(whole, reference, originals, started, true);
        assertTrue(whole.waitFor(60, TimeUnit.SECONDS), "a whole run ends");
        long total = (System.nanoTime() - started) / 1_000_000;
        assertEquals(1, whole.exitValue(), Files.readString(dir.resolve("reference.log")));
        assertTrue(writes[0] >= 0 && writes[1] >= writes[0], "the writes were seen: " + Arrays.toString(writes));
        Map<String, byte[]> expected = new LinkedHashMap<>();
        for (String n : originals.keySet()) {
            byte[] fixed = Files.readAllBytes(reference.resolve(n));
            assertNotEquals(new String(originals.get(n), StandardCharsets.UTF_8), new String(fixed, StandardCharsets.UTF_8), n + " is fixed");
            expected.put(n, fixed);
        }
        assertEquals("", leftover(reference, originals));
        long writing = Math.max(1, writes[1] - writes[0]);
        System.out.printf("reference: %d files, whole run %d ms, the writes from %d to %d ms%n", FILES, total, writes[0], writes[1]);

        Random random = new Random(Long.getLong("schemawise.killSeed", System.nanoTime()));
        int midWrite = 0;
        Path last = null;
        for (int run = 0; run < RUNS; run++) {
            Path folder = folder("run" + run, originals);
            // Most kills wait for the first write, then land somewhere in the writing; one in four anywhere in the run.
            boolean anywhere = run % 4 == 3;
            long t0 = System.nanoTime();
            Process p = fix(folder, ProcessBuilder.Redirect.DISCARD);
            if (anywhere) {
                Thread.sleep(random.nextInt((int) total));
            } else {
                watchWrites(p, folder, originals, t0, false);
                Thread.sleep(random.nextInt((int) writing));
            }
            long delay = (System.nanoTime() - t0) / 1_000_000;
            boolean killed = p.isAlive();
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));

            int fixed = 0;
            for (String n : originals.keySet()) {
                byte[] now = Files.readAllBytes(folder.resolve(n));
                boolean isOld = Arrays.equals(now, originals.get(n));
                boolean isNew = Arrays.equals(now, expected.get(n));
                assertTrue(isOld || isNew, "run " + run + ": " + n + " is neither its original nor its fixed text (" + now.length + " bytes)");
                if (isNew) fixed++;
            }
            String temp = leftover(folder, originals);
            if (fixed > 0 && fixed < FILES) midWrite++;
            if (killed && fixed > 0 && fixed < FILES) last = folder;
            System.out.printf("kill %d: %s after %d ms: %d of %d files fixed, %d original%s%n", run, killed ? "SIGKILL" : "(ended first)", delay, fixed, FILES,
                    FILES - fixed, temp.isEmpty() ? ", no temporary file" : ", temporary file left: " + temp);
        }
        assertTrue(midWrite > 0 && last != null, "at least one kill landed in the middle of the writes");

        // A second --fix on a folder killed mid-write finishes the job; the temporary file left is not read as a schema.
        Process again = fix(last, ProcessBuilder.Redirect.to(dir.resolve("again.log").toFile()));
        assertTrue(again.waitFor(60, TimeUnit.SECONDS));
        for (String n : originals.keySet()) assertTrue(Arrays.equals(expected.get(n), Files.readAllBytes(last.resolve(n))), n + " fixed by the second run");
        String log = Files.readString(dir.resolve("again.log"));
        assertTrue(!log.contains("schemawise-tmp"), "the temporary file is not read: " + log);
        System.out.printf("%d kills, %d in the middle of the writes; a second --fix completed %s%n", RUNS, midWrite, dir.relativize(last));
    }
}
