package dev.schemawise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults injected into {@link AtomicFiles} at each step of a replacement through its hook: what a crash at that
 * point leaves (the target whole, old or new), what a failure leaves (the original, and no temporary file), and
 * what an edit made by someone else meanwhile becomes (kept, not overwritten). FixKillIT kills a real process.
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    /** Several kilobytes, so that half written is really half. */
    private static final String OLD = "CREATE TABLE t (id bigint PRIMARY KEY, flag boolean);\n".repeat(100);
    private static final String NEW = OLD.replace("boolean", "boolean NOT NULL");
    private static final String EDITED = OLD + "-- saved by an editor meanwhile\n";

    @AfterEach
    void unhook() {
        AtomicFiles.hook = AtomicFiles.NO_HOOK;
    }

    private Path schema() throws IOException {
        return Files.writeString(dir.resolve("schema.sql"), OLD);
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void atEveryStepTheFileIsWholeEitherOldOrNew() throws IOException {
        Path file = schema();
        List<String> seen = new ArrayList<>();
        AtomicFiles.hook = (step, target, temp) -> {
            String now = Files.readString(target);
            assertTrue(now.equals(OLD) || now.equals(NEW), "at " + step + " the file is neither old nor new");
            String tempState = temp == null || !Files.exists(temp) ? "" : " + temp of " + Files.size(temp) + " bytes";
            seen.add(step + ": " + (now.equals(OLD) ? "old" : "new") + tempState);
        };

        AtomicFiles.replace(file, OLD, NEW);

        int size = NEW.length();
        assertEquals(List.of("STARTED: old", "CHECKED: old", "TEMP_CREATED: old + temp of 0 bytes", "TEMP_HALF_WRITTEN: old + temp of " + size / 2 + " bytes",
                "TEMP_WRITTEN: old + temp of " + size + " bytes", "PERMISSIONS_COPIED: old + temp of " + size + " bytes",
                "RECHECKED: old + temp of " + size + " bytes", "RENAMED: new"), seen);
        assertEquals(NEW, Files.readString(file));
        assertEquals(List.of("schema.sql"), folder());
    }

    @ParameterizedTest
    @EnumSource(AtomicFiles.Step.class)
    void aFailureAtAnyStepLeavesTheOriginalAndNoTemporaryFile(AtomicFiles.Step failing) throws IOException {
        Path file = schema();
        AtomicFiles.hook = (step, target, temp) -> {
            if (step == failing) throw new IOException("disk full (injected at " + step + ")");
        };

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.replace(file, OLD, NEW));

        assertEquals("disk full (injected at " + failing + ")", e.getMessage());
        // Past the rename the new content is in place; nothing after it can undo that.
        assertEquals(failing == AtomicFiles.Step.RENAMED ? NEW : OLD, Files.readString(file));
        assertEquals(List.of("schema.sql"), folder(), "no temporary file left");
    }

    @ParameterizedTest
    @EnumSource(value = AtomicFiles.Step.class, names = {"TEMP_HALF_WRITTEN", "PERMISSIONS_COPIED"})
    void anErrorThatIsNotAnIOExceptionCleansUpToo(AtomicFiles.Step failing) throws IOException {
        Path file = schema();
        AtomicFiles.hook = (step, target, temp) -> {
            if (step == failing) throw new OutOfMemoryError("injected");
        };

        assertThrows(OutOfMemoryError.class, () -> AtomicFiles.replace(file, OLD, NEW));

        assertEquals(OLD, Files.readString(file));
        assertEquals(List.of("schema.sql"), folder());
    }

    /**
     * An editor saving the file at any point up to the last comparison: the edit stays and nothing is written. Both
     * ways editors save are tried: rewriting the file in place and renaming a new file over it.
     */
    @ParameterizedTest
    @EnumSource(value = AtomicFiles.Step.class, names = {"STARTED", "CHECKED", "TEMP_CREATED", "TEMP_HALF_WRITTEN", "TEMP_WRITTEN", "PERMISSIONS_COPIED"})
    void anEditMadeMeanwhileIsNeverOverwritten(AtomicFiles.Step when) throws IOException {
        for (boolean inPlace : new boolean[] {true, false}) {
            Path file = schema();
            AtomicFiles.hook = (step, target, temp) -> {
                if (step != when) return;
                if (inPlace) {
                    Files.writeString(target, EDITED);
                } else {
                    Path saved = Files.writeString(dir.resolve("editor-save.tmp"), EDITED);
                    Files.move(saved, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            };

            assertThrows(AtomicFiles.ChangedOnDisk.class, () -> AtomicFiles.replace(file, OLD, NEW), when + (inPlace ? " in place" : " by rename"));

            assertEquals(EDITED, Files.readString(file), when + (inPlace ? " in place" : " by rename"));
            assertEquals(List.of("schema.sql"), folder());
        }
    }

    /**
     * The window no comparison can close (editors take no lock): between the last comparison and the rename. It is
     * the rename itself; this measures it, and shows that an edit landing exactly there is lost.
     */
    @Test
    void theWindowLeftIsTheRenameItself() throws IOException {
        long[] at = new long[2];
        AtomicFiles.hook = (step, target, temp) -> {
            if (step == AtomicFiles.Step.RECHECKED) at[0] = System.nanoTime();
            if (step == AtomicFiles.Step.RENAMED) at[1] = System.nanoTime();
        };
        long[] windows = new long[21];
        for (int i = 0; i < windows.length; i++) {
            AtomicFiles.replace(schema(), OLD, NEW);
            windows[i] = at[1] - at[0];
        }
        Arrays.sort(windows);
        System.out.printf("window between the last comparison and the rename: median %d µs, widest %d µs over %d replacements%n",
                windows[windows.length / 2] / 1000, windows[windows.length - 1] / 1000, windows.length);

        Path file = schema();
        AtomicFiles.hook = (step, target, temp) -> {
            if (step == AtomicFiles.Step.RECHECKED) Files.writeString(target, EDITED);
        };
        AtomicFiles.replace(file, OLD, NEW);
        assertEquals(NEW, Files.readString(file), "an edit inside the window is lost: the documented limit");
    }

    @Test
    void permissionsAndLinksAreKept() throws IOException {
        Path real = schema();
        try {
            Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Path link = dir.resolve("link.sql");
        try {
            Files.createSymbolicLink(link, Path.of("schema.sql"));
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("symbolic links cannot be created here: " + e);
        }

        AtomicFiles.replace(link, OLD, NEW);

        assertTrue(Files.isSymbolicLink(link), "the link is written through, not replaced");
        assertEquals(NEW, Files.readString(real));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        assertEquals(List.of("link.sql", "schema.sql"), folder());
    }
}
