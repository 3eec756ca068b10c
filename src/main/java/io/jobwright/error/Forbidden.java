package io.jobwright.error;

import java.util.Map;

/** Credentials were valid but the action is not allowed (a second setup, a missing CSRF token). */
public final class Forbidden extends JobwrightException {
    public Forbidden(String message) {
        super(message, Map.of(), null);
    }

    public Forbidden(String message, Map<String, Object> details) {
        super(message, details, null);
    }

    public Forbidden(String message, Map<String, Object> details, Throwable cause) {
        super(message, details, cause);
    }
}
