package io.jobwright.error;

import java.util.Map;

/** A dependency Jobwright needs is not available right now. */
public final class Unavailable extends JobwrightException {
    public Unavailable(String message) {
        super(message, Map.of(), null);
    }

    public Unavailable(String message, Map<String, Object> details) {
        super(message, details, null);
    }

    public Unavailable(String message, Map<String, Object> details, Throwable cause) {
        super(message, details, cause);
    }
}
