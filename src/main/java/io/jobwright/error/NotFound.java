package io.jobwright.error;

import java.util.Map;

/** The thing asked for does not exist (or is not visible to the caller). */
public final class NotFound extends JobwrightException {

    public NotFound(String message) {
        super(message, Map.of(), null);
    }

    /** "Job not found: abc". */
    public static NotFound of(String kind, String id) {
        return new NotFound(kind + " not found: " + id);
    }
}
