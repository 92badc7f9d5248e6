package dev.schemawise.ide;

import dev.schemawise.config.Config;
import dev.schemawise.config.ConfigException;
import dev.schemawise.rules.RuleSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the configuration of each file (for the CLI and the language server): the one given with --config, else the nearest .schemawise.json in the
 * file's folder or above it, else the defaults. Each configuration file is read and validated once.
 */
public final class ConfigFiles {
    private final Path workingDirectory;
    private final Config explicit;
    private final Map<Path, Config> byDirectory = new HashMap<>();
    private final Map<Path, Config> byFile = new HashMap<>();
    private final Map<Path, ConfigException> failures = new HashMap<>();
    private static final int MAX_BYTES = 1_000_000;

    /** The highest folder looked in, or null for none (up to the file system's root). */
    private final Path boundary;

    public ConfigFiles(Path workingDirectory, Path explicitFile) throws ConfigException {
        this(workingDirectory, explicitFile, null);
    }

    /**
     * @param boundary null, or the folder above which no configuration file is looked for (the language server's
     *                 workspace folder: it reads nothing outside it)
     */
    public ConfigFiles(Path workingDirectory, Path explicitFile, Path boundary) throws ConfigException {
        this.workingDirectory = workingDirectory;
        this.boundary = boundary == null ? null : boundary.toAbsolutePath().normalize();
        this.explicit = explicitFile == null ? null : read(workingDirectory.resolve(explicitFile).normalize());
    }

    /** Whether a folder may hold the configuration: it is within the boundary, when there is one. */
    public boolean searched(Path directory) {
        return directory != null && (boundary == null || directory.toAbsolutePath().normalize().startsWith(boundary));
    }

    /** The configuration for a file given by its workspace path. */
    public Config forFile(String path) throws ConfigException {
        if (explicit != null) return explicit;
        return forDirectory(workingDirectory.resolve(path).normalize().getParent());
    }

    public Config forDirectory(Path directory) throws ConfigException {
        if (explicit != null) return explicit;
        if (!searched(directory)) return Config.DEFAULT;
        Config known = byDirectory.get(directory);
        if (known != null) return known;
        Path candidate = directory.resolve(Config.FILE_NAME);
        Config result = Files.isRegularFile(candidate) ? read(candidate) : forDirectory(directory.getParent());
        byDirectory.put(directory, result);
        return result;
    }

    private Config read(Path file) throws ConfigException {
        Config cached = byFile.get(file);
        if (cached != null) return cached;
        ConfigException failed = failures.get(file);
        if (failed != null) throw failed;
        try {
            Config config = parse(file);
            byFile.put(file, config);
            return config;
        } catch (ConfigException e) {
            // Every file under a broken configuration asks for it again: read it once.
            failures.put(file, e);
            throw e;
        }
    }

    private Config parse(Path file) throws ConfigException {
        String display = display(file);
        String text;
        try {
            // Only a regular file: a FIFO would block and a device (--config /dev/zero) never end.
            if (Files.isDirectory(file)) throw new ConfigException("cannot read configuration " + display + ": it is a directory");
            if (Files.exists(file) && !Files.isRegularFile(file)) throw new ConfigException("cannot read configuration " + display + ": not a regular file");
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded whatever the size said: the file may grow while it is read.
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) throw new ConfigException(display + ": configuration file is larger than 1 MB");
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration " + display + ": " + describe(e));
        }
        Config config = Config.parse(text, display);
        RuleSettings.validate(config);
        return config;
    }

    /** An I/O failure in a few words ("no such file", "permission denied"). */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.charset.CharacterCodingException) return "not valid UTF-8";
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The configuration files read so far, by absolute path (for the editor, which reports their problems on them). */
    public java.util.Set<Path> files() {
        return byFile.keySet();
    }

    private String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(workingDirectory)) return workingDirectory.relativize(absolute).toString().replace('\\', '/');
        return absolute.toString().replace('\\', '/');
    }
}
