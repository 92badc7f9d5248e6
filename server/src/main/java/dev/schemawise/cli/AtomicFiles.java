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
import java.util.Set;

/**
 * Replaces a file's content so that, whatever happens, the file is either entirely old or entirely new: the new
 * text goes to a temporary file in the same folder, is flushed to disk, keeps the old file's permissions, and is
 * renamed over the old one. A file that changed on disk since it was read is left alone.
 */
final class AtomicFiles {
    private AtomicFiles() {}

    /** The file's content changed after it was read: someone else is editing it. */
    static final class ChangedOnDisk extends IOException {
        ChangedOnDisk(Path file) {
            super(file + " changed on disk since it was read");
        }
    }

    static void replace(Path file, String expectedOld, String newText) throws IOException {
        Path target = file.toRealPath(); // write through a symbolic link, not over it
        String current = new String(Files.readAllBytes(target), StandardCharsets.UTF_8);
        if (!current.equals(expectedOld)) throw new ChangedOnDisk(file);
        swap(target, newText);
    }

    /** Writes a whole file (a generated document), creating it or replacing it atomically. */
    static void write(Path file, String text) throws IOException {
        Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        swap(target, text);
    }

    private static void swap(Path target, String newText) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".schemawise-tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(newText.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) channel.write(bytes);
                channel.force(true);
            }
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (view != null && Files.exists(target)) {
                Set<PosixFilePermission> permissions = view.readAttributes().permissions();
                Files.setPosixFilePermissions(temp, permissions);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
