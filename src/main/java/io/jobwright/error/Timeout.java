package io.jobwright.error;

import java.util.Map;

/** An external service did not answer in time. */
public final class Timeout extends JobwrightException {

    public Timeout(String service, String message) {
        super(service + ": " + message, Map.of("service", service), null);
    }
}
