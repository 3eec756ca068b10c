package io.jobwright.config;

/** A configuration value that stops startup; its message names the key and what was expected. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
