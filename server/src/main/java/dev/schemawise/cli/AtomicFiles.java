package dev.schemawise.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * Replaces a file's content so that, whatever happens, the file is either entirely old or entirely new: the new
 * text goes to a temporary file in the same folder, is flushed to disk, keeps the old file's permissions, and is
 * renamed over the old one. A file that changed on disk since it was read is left alone: it is compared with the
 * text that was read once before the temporary file is written and again just before the rename, so the only
 * window left for a concurrent edit to be lost is between that last comparison and the rename (no lock would close
 * it: editors do not take one).
 */
final class AtomicFiles {
    private AtomicFiles() {}

    /** The file's content changed after it was read: someone else is editing it. */
    static final class ChangedOnDisk extends IOException {
        ChangedOnDisk(Path file) {
            super(file + " changed on disk since it was read");
        }
    }

    /** The points of a replacement, in order, at which {@link #hook} is called. */
    enum Step {
        /** About to compare the file on disk with the text read (replace only). */
        STARTED,
        /** The file on disk was compared with the text read (replace only). */
        CHECKED,
        /** The temporary file exists, empty. */
        TEMP_CREATED,
        /** Half of the new content is in the temporary file. */
        TEMP_HALF_WRITTEN,
        /** All of it, flushed to disk. */
        TEMP_WRITTEN,
        /** The temporary file has the old file's permissions. */
        PERMISSIONS_COPIED,
        /** The file on disk was compared with the text read once more (replace only). */
        RECHECKED,
        /** The temporary file was renamed over the target. */
        RENAMED
    }

    /** Called at each {@link Step}; a test makes it throw or touch the files to see what a failure at that point leaves. */
    interface Hook {
        void at(Step step, Path target, Path temp) throws IOException;
    }

    static final Hook NO_HOOK = (step, target, temp) -> {};

    /** Package-private for tests only; always {@link #NO_HOOK} otherwise. */
    static volatile Hook hook = NO_HOOK;

    static void replace(Path file, String expectedOld, String newText) throws IOException {
        Path target = file.toRealPath(); // write through a symbolic link, not over it
        byte[] expected = expectedOld.getBytes(StandardCharsets.UTF_8);
        hook.at(Step.STARTED, target, null);
        if (!unchanged(target, expected)) throw new ChangedOnDisk(file);
        hook.at(Step.CHECKED, target, null);
        swap(target, newText, () -> {
            if (!unchanged(target, expected)) throw new ChangedOnDisk(file);
        });
    }

    /** Writes a whole file (a generated document), creating it or replacing it atomically. */
    static void write(Path file, String text) throws IOException {
        Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        swap(target, text, null);
    }

    private interface Check {
        void run() throws IOException;
    }

    /** Compares bytes, not decoded text: a byte the decoder would replace must not make two different files equal. */
    private static boolean unchanged(Path target, byte[] expected) throws IOException {
        return Arrays.equals(Files.readAllBytes(target), expected);
    }

    private static void swap(Path target, String newText, Check beforeRename) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".schemawise-tmp");
        try {
            hook.at(Step.TEMP_CREATED, target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] content = newText.getBytes(StandardCharsets.UTF_8);
                ByteBuffer bytes = ByteBuffer.wrap(content, 0, content.length / 2);
                while (bytes.hasRemaining()) channel.write(bytes);
                hook.at(Step.TEMP_HALF_WRITTEN, target, temp);
                bytes = ByteBuffer.wrap(content, content.length / 2, content.length - content.length / 2);
                while (bytes.hasRemaining()) channel.write(bytes);
                channel.force(true);
            }
            hook.at(Step.TEMP_WRITTEN, target, temp);
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (view != null && Files.exists(target)) {
                Set<PosixFilePermission> permissions = view.readAttributes().permissions();
                Files.setPosixFilePermissions(temp, permissions);
            }
            hook.at(Step.PERMISSIONS_COPIED, target, temp);
            if (beforeRename != null) {
                // Writing and flushing took the longest: an editor that saved meanwhile must not be overwritten.
                beforeRename.run();
                hook.at(Step.RECHECKED, target, temp);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            hook.at(Step.RENAMED, target, temp);
            syncFolder(target.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Flushes the folder's entry list to disk, so that the rename survives a power cut too (without it the file may
     * come back old after one, never mixed). Where a folder cannot be opened as a channel (Windows), the file
     * system keeps renames durable itself, and nothing is lost by skipping it.
     */
    private static void syncFolder(Path folder) {
        if (folder == null) return;
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported here; the rename itself has happened
        }
    }
}
