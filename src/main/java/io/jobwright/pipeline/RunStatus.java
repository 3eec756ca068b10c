package io.jobwright.pipeline;

import java.util.Locale;

/** Where a run stands; every status but {@code running} is final. */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RunStatus parse(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
