package io.jobwright.error;

import java.util.Map;

/** An external service (LLM, renderer, job board) failed; the message says which and how. */
public final class Upstream extends JobwrightException {

    public Upstream(String service, String message) {
        super(service + ": " + message, Map.of("service", service), null);
    }

    public Upstream(String service, String message, Throwable cause) {
        super(service + ": " + message, Map.of("service", service), cause);
    }
}
