package dev.schemawise.config;

/** A configuration file that cannot be used; the message names the file, the key and what would be valid. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
