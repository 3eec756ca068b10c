package io.jobwright.error;

import java.util.Map;

/** The request is well-formed but cannot be carried out with what the user has (no base resume, say). */
public final class Unprocessable extends JobwrightException {
    public Unprocessable(String message) {
        super(message, Map.of(), null);
    }

    public Unprocessable(String message, Map<String, Object> details) {
        super(message, details, null);
    }

    public Unprocessable(String message, Map<String, Object> details, Throwable cause) {
        super(message, details, cause);
    }
}
