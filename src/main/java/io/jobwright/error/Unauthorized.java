package io.jobwright.error;

import java.util.Map;

/** No valid credentials were presented. */
public final class Unauthorized extends JobwrightException {
    public Unauthorized(String message) {
        super(message, Map.of(), null);
    }

    public Unauthorized(String message, Map<String, Object> details) {
        super(message, details, null);
    }

    public Unauthorized(String message, Map<String, Object> details, Throwable cause) {
        super(message, details, cause);
    }
}
