package dev.schemawise.ide;

import dev.schemawise.config.Config;
import dev.schemawise.config.ConfigException;
import dev.schemawise.rules.RuleSettings;
import java.io.IOException;
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
        String display = display(file);
        String text;
        try {
            if (Files.size(file) > 1_000_000) throw new ConfigException(display + ": configuration file is larger than 1 MB");
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration " + display + ": " + describe(e));
        }
        Config config = Config.parse(text, display);
        RuleSettings.validate(config);
        byFile.put(file, config);
        return config;
    }

    /** An I/O failure in a few words ("no such file", "permission denied"). */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.charset.MalformedInputException) return "not valid UTF-8";
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
