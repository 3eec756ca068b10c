package io.jobwright.error;

import java.util.Map;

/** The request clashes with the current state: an illegal status change, a stale edit, a duplicate. */
public final class Conflict extends JobwrightException {
    public Conflict(String message) {
        super(message, Map.of(), null);
    }

    public Conflict(String message, Map<String, Object> details) {
        super(message, details, null);
    }

    public Conflict(String message, Map<String, Object> details, Throwable cause) {
        super(message, details, cause);
    }
}
