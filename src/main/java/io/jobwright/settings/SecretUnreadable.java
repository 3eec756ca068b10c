package io.jobwright.settings;

/** A stored secret cannot be decrypted: it was altered, or the data directory's {@code secret.key} changed. */
public final class SecretUnreadable extends IllegalStateException {
    /** The message says what is wrong, never the value. */
    public SecretUnreadable(String message) {
        super(message);
    }
}
