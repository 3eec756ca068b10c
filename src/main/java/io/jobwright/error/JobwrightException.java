package io.jobwright.error;

import java.util.Map;

/**
 * Root of the failures a user can be told about. Each subtype maps to one envelope code and HTTP status in
 * {@code web.ErrorMapping}; services throw them, routes never catch them.
 */
public abstract sealed class JobwrightException extends RuntimeException
        permits InvalidRequest, NotFound, Conflict, Unauthorized, Forbidden, Unprocessable, Upstream, Timeout,
        Unavailable {

    private final Map<String, Object> details;

    protected JobwrightException(String message, Map<String, Object> details, Throwable cause) {
        super(message, cause);
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** Structured context for the client (never secrets; the web layer redacts it again anyway). */
    public Map<String, Object> details() {
        return details;
    }
}
