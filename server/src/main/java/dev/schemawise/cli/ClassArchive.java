package dev.schemawise.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes a class-data archive that this run records serve every later run, whatever this one read. The launchers
 * ({@code ./schemawise}, the VS Code extension) record an archive of the classes a jar's first run loads, with
 * {@code -XX:ArchiveClassesAtExit}, and map it in later runs (docs/PERFORMANCE.md, start-up). A first language
 * server that only saw SQL left the Prisma reader out of it, and the other way round: the next server of the other
 * kind loaded and verified those classes from the jar again (about 80 classes; 50 ms of the Prisma schema's first
 * diagnostics). So when this JVM records an archive, it loads and links the classes of schemawise, ANTLR's runtime
 * and JSqlParser from its jar as it exits, without initialising them, and the archive holds them all.
 *
 * <p>Whether the JVM records is read from {@code /proc/self/cmdline} (elsewhere nothing is done: the archive then
 * holds what the run loaded, as before). Asking the JVM through its management beans costs tens of milliseconds
 * at every start.
 */
final class ClassArchive {
    private ClassArchive() {}

    /** The packages whose classes go into the archive, as jar paths. */
    private static final String[] PACKAGES = {"dev/schemawise/", "org/antlr/v4/runtime/", "net/sf/jsqlparser/"};

    /** When this JVM records a class-data archive, loads every class of {@link #PACKAGES} before it exits. */
    static void completeAtExit() {
        if (!recording()) return;
        Thread loader = new Thread(ClassArchive::loadAll, "schemawise-class-archive");
        Runtime.getRuntime().addShutdownHook(loader);
    }

    static boolean recording() {
        try {
            return recording(Files.readAllBytes(Path.of("/proc/self/cmdline")));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether a process's command line (its arguments separated by NUL characters) records an archive. */
    static boolean recording(byte[] cmdline) {
        for (String arg : new String(cmdline, java.nio.charset.StandardCharsets.UTF_8).split("\0")) {
            if (arg.startsWith("-XX:ArchiveClassesAtExit=")) return true;
            if (arg.equals("-jar")) return false; // the program's own arguments follow
        }
        return false;
    }

    /** Loads and links (without initialising) every class of {@link #PACKAGES} in the jar this class comes from; returns how many. */
    static int loadAll() {
        int loaded = 0;
        try {
            var source = ClassArchive.class.getProtectionDomain().getCodeSource();
            if (source == null) return 0;
            File jar = new File(source.getLocation().toURI());
            if (!jar.isFile()) return 0; // classes from a directory (tests): nothing is recorded from them
            ClassLoader classes = ClassArchive.class.getClassLoader();
            try (ZipFile zip = new ZipFile(jar)) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    if (!name.endsWith(".class") || !wanted(name)) continue;
                    try {
                        Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, classes);
                        // An archive holds linked classes only; asking for a class's methods links (verifies) it
                        // without running its static initialiser.
                        c.getDeclaredMethods();
                        loaded++;
                    } catch (LinkageError | ClassNotFoundException skipped) {
                        // a class needing something the jar does not carry: the archive goes without it
                    }
                }
            }
        } catch (Exception | LinkageError e) {
            // an archive of what the run loaded is still a good archive
        }
        return loaded;
    }

    private static boolean wanted(String entry) {
        for (String p : PACKAGES) if (entry.startsWith(p)) return true;
        return false;
    }
}
